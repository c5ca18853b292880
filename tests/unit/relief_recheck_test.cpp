#include <doctest/doctest.h>

#include "core/relief_recheck.h"
#include "test_data.h"

using namespace onward;

namespace {

// Made at 2025-11-25T18:04:05.123+01:00 = 1764090245123, distress 6 before and 3 after.
constexpr int64_t kMade = 1764090245123;

Entry before_and_after(const char* id, int64_t created_ms) {
    Entry e = sample_checkin();
    e.id = id;
    e.created = e.updated = {created_ms, 60};
    e.distress = 6;
    e.distress_after = 3;
    return e;
}

} // namespace

TEST_CASE("a re-check is due from the delay after the entry until a day after it, not a moment outside") {
    const Entry e = before_and_after("a", kMade);
    CHECK(wants_recheck(e));
    // Two hours: 7 200 000 ms.
    CHECK_FALSE(recheck_due(e, 1764097445122, 120));
    CHECK(recheck_due(e, 1764097445123, 120));
    // A day: 86 400 000 ms. The last millisecond is still within it; the day itself is not.
    CHECK(recheck_due(e, 1764176645122, 120));
    CHECK_FALSE(recheck_due(e, 1764176645123, 120));
    // A quarter of an hour: 900 000 ms.
    CHECK_FALSE(recheck_due(e, 1764091145122, 15));
    CHECK(recheck_due(e, 1764091145123, 15));
    // Before the entry (a clock set back) it is not due either.
    CHECK_FALSE(recheck_due(e, kMade - 1, 15));
}

TEST_CASE("only an entry with distress before and after, not yet answered, wants a re-check") {
    Entry answered = before_and_after("a", kMade);
    answered.recheck.at = {1764101045123, 60};
    answered.recheck.distress = 2;
    CHECK_FALSE(wants_recheck(answered));
    CHECK_FALSE(recheck_due(answered, 1764101045123, 120));

    Entry no_after = before_and_after("b", kMade);
    no_after.distress_after = -1;
    CHECK_FALSE(wants_recheck(no_after));
    CHECK_FALSE(recheck_due(no_after, 1764101045123, 120));

    Entry no_before = before_and_after("c", kMade);
    no_before.distress = -1;
    CHECK_FALSE(wants_recheck(no_before));

    // A "0 after" is an answer like any other.
    Entry calm_after = before_and_after("d", kMade);
    calm_after.distress_after = 0;
    CHECK(wants_recheck(calm_after));
}

TEST_CASE("the due re-check is the newest entry whose re-check is due") {
    Journal j;
    REQUIRE(put_entry(j, before_and_after("made-first", kMade)));              // 18:04
    REQUIRE(put_entry(j, before_and_after("made-last", kMade + 3600000)));     // 19:04
    REQUIRE(put_entry(j, before_and_after("made-between", kMade + 1800000)));  // 18:34

    // At 21:04 all three are due; the newest is asked about.
    const Entry* due = due_recheck(j, 1764101045123, 120);
    REQUIRE(due != nullptr);
    CHECK(due->id == "made-last");

    // At 20:34 the newest is only 1.5 hours old: the one before it is asked about.
    due = due_recheck(j, 1764099245123, 120);
    REQUIRE(due != nullptr);
    CHECK(due->id == "made-between");

    // Once answered, the newest is not asked again.
    Entry answered = *find_entry(j, "made-last");
    answered.recheck.at = {1764101045123, 60};
    REQUIRE(put_entry(j, answered));
    due = due_recheck(j, 1764101045123, 120);
    REQUIRE(due != nullptr);
    CHECK(due->id == "made-between");

    // At 19:04 none is two hours old yet.
    CHECK(due_recheck(j, 1764093845123, 120) == nullptr);
    CHECK(due_recheck(Journal{}, 1764093845123, 120) == nullptr);
}

TEST_CASE("the next re-check is the soonest one still to come") {
    Journal j;
    REQUIRE(put_entry(j, before_and_after("made-first", kMade)));          // due 20:04
    REQUIRE(put_entry(j, before_and_after("made-last", kMade + 3600000))); // due 21:04
    Entry no_after = before_and_after("no-after", kMade + 60000);
    no_after.distress_after = -1;
    REQUIRE(put_entry(j, no_after)); // never due

    CHECK(next_recheck_at(j, 1764092045123, 120) == 1764097445123); // at 18:34: 20:04
    CHECK(next_recheck_at(j, 1764097445123, 120) == 1764101045123); // 20:04 is due now: 21:04 next
    CHECK(next_recheck_at(j, 1764101045123, 120) == -1);            // both due already
    // With a quarter of an hour: made-first was due at 18:19, made-last is at 19:19.
    CHECK(next_recheck_at(j, 1764092045123, 15) == 1764094745123);
    CHECK(next_recheck_at(Journal{}, kMade, 120) == -1);

    Entry answered = *find_entry(j, "made-first");
    answered.recheck.at = {kMade + 600000, 60};
    REQUIRE(put_entry(j, answered));
    CHECK(next_recheck_at(j, 1764092045123, 120) == 1764101045123);
}
