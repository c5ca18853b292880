// What the person chose once and should not have to choose again.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace onward {

// The person's own rhythm for one questionnaire (see check_due.h).
struct CheckPlan {
    std::string questionnaire;     // Questionnaire::id
    int every_days = -1;           // -1: the definition's own; 0: only when I ask
    int64_t snoozed_until_ms = 0;  // "Not now" until then
};

struct Settings {
    // Breathing: the pattern and length last chosen, and the still view by choice.
    std::string breathing_pattern = "box";
    int breathing_minutes = 3;
    bool still_breathing = false;
    // How long after an entry Today asks whether the relief lasted (see relief_recheck.h).
    int recheck_delay_minutes = 120;
    std::vector<CheckPlan> check_plans; // one per questionnaire at most
    // The phase the person chose (a phase_key() of insights.h: "crisis", "stabilising",
    // "ready"); empty: the one Onward infers from their records.
    std::string phase_override;
    // Owning the data: when the last backup was downloaded (0: never), how long Onward
    // may sit untouched before it locks (minutes; 0: never; only with a passphrase), and
    // whether a Safari tab was told once that Safari may erase site data.
    int64_t last_backup_ms = 0;
    int lock_after_minutes = 15;
    bool safari_told = false;
    // How Onward looks: the theme chosen ("light", "dark", "contrast"; empty: follow the
    // device's light/dark/contrast preference) and the text size in percent (80 to 200).
    std::string theme;
    int text_percent = 100;
};

// The plan for a questionnaire, made (with defaults) when there is none yet.
CheckPlan& check_plan(Settings& s, const std::string& questionnaire);
const CheckPlan* find_check_plan(const Settings& s, const std::string& questionnaire);

constexpr const char* kSettingsId = "settings";

std::vector<std::string> problems_with(const Settings& s);

// The text sizes offered, in percent, smallest first: steps that each look different.
constexpr int kTextPercents[] = {80, 90, 100, 115, 130, 150, 175, 200};
// The next offered size up or down from `percent` (any size, also one between steps);
// `percent` itself at either end.
int larger_text_percent(int percent);
int smaller_text_percent(int percent);

} // namespace onward
