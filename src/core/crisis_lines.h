// Crisis lines by country: sensible defaults the person can edit, remove or add to.
// web/index.html repeats the defaults in plain HTML for when the app cannot start at all.
#pragma once
#include <string>
#include <vector>

namespace onward {

struct CrisisLine {
    std::string where;  // "US and Canada"
    std::string name;   // "988 Suicide & Crisis Lifeline"
    std::string number; // as people read it: "116 123"
    bool text_too = false; // the number also takes text messages
};

const std::vector<CrisisLine>& default_crisis_lines();
std::vector<std::string> problems_with(const std::vector<CrisisLine>& lines);
constexpr size_t kMaxCrisisLines = 50;

// What a phone dials for a number as people write it: "+44 (0)20 7946 0000" → "+442079460000".
// Empty when there is nothing to dial.
std::string dial_string(const std::string& number);

} // namespace onward
