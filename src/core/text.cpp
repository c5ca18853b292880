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

size_t first_broken_byte(const std::string& s) {
    uint32_t cp;
    size_t i = 0;
    for (size_t len; i < s.size(); i += len)
        if ((len = decode(s, i, cp)) == 0) break;
    return i;
}

bool is_valid_utf8(const std::string& s) { return first_broken_byte(s) == s.size(); }

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

namespace {

uint32_t lower_code_point(uint32_t c) {
    if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
    if ((c >= 0xC0 && c <= 0xDE && c != 0xD7) || (c >= 0x391 && c <= 0x3AB && c != 0x3A2) ||
        (c >= 0x410 && c <= 0x42F))
        return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    // Greek capitals with tonos (Ά, Έ … Ώ) sit apart from their small letters.
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 63;
    // Latin Extended-A pairs capitals and small letters side by side; the parity flips at
    // U+0138 (ĸ) and again at U+0149 (ŉ). Ÿ's small letter is in Latin-1.
    if (c >= 0x100 && c <= 0x137) return c | 1;
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return (c & 1) ? c + 1 : c;
    if (c >= 0x14A && c <= 0x177) return c | 1;
    if (c == 0x178) return 0xFF;
    // The rest of the Cyrillic block (Ґ, Ә, Қ …) pairs the same way, with its own flips.
    if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x4FF)) return c | 1;
    if (c >= 0x4C1 && c <= 0x4CE) return (c & 1) ? c + 1 : c;
    if (c == 0x4C0) return 0x4CF;
    return c;
}

void append_utf8(std::string& out, uint32_t c) {
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

} // namespace

std::string folded(const std::string& s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        const unsigned char b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            // The common case, kept cheap: search folds every entry's text. A run of ASCII
            // is copied at once and lowered in place, not appended byte by byte (which,
            // in the size-optimised wasm build, is a call per byte).
            size_t end = i + 1;
            while (end < s.size() && static_cast<unsigned char>(s[end]) < 0x80) ++end;
            const size_t at = out.size();
            out.append(s, i, end - i);
            for (char* c = &out[at], *stop = c + (end - i); c != stop; ++c)
                if (*c >= 'A' && *c <= 'Z') *c = char(*c + 32);
            i = end;
            continue;
        }
        // Only two-byte sequences hold letters with a case here; everything else is copied.
        if ((b & 0xE0) == 0xC0 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80) {
            const uint32_t c = (uint32_t(b & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F);
            append_utf8(out, lower_code_point(c));
            i += 2;
            continue;
        }
        out += char(b);
        ++i;
    }
    return out;
}

bool same_words(const std::string& a, const std::string& b) { return a.size() == b.size() && folded(a) == folded(b); }

} // namespace onward
