#include "core/words.h"

#include <cmath>

namespace onward {

namespace {

const char* const kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                               "July",    "August",   "September", "October", "November", "December"};
const char* const kMonthsShort[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                    "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const char* const kWeekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
const char* const kWeekdaysShort[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

// A month or weekday out of range names nothing, rather than reading past the list.
const char* pick(const char* const* names, int count, int i) { return i >= 0 && i < count ? names[i] : ""; }

} // namespace

const char* month_name(int month) { return pick(kMonths, 12, month - 1); }
const char* month_short_name(int month) { return pick(kMonthsShort, 12, month - 1); }
const char* weekday_name(int weekday) { return pick(kWeekdays, 7, weekday); }
const char* weekday_short_name(int weekday) { return pick(kWeekdaysShort, 7, weekday); }

std::string counted(int n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string decimal_words(double v) {
    const long tenths = std::lround(std::fabs(v) * 10);
    std::string out = std::to_string(tenths / 10);
    if (tenths % 10) out += "." + std::to_string(tenths % 10);
    return tenths && v < 0 ? "\xE2\x88\x92" + out : out;
}

std::string size_words(uint64_t bytes) {
    constexpr uint64_t kKilo = 1024, kMega = kKilo * 1024, kGiga = kMega * 1024;
    const auto up = [](uint64_t n, uint64_t unit, uint64_t parts) { // n / unit in parts, up, without overflow
        return n / unit * parts + (n % unit * parts + unit - 1) / unit;
    };
    if (up(bytes, kKilo, 1) < 1024) return std::to_string(up(bytes, kKilo, 1)) + " KB";
    const bool mega = up(bytes, kMega, 10) < 10240;
    const uint64_t tenths = up(bytes, mega ? kMega : kGiga, 10);
    return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "") +
           (mega ? " MB" : " GB");
}

} // namespace onward
