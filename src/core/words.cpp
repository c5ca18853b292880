#include "core/words.h"

#include <cmath>
#include <cstdio>

#include "core/say.h"

namespace onward {

namespace {

const char* const kMonths[] = {tr_later("January"), tr_later("February"), tr_later("March"),
                               tr_later("April"),   tr_later("May"),      tr_later("June"),
                               tr_later("July"),    tr_later("August"),   tr_later("September"),
                               tr_later("October"), tr_later("November"), tr_later("December")};
const char* const kMonthsShort[] = {tr_later("Jan"), tr_later("Feb"), tr_later("Mar"), tr_later("Apr"),
                                    tr_later("May"), tr_later("Jun"), tr_later("Jul"), tr_later("Aug"),
                                    tr_later("Sep"), tr_later("Oct"), tr_later("Nov"), tr_later("Dec")};
const char* const kWeekdays[] = {tr_later("Monday"), tr_later("Tuesday"),  tr_later("Wednesday"), tr_later("Thursday"),
                                 tr_later("Friday"), tr_later("Saturday"), tr_later("Sunday")};
const char* const kWeekdaysShort[] = {tr_later("Mon"), tr_later("Tue"), tr_later("Wed"), tr_later("Thu"),
                                      tr_later("Fri"), tr_later("Sat"), tr_later("Sun")};

// A month or weekday out of range names nothing, rather than reading past the list.
const char* pick(const char* const* names, int count, int i) { return i >= 0 && i < count ? tr(names[i]) : ""; }

// "1.5" with the locale's decimal sign, without a trailing ".0".
std::string tenths_words(uint64_t tenths, const Locale& l) {
    return std::to_string(tenths / 10) + (tenths % 10 ? l.decimal + std::to_string(tenths % 10) : "");
}

} // namespace

const char* month_name(int month) { return pick(kMonths, 12, month - 1); }
const char* month_short_name(int month) { return pick(kMonthsShort, 12, month - 1); }
const char* weekday_name(int weekday) { return pick(kWeekdays, 7, weekday); }
const char* weekday_short_name(int weekday) { return pick(kWeekdaysShort, 7, weekday); }

std::string weekday_letters(int weekday) {
    const std::string name = weekday_short_name(weekday);
    size_t end = 0;
    for (int letters = 0; end < name.size() && letters < 2; ++letters)
        do ++end;
        while (end < name.size() && (static_cast<unsigned char>(name[end]) & 0xC0) == 0x80);
    return name.substr(0, end);
}


std::string counted(int n, const char* one, const char* many) {
    return number_text(n) + " " + (n == 1 ? tr(one) : tr(many));
}

std::string decimal_words(double v, const Locale& l) {
    const long tenths = std::lround(std::fabs(v) * 10);
    const std::string out = tenths_words(uint64_t(tenths), l);
    return tenths && v < 0 ? "\xE2\x88\x92" + out : out;
}

std::string size_words(uint64_t bytes, const Locale& l) {
    constexpr uint64_t kKilo = 1024, kMega = kKilo * 1024, kGiga = kMega * 1024;
    const auto up = [](uint64_t n, uint64_t unit, uint64_t parts) { // n / unit in parts, up, without overflow
        return n / unit * parts + (n % unit * parts + unit - 1) / unit;
    };
    if (up(bytes, kKilo, 1) < 1024) return trf("{size} KB", {{"size", std::to_string(up(bytes, kKilo, 1))}});
    const bool mega = up(bytes, kMega, 10) < 10240;
    const std::string size = tenths_words(up(bytes, mega ? kMega : kGiga, 10), l);
    return mega ? trf("{size} MB", {{"size", size}}) : trf("{size} GB", {{"size", size}});
}

std::string clock_words(int minutes, const Locale& l) {
    const int h = minutes / 60 % 24, m = minutes % 60;
    char buf[8];
    if (l.clock_24) {
        std::snprintf(buf, sizeof buf, "%02d:%02d", h, m);
        return buf;
    }
    std::snprintf(buf, sizeof buf, "%d:%02d", h % 12 == 0 ? 12 : h % 12, m);
    return trf(h < 12 ? "{time} AM" : "{time} PM", {{"time", buf}});
}

std::string day_words(const CalendarDay& d, const Locale& l) {
    const std::string day = std::to_string(d.day), month = month_name(d.month);
    return std::string(weekday_name(weekday(d))) + ", " + (l.day_first ? day + " " + month : month + " " + day);
}

std::string day_month_words(const CalendarDay& d, const Locale& l) {
    const std::string day = std::to_string(d.day), month = month_short_name(d.month);
    return l.day_first ? day + " " + month : month + " " + day;
}

std::string short_day_words(const CalendarDay& d, const Locale& l) {
    const std::string weekday = weekday_short_name(onward::weekday(d)), year = std::to_string(d.year);
    return l.day_first ? weekday + " " + day_month_words(d, l) + " " + year
                       : weekday + ", " + day_month_words(d, l) + ", " + year;
}

std::string month_year_words(int year, int month) {
    return trf("{month} {year}", {{"month", month_name(month)}, {"year", std::to_string(year)}});
}

} // namespace onward
