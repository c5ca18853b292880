#include "core/locale.h"

#include <utility>

namespace onward {

namespace {

Locale active;

} // namespace

const Locale& locale() { return active; }
void use_locale(Locale l) { active = std::move(l); }

Locale locale_from_browser(const std::string& description) {
    Locale l;
    std::string lines[4];
    size_t line = 0;
    for (char c : description) {
        if (c == '\n') {
            if (++line == 4) break;
        } else {
            lines[line] += c;
        }
    }
    if (lines[0] == "md") l.day_first = false;
    if (lines[1] == "12") l.clock_24 = false;
    // Signs are short: a stray long line is not a separator. Locales that write no group
    // sign at all (rare, but real) give an empty line and get none.
    if (line >= 2 && lines[2].size() <= 4) l.group = lines[2];
    if (line >= 3 && !lines[3].empty() && lines[3].size() <= 4) l.decimal = lines[3];
    return l;
}

std::string number_text(long long n, const Locale& l) {
    const unsigned long long magnitude = n < 0 ? 0ULL - static_cast<unsigned long long>(n) : n;
    const std::string digits = std::to_string(magnitude);
    std::string out = n < 0 ? "\xE2\x88\x92" : "";
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += l.group;
        out += digits[i];
    }
    return out;
}

} // namespace onward
