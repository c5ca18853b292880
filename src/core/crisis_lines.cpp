#include "core/crisis_lines.h"

namespace onward {

const std::vector<CrisisLine>& default_crisis_lines() {
    static const std::vector<CrisisLine> kLines = {
        {"US and Canada", "988 Suicide & Crisis Lifeline", "988", "988", true},
        {"UK and Ireland", "Samaritans", "116 123", "116123", false},
        {"Australia", "Lifeline", "13 11 14", "131114", false},
        {"Emergency, US and Canada", "Emergency services", "911", "911", false},
        {"Emergency, Europe", "Emergency services", "112", "112", false},
        {"Emergency, UK", "Emergency services", "999", "999", false},
    };
    return kLines;
}

} // namespace onward
