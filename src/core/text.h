// Small facts about UTF-8 text that more than one rule needs.
#pragma once
#include <cstdint>
#include <string>

namespace onward {

bool is_valid_utf8(const std::string& s);
// Where UTF-8 first breaks: the offset of the first byte that starts no well-formed
// character, or the text's size when every character is whole.
size_t first_broken_byte(const std::string& s);
size_t count_characters(const std::string& utf8); // code points
// The first code point of the text for which `wanted` is true, or 0 when none is (broken
// bytes are skipped). Tells, for one, whether text needs glyphs the font has not built yet.
uint32_t find_code_point(const std::string& utf8, bool (*wanted)(uint32_t code_point));
std::string trimmed(const std::string& s);
// Lower case for search and comparison: ASCII, Latin-1, Latin Extended-A, Greek and
// Cyrillic capitals (the scripts the font draws). Other text is left as it is.
std::string folded(const std::string& utf8);
// Equal once folded: "Sad" beside "sad", "ÉTÉ" beside "été".
bool same_words(const std::string& a, const std::string& b);

} // namespace onward
