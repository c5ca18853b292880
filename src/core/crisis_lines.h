// Crisis lines shown by "Help now". Sensible defaults by country; making them editable
// comes with crisis mode. web/index.html repeats them in plain HTML for when the app
// cannot start at all.
#pragma once
#include <vector>

namespace onward {

struct CrisisLine {
    const char* where;  // "US and Canada"
    const char* name;   // "988 Suicide & Crisis Lifeline"
    const char* number; // as people read it: "116 123"
    const char* dial;   // what the phone dials: "116123"
    bool text_too;      // the number also takes text messages
};

const std::vector<CrisisLine>& default_crisis_lines();

} // namespace onward
