#include "ui/settings_screen.h"

#include <iterator>
#include <string>
#include <utility>

#include "core/say.h"
#include "core/themes.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

struct Delay {
    int minutes;
    const char* words;
};

// Short enough to catch relief that fades, long enough to be within the day's memory.
constexpr Delay kDelays[] = {{30, tr_later("30 min")},   {60, tr_later("1 hour")},   {120, tr_later("2 hours")},
                             {180, tr_later("3 hours")}, {240, tr_later("4 hours")}, {360, tr_later("6 hours")}};


bool recheck_delay(Ui& ui, Settings& settings) {
    bool changed = false;
    bool listed = false;
    label_text(ui, tr("Ask me again after"));
    for (size_t i = 0; i < std::size(kDelays); ++i) {
        const Delay& d = kDelays[i];
        const bool on = settings.recheck_delay_minutes == d.minutes;
        listed = listed || on;
        const char* words = tr(d.words);
        flow(chip_width(words), i == 0);
        if (toggle_chip(ui, words, trf("Re-check after {delay}", {{"delay", words}}), on) && !on) {
            settings.recheck_delay_minutes = d.minutes;
            changed = true;
        }
    }
    // A delay from an older backup may not be one of the chips: say what it is.
    if (!listed) {
        const std::string now = trn("Now after {n} minute.", "Now after {n} minutes.", settings.recheck_delay_minutes);

        muted_text(now.c_str());
        note(ui, tr("Re-check delay"), "status", now);
    }
    return changed;
}

struct ThemeChoice {
    const char* key; // Settings::theme
    const char* words;
};

constexpr ThemeChoice kThemeChoices[] = {{"", tr_later("Match my device")},
                                         {"light", tr_later("Light")},
                                         {"dark", tr_later("Dark")},
                                         {"contrast", tr_later("High contrast")}};

// After "Match my device", the choices come in Theme's own order.
const char* theme_words(Theme t) { return tr(kThemeChoices[1 + size_t(t)].words); }

bool theme_choice(Ui& ui, Settings& settings) {
    bool changed = false;
    label_text(ui, tr("Colours"));
    for (size_t i = 0; i < std::size(kThemeChoices); ++i) {
        const ThemeChoice& c = kThemeChoices[i];
        const bool on = settings.theme == c.key;
        const char* words = tr(c.words);
        flow(chip_width(words), i == 0);
        if (toggle_chip(ui, words, trf("Theme {theme}", {{"theme", words}}), on) && !on) {
            settings.theme = c.key;
            changed = true;
        }
    }
    // Following the device, say what it shows now, so "Match my device" is never a riddle.
    if (settings.theme.empty()) {
        const std::string now =
            trf("Following your device, which shows: {theme}.", {{"theme", theme_words(current_theme())}});
        muted_text(now.c_str());
    }
    return changed;
}

bool text_size(Ui& ui, Settings& settings) {
    const int before = settings.text_percent;
    const std::string shown = trf("{number}%", {{"number", std::to_string(settings.text_percent)}});
    label_text(ui, trf("Text size {percent}", {{"percent", shown}}).c_str());
    note(ui, tr("Text size"), "status", shown);
    const int smaller = smaller_text_percent(settings.text_percent), larger = larger_text_percent(settings.text_percent);
    bool first = true;
    const auto button = [&](const char* text, const char* label, int to) {
        if (to == settings.text_percent) return; // at its end: nothing further that way
        flow(chip_width(text), first);
        first = false;
        if (secondary_button(ui, text, 0, label)) settings.text_percent = to;
    };
    button(tr("Smaller"), tr("Text smaller"), smaller);
    button(tr("Larger"), tr("Text larger"), larger);
    button(tr("Reset"), tr("Text size reset"), Settings{}.text_percent);
    return settings.text_percent != before;
}

// The theme and the text size. They work even when the settings cannot be saved: being
// able to read the page matters more than keeping the choice for next time.
bool appearance_card(Ui& ui, Settings& settings, const char* locked) {
    begin_card();
    heading(ui, tr("How Onward looks"));
    bool changed = theme_choice(ui, settings);
    ImGui::Dummy(ImVec2(0, 4));
    changed = text_size(ui, settings) || changed;
    if (locked) muted_text(tr("Kept for this visit only: your settings cannot be saved right now."));
    end_card();
    return changed;
}

// Where a keyboard user finds the shortcuts (a phone seldom has a keyboard: not there).
void keyboard_card(Ui& ui) {
    begin_card();
    heading(ui, tr("Keyboard"));
    muted_text(tr("Tab and Shift+Tab move from one control to the next, and so do the arrows. Enter or Space presses "
                  "the one with the ring around it. Escape leaves a text field, or goes back."));
    ImGui::Dummy(ImVec2(0, 4));
    // A Mac's keyboard calls Alt "Option".
    const bool mac = ImGui::GetIO().ConfigMacOSXBehaviors;
    const std::pair<const char*, const char*> keys[] = {{mac ? tr("Option+N") : tr("Alt+N"), tr("write a new entry")},
                                                        {mac ? tr("Option+S") : tr("Alt+S"), tr("search your journal")},
                                                        {mac ? tr("Option+H") : tr("Alt+H"), tr("crisis mode: your plan and the crisis lines")}};
    for (const auto& [chord, what] : keys) {
        const std::string line = std::string(chord) + "  " + what;
        ImGui::TextWrapped("%s", line.c_str());
        note(ui, trf("Shortcut {keys}", {{"keys", chord}}), "text", what);
    }
    muted_text(tr("These work on every screen, also while you type."));
    end_card();
}

} // namespace

SettingsAction draw_settings(Ui& ui, Settings& settings, const char* locked) {
    SettingsAction action = SettingsAction::None;
    heading(ui, tr("Settings"));
    ImGui::Dummy(ImVec2(0, 4));

    begin_card();
    heading(ui, tr("Relief re-check"));
    muted_text(tr("When an entry has your distress before and after, Today asks you later how it is now: the first "
                  "time you open Onward after the time you choose here, and only within a day of the entry. That is "
                  "how relief that fades can be told apart from relief that lasts."));
    ImGui::Dummy(ImVec2(0, 4));
    if (locked) {
        muted_text(locked);
        note(ui, tr("Why the settings cannot be changed"), "status", locked);
    } else if (recheck_delay(ui, settings)) {
        action = SettingsAction::Changed;
    }
    end_card();

    if (appearance_card(ui, settings, locked) && !locked) action = SettingsAction::Changed;

    begin_card();
    heading(ui, tr("Your data"));
    muted_text(tr("Backups, bringing in a backup or a Daylio export, a spreadsheet or a summary to share, where your "
                  "journal is kept, a passphrase, and deleting everything."));
    if (secondary_button(ui, tr("Open your data"), row_width())) action = SettingsAction::OpenData;
    end_card();

    if (!ui.phone) keyboard_card(ui);

    if (primary_button(ui, tr("Back to journal"), row_width()) && action == SettingsAction::None)
        action = SettingsAction::Back;
    return action;
}

} // namespace onward::ui
