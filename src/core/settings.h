// What the person chose once and should not have to choose again.
#pragma once
#include <string>
#include <vector>

namespace onward {

struct Settings {
    // Breathing: the pattern and length last chosen, and the still view by choice.
    std::string breathing_pattern = "box";
    int breathing_minutes = 3;
    bool still_breathing = false;
    // How long after an entry Today asks whether the relief lasted (see relief_recheck.h).
    int recheck_delay_minutes = 120;
};

constexpr const char* kSettingsId = "settings";

std::vector<std::string> problems_with(const Settings& s);

} // namespace onward
