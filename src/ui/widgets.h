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
    std::string key;      // what it stands for, when a list shows many alike (an entry's id)
    std::string more;     // said after the value by a screen reader: a row's glimpse of the words
    bool editing = false; // a text field being typed into now
};

// Paints the breathing form at this point of the draw order (the platform's shader);
// fill 0…1 how full the lungs are, cue 0…1 through the phase, time_s for a slow shimmer.
using BreathPainter = void (*)(ImDrawList* dl, ImVec2 min, ImVec2 max, float fill, float cue, float time_s,
                               ImU32 form, ImU32 glow, ImU32 cue_colour);

struct Ui {
    Fonts fonts;
    std::vector<DrawnWidget> drawn; // this frame's, rebuilt every frame
    bool phone = false;             // narrow screen: one column, larger targets
    BreathPainter paint_breath = nullptr; // null when WebGL could not build the shaders (or not yet asked)
    bool system_reduced_motion = false;   // the system asks for less motion
    std::string focus_field; // the text field (by label) to put the keyboard in this frame: a shortcut's
};

void begin_ui_frame(Ui& ui, float screen_width);
// Notes the item ImGui drew last.
void note(Ui& ui, std::string label, const char* role, std::string value = {}, bool selected = false);

constexpr float kTouchTarget = 44.0f; // CSS px: the smallest thing a finger must hit
// How tall a control is: a finger's size, or taller when the text size makes its words so.
float control_height();

// The keyboard is on the item ImGui drew last, and its ring shows.
bool keyboard_on_item();
// A clear ring around the item drawn last while the keyboard is on it, for what draws its
// own face (invisible buttons, rows painting their own card) where ImGui's ring would be
// missing or hidden. `min`/`max` is the face, `rounding` its corners.
void focus_ring(ImVec2 min, ImVec2 max, float rounding);

// A pill that can be on or off: distress numbers, emotions, body states.
bool toggle_chip(Ui& ui, const char* text, const std::string& label, bool selected, float width = 0);
// `label` names it for the test hook and a screen reader when a page repeats its words.
bool primary_button(Ui& ui, const char* text, float width, const char* label = nullptr);
// Places the next item of width w on this line if it fits, else on the next.
void flow(float w, bool first);
// From the cursor to the right edge of the content (inside a card: its inner edge).
float row_width();
float chip_width(const char* text);

// A quieter button: the outlined pill the chips use. `label` names it for the test hook
// (and a screen reader) when its text alone is not enough: "Add" beside several fields.
bool secondary_button(Ui& ui, const char* text, float width = 0, const char* label = nullptr);
// Makes what was just drawn between ImGui::BeginGroup and EndGroup one button across the
// row: a list's row opens what it shows. `key` is what the row stands for (an id).
bool group_as_row(Ui& ui, const std::string& key, std::string label, std::string value);
// A tall, calm button for crisis mode: a title and a line saying what it opens.
bool big_choice(Ui& ui, const char* title, const char* detail, float width);

// 0–10 distress as a row of chips: tapping the chosen one again clears it (-1).
// `prefix` names the chips for the test hook: "Distress 4", "Before 4".
bool distress_picker(Ui& ui, const char* question, const char* hint, int& distress, const char* prefix);
// A text field labelled for the test hook; `lines` > 1 makes it multiline. A one-line
// field shows `hint` while empty.
bool text_field(Ui& ui, const char* label, std::string& text, int lines, float width = 0, const char* hint = nullptr);
// A one-line field whose text is shown as dots, and noted for the test hook only by length.
bool passphrase_field(Ui& ui, const char* label, std::string& text);
// A calm bar for time passing; `label` and `words` are what a screen reader would say.
void progress_bar(Ui& ui, const char* label, float fraction, const std::string& words);

void heading(Ui& ui, const char* text);
void label_text(Ui& ui, const char* text); // a semibold line introducing a control
void muted_text(const char* text);

// A thin line across the card, between rows.
void divider();

// A white card with a soft border around everything drawn between begin and end.
void begin_card();
void end_card();

} // namespace onward::ui
