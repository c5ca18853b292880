// Inter, embedded at build time (CMakeLists.txt), rasterised for the screen's pixel
// ratio so text stays crisp at 1x, 2x and 3x.
#pragma once
#include <imgui.h>

namespace onward::ui {

struct Fonts {
    ImFont* body = nullptr;    // everything, including what people type: full script coverage
    ImFont* strong = nullptr;  // our own labels in semibold
    ImFont* heading = nullptr; // screen and section titles
};

constexpr float kBodySize = 17.0f; // CSS px
constexpr float kHeadingSize = 24.0f;

// Rebuilds the atlas. The caller re-uploads the texture.
void build_fonts(Fonts& fonts, float pixel_ratio);

} // namespace onward::ui
