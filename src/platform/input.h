// Mouse, wheel, touch and keys from html5.h, turned into ImGui input events.
// Text itself comes through the hidden textarea (web/onward_platform.js).
#pragma once
#include <cstdint>
#include <vector>

namespace onward::platform {

void install_input_callbacks();
// Every code point beyond Latin-1 typed or pasted since the last call (each once), so the
// app can tell whether the font needs more glyphs.
std::vector<uint32_t> take_typed_code_points();
// A flick goes on gliding after the finger lifts: adds this frame's share of it to the
// input. True while the page still glides, so the frame loop draws the next frame too.
bool glide(double now_ms);

} // namespace onward::platform
