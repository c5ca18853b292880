#include "core/settings.h"

#include "core/breathing.h"

namespace onward {

std::vector<std::string> problems_with(const Settings& s) {
    std::vector<std::string> out;
    if (!find_breathing_pattern(s.breathing_pattern.c_str()))
        out.push_back("\"" + s.breathing_pattern + "\" is not a breathing pattern Onward knows.");
    if (s.breathing_minutes < 1 || s.breathing_minutes > 60) out.push_back("A breathing session lasts 1 to 60 minutes.");
    if (s.recheck_delay_minutes < 15 || s.recheck_delay_minutes > 12 * 60)
        out.push_back("The relief re-check comes 15 minutes to 12 hours after an entry.");
    return out;
}

} // namespace onward
