// The bar at the top of every screen, never scrolled away: Onward's name, whether my
// words are safe on disk, and "I'm overwhelmed", one tap from crisis mode. Below it, in the page, anything I should know.
#pragma once
#include <string>
#include <vector>

#include "store/save_queue.h"
#include "ui/widgets.h"

namespace onward::ui {

struct HeaderView {
    SaveStatus save;
    std::vector<std::string> notices; // things the person should know, in plain words
    bool new_version = false;         // a new version of Onward waits for a restart
    bool restarting = false;          // the person asked; it waits for the last save
};

// Draws the bar at the top of the current window, as tall as its text needs (with large
// text on a phone its pieces wrap onto two or three lines); true when "I'm overwhelmed"
// was pressed. The cursor is left just below it.
bool draw_header_bar(Ui& ui, const HeaderView& view, float side_margin);

// Where the person can go: on a wide screen tabs at the top of the page, on a phone a bar
// at the bottom, within thumb reach. True when a tab was pressed (the current one too:
// from inside a practice it leads back to the coping tools), and which.
enum class Tab { Today, Journal, Reflect, Cope, SafetyPlan };
// On a phone `width` is the bar's, and the cursor its first tab's top left; the tabs take
// two or three rows when large text does not fit them on one.
bool draw_tabs(Ui& ui, Tab current, float width, Tab& pressed);
// A phone's bottom bar, its tabs `width` across: kTabBarPadding above and below its rows.
float tab_bar_height(const Ui& ui, float width);
constexpr float kTabBarPadding = 10.0f;
// The longer words behind the bar's status, and the notices: at the top of the page.
// True when the person chose to restart into a new version.
bool draw_alerts(Ui& ui, const HeaderView& view);
const char* save_status_words(SaveState s);

} // namespace onward::ui
