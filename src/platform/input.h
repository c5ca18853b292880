// Mouse, wheel, touch and keys from html5.h, turned into ImGui input events.
// Text itself comes through the hidden textarea (web/onward_platform.js).
#pragma once

namespace onward::platform {

void install_input_callbacks();

} // namespace onward::platform
