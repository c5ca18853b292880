#include <doctest/doctest.h>

#include "core/check_due.h"

using namespace onward;

namespace {

constexpr int kCet = 60;       // +01:00
constexpr int kNewYork = -300; // -05:00
constexpr int kTokyo = 540;    // +09:00

// Monday 2025-11-24, 21:00 at +01:00 (20:00Z).
constexpr int64_t kMonday2100 = 1764014400000;
// Monday 2025-12-01, 00:00 at +01:00 (2025-11-30T23:00Z): seven of the person's days later.
constexpr int64_t kNextMonday0000 = 1764543600000;
// Sunday 2025-11-30, 23:59 at +01:00.
constexpr int64_t kSunday2359 = 1764543540000;

Questionnaire questionnaire(const char* id, int every_days) {
    Questionnaire q;
    q.id = id;
    q.title = id;
    q.questions = {{"q1", "How was it?", false, false}};
    q.every_days = every_days;
    return q;
}

CheckResult taken(const char* id, const char* questionnaire, LocalTime at, int version = 1) {
    CheckResult c;
    c.id = id;
    c.questionnaire = questionnaire;
    c.questionnaire_version = version;
    c.taken = c.updated = at;
    return c;
}

const char* due_id(const std::vector<const Questionnaire*>& latest, const std::vector<CheckResult>& checks,
                   const Settings& s, LocalTime now) {
    const Questionnaire* q = due_check(latest, checks, s, now);
    return q ? q->id.c_str() : "none";
}

} // namespace

TEST_CASE("a day starts at midnight in the moment's own offset") {
    // 2025-11-25T18:04:05.123+01:00: the day began at 2025-11-25T00:00+01:00.
    CHECK(start_of_day_ms({1764090245123, kCet}) == 1764025200000);
    CHECK(start_of_day_ms({1764090245123, kCet}, 0) == 1764025200000);
    CHECK(start_of_day_ms({1764090245123, kCet}, 1) == 1764111600000); // 2025-11-26T00:00+01:00
    // The same instant in New York is the 25th, 12:04; its day began at 05:00Z.
    CHECK(start_of_day_ms({1764090245123, kNewYork}) == 1764046800000);
    // 2025-11-25T22:00-05:00 is already the 26th in UTC (03:00Z), but still the 25th there.
    CHECK(start_of_day_ms({1764126000000, kNewYork}) == 1764046800000);
    // Midnight itself starts its own day.
    CHECK(start_of_day_ms({kNextMonday0000, kCet}) == kNextMonday0000);
    CHECK(start_of_day_ms({kNextMonday0000 - 1, kCet}) == kNextMonday0000 - 86400000);
    // Before 1970: the last millisecond of 1969 (UTC) belongs to 1969-12-31.
    CHECK(start_of_day_ms({-1, 0}) == -86400000);
    CHECK(start_of_day_ms({0, 0}, 7) == 604800000);
}

TEST_CASE("a check never taken is due at once; one taken is due from the start of the person's day its interval ends") {
    const Questionnaire weekly = questionnaire("weekly", 7);
    const std::vector<const Questionnaire*> latest = {&weekly};
    const Settings s;
    std::vector<CheckResult> checks;
    CHECK(due_id(latest, checks, s, {kMonday2100, kCet}) == std::string("weekly"));

    checks.push_back(taken("c1", "weekly", {kMonday2100, kCet}));
    CHECK(due_id(latest, checks, s, {kMonday2100, kCet}) == std::string("none"));
    // Sunday 23:59, and its last millisecond: not yet.
    CHECK(due_id(latest, checks, s, {kSunday2359, kCet}) == std::string("none"));
    CHECK(due_id(latest, checks, s, {kNextMonday0000 - 1, kCet}) == std::string("none"));
    // Monday 00:00: due, though less than seven times 24 hours have passed since 21:00.
    CHECK(due_id(latest, checks, s, {kNextMonday0000, kCet}) == std::string("weekly"));
    CHECK(due_id(latest, checks, s, {kNextMonday0000 + 86400000 * 10LL, kCet}) == std::string("weekly"));
}

TEST_CASE("after travelling, the interval is still counted in the days of the place the check was taken") {
    const Questionnaire weekly = questionnaire("weekly", 7);
    const std::vector<const Questionnaire*> latest = {&weekly};
    const Settings s;
    const std::vector<CheckResult> at_home = {taken("c1", "weekly", {kMonday2100, kCet})};
    // In New York the boundary, 2025-12-01T00:00+01:00, is Sunday 18:00.
    CHECK(due_id(latest, at_home, s, {1764543540000, kNewYork}) == std::string("none")); // 17:59-05:00
    CHECK(due_id(latest, at_home, s, {1764543600000, kNewYork}) == std::string("weekly")); // 18:00-05:00
    CHECK(next_check_due_at(latest, at_home, s, {kMonday2100 + 3600000, kNewYork}) == kNextMonday0000);

    // Taken Monday 2025-11-24 08:00 in Tokyo (2025-11-23T23:00Z): due from Monday
    // 2025-12-01 00:00 there, which is Sunday 16:00 back at +01:00.
    const std::vector<CheckResult> in_tokyo = {taken("c2", "weekly", {1763938800000, kTokyo})};
    CHECK(due_id(latest, in_tokyo, s, {1764514740000, kCet}) == std::string("none"));   // 15:59+01:00
    CHECK(due_id(latest, in_tokyo, s, {1764514800000, kCet}) == std::string("weekly")); // 16:00+01:00
}

TEST_CASE("\"not now\" keeps the card away until the start of the person's next day") {
    const Questionnaire weekly = questionnaire("weekly", 7);
    const std::vector<const Questionnaire*> latest = {&weekly};
    const std::vector<CheckResult> checks = {taken("c1", "weekly", {kMonday2100, kCet})};
    Settings s;
    // Monday 2025-12-01 09:30+01:00: due, and put off.
    const LocalTime morning = {1764577800000, kCet};
    REQUIRE(due_id(latest, checks, s, morning) == std::string("weekly"));
    snooze_check(s, "weekly", morning);
    REQUIRE(find_check_plan(s, "weekly") != nullptr);
    CHECK(find_check_plan(s, "weekly")->snoozed_until_ms == 1764630000000); // 2025-12-02T00:00+01:00
    CHECK(find_check_plan(s, "weekly")->every_days == -1);                  // the rhythm is unchanged
    CHECK(due_id(latest, checks, s, morning) == std::string("none"));
    CHECK(due_id(latest, checks, s, {1764629940000, kCet}) == std::string("none"));  // 23:59
    CHECK(due_id(latest, checks, s, {1764630000000, kCet}) == std::string("weekly")); // Tuesday 00:00
    CHECK(next_check_due_at(latest, checks, s, morning) == 1764630000000);

    // Put off before it was due, the snooze changes nothing: the interval ends later.
    Settings early;
    snooze_check(early, "weekly", {kMonday2100 + 3600000, kCet}); // Monday 22:00: until Tuesday 00:00
    CHECK(next_check_due_at(latest, checks, early, {kMonday2100 + 3600000, kCet}) == kNextMonday0000);

    // A questionnaire never taken can be put off too.
    const std::vector<CheckResult> none;
    Settings fresh;
    snooze_check(fresh, "weekly", morning);
    CHECK(due_id(latest, none, fresh, morning) == std::string("none"));
    CHECK(due_id(latest, none, fresh, {1764630000000, kCet}) == std::string("weekly"));
}

TEST_CASE("the person's own rhythm overrides the definition's, including only when asked") {
    const Questionnaire weekly = questionnaire("weekly", 7);
    const std::vector<const Questionnaire*> latest = {&weekly};
    const std::vector<CheckResult> checks = {taken("c1", "weekly", {kMonday2100, kCet})};
    Settings s;
    CHECK(every_days(weekly, s) == 7);

    check_plan(s, "weekly").every_days = 14;
    CHECK(every_days(weekly, s) == 14);
    CHECK(due_id(latest, checks, s, {kNextMonday0000, kCet}) == std::string("none"));
    CHECK(due_id(latest, checks, s, {1765148400000 - 1, kCet}) == std::string("none"));
    CHECK(due_id(latest, checks, s, {1765148400000, kCet}) == std::string("weekly")); // 2025-12-08T00:00+01:00
    CHECK(next_check_due_at(latest, checks, s, {kNextMonday0000, kCet}) == 1765148400000);

    check_plan(s, "weekly").every_days = 0;
    CHECK(every_days(weekly, s) == 0);
    CHECK(due_id(latest, checks, s, {1765148400000 * 2, kCet}) == std::string("none"));
    CHECK(due_id(latest, {}, s, {kMonday2100, kCet}) == std::string("none")); // not even when never taken
    CHECK(next_check_due_at(latest, checks, s, {kMonday2100, kCet}) == -1);

    check_plan(s, "weekly").every_days = -1; // back to the definition's
    CHECK(every_days(weekly, s) == 7);
    CHECK(due_id(latest, checks, s, {kNextMonday0000, kCet}) == std::string("weekly"));

    // A definition offered only when asked, which the person asked to see every 3 days:
    // from Thursday 2025-11-27 00:00+01:00.
    const Questionnaire on_request = questionnaire("on-request", 0);
    const std::vector<const Questionnaire*> just_it = {&on_request};
    const std::vector<CheckResult> its_checks = {taken("c2", "on-request", {kMonday2100, kCet})};
    Settings plain;
    CHECK(due_id(just_it, its_checks, plain, {kNextMonday0000, kCet}) == std::string("none"));
    CHECK(next_check_due_at(just_it, its_checks, plain, {kMonday2100, kCet}) == -1);
    check_plan(plain, "on-request").every_days = 3;
    CHECK(next_check_due_at(just_it, its_checks, plain, {kMonday2100, kCet}) == 1764198000000);
    CHECK(due_id(just_it, its_checks, plain, {1764198000000, kCet}) == std::string("on-request"));
}

TEST_CASE("with several questionnaires, the first due in the given order is offered") {
    const Questionnaire weekly = questionnaire("weekly", 7), mood = questionnaire("mood", 3);
    const std::vector<const Questionnaire*> latest = {&weekly, &mood};
    const Settings s;
    // The weekly check taken Monday, the mood check the Friday before it (2025-11-21 12:00+01:00).
    std::vector<CheckResult> checks = {taken("c1", "weekly", {kMonday2100, kCet}),
                                       taken("c2", "mood", {1763722800000, kCet})};
    // On Monday night only the mood check is due (since Monday 2025-11-24 00:00).
    CHECK(due_id(latest, checks, s, {kMonday2100 + 3600000, kCet}) == std::string("mood"));
    // Next Monday both are: the weekly check comes first.
    CHECK(due_id(latest, checks, s, {kNextMonday0000, kCet}) == std::string("weekly"));
    // Once the mood check is taken again on Friday 2025-11-28 12:00, it is due Monday 00:00
    // too, and before that nothing is.
    checks.push_back(taken("c3", "mood", {1764327600000, kCet}));
    CHECK(due_id(latest, checks, s, {kSunday2359, kCet}) == std::string("none"));
    CHECK(next_check_due_at(latest, checks, s, {1764327600000, kCet}) == kNextMonday0000);
    // Taken on Saturday instead, it waits until Tuesday, and the weekly check is next.
    checks.back().taken = {1764327600000 + 86400000, kCet};
    CHECK(due_id(latest, checks, s, {kNextMonday0000, kCet}) == std::string("weekly"));
    CHECK(next_check_due_at(latest, checks, s, {1764327600000 + 86400000, kCet}) == kNextMonday0000);
    CHECK(next_check_due_at(latest, checks, s, {kNextMonday0000, kCet}) == kNextMonday0000 + 86400000);
}

TEST_CASE("the next due moment is the exact boundary, never one already passed") {
    const Questionnaire weekly = questionnaire("weekly", 7);
    const std::vector<const Questionnaire*> latest = {&weekly};
    const Settings s;
    const std::vector<CheckResult> checks = {taken("c1", "weekly", {kMonday2100, kCet})};
    CHECK(next_check_due_at(latest, checks, s, {kMonday2100, kCet}) == kNextMonday0000);
    CHECK(next_check_due_at(latest, checks, s, {kNextMonday0000 - 1, kCet}) == kNextMonday0000);
    CHECK(next_check_due_at(latest, checks, s, {kNextMonday0000, kCet}) == -1); // due now: nothing is still to come
    CHECK(next_check_due_at(latest, {}, s, {kMonday2100, kCet}) == -1);       // never taken: due already
    CHECK(next_check_due_at({}, checks, s, {kMonday2100, kCet}) == -1);
}

TEST_CASE("the last check is the newest taken, of any version; at the same moment the larger id") {
    std::vector<CheckResult> checks = {taken("b", "weekly", {kMonday2100, kCet}),
                                       taken("a", "weekly", {kMonday2100 + 1000, kTokyo}, 2),
                                       taken("z", "mood", {kMonday2100 + 5000, kCet})};
    REQUIRE(last_check(checks, "weekly") != nullptr);
    CHECK(last_check(checks, "weekly")->id == "a");
    checks[0].taken.unix_ms = kMonday2100 + 1000;
    CHECK(last_check(checks, "weekly")->id == "b");
    CHECK(last_check(checks, "mood")->id == "z");
    CHECK(last_check(checks, "other") == nullptr);
}

TEST_CASE("a check plan is made once per questionnaire, with the definition's rhythm until changed") {
    Settings s;
    CHECK(find_check_plan(s, "weekly") == nullptr);
    CheckPlan& plan = check_plan(s, "weekly");
    CHECK(plan.questionnaire == "weekly");
    CHECK(plan.every_days == -1);
    CHECK(plan.snoozed_until_ms == 0);
    plan.every_days = 14;
    CHECK(check_plan(s, "weekly").every_days == 14);
    check_plan(s, "mood");
    CHECK(s.check_plans.size() == 2);
    REQUIRE(find_check_plan(s, "weekly") != nullptr);
    CHECK(find_check_plan(s, "weekly")->every_days == 14);
}

TEST_CASE("check plans with problems are told in plain words") {
    Settings s;
    check_plan(s, "weekly").every_days = 366;
    check_plan(s, "mood").every_days = -1;
    check_plan(s, "sleep").every_days = 0;
    CHECK(problems_with(s).empty());

    Settings bad = s;
    bad.check_plans[0].every_days = 367;
    CHECK(problems_with(bad) == std::vector<std::string>{
                                    "A check can be offered every 1 to 366 days, only when asked (0), or as its "
                                    "questionnaire says (-1)."});
    bad.check_plans[0].every_days = -2;
    CHECK(problems_with(bad).size() == 1);

    bad = s;
    bad.check_plans[1].questionnaire = "";
    CHECK(problems_with(bad) == std::vector<std::string>{"A check plan does not say which questionnaire it is for."});

    bad = s;
    bad.check_plans[2].questionnaire = "weekly";
    CHECK(problems_with(bad) == std::vector<std::string>{"There are two check plans for \"weekly\"."});

    bad = s;
    bad.check_plans[0].snoozed_until_ms = -1;
    CHECK(problems_with(bad) == std::vector<std::string>{"A check plan's \"not now\" ends before 1970."});
}
