#include <doctest/doctest.h>

#include "core/local_time.h"

using namespace onward;

TEST_CASE("a moment's calendar day is the person's own day, by the offset they had") {
    // 2026-11-25T23:30:00Z is already the 26th in Berlin (+01:00) but still the 25th in New York.
    const int64_t t = 1795649400000;
    CHECK(calendar_day({t, 0}) == CalendarDay{2026, 11, 25});
    CHECK(calendar_day({t, 60}) == CalendarDay{2026, 11, 26});
    CHECK(calendar_day({t, -300}) == CalendarDay{2026, 11, 25});
    CHECK(minutes_into_day({t, 60}) == 30);
    CHECK(weekday({2026, 11, 25}) == 2); // a Wednesday
    CHECK(calendar_day({-1, 0}) == CalendarDay{1969, 12, 31});
}

TEST_CASE("ISO 8601 round-trips with milliseconds and the offset") {
    const LocalTime t{1764090245123, 60};
    CHECK(to_iso8601(t) == "2025-11-25T18:04:05.123+01:00");
    LocalTime back;
    REQUIRE(from_iso8601(to_iso8601(t), back));
    CHECK(back.unix_ms == t.unix_ms);
    CHECK(back.utc_offset_minutes == 60);
    CHECK(to_iso8601({0, -570}) == "1969-12-31T14:30:00.000-09:30");
    REQUIRE(from_iso8601("2025-11-25T17:04:05Z", back));
    CHECK(back.unix_ms == 1764090245000);
    CHECK(back.utc_offset_minutes == 0);
}

TEST_CASE("dates that do not exist or are written oddly are refused") {
    LocalTime t;
    CHECK_FALSE(from_iso8601("", t));
    CHECK_FALSE(from_iso8601("2025-02-29T10:00:00Z", t));
    CHECK(from_iso8601("2024-02-29T10:00:00Z", t));
    CHECK_FALSE(from_iso8601("2025-13-01T10:00:00Z", t));
    CHECK_FALSE(from_iso8601("2025-11-25T24:00:00Z", t));
    CHECK_FALSE(from_iso8601("2025-11-25T10:00:00", t));
    CHECK_FALSE(from_iso8601("2025-11-25T10:00:00+0100", t));
    CHECK_FALSE(from_iso8601("2025-11-25T10:00:00.12Z", t));
    CHECK_FALSE(from_iso8601("2025-11-25T10:00:00Zjunk", t));
    CHECK_FALSE(from_iso8601("2025-11-25 10:00:00Z", t));
    // Signs and spaces where digits belong, and offsets no clock uses.
    CHECK_FALSE(from_iso8601("2025-+1-+5T+1:+0:+0Z", t));
    CHECK_FALSE(from_iso8601("2025- 1- 5T 1: 0: 0Z", t));
    CHECK_FALSE(from_iso8601("2025-11-25T10:00:00+-1:00", t));
    CHECK_FALSE(from_iso8601("2025-11-25T10:00:00+01:-5", t));
    CHECK_FALSE(from_iso8601("2025-11-25T10:00:00+14:59", t));
    CHECK_FALSE(from_iso8601("-001-11-25T10:00:00Z", t));
    CHECK(from_iso8601("2025-11-25T10:00:00+14:00", t));
    CHECK(from_iso8601("2025-11-25T10:00:00-12:00", t));
}

TEST_CASE("days in a month, leap years included") {
    CHECK(days_in_month(2025, 1) == 31);
    CHECK(days_in_month(2025, 2) == 28);
    CHECK(days_in_month(2024, 2) == 29);
    CHECK(days_in_month(2000, 2) == 29); // divisible by 400
    CHECK(days_in_month(1900, 2) == 28); // by 100 but not 400
    CHECK(days_in_month(2025, 4) == 30);
    CHECK(days_in_month(2025, 11) == 30);
    CHECK(days_in_month(2025, 12) == 31);
}

TEST_CASE("calendar days order by year, then month, then day") {
    CHECK(CalendarDay{2025, 11, 5} < CalendarDay{2025, 11, 6});
    CHECK(CalendarDay{2025, 10, 31} < CalendarDay{2025, 11, 1});
    CHECK(CalendarDay{2024, 12, 31} < CalendarDay{2025, 1, 1});
    CHECK_FALSE(CalendarDay{2025, 11, 5} < CalendarDay{2025, 11, 5});
    CHECK_FALSE(CalendarDay{2025, 11, 6} < CalendarDay{2025, 11, 5});
    CHECK_FALSE(CalendarDay{2026, 1, 1} < CalendarDay{2025, 12, 31});
}
