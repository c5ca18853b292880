// A moment as the person lived it: the instant, plus the UTC offset their device had then.
// Keeping the offset means "what day was this?" is answered in the person's own day,
// even after they travel or the clocks change.
#pragma once
#include <cstdint>
#include <string>

namespace onward {

struct LocalTime {
    int64_t unix_ms = 0;        // milliseconds since 1970-01-01T00:00:00Z
    int utc_offset_minutes = 0; // e.g. +60 for Central European winter time
};

struct CalendarDay {
    int year = 1970, month = 1, day = 1;
    friend bool operator==(const CalendarDay& a, const CalendarDay& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day;
    }
    friend bool operator!=(const CalendarDay& a, const CalendarDay& b) { return !(a == b); }
    friend bool operator<(const CalendarDay& a, const CalendarDay& b) {
        return a.year != b.year ? a.year < b.year : a.month != b.month ? a.month < b.month : a.day < b.day;
    }
};

CalendarDay calendar_day(const LocalTime& t);
int weekday(const CalendarDay& d); // 0 = Monday … 6 = Sunday
int days_in_month(int year, int month);
int minutes_into_day(const LocalTime& t);

// "2026-11-25T18:04:05.123+01:00": the form records keep, readable in any tool.
std::string to_iso8601(const LocalTime& t);
// Accepts what to_iso8601 writes (and "Z" for a zero offset); false on anything else.
bool from_iso8601(const std::string& text, LocalTime& out);

} // namespace onward
