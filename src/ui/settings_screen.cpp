#include "ui/settings_screen.h"

#include <iterator>
#include <string>

namespace onward::ui {
namespace {

struct Delay {
    int minutes;
    const char* words;
};

// Short enough to catch relief that fades, long enough to be within the day's memory.
constexpr Delay kDelays[] = {{30, "30 min"}, {60, "1 hour"},   {120, "2 hours"},
                             {180, "3 hours"}, {240, "4 hours"}, {360, "6 hours"}};

bool recheck_delay(Ui& ui, Settings& settings) {
    bool changed = false;
    bool listed = false;
    label_text(ui, "Ask me again after");
    for (size_t i = 0; i < std::size(kDelays); ++i) {
        const Delay& d = kDelays[i];
        const bool on = settings.recheck_delay_minutes == d.minutes;
        listed = listed || on;
        flow(chip_width(d.words), i == 0);
        if (toggle_chip(ui, d.words, std::string("Re-check after ") + d.words, on) && !on) {
            settings.recheck_delay_minutes = d.minutes;
            changed = true;
        }
    }
    // A delay from an older backup may not be one of the chips: say what it is.
    if (!listed) {
        const std::string now = "Now after " + std::to_string(settings.recheck_delay_minutes) + " minutes.";
        muted_text(now.c_str());
        note(ui, "Re-check delay", "status", now);
    }
    return changed;
}

} // namespace

SettingsAction draw_settings(Ui& ui, Settings& settings, const char* locked) {
    SettingsAction action = SettingsAction::None;
    heading(ui, "Settings");
    ImGui::Dummy(ImVec2(0, 4));

    begin_card();
    heading(ui, "Relief re-check");
    muted_text("When an entry has your distress before and after, Today asks you later how it is now: the first "
               "time you open Onward after the time you choose here, and only within a day of the entry. That is "
               "how relief that fades can be told apart from relief that lasts.");
    ImGui::Dummy(ImVec2(0, 4));
    if (locked) {
        muted_text(locked);
        note(ui, "Why the settings cannot be changed", "status", locked);
    } else if (recheck_delay(ui, settings)) {
        action = SettingsAction::Changed;
    }
    end_card();

    begin_card();
    heading(ui, "Your data");
    muted_text("Backups, bringing in a backup or a Daylio export, a spreadsheet or a summary to share, where your "
               "journal is kept, a passphrase, and deleting everything.");
    if (secondary_button(ui, "Open your data", row_width())) action = SettingsAction::OpenData;
    end_card();

    if (primary_button(ui, "Back to journal", row_width()) && action == SettingsAction::None)
        action = SettingsAction::Back;
    return action;
}

} // namespace onward::ui
