#include "core/local_time.h"

#include <cstdio>

namespace onward {
namespace {

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Howard Hinnant's days-from-civil algorithms: exact for the proleptic Gregorian calendar.
CalendarDay civil_from_days(int64_t z) {
    z += 719468;
    const int64_t era = floor_div(z, 146097);
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    return {static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

int64_t days_from_civil(int y, int m, int d) {
    y -= m <= 2;
    const int64_t era = floor_div(y, 400);
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int64_t local_ms(const LocalTime& t) { return t.unix_ms + int64_t(t.utc_offset_minutes) * 60000; }

bool is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

} // namespace

int days_in_month(int y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12) return 0; // no such month: no days
    return m == 2 && is_leap(y) ? 29 : kDays[m - 1];
}

CalendarDay calendar_day(const LocalTime& t) { return civil_from_days(floor_div(local_ms(t), 86400000)); }

int weekday(const CalendarDay& d) {
    const int64_t days = days_from_civil(d.year, d.month, d.day); // 1970-01-01 was a Thursday
    return static_cast<int>(((days % 7) + 7 + 3) % 7);
}

int minutes_into_day(const LocalTime& t) {
    const int64_t ms = local_ms(t) - floor_div(local_ms(t), 86400000) * 86400000;
    return static_cast<int>(ms / 60000);
}

std::string to_iso8601(const LocalTime& t) {
    const CalendarDay d = calendar_day(t);
    const int64_t ms_of_day = local_ms(t) - floor_div(local_ms(t), 86400000) * 86400000;
    const int off = t.utc_offset_minutes < 0 ? -t.utc_offset_minutes : t.utc_offset_minutes;
    char buf[48];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03d%c%02d:%02d", d.year, d.month, d.day,
                  int(ms_of_day / 3600000), int(ms_of_day / 60000 % 60), int(ms_of_day / 1000 % 60),
                  int(ms_of_day % 1000), t.utc_offset_minutes < 0 ? '-' : '+', off / 60, off % 60);
    return buf;
}

bool from_iso8601(const std::string& s, LocalTime& out) {
    // Digits at fixed places only: sscanf would also take signs and spaces.
    auto digits = [&](size_t at, size_t n, int& value) {
        if (at + n > s.size()) return false;
        value = 0;
        for (size_t i = at; i < at + n; ++i) {
            if (s[i] < '0' || s[i] > '9') return false;
            value = value * 10 + (s[i] - '0');
        }
        return true;
    };
    auto is = [&](size_t at, char c) { return at < s.size() && s[at] == c; };
    int y, mo, d, h, mi, sec, ms = 0;
    if (!digits(0, 4, y) || !is(4, '-') || !digits(5, 2, mo) || !is(7, '-') || !digits(8, 2, d) || !is(10, 'T') ||
        !digits(11, 2, h) || !is(13, ':') || !digits(14, 2, mi) || !is(16, ':') || !digits(17, 2, sec))
        return false;
    size_t i = 19;
    if (is(i, '.')) {
        if (!digits(i + 1, 3, ms)) return false;
        i += 4;
    }
    int offset = 0;
    if (is(i, 'Z') && i + 1 == s.size()) {
        offset = 0;
    } else if ((is(i, '+') || is(i, '-')) && i + 6 == s.size() && is(i + 3, ':')) {
        int oh, om;
        if (!digits(i + 1, 2, oh) || !digits(i + 4, 2, om) || om > 59) return false;
        offset = (s[i] == '-' ? -1 : 1) * (oh * 60 + om);
        if (offset > 14 * 60 || offset < -14 * 60) return false; // no place on Earth is further out
    } else {
        return false;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h > 23 || mi > 59 || sec > 59) return false;
    const int64_t local = (days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec) * 1000 + ms;
    out.unix_ms = local - int64_t(offset) * 60000;
    out.utc_offset_minutes = offset;
    return true;
}

} // namespace onward
