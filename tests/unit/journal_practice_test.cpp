#include <doctest/doctest.h>

#include "core/journal.h"
#include "sample_records.h"
#include "test_data.h"

using namespace onward;

TEST_CASE("putting a practice adds it, putting it again replaces it") {
    Journal j;
    PracticeSession s = sample_practice();
    REQUIRE(put_practice(j, s));
    REQUIRE(put_practice(j, sample_stay_with_it()));
    CHECK(j.practices.size() == 2);

    s.distress_after = 2;
    s.pattern = "sigh";
    REQUIRE(put_practice(j, s));
    CHECK(j.practices.size() == 2); // replaced, not added
    const PracticeSession* found = find_practice(j, s.id);
    REQUIRE(found != nullptr);
    CHECK(found->distress_after == 2);
    CHECK(found->pattern == "sigh");
    // The other one is untouched.
    REQUIRE(find_practice(j, sample_stay_with_it().id) != nullptr);
    CHECK(find_practice(j, sample_stay_with_it().id)->during.size() == 3);

    CHECK(find_practice(j, "practice-nope") == nullptr);
    // Practices and check-ins are kept apart: the same id is not found across kinds.
    CHECK(find_entry(j, s.id) == nullptr);
}

TEST_CASE("a practice with problems is not put, and the journal is unchanged") {
    Journal j;
    PracticeSession s = sample_practice();
    REQUIRE(put_practice(j, s));
    PracticeSession bad = s;
    bad.pattern = "triangle";
    CHECK_FALSE(put_practice(j, bad));
    bad = s;
    bad.duration_ms = -1;
    CHECK_FALSE(put_practice(j, bad));
    REQUIRE(j.practices.size() == 1);
    CHECK(find_practice(j, s.id)->pattern == "box");
    CHECK(find_practice(j, s.id)->duration_ms == 64000.0);

    // A new one with problems is not added either.
    bad = sample_stay_with_it();
    bad.id = "";
    CHECK_FALSE(put_practice(j, bad));
    CHECK(j.practices.size() == 1);
}

TEST_CASE("a day's practices are those of the person's own day, newest first") {
    // 2025-11-25T00:00:00Z is 1764028800000 (sample_checkin: 18:04:05.123+01:00 is
    // 17:04:05.123Z = 1764090245123, less 61445123 ms).
    constexpr int64_t kNov25Utc = 1764028800000;
    constexpr int64_t kHour = 3600000;
    Journal j;
    auto put = [&](const char* id, int64_t unix_ms, int offset) {
        PracticeSession s = sample_practice();
        s.id = id;
        s.created = s.updated = {unix_ms, offset};
        REQUIRE(put_practice(j, s));
    };
    // 23:30 on the 25th in New York (-05:00) is 04:30Z on the 26th: still the 25th there.
    put("late-new-york", kNov25Utc + 28 * kHour + kHour / 2, -300);
    // 00:30 on the 26th in Berlin (+01:00) is 23:30Z on the 25th: the 26th for its writer,
    // even though the instant comes before "late-new-york".
    put("berlin-after-midnight", kNov25Utc + 23 * kHour + kHour / 2, 60);
    put("morning", kNov25Utc + 7 * kHour, 60);  // 08:00+01:00 on the 25th
    put("evening", kNov25Utc + 19 * kHour, 60); // 20:00+01:00 on the 25th
    put("day-before", kNov25Utc - 2 * kHour, 60); // 23:00+01:00 on the 24th

    // A check-in on the same day is not a practice.
    REQUIRE(put_entry(j, sample_checkin()));

    const auto day25 = practices_on(j, {2025, 11, 25});
    REQUIRE(day25.size() == 3);
    CHECK(day25[0]->id == "late-new-york");
    CHECK(day25[1]->id == "evening");
    CHECK(day25[2]->id == "morning");

    const auto day26 = practices_on(j, {2025, 11, 26});
    REQUIRE(day26.size() == 1);
    CHECK(day26[0]->id == "berlin-after-midnight");

    const auto day24 = practices_on(j, {2025, 11, 24});
    REQUIRE(day24.size() == 1);
    CHECK(day24[0]->id == "day-before");

    CHECK(practices_on(j, {2025, 11, 27}).empty());
}

TEST_CASE("practices begun in the same millisecond are listed in a fixed order") {
    Journal j;
    for (const char* id : {"practice-b", "practice-c", "practice-a"}) {
        PracticeSession s = sample_practice();
        s.id = id;
        REQUIRE(put_practice(j, s));
    }
    // Same time: by id, the higher first, whatever order they were put in.
    const auto day = practices_on(j, calendar_day(sample_practice().created));
    REQUIRE(day.size() == 3);
    CHECK(day[0]->id == "practice-c");
    CHECK(day[1]->id == "practice-b");
    CHECK(day[2]->id == "practice-a");
}

TEST_CASE("the crisis lines are the defaults until the person edits them") {
    Journal j;
    CHECK(&crisis_lines(j) == &default_crisis_lines());
    CHECK(crisis_lines(j).size() == 7);
    // A list in the journal does not count until it is marked edited.
    j.crisis_lines = sample_crisis_lines();
    CHECK(&crisis_lines(j) == &default_crisis_lines());

    j.crisis_lines_edited = true;
    REQUIRE(crisis_lines(j).size() == 4);
    CHECK(crisis_lines(j)[0].number == "1813");
    CHECK(crisis_lines(j)[2].text_too);

    // With every line removed, crisis mode falls back to the defaults rather than offer none.
    j.crisis_lines.clear();
    CHECK(&crisis_lines(j) == &default_crisis_lines());
}
