// The browser edge, seen from C++: the page (web/onward_platform.js), the WebGL2 canvas
// and Dear ImGui's platform and renderer duties. Only src/platform talks to the browser.
#pragma once
#include <cstdint>
#include <string>
#include <vector>


namespace onward::platform {

// Creates the WebGL2 context on #canvas and sets ImGui up to draw into it.
// False when the browser cannot give us WebGL2 (the page then shows its plain fallback).
bool start_browser();
void stop_browser(const char* why); // shows the page's plain fallback with `why`

struct Display {
    float width = 0, height = 0; // CSS pixels
    float pixel_ratio = 1;       // device pixels per CSS pixel
    // What a phone's notch, rounded corners and home indicator take from each edge (CSS
    // px, env(safe-area-inset-*)): nothing to tap may sit there.
    float inset_top = 0, inset_right = 0, inset_bottom = 0, inset_left = 0;
};
const Display& display();
bool pixel_ratio_changed(); // true once after each change: fonts must be rebuilt

void begin_imgui_frame(double now_ms);
void render_imgui_frame();
// Of the last frame's CPU time, how much went to handing it to WebGL: the benchmark tells
// the app's own work from the GL driver's (in SwiftShader, the drawing itself).
double last_frame_draw_ms();
void upload_fonts(); // after the font atlas was (re)built

// The system asks for less motion (prefers-reduced-motion); kept current.
bool prefers_reduced_motion();
// The system asks for a dark look (prefers-color-scheme), or for more contrast
// (prefers-contrast: more, or forced colours); kept current.
bool prefers_dark();
bool prefers_more_contrast();
// The page around the canvas takes the app's page colour: its background, the browser's
// own bars (theme-color) and its built-in parts (color-scheme).
void show_page_colour(uint32_t rgb, bool dark);
// The theme and text size chosen (Settings), kept in the page's own storage beside the
// journal: they say nothing about the person, and a locked journal's lock screen is read
// at them too. Remembering the same look again does nothing.
void remember_look(const std::string& theme, int text_percent);
// False when none is kept (or it is not one Onward wrote).
bool remembered_look(std::string& theme, int& text_percent);

double now_ms();
int utc_offset_minutes(double unix_ms);
uint32_t random32();
void mark_ready(); // the first interactive frame is on screen
// The person's languages, most wanted first (navigator.languages).
std::vector<std::string> languages();
// How the person's locale writes dates, times and numbers, as core/locale.h's
// locale_from_browser reads it.
std::string locale_description();
// Follows a link as if the person had tapped it: for tel: and sms: the phone offers to
// call; an https: page opens in a new tab.
void open_link(const char* url);

} // namespace onward::platform
