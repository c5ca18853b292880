// The few building blocks every screen shares, each one noting what it drew (label,
// role, value, rectangle) so the test hook — and later the screen-reader mirror — can
// find it by name instead of by guessed coordinates.
#pragma once
#include <imgui.h>

#include <string>
#include <vector>

#include "ui/fonts.h"

namespace onward::ui {

struct DrawnWidget {
    std::string label; // what a person would call it: "Save check-in", "Distress 6"
    std::string role;  // button, toggle, text-field, row, status, heading
    std::string value; // what it shows or holds
    bool selected = false;
    bool focused = false; // has the keyboard focus ring
    ImVec2 min, max;      // CSS pixels
};

struct Ui {
    Fonts fonts;
    std::vector<DrawnWidget> drawn; // this frame's, rebuilt every frame
    bool phone = false;             // narrow screen: one column, larger targets
};

void begin_ui_frame(Ui& ui, float screen_width);
// Notes the item ImGui drew last.
void note(Ui& ui, std::string label, const char* role, std::string value = {}, bool selected = false);

constexpr float kTouchTarget = 44.0f; // CSS px: the smallest thing a finger must hit

// A pill that can be on or off: distress numbers, emotions, body states.
bool toggle_chip(Ui& ui, const char* text, const std::string& label, bool selected, float width = 0);
bool primary_button(Ui& ui, const char* text, float width);
// Places the next item of width w on this line if it fits, else on the next.
void flow(float w, bool first);
// From the cursor to the right edge of the content (inside a card: its inner edge).
float row_width();
float chip_width(const char* text);

void heading(Ui& ui, const char* text);
void label_text(Ui& ui, const char* text); // a semibold line introducing a control
void muted_text(const char* text);

// A thin line across the card, between rows.
void divider();

// A white card with a soft border around everything drawn between begin and end.
void begin_card();
void end_card();

} // namespace onward::ui
