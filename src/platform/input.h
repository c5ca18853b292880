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

} // namespace onward::platform
