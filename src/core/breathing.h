// Guided breathing patterns and where a person is in one at a given moment.
#pragma once
#include <vector>

#include "core/timed_steps.h"

namespace onward {

enum class BreathPhase { In, TopUp, HoldFull, Out, HoldEmpty };

struct BreathingPattern {
    const char* key;         // stored with a session: "box", "4-7-8", "sigh", "slow"
    const char* name;        // "Box breathing"
    const char* description; // one line, what it asks of the person
    std::vector<TimedStep> steps; // kind = BreathPhase
};

const std::vector<BreathingPattern>& breathing_patterns();
const BreathingPattern* find_breathing_pattern(const char* key);

struct BreathMoment {
    BreathPhase phase = BreathPhase::In;
    const char* words = "";     // "Breathe in"
    int count = 0;              // whole seconds left in this phase, counting down to 1
    double phase_progress = 0;  // 0 … 1 through this phase
    double fill = 0;            // how full the lungs are: 0 empty … 1 full, eased
    int breath = 0;             // which breath this is, from 0
    double session_progress = 0; // 0 … 1
    bool finished = false;
};

// The chosen minutes, rounded up to whole breaths so a session ends on a breath out.
double session_length_ms(const BreathingPattern& p, int minutes);
BreathMoment breath_at(const BreathingPattern& p, double elapsed_ms, double session_ms);

} // namespace onward
