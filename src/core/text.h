// Small facts about UTF-8 text that more than one rule needs.
#pragma once
#include <string>

namespace onward {

bool is_valid_utf8(const std::string& s);
size_t count_characters(const std::string& utf8); // code points
std::string trimmed(const std::string& s);
// Case-insensitive for ASCII letters; enough to spot "Sad" listed beside "sad".
bool same_words(const std::string& a, const std::string& b);

} // namespace onward
