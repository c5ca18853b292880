// What a screen reader hears of the canvas. ImGui draws pixels only, so after each frame
// the app hands over what the frame drew (ui::DrawnWidget, noted by every widget) and the
// screen's title; the page (web/onward_screen_reader.js) keeps an offscreen list of real
// DOM controls inside the canvas in step with it, points the canvas at the focused one
// (aria-activedescendant), and says what changed in a live region: a new screen's title,
// a save status, a new alert. The text field being edited is the page's real hidden
// textarea, holding that field's words and caret.
#pragma once
#include <string>
#include <vector>

#include "ui/widgets.h"

namespace onward::platform {

// Called after every frame; talks to the page only about what changed since the last.
void tell_screen_reader(const std::string& title, const std::vector<ui::DrawnWidget>& drawn);

} // namespace onward::platform
