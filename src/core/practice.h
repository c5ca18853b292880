// The cope-first practices (breathing, grounding, body scan, stay with it) and the record
// a finished one leaves in the journal: what was done, for how long, and the distress
// before and after when the person gave it.
#pragma once
#include <string>
#include <vector>

#include "core/coping.h"
#include "core/local_time.h"
#include "core/timed_steps.h"

namespace onward {

enum class Practice { Breathing, Grounding, BodyScan, StayWithIt };


struct DistressMoment {
    double at_ms = 0; // into the practice
    int distress = 0;
};

struct PracticeSession {
    std::string id;
    LocalTime created; // when it began
    LocalTime updated;
    Practice practice = Practice::Breathing;
    std::string pattern;      // breathing: the pattern's key
    double duration_ms = 0;   // time actually spent, pauses left out
    int distress_before = -1; // 0–10, or -1 when not given
    int distress_after = -1;
    std::vector<DistressMoment> during; // stay with it: check-ins along the way
    std::vector<std::string> words;     // grounding: what the person noticed, if they wrote it
};

// The function a practice serves: calming practices soothe; staying with a feeling faces it.
CopingFunction coping_function(Practice p);
const char* practice_key(Practice p); // "breathing", "grounding", …
bool practice_from_key(const std::string& key, Practice& out);
// "Box breathing", "Grounding 5-4-3-2-1", "Body scan", "Stay with it"
std::string practice_name(const PracticeSession& s);

std::vector<std::string> problems_with(const PracticeSession& s);

// 5-4-3-2-1: five things to see, four to touch, three to hear, two to smell, one to taste.
struct GroundingStep {
    int count;
    const char* sense;  // "see"
    const char* prompt; // "Look around. Name five things you can see."
};
const std::vector<GroundingStep>& grounding_steps();

// The body scan and orienting practice: timed, it moves on by itself.
const std::vector<TimedStep>& body_scan_steps();

// "45 s", "4 min", "12 min 30 s": how long a practice lasted, said plainly.
std::string duration_words(double ms);
// "04:07": a running timer.
std::string timer_words(double ms);

} // namespace onward
