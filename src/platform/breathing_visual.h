// The breathing visual: our own WebGL2 shaders (shaders/breathing.*), painted inside
// Dear ImGui's draw order through a draw-list callback, so it sits on its card like any
// other ImGui item and what is drawn after it stays on top.
#pragma once
#include <imgui.h>

namespace onward::platform {

// Compiles the breathing shaders the first time it is called; after that only answers.
// Called when the breathing screen first opens (its choices come before any motion), so
// the app's first frame never waits for it. False (and the still view is used) if WebGL
// refuses them.
bool prepare_breathing_visual();

// Paints the breathing form in [min, max] (ImGui screen coordinates, CSS px) at this point
// of the draw list's order, clipped like the surrounding ImGui items.
// fill: 0 empty … 1 full lungs; cue: 0…1 through the current phase; time_s: seconds since
// the practice began (for the slow shimmer); colours are ImGui packed colours.
void add_breathing_visual(ImDrawList* dl, ImVec2 min, ImVec2 max, float fill, float cue, float time_s,
                          ImU32 form, ImU32 glow, ImU32 cue_colour);

} // namespace onward::platform
