// Inter, embedded at build time (CMakeLists.txt), rasterised for the screen's pixel
// ratio and the person's text size, so text stays crisp at 1x, 2x and 3x and at any size
// from 80 % to 200 %: glyphs are drawn anew at each size, never stretched.
#pragma once
#include <imgui.h>

#include <cstdint>

namespace onward::ui {

struct Fonts {
    ImFont* body = nullptr;    // everything, including what people type
    bool every_script = false; // body covers Latin Extended, Greek and Cyrillic too
    ImFont* strong = nullptr;  // our own labels in semibold
    ImFont* heading = nullptr; // screen and section titles
    float text_scale = 1;      // the person's text size: 0.8 to 2
    float pixel_ratio = 1;     // what the atlas was rasterised for
};

// At 100 %, in CSS px. As drawn they are these times Fonts::text_scale: lay out with
// ImGui::GetFontSize() and friends, which already say so.
constexpr float kBodySize = 17.0f;
constexpr float kHeadingSize = 24.0f;

// The text size setting (80 to 200 percent) as a scale, kept within what the fonts allow.
float text_scale_of(int text_percent);

// Rebuilds the atlas. The caller re-uploads the texture. Rasterising every script takes
// most of the start-up work in wasm, so the first build has Latin-1 only and the atlas
// is rebuilt with every script the first time text needs it.
void build_fonts(Fonts& fonts, float pixel_ratio, float text_scale, bool every_script);
bool covers(const Fonts& fonts, uint32_t code_point);
// Outside the glyphs built at start (Latin-1 and a few symbols): text with one of these
// needs the atlas rebuilt with every script.
bool beyond_starting_glyphs(uint32_t code_point);

} // namespace onward::ui
