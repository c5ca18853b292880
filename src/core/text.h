// Small facts about UTF-8 text that more than one rule needs.
#pragma once
#include <cstdint>
#include <string>

namespace onward {

bool is_valid_utf8(const std::string& s);
size_t count_characters(const std::string& utf8); // code points
// The highest code point in the text (0 when empty): tells whether it leaves Latin-1.
uint32_t widest_code_point(const std::string& utf8);
std::string trimmed(const std::string& s);
// Case-insensitive for ASCII letters; enough to spot "Sad" listed beside "sad".
bool same_words(const std::string& a, const std::string& b);

} // namespace onward
