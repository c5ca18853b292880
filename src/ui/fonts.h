// Inter, embedded at build time (CMakeLists.txt), rasterised for the screen's pixel
// ratio so text stays crisp at 1x, 2x and 3x.
#pragma once
#include <imgui.h>

#include <cstdint>

namespace onward::ui {

struct Fonts {
    ImFont* body = nullptr;    // everything, including what people type
    bool every_script = false; // body covers Latin Extended, Greek and Cyrillic too
    ImFont* strong = nullptr;  // our own labels in semibold
    ImFont* heading = nullptr; // screen and section titles
};

constexpr float kBodySize = 17.0f; // CSS px
constexpr float kHeadingSize = 24.0f;

// Rebuilds the atlas. The caller re-uploads the texture. Rasterising every script takes
// most of the start-up work in wasm, so the first build has Latin-1 only and the atlas
// is rebuilt with every script the first time text needs it.
void build_fonts(Fonts& fonts, float pixel_ratio, bool every_script);
bool covers(const Fonts& fonts, uint32_t code_point);
// Outside the glyphs built at start (Latin-1 and a few symbols): text with one of these
// needs the atlas rebuilt with every script.
bool beyond_starting_glyphs(uint32_t code_point);

} // namespace onward::ui
