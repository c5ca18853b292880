#include "core/text.h"

#include <cstdint>

namespace onward {

namespace {

// Reads the code point starting at s[i] into cp and returns its length in bytes, or 0
// when the bytes there are not well-formed UTF-8 (truncated, overlong, a surrogate, or
// beyond Unicode). Both the validator and find_code_point below stand on it.
size_t decode(const std::string& s, size_t i, uint32_t& cp) {
    const uint8_t c = uint8_t(s[i]);
    size_t len;
    if (c < 0x80) { cp = c; return 1; }
    else if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1Fu; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0Fu; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07u; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (size_t k = 1; k < len; ++k) {
        const uint8_t cc = uint8_t(s[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3Fu);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        return 0;
    return len;
}

} // namespace

bool is_valid_utf8(const std::string& s) {
    uint32_t cp;
    for (size_t i = 0, len; i < s.size(); i += len)
        if ((len = decode(s, i, cp)) == 0) return false;
    return true;
}

size_t count_characters(const std::string& s) {
    size_t n = 0;
    for (char c : s) n += (uint8_t(c) & 0xC0) != 0x80;
    return n;
}

uint32_t find_code_point(const std::string& s, bool (*wanted)(uint32_t)) {
    uint32_t cp = 0;
    for (size_t i = 0; i < s.size();) {
        const size_t len = decode(s, i, cp);
        if (len && wanted(cp)) return cp;
        i += len ? len : 1; // a broken byte is skipped: it needs no glyph
    }
    return 0;
}

std::string trimmed(const std::string& s) {
    const char* ws = " \t\r\n";
    const size_t b = s.find_first_not_of(ws);
    if (b == std::string::npos) return {};
    return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

bool same_words(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

} // namespace onward
