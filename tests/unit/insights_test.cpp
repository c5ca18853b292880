#include <doctest/doctest.h>

#include <cctype>

#include "core/insights.h"
#include "store/questionnaire_record.h" // weekly_check(): the definition Onward ships
#include "test_data.h"

using namespace onward;

// Every expected figure below is worked out by hand from the records the test makes. The
// day numbers are days since 1970-01-01: 2025-11-26 is day 20418 (a Wednesday).

namespace {

// "Now" in most tests: Wednesday 2025-11-26, midday in Central Europe. The last 4 weeks are
// 2025-10-30 … 2025-11-26; the 4 weeks before, 2025-10-02 … 2025-10-29.
const char* const kNow = "2025-11-26T12:00:00.000+01:00";

Entry relief(const char* id, const char* iso, const char* action, int before, int after) {
    Entry e = with_action(entry(id, iso, before), action, CopingFunction::Soothe);
    e.distress_after = after;
    return e;
}

PracticeSession practice(const char* id, const char* iso, Practice p, double ms, int before = -1, int after = -1,
                         const char* pattern = "box") {
    PracticeSession s;
    s.id = id;
    s.created = s.updated = at(iso);
    s.practice = p;
    if (p == Practice::Breathing) s.pattern = pattern;
    s.duration_ms = ms;
    s.distress_before = before;
    s.distress_after = after;
    return s;
}

void put(Journal& j, const Entry& e) { REQUIRE(put_entry(j, e)); }
void put(Journal& j, const PracticeSession& s) { REQUIRE(put_practice(j, s)); }

CheckResult check(const char* id, const char* questionnaire, const char* iso,
                  std::vector<QuestionAnswer> answers, int version = 1) {
    CheckResult c;
    c.id = id;
    c.questionnaire = questionnaire;
    c.questionnaire_version = version;
    c.taken = c.updated = at(iso);
    c.answers = std::move(answers);
    return c;
}

// The weekly check with these answers: four "stuck" questions, four "healing" ones, and
// the safety question.
CheckResult weekly(const char* id, const char* iso, int s1, int s2, int s3, int s4, int h1, int h2, int h3, int h4,
                   int safety = 0) {
    return check(id, kWeeklyCheckId, iso,
                 {{"kept-feelings-away", s1}, {"relief-faded", s2}, {"understood-not-shifted", s3},
                  {"outside-fixes", s4}, {"let-feelings-be-felt", h1}, {"new-response", h2},
                  {"deep-relief", h3}, {"stayed-with-discomfort", h4}, {"safety", safety}});
}

// The clinician's questionnaire of docs/questionnaires.md: five questions on a 0–4 scale,
// two reversed; a total with bands Low 0–6, Some 7–13, High 14–20, one answer may be missing.
Questionnaire sleep_and_worry() {
    Questionnaire q;
    q.id = "sleep-and-worry";
    q.version = 2;
    q.title = "Sleep and worry";
    q.time_frame = "Over the last two weeks";
    q.scale = {0, 4, {"Never", "Rarely", "Sometimes", "Often", "Always"}};
    q.questions = {{"slow-to-sleep", "It took me a long time to fall asleep.", false, false},
                   {"woke-rested", "I woke up feeling rested.", true, false},
                   {"worry-spiral", "One worry led to the next until I could not stop.", false, false},
                   {"set-worry-aside", "I could put a worry aside until I was ready for it.", true, false},
                   {"too-tired", "I was too tired to do what I had planned.", false, false}};
    ScoreRule sleep;
    sleep.id = "sleep";
    sleep.name = "Sleep";
    sleep.sum = {"slow-to-sleep", "woke-rested", "too-tired"};
    ScoreRule total;
    total.id = "total";
    total.name = "Sleep and worry together";
    total.sum = {"slow-to-sleep", "woke-rested", "worry-spiral", "set-worry-aside", "too-tired"};
    total.max_missing = 1;
    total.bands = {{0, 6, "Low"}, {7, 13, "Some"}, {14, 20, "High"}};
    q.scores = {sleep, total};
    q.every_days = 14;
    REQUIRE(problems_with(q).empty());
    return q;
}

CheckResult sleep_check(const char* id, const char* iso, int slow, int rested, int spiral, int aside, int tired) {
    std::vector<QuestionAnswer> a = {{"slow-to-sleep", slow}, {"woke-rested", rested}, {"worry-spiral", spiral},
                                     {"set-worry-aside", aside}};
    if (tired >= 0) a.push_back({"too-tired", tired});
    return check(id, "sleep-and-worry", iso, a, 2);
}

bool has_digit(const std::string& s) {
    for (char c : s)
        if (c >= '0' && c <= '9') return true;
    return false;
}

std::string lower(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// Say what the data shows, never a verdict (PRODUCT.md, "Wording rules").
void check_wording(const InsightsSummary& summary) {
    for (const SummaryLine& line : summary.lines) {
        INFO(line.words);
        CHECK(has_digit(line.words));
        for (const char* verdict : {"better", "worse", "good", "bad", "fail", "improv", "should", "well done", "great",
                                    "poor", "progress"})
            CHECK(lower(line.words).find(verdict) == std::string::npos);
        CHECK(line.words.back() == '.');
    }
}

} // namespace

TEST_CASE("insight days: local day numbers and Monday weeks, before and after 1970") {
    CHECK(local_day_number({0, 0}) == 0);
    CHECK(local_day_number({-1, 0}) == -1);          // the last millisecond of 1969
    CHECK(local_day_number({-1, 60}) == 0);          // …is already 1970 at +01:00
    CHECK(local_day_number(at(kNow)) == 20418);
    CHECK(monday_of(0) == -3); // 1970-01-01 was a Thursday: its week began on 1969-12-29
    CHECK(day_from_number(-3) == CalendarDay{1969, 12, 29});
    CHECK(monday_of(20418) == 20416);
    CHECK(day_from_number(20416) == CalendarDay{2025, 11, 24});
    CHECK(monday_of(20416) == 20416); // a Monday is its own week's first day
    CHECK(monday_of(20415) == 20409); // Sunday belongs to the week before
}

TEST_CASE("insights of an empty journal: no weeks, nothing ranked, and not enough data yet everywhere") {
    const Journal j{};
    const Insights i = compute_insights(j, at(kNow));
    CHECK(i.days.today == 20418);
    CHECK(i.days.weeks == 0);
    CHECK(i.avoidance.weeks.empty());
    CHECK(i.avoidance.share.recent_count == 0);
    CHECK(i.triggers.triggers.empty());
    CHECK(i.relief.actions.empty());
    CHECK(i.distress.weeks.empty());
    REQUIRE(i.distress.year.size() == 365);
    CHECK(i.distress.year_first_day == CalendarDay{2024, 11, 27});
    CHECK(i.distress.year.front().entries == 0);
    CHECK(i.distress.year.back().peak == -1);
    CHECK(i.staying.sessions.empty());
    CHECK(i.staying.weeks.empty());
    CHECK(i.checks.empty());
    CHECK(i.phase.phase == Phase::Stabilising);
    CHECK(i.phase.inferred == Phase::Stabilising);
    CHECK_FALSE(i.phase.chosen);
    CHECK(i.phase.why == "Ready for healing work is suggested after 2 weekly checks in the last 4 weeks with a "
                         "balance above 0; there are 0 with a balance.");

    REQUIRE(i.summary.lines.size() == 5);
    for (const SummaryLine& line : i.summary.lines) CHECK(line.direction == Direction::NotEnough);
    CHECK(i.summary.lines[0].signal == Signal::Avoidance);
    CHECK(i.summary.lines[0].words == "Avoidance: not enough data yet (0 actions in the last 4 weeks, 0 the 4 weeks "
                                      "before; 10 in each are needed to compare).");
    CHECK(i.summary.lines[1].words == "Old triggers, new responses: not enough data yet (0 times a trigger came up in "
                                      "the last 4 weeks, 0 the 4 weeks before; 5 in each are needed to compare).");
    CHECK(i.summary.lines[2].words == "Relief that lasted: not enough data yet (0 re-checks in the last 4 weeks, 0 the "
                                      "4 weeks before; 5 in each are needed to compare).");
    CHECK(i.summary.lines[3].words == "Distress: not enough data yet (0 entries in the last 4 weeks, 0 the 4 weeks "
                                      "before; 5 in each are needed to compare).");
    CHECK(i.summary.lines[4].words == "Staying with it: not enough data yet (0 times you stayed with a feeling in the "
                                      "last 4 weeks, 0 the 4 weeks before; 3 in each are needed to compare).");
    check_wording(i.summary);

    // The weekly check alone (no checks taken yet) adds its line, also without enough data.
    Journal with_check;
    put_questionnaire(with_check, weekly_check());
    const Insights w = compute_insights(with_check, at(kNow));
    REQUIRE(w.checks.size() == 1);
    CHECK(w.checks[0].headline == "balance");
    CHECK(w.checks[0].low == -12);
    CHECK(w.checks[0].high == 12);
    REQUIRE(w.summary.lines.size() == 6);
    CHECK(w.summary.lines[5].signal == Signal::WeeklyCheck);
    CHECK(w.summary.lines[5].words == "Weekly check balance: not enough data yet (0 checks in the last 4 weeks, 0 the "
                                      "4 weeks before; 2 in each are needed to compare).");
}

TEST_CASE("insights of a single full entry") {
    Journal j;
    put(j, sample_full_entry()); // 2025-11-25 18:04+01:00, distress 8 then 4, three actions
    const Insights i = compute_insights(j, at(kNow));
    CHECK(i.days.weeks == 1);
    CHECK(i.days.first_monday == 20416); // 2025-11-24

    REQUIRE(i.avoidance.weeks.size() == 1);
    const ActionWeek& w = i.avoidance.weeks[0];
    CHECK(w.monday == CalendarDay{2025, 11, 24});
    CHECK(w.soothe == 1);
    CHECK(w.face == 1);
    CHECK(w.avoid == 1);
    CHECK(w.avoid_kinds[size_t(AvoidKind::Screens)] == 1);
    CHECK(w.avoid_kinds[size_t(AvoidKind::Alcohol)] == 0);
    CHECK(i.avoidance.share.recent_count == 3);
    CHECK(i.avoidance.share.recent_part == 1);

    // One time is not a recurring trigger; it still counts for the comparison.
    CHECK(i.triggers.triggers.empty());
    CHECK(i.triggers.new_responses.recent_count == 1);
    CHECK(i.triggers.new_responses.recent_part == 1);

    // Each of the three actions: used once, a drop of 4, not enough to rank; by name.
    REQUIRE(i.relief.actions.size() == 3);
    CHECK(i.relief.actions[0].name == "Scrolled my phone");
    CHECK(i.relief.actions[1].name == "Talked it through");
    CHECK(i.relief.actions[2].name == "Went for a walk");
    for (const ActionRelief& a : i.relief.actions) {
        CHECK(a.uses == 1);
        CHECK(a.measured == 1);
        CHECK(a.median_drop == 4);
        CHECK(a.rechecked == 1);
        CHECK(a.lasted == 0);
        CHECK(a.short_lived == 1);
        CHECK_FALSE(a.enough);
        CHECK(a.rank == 0);
    }
    CHECK(i.relief.lasted.recent_count == 1);
    CHECK(i.relief.lasted.recent_part == 0);

    REQUIRE(i.distress.weeks.size() == 1);
    CHECK(i.distress.weeks[0].entries == 1);
    CHECK(i.distress.weeks[0].mean == 8);
    CHECK(i.distress.weeks[0].peak == 8);
    CHECK(i.distress.year[363].entries == 1); // yesterday
    CHECK(i.distress.year[363].peak == 8);
    CHECK(i.distress.year[364].entries == 0);
    CHECK(i.distress.last_7_days_entries == 1);

    // "Stayed with the feeling?" no, 7 minutes: counted as a no, not as a time stayed.
    REQUIRE(i.staying.weeks.size() == 1);
    CHECK(i.staying.weeks[0].stayed_no == 1);
    CHECK(i.staying.weeks[0].stayed_minutes == 0);
    CHECK(i.staying.minutes.recent_count == 0);

    CHECK(i.phase.phase == Phase::Stabilising);
    REQUIRE(i.summary.lines.size() == 5);
    CHECK(i.summary.lines[3].words == "Distress: not enough data yet (1 entry in the last 4 weeks, 0 the 4 weeks "
                                      "before; 5 in each are needed to compare).");
    check_wording(i.summary);
}

TEST_CASE("insights: a week keeps its seven local days across a daylight-saving change") {
    // Clocks in Central Europe went from +01:00 to +02:00 on Sunday 2025-03-30.
    Journal j;
    put(j, entry("sun-before", "2025-03-23T23:50:00.000+01:00", 1)); // 22:50Z Sunday: week of 17 March
    put(j, entry("mon", "2025-03-24T00:10:00.000+01:00", 2));        // 23:10Z Sunday, but Monday here
    put(j, entry("sun-after", "2025-03-30T23:50:00.000+02:00", 6));  // after the change, still that Sunday
    put(j, entry("next-mon", "2025-03-31T00:10:00.000+02:00", 9));   // 22:10Z Sunday, but Monday here
    const Insights i = compute_insights(j, at("2025-04-02T12:00:00.000+02:00"));
    REQUIRE(i.days.weeks == 3);
    REQUIRE(i.distress.weeks.size() == 3);
    CHECK(i.distress.weeks[0].monday == CalendarDay{2025, 3, 17});
    CHECK(i.distress.weeks[0].entries == 1);
    CHECK(i.distress.weeks[0].peak == 1);
    CHECK(i.distress.weeks[1].monday == CalendarDay{2025, 3, 24});
    CHECK(i.distress.weeks[1].entries == 2);
    CHECK(i.distress.weeks[1].mean == 4); // (2 + 6) / 2
    CHECK(i.distress.weeks[1].peak == 6);
    CHECK(i.distress.weeks[2].monday == CalendarDay{2025, 3, 31});
    CHECK(i.distress.weeks[2].entries == 1);
    CHECK(i.distress.weeks[2].peak == 9);
    // The year view ends on 2025-04-02: the 31st is 2 days back, the 23rd 10.
    CHECK(i.distress.year_first_day == CalendarDay{2024, 4, 3});
    CHECK(i.distress.year[362].peak == 9);
    CHECK(i.distress.year[361].peak == 6);
    CHECK(i.distress.year[355].peak == 2);
    CHECK(i.distress.year[354].peak == 1);
    CHECK(i.distress.year[356].entries == 0);
}

TEST_CASE("insights: the same instant at +01:00 and at +02:00 belongs to two local days") {
    Journal j;
    // Both are 2025-11-23T22:30Z.
    put(j, entry("berlin", "2025-11-23T23:30:00.000+01:00", 3)); // Sunday
    put(j, entry("athens", "2025-11-24T00:30:00.000+02:00", 7)); // Monday
    REQUIRE(j.entries[0].created.unix_ms == j.entries[1].created.unix_ms);
    CHECK(local_day_number(j.entries[0].created) == 20415);
    CHECK(local_day_number(j.entries[1].created) == 20416);
    const Insights i = compute_insights(j, at(kNow));
    REQUIRE(i.distress.weeks.size() == 2);
    CHECK(i.distress.weeks[0].monday == CalendarDay{2025, 11, 17});
    CHECK(i.distress.weeks[0].peak == 3);
    CHECK(i.distress.weeks[1].peak == 7);
    CHECK(i.distress.year[361].peak == 3); // the 23rd
    CHECK(i.distress.year[362].peak == 7); // the 24th
}

TEST_CASE("insights avoidance share: per week, avoid kinds broken out, practices counted with their function") {
    Journal j;
    put(j, with_action(entry("old", "2025-10-20T09:00:00.000+01:00", 5), "action-scrolled", CopingFunction::Avoid,
                       AvoidKind::Screens));
    put(j, with_action(with_action(entry("tue", "2025-11-18T10:00:00.000+01:00", 5), "action-kept-busy",
                                   CopingFunction::Avoid, AvoidKind::KeepingBusy),
                       "action-walk", CopingFunction::Soothe));
    Entry wed = entry("wed", "2025-11-19T21:00:00.000+01:00", 6);
    wed = with_action(wed, "action-scrolled", CopingFunction::Avoid, AvoidKind::Screens);
    wed = with_action(wed, "action-drink", CopingFunction::Avoid, AvoidKind::Alcohol);
    wed = with_action(wed, "action-talked-it-through", CopingFunction::Face);
    put(j, wed);
    // Avoiding of no named kind, and an action the library calls avoiding used to face this time.
    put(j, with_action(with_action(entry("tue2", "2025-11-25T09:00:00.000+01:00", 4), "action-tv",
                                   CopingFunction::Avoid),
                       "action-let-myself-cry", CopingFunction::Face));
    put(j, with_action(entry("tue3", "2025-11-25T20:00:00.000+01:00", 4), "action-kept-busy", CopingFunction::Face));
    // Practices: breathing and grounding soothe, staying with it faces.
    put(j, practice("breathe", "2025-11-20T08:00:00.000+01:00", Practice::Breathing, 64000));
    put(j, practice("ground", "2025-11-25T08:00:00.000+01:00", Practice::Grounding, 120000));
    put(j, practice("stay", "2025-11-26T08:00:00.000+01:00", Practice::StayWithIt, 180000));

    const AvoidanceInsight a = avoidance_insight(j, insight_days(j, at(kNow)));
    // From the week of 20 October to this one: six weeks.
    REQUIRE(a.weeks.size() == 6);
    CHECK(a.weeks[0].monday == CalendarDay{2025, 10, 20});
    CHECK(a.weeks[0].avoid == 1);
    CHECK(a.weeks[0].avoid_kinds[size_t(AvoidKind::Screens)] == 1);
    for (size_t w = 1; w <= 3; ++w) CHECK(a.weeks[w].soothe + a.weeks[w].face + a.weeks[w].avoid == 0);
    const ActionWeek& last_week = a.weeks[4]; // 17 November
    CHECK(last_week.monday == CalendarDay{2025, 11, 17});
    CHECK(last_week.soothe == 2); // walk, breathing
    CHECK(last_week.face == 1);   // talked it through
    CHECK(last_week.avoid == 3);
    CHECK(last_week.avoid_kinds[size_t(AvoidKind::KeepingBusy)] == 1);
    CHECK(last_week.avoid_kinds[size_t(AvoidKind::Screens)] == 1);
    CHECK(last_week.avoid_kinds[size_t(AvoidKind::Alcohol)] == 1);
    CHECK(last_week.avoid_kinds[size_t(AvoidKind::Unsaid)] == 0);
    const ActionWeek& this_week = a.weeks[5]; // 24 November
    CHECK(this_week.soothe == 1);             // grounding
    CHECK(this_week.face == 3);               // cried, kept busy (facing this time), stayed with it
    CHECK(this_week.avoid == 1);              // watched something
    CHECK(this_week.avoid_kinds[size_t(AvoidKind::Unsaid)] == 1);
    // The last 4 weeks: 2 + 3 + 2 + 1 actions in entries and 3 practices, 4 of them avoiding.
    CHECK(a.share.recent_count == 11);
    CHECK(a.share.recent_part == 4);
    // 20 October is 37 days back: the 4 weeks before.
    CHECK(a.share.before_count == 1);
    CHECK(a.share.before_part == 1);
    CHECK(a.share.before == 1);
}

TEST_CASE("insights triggers: merged triggers count as one, halves of each history, most frequent first") {
    Journal j;
    put_item(j.library, library_item("trigger-work", LibraryKind::Trigger, "Work deadline"));
    put_item(j.library, library_item("trigger-deadline", LibraryKind::Trigger, "Deadline", "trigger-work"));
    put_item(j.library, library_item("trigger-family", LibraryKind::Trigger, "Family call"));
    put_item(j.library, library_item("trigger-noise", LibraryKind::Trigger, "Noise"));
    const auto triggered = [&](const char* id, const char* iso, const char* trigger, Answer new_response) {
        Entry e = entry(id, iso, 5);
        e.trigger = trigger;
        e.new_response = new_response;
        put(j, e);
    };
    // Put in no particular order. Work deadline, five times (two of them as "Deadline"):
    triggered("w4", "2025-11-15T09:00:00.000+01:00", "trigger-deadline", Answer::Yes);
    triggered("w1", "2025-11-01T09:00:00.000+01:00", "trigger-work", Answer::No);
    triggered("w5", "2025-11-20T09:00:00.000+01:00", "trigger-work", Answer::Yes);
    triggered("w3", "2025-11-10T09:00:00.000+01:00", "trigger-work", Answer::Unsaid);
    triggered("w2", "2025-11-05T09:00:00.000+01:00", "trigger-deadline", Answer::Yes);
    // Family call twice, the first in the 4 weeks before.
    triggered("f2", "2025-11-21T09:00:00.000+01:00", "trigger-family", Answer::Yes);
    triggered("f1", "2025-10-28T09:00:00.000+01:00", "trigger-family", Answer::No);
    // Noise once: not recurring.
    triggered("n1", "2025-11-22T09:00:00.000+01:00", "trigger-noise", Answer::Yes);
    // A trigger no longer in the library, twice.
    triggered("g1", "2025-11-02T09:00:00.000+01:00", "trigger-gone", Answer::Unsaid);
    triggered("g2", "2025-11-03T09:00:00.000+01:00", "trigger-gone", Answer::Unsaid);

    const TriggersInsight t = triggers_insight(j, insight_days(j, at(kNow)));
    REQUIRE(t.triggers.size() == 3);
    const TriggerInsight& work = t.triggers[0];
    CHECK(work.trigger == "trigger-work");
    CHECK(work.name == "Work deadline");
    CHECK(work.times == 5);
    CHECK(work.new_responses == 3);
    CHECK(work.first.unix_ms == at("2025-11-01T09:00:00.000+01:00").unix_ms);
    CHECK(work.last.unix_ms == at("2025-11-20T09:00:00.000+01:00").unix_ms);
    // Halves of 2: w1, w2 (one new) and w4, w5 (two new); w3 in the middle is in neither.
    CHECK(work.half == 2);
    CHECK(work.first_half_new == 1);
    CHECK(work.second_half_new == 2);
    // Two triggers came up twice: by name, "(removed)" sorts before "Family call".
    CHECK(t.triggers[1].name == "(removed)");
    CHECK(t.triggers[1].trigger == "trigger-gone");
    CHECK(t.triggers[1].times == 2);
    CHECK(t.triggers[1].new_responses == 0);
    const TriggerInsight& family = t.triggers[2];
    CHECK(family.name == "Family call");
    CHECK(family.times == 2);
    CHECK(family.half == 1);
    CHECK(family.first_half_new == 0);
    CHECK(family.second_half_new == 1);
    // Every time a trigger came up counts for the comparison, once-only ones included.
    CHECK(t.new_responses.recent_count == 9);
    CHECK(t.new_responses.recent_part == 5);
    CHECK(t.new_responses.before_count == 1);
    CHECK(t.new_responses.before_part == 0);
}

TEST_CASE("insights relief: the median of an odd and an even number of values") {
    const int none[3] = {0, 0, 0};
    CHECK(median_of_counts(none, 3, 0) == 0);
    const int odd[4] = {0, 1, 1, 1}; // 1, 2, 3
    CHECK(median_of_counts(odd, 4, 0) == 2);
    const int even[5] = {0, 1, 1, 1, 1}; // 1, 2, 3, 4
    CHECK(median_of_counts(even, 5, 0) == 2.5);
    const int repeated[4] = {0, 3, 0, 1}; // 1, 1, 1, 3
    CHECK(median_of_counts(repeated, 4, 0) == 1);
    const int apart[4] = {1, 0, 0, 1}; // -2 and 1 with an offset of -2
    CHECK(median_of_counts(apart, 4, -2) == -0.5);
}

TEST_CASE("insights relief: ranked by median drop, ties share a rank, small samples listed but not ranked") {
    Journal j;
    put_item(j.library, library_item("action-strolled", LibraryKind::Action, "Strolled", "action-walk"));
    // Went for a walk, as itself and as "Strolled": drops 3, 2, 4 and 0, median (2 + 3) / 2.
    put(j, relief("walk1", "2025-11-01T09:00:00.000+01:00", "action-walk", 8, 5));
    put(j, relief("walk2", "2025-11-02T09:00:00.000+01:00", "action-walk", 6, 4));
    put(j, relief("walk3", "2025-11-03T09:00:00.000+01:00", "action-strolled", 7, 3));
    put(j, relief("walk4", "2025-11-04T09:00:00.000+01:00", "action-strolled", 5, 5));
    // Both names in one entry, without an "after": one more use of the walk, nothing measured.
    put(j, with_action(with_action(entry("walk5", "2025-11-05T09:00:00.000+01:00", 6), "action-walk",
                                   CopingFunction::Soothe),
                       "action-strolled", CopingFunction::Soothe));
    // Listened to music: drops 3, 2, 3, median 3; relief named lasting twice.
    Entry music1 = relief("music1", "2025-11-06T09:00:00.000+01:00", "action-music", 9, 6);
    music1.relief = Relief::Lasting;
    music1.recheck = {at("2025-11-06T11:00:00.000+01:00"), 5, Answer::Yes};
    put(j, music1);
    Entry music2 = relief("music2", "2025-11-07T09:00:00.000+01:00", "action-music", 4, 2);
    music2.relief = Relief::LastingWithClarity;
    put(j, music2);
    put(j, relief("music3", "2025-11-08T09:00:00.000+01:00", "action-music", 6, 3));
    // Had a drink: drops 3, 4, 2, median 3 (a tie with music); relief short-lived twice, and
    // at the re-check it lasted once in three.
    const Answer lasted[3] = {Answer::No, Answer::No, Answer::Yes};
    const int befores[3] = {7, 8, 5}, afters[3] = {4, 4, 3};
    for (int n = 0; n < 3; ++n) {
        const std::string id = "drink" + std::to_string(n);
        Entry e = relief(id.c_str(), "2025-11-09T09:00:00.000+01:00", "action-drink", befores[n], afters[n]);
        e.actions[0].function = CopingFunction::Avoid;
        e.actions[0].avoid = AvoidKind::Alcohol;
        e.relief = n < 2 ? Relief::ShortLived : Relief::Unsaid;
        e.recheck = {at("2025-11-09T12:00:00.000+01:00"), 5, lasted[n]};
        put(j, e);
    }
    // Watched something: used three times, only two with an "after": not enough to rank.
    put(j, relief("tv1", "2025-11-10T09:00:00.000+01:00", "action-tv", 6, 5));
    put(j, relief("tv2", "2025-11-11T09:00:00.000+01:00", "action-tv", 7, 7));
    put(j, with_action(entry("tv3", "2025-11-12T09:00:00.000+01:00", 7), "action-tv", CopingFunction::Avoid));
    // Box breathing three times: drops 3, 2, 1, median 2. 4-7-8 breathing and staying with it once each.
    put(j, practice("box1", "2025-11-13T09:00:00.000+01:00", Practice::Breathing, 64000, 7, 4));
    put(j, practice("box2", "2025-11-14T09:00:00.000+01:00", Practice::Breathing, 64000, 6, 4));
    put(j, practice("box3", "2025-11-15T09:00:00.000+01:00", Practice::Breathing, 64000, 5, 4));
    put(j, practice("478", "2025-11-16T09:00:00.000+01:00", Practice::Breathing, 76000, 6, 3, "4-7-8"));
    put(j, practice("stay", "2025-11-17T09:00:00.000+01:00", Practice::StayWithIt, 300000, 8, 5));

    const ReliefInsight r = relief_insight(j, insight_days(j, at(kNow)));
    REQUIRE(r.actions.size() == 7);
    // Median 3: a tie, rank 1 for both, by name.
    CHECK(r.actions[0].name == "Had a drink");
    CHECK(r.actions[0].rank == 1);
    CHECK(r.actions[0].median_drop == 3);
    CHECK(r.actions[0].uses == 3);
    CHECK(r.actions[0].rechecked == 3);
    CHECK(r.actions[0].lasted == 1);
    CHECK(r.actions[0].short_lived == 2);
    CHECK(r.actions[0].lasting == 0);
    CHECK(r.actions[1].name == "Listened to music");
    CHECK(r.actions[1].rank == 1);
    CHECK(r.actions[1].median_drop == 3);
    CHECK(r.actions[1].rechecked == 1);
    CHECK(r.actions[1].lasted == 1);
    CHECK(r.actions[1].lasting == 2);
    // After a tie of two, the next rank is 3.
    CHECK(r.actions[2].id == "action-walk");
    CHECK(r.actions[2].name == "Went for a walk");
    CHECK(r.actions[2].rank == 3);
    CHECK(r.actions[2].uses == 5);
    CHECK(r.actions[2].measured == 4);
    CHECK(r.actions[2].median_drop == 2.5);
    CHECK(r.actions[3].id == "practice:breathing:box");
    CHECK(r.actions[3].name == "Box breathing");
    CHECK(r.actions[3].practice);
    CHECK(r.actions[3].rank == 4);
    CHECK(r.actions[3].median_drop == 2);
    // Not enough data yet: listed by uses, then by name, without a rank.
    CHECK(r.actions[4].name == "Watched something");
    CHECK(r.actions[4].uses == 3);
    CHECK(r.actions[4].measured == 2);
    CHECK(r.actions[4].median_drop == 0.5);
    CHECK_FALSE(r.actions[4].enough);
    CHECK(r.actions[4].rank == 0);
    CHECK(r.actions[5].name == "4-7-8 breathing");
    CHECK(r.actions[5].id == "practice:breathing:4-7-8");
    CHECK(r.actions[5].rank == 0);
    CHECK(r.actions[6].name == "Stay with it");
    CHECK(r.actions[6].id == "practice:stay_with_it");
    CHECK(r.actions[6].uses == 1);
    CHECK(r.actions[6].median_drop == 3);
    CHECK(r.actions[6].rank == 0);
    // Re-checks in the last 4 weeks: music's and the three drinks', two of them lasted.
    CHECK(r.lasted.recent_count == 4);
    CHECK(r.lasted.recent_part == 2);
}

TEST_CASE("insights distress: weekly mean and peak, the last 7 days, and the 4-week comparison") {
    Journal j;
    put(j, entry("a", "2025-11-24T08:00:00.000+01:00", 4));
    put(j, entry("b", "2025-11-24T20:00:00.000+01:00", 6));
    put(j, entry("c", "2025-11-26T07:00:00.000+01:00", 9));
    put(j, entry("d", "2025-11-19T09:00:00.000+01:00", 2)); // 7 days back: not in the last 7
    put(j, entry("e", "2025-11-20T09:00:00.000+01:00", 3)); // 6 days back: in them
    put(j, entry("future", "2025-11-27T09:00:00.000+01:00", 10)); // a clock set ahead
    const DistressInsight d = distress_insight(j, insight_days(j, at(kNow)));
    REQUIRE(d.weeks.size() == 2);
    CHECK(d.weeks[0].entries == 2);
    CHECK(d.weeks[0].mean == 2.5);
    CHECK(d.weeks[0].peak == 3);
    // This week holds tomorrow's entry too; the year view and the windows end today.
    CHECK(d.weeks[1].entries == 4);
    CHECK(d.weeks[1].mean == 7.25); // (4 + 6 + 9 + 10) / 4
    CHECK(d.weeks[1].peak == 10);
    CHECK(d.year[364].entries == 1);
    CHECK(d.year[364].peak == 9);
    CHECK(d.year[362].entries == 2);
    CHECK(d.year[362].peak == 6);
    CHECK(d.last_7_days_entries == 4);
    CHECK(d.last_7_days_mean == 5.5); // (4 + 6 + 9 + 3) / 4
    CHECK(d.mean.recent_count == 5);
    CHECK(d.mean.recent == 4.8); // (4 + 6 + 9 + 2 + 3) / 5
    CHECK(d.mean.before_count == 0);
}

TEST_CASE("insights staying with it: sessions and 'stayed with the feeling' answers over time") {
    Journal j;
    put(j, practice("s-old1", "2025-10-20T09:00:00.000+01:00", Practice::StayWithIt, 30000));
    put(j, practice("s-old2", "2025-10-22T09:00:00.000+01:00", Practice::StayWithIt, 120000));
    put(j, practice("s1", "2025-11-20T09:00:00.000+01:00", Practice::StayWithIt, 180000, 8, 5));
    put(j, practice("s2", "2025-11-25T09:00:00.000+01:00", Practice::StayWithIt, 300000));
    put(j, practice("breathe", "2025-11-25T10:00:00.000+01:00", Practice::Breathing, 64000)); // not staying
    const auto stayed = [&](const char* id, const char* iso, Answer a, int minutes) {
        Entry e = entry(id, iso, 5);
        e.stayed_with_feeling = a;
        e.stayed_minutes = minutes;
        put(j, e);
    };
    stayed("old-yes", "2025-10-25T09:00:00.000+01:00", Answer::Yes, 4);
    stayed("no", "2025-11-21T09:00:00.000+01:00", Answer::No, 7);
    stayed("yes-untimed", "2025-11-22T09:00:00.000+01:00", Answer::Yes, -1);
    stayed("yes", "2025-11-24T09:00:00.000+01:00", Answer::Yes, 10);

    const StayingInsight s = staying_insight(j, insight_days(j, at(kNow)));
    REQUIRE(s.sessions.size() == 4);
    CHECK(s.sessions[0].minutes == 0.5);
    CHECK(s.sessions[1].minutes == 2);
    CHECK(s.sessions[2].minutes == 3);
    CHECK(s.sessions[2].distress_before == 8);
    CHECK(s.sessions[2].distress_after == 5);
    CHECK(s.sessions[3].minutes == 5);
    REQUIRE(s.weeks.size() == 6);
    CHECK(s.weeks[0].monday == CalendarDay{2025, 10, 20});
    CHECK(s.weeks[0].sessions == 2);
    CHECK(s.weeks[0].session_minutes == 2.5);
    CHECK(s.weeks[0].stayed_yes == 1);
    CHECK(s.weeks[0].stayed_minutes == 4);
    CHECK(s.weeks[4].sessions == 1);
    CHECK(s.weeks[4].stayed_yes == 1); // untimed
    CHECK(s.weeks[4].stayed_no == 1);
    CHECK(s.weeks[4].stayed_minutes == 0);
    CHECK(s.weeks[5].sessions == 1);
    CHECK(s.weeks[5].session_minutes == 5);
    CHECK(s.weeks[5].stayed_yes == 1);
    CHECK(s.weeks[5].stayed_minutes == 10);
    // Times with a length: 3, 5 and 10 minutes lately; 0.5, 2 and 4 before.
    CHECK(s.minutes.recent_count == 3);
    CHECK(s.minutes.recent == 5);
    CHECK(s.minutes.before_count == 3);
    CHECK(s.minutes.before == 2);
    const SummaryLine line = summary_line(Signal::StayingWithIt, s.minutes);
    CHECK(line.direction == Direction::Up);
    CHECK(line.words == "Staying with it: a median of 5 min across 3 times you stayed with a feeling in the last 4 "
                        "weeks, up from 2 min across 3 times the 4 weeks before.");
}

TEST_CASE("insights checks: an imported questionnaire's totals with bands over time, and the weekly balance") {
    Journal j;
    put_questionnaire(j, weekly_check());
    put_questionnaire(j, sleep_and_worry());
    // Totals, reversed answers turned around (4 - answer):
    REQUIRE(put_check(j, sleep_check("c3", "2025-11-02T21:00:00.000+01:00", 2, 2, 2, 2, -1))); // 8 of 4 -> 10
    REQUIRE(put_check(j, sleep_check("c1", "2025-10-05T21:00:00.000+02:00", 4, 0, 4, 1, 3))); // 4+4+4+3+3 = 18
    REQUIRE(put_check(j, sleep_check("c4", "2025-11-16T21:00:00.000+01:00", 1, 3, 1, 3, 1))); // 1+1+1+1+1 = 5
    REQUIRE(put_check(j, sleep_check("c2", "2025-10-19T21:00:00.000+02:00", 3, 1, 3, 2, 2))); // 3+3+3+2+2 = 13
    // Weekly checks: stuck, healing, balance.
    REQUIRE(put_check(j, weekly("k1", "2025-11-12T20:00:00.000+01:00", 2, 2, 1, 1, 1, 1, 1, 1))); // 6, 4, -2
    REQUIRE(put_check(j, weekly("k3", "2025-11-25T20:00:00.000+01:00", 1, 0, 1, 0, 2, 2, 2, 1))); // 2, 7, +5
    REQUIRE(put_check(j, weekly("k2", "2025-11-19T20:00:00.000+01:00", 1, 1, 1, 1, 2, 2, 1, 1))); // 4, 6, +2

    const InsightDays days = insight_days(j, at(kNow));
    const std::vector<QuestionnaireSeries> series = questionnaire_series(j, days);
    REQUIRE(series.size() == 2);
    const QuestionnaireSeries& weekly_series = series[0];
    CHECK(weekly_series.questionnaire == kWeeklyCheckId);
    CHECK(weekly_series.headline == "balance");
    REQUIRE(weekly_series.points.size() == 3);
    CHECK(weekly_series.points[0].check == "k1");
    CHECK(weekly_series.points[0].headline.value == -2);
    CHECK(weekly_series.points[1].headline.value == 2);
    CHECK(weekly_series.points[2].headline.value == 5);
    REQUIRE(weekly_series.points[2].scores.size() == 3);
    CHECK(weekly_series.points[2].scores[0].value == 2); // stuck
    CHECK(weekly_series.points[2].scores[1].value == 7); // healing
    CHECK_FALSE(weekly_series.points[2].safety);
    CHECK(weekly_series.mean.recent_count == 3);
    CHECK(weekly_series.mean.before_count == 0);

    const QuestionnaireSeries& sleep = series[1];
    CHECK(sleep.title == "Sleep and worry");
    CHECK(sleep.headline == "total"); // the score with bands, not merely the last one
    CHECK(sleep.headline_name == "Sleep and worry together");
    CHECK(sleep.low == 0);
    CHECK(sleep.high == 20);
    REQUIRE(sleep.points.size() == 4);
    const int totals[4] = {18, 13, 10, 5};
    const char* bands[4] = {"High", "Some", "Some", "Low"};
    for (size_t n = 0; n < 4; ++n) {
        CHECK(sleep.points[n].headline.has_value);
        CHECK(sleep.points[n].headline.value == totals[n]);
        CHECK(sleep.points[n].headline.band == bands[n]);
    }
    CHECK(sleep.points[2].headline.prorated);
    CHECK(sleep.points[0].check == "c1");
    // Means: (10 + 5) / 2 lately, (18 + 13) / 2 before; "same" would be within 1 (5% of 20).
    CHECK(sleep.mean.recent_count == 2);
    CHECK(sleep.mean.recent == 7.5);
    CHECK(sleep.mean.before_count == 2);
    CHECK(sleep.mean.before == 15.5);
    const SummaryLine line = questionnaire_line(sleep);
    CHECK(line.signal == Signal::Questionnaire);
    CHECK(line.questionnaire == "sleep-and-worry");
    CHECK(line.direction == Direction::Down);
    CHECK(line.words == "Sleep and worry (Sleep and worry together): averaged 7.5 over 2 checks in the last 4 weeks, "
                        "down from 15.5 over 2 checks the 4 weeks before.");

    // In the whole answer: the weekly check first (not enough yet), then Sleep and worry.
    const Insights i = compute_insights(j, at(kNow));
    REQUIRE(i.summary.lines.size() == 7);
    CHECK(i.summary.lines[5].signal == Signal::WeeklyCheck);
    CHECK(i.summary.lines[5].direction == Direction::NotEnough);
    CHECK(i.summary.lines[6].words == line.words);
    check_wording(i.summary);
    // The two newest weekly checks, +5 and +2: ready for healing work.
    CHECK(i.phase.phase == Phase::ReadyForHealing);
    CHECK(i.phase.why == "The last 2 weekly checks had a balance above 0 (+5 and +2), and there are too few entries "
                         "to see a rise in distress.");
}

TEST_CASE("insights weekly check balance: signs, and 'about the same' within 5% of its range") {
    QuestionnaireSeries q;
    q.questionnaire = kWeeklyCheckId;
    q.headline = "balance";
    q.low = -12;
    q.high = 12;
    q.mean = {4, 2, 0, 0, 2, -1.5};
    SummaryLine line = questionnaire_line(q);
    CHECK(line.direction == Direction::Up);
    CHECK(line.words == "Weekly check balance: averaged +2.0 over 4 checks in the last 4 weeks, up from -1.5 over 2 "
                        "checks the 4 weeks before.");
    q.mean.recent = -0.25; // 1.25 above -1.5: more than 1.2
    CHECK(questionnaire_line(q).direction == Direction::Up);
    q.mean.recent = -0.5; // 1 above: within 1.2
    line = questionnaire_line(q);
    CHECK(line.direction == Direction::Same);
    CHECK(line.words == "Weekly check balance: averaged -0.5 over 4 checks in the last 4 weeks, about the same as -1.5 "
                        "over 2 checks the 4 weeks before.");
    q.mean.before_count = 1;
    CHECK(questionnaire_line(q).direction == Direction::NotEnough);
}

TEST_CASE("insights phase rule: each boundary") {
    PhaseSigns s;
    CHECK(infer_phase(s, "").phase == Phase::Stabilising);

    SUBCASE("a safety answer means crisis, whatever else") {
        s.safety_answer = true;
        s.balances = 2;
        s.balance = {5, 5};
        const PhaseInsight p = infer_phase(s, "");
        CHECK(p.phase == Phase::Crisis);
        CHECK(p.why == "In a check in the last 14 days, a safety question was answered above its lowest point.");
    }
    SUBCASE("distress: 3 entries averaging 7 are a crisis; 2 entries, or an average under 7, are not") {
        s.distress_entries = 3;
        s.distress_mean = 7;
        PhaseInsight p = infer_phase(s, "");
        CHECK(p.phase == Phase::Crisis);
        CHECK(p.why == "Distress averaged 7.0 over 3 entries in the last 7 days.");
        s.distress_mean = 6.9;
        CHECK(infer_phase(s, "").phase == Phase::Stabilising);
        s.distress_entries = 2;
        s.distress_mean = 9.5;
        CHECK(infer_phase(s, "").phase == Phase::Stabilising);
    }
    SUBCASE("ready: two balances above 0 and distress not up") {
        s.balances = 2;
        s.balance = {1, 1};
        s.distress_trend = Direction::Same;
        PhaseInsight p = infer_phase(s, "");
        CHECK(p.phase == Phase::ReadyForHealing);
        CHECK(p.why == "The last 2 weekly checks had a balance above 0 (+1 and +1), and distress over the last 4 "
                       "weeks is not up from the 4 weeks before.");
        s.distress_trend = Direction::Down;
        CHECK(infer_phase(s, "").phase == Phase::ReadyForHealing);
        s.distress_trend = Direction::NotEnough;
        CHECK(infer_phase(s, "").phase == Phase::ReadyForHealing);
        s.distress_trend = Direction::Up;
        p = infer_phase(s, "");
        CHECK(p.phase == Phase::Stabilising);
        CHECK(p.why == "The last 2 weekly checks had a balance above 0 (+1 and +1), and distress over the last 4 "
                       "weeks is up from the 4 weeks before.");
        s.distress_trend = Direction::Same;
        s.balance = {1, 0};
        p = infer_phase(s, "");
        CHECK(p.phase == Phase::Stabilising);
        CHECK(p.why == "The last 2 weekly checks had a balance of +1 and 0; ready for healing work is suggested when "
                       "both are above 0.");
        s.balance = {-3, 4};
        CHECK(infer_phase(s, "").phase == Phase::Stabilising);
        s.balance = {4, 4};
        s.balances = 1;
        p = infer_phase(s, "");
        CHECK(p.phase == Phase::Stabilising);
        CHECK(p.why == "Ready for healing work is suggested after 2 weekly checks in the last 4 weeks with a balance "
                       "above 0; there is 1 with a balance.");
        // Ready, but a crisis sign comes first.
        s.balances = 2;
        s.distress_entries = 4;
        s.distress_mean = 8;
        CHECK(infer_phase(s, "").phase == Phase::Crisis);
    }
    SUBCASE("the person's own choice wins; the rule's answer is kept beside it") {
        s.safety_answer = true;
        PhaseInsight p = infer_phase(s, "ready");
        CHECK(p.phase == Phase::ReadyForHealing);
        CHECK(p.inferred == Phase::Crisis);
        CHECK(p.chosen);
        p = infer_phase(s, "stabilising");
        CHECK(p.phase == Phase::Stabilising);
        CHECK(p.chosen);
        p = infer_phase(s, "calm"); // not a phase: the rule's
        CHECK(p.phase == Phase::Crisis);
        CHECK_FALSE(p.chosen);
    }
}

TEST_CASE("insights phase keys, and the override kept in settings") {
    for (Phase p : {Phase::Crisis, Phase::Stabilising, Phase::ReadyForHealing}) {
        Phase back = Phase::Crisis;
        CHECK(phase_from_key(phase_key(p), back));
        CHECK(back == p);
    }
    CHECK(std::string(phase_key(Phase::ReadyForHealing)) == "ready");
    CHECK(std::string(phase_words(Phase::ReadyForHealing)) == "Ready for healing work");
    Settings s;
    CHECK(s.phase_override.empty());
    CHECK(problems_with(s).empty());
    s.phase_override = "crisis";
    CHECK(problems_with(s).empty());
    s.phase_override = "calm";
    REQUIRE(problems_with(s).size() == 1);
    CHECK(problems_with(s)[0] == "\"calm\" is not a phase Onward knows: crisis, stabilising or ready.");
}

TEST_CASE("insights phase from a journal: the 7-, 14- and 28-day edges") {
    Journal j;
    put_questionnaire(j, weekly_check());
    // Distress: 6 days back and today count, 7 days back does not. 8, 7, 6: a mean of 7.
    put(j, entry("d6", "2025-11-20T09:00:00.000+01:00", 8));
    put(j, entry("d3", "2025-11-23T09:00:00.000+01:00", 7));
    put(j, entry("d0", "2025-11-26T09:00:00.000+01:00", 6));
    put(j, entry("d7", "2025-11-19T09:00:00.000+01:00", 0));
    Insights i = compute_insights(j, at(kNow));
    CHECK(i.distress.last_7_days_entries == 3);
    CHECK(i.phase.phase == Phase::Crisis);
    CHECK(i.phase.why == "Distress averaged 7.0 over 3 entries in the last 7 days.");

    // Calmer today: the mean drops to 6.3.
    Entry calmer = *find_entry(j, "d0");
    calmer.distress = 4;
    put(j, calmer);
    // Weekly checks: balance +3 on 2025-10-29 (28 days back: too old), +1 on 2025-10-30 (27
    // days back) and +2 on 2025-11-20.
    REQUIRE(put_check(j, weekly("old", "2025-10-29T20:00:00.000+01:00", 0, 0, 0, 0, 1, 1, 1, 0)));
    REQUIRE(put_check(j, weekly("edge", "2025-10-30T20:00:00.000+01:00", 1, 0, 0, 0, 1, 1, 0, 0)));
    i = compute_insights(j, at(kNow));
    PhaseSigns s = phase_signs(i.days, i.distress, i.checks);
    CHECK(s.balances == 1);
    CHECK(s.balance[0] == 1);
    CHECK(i.phase.phase == Phase::Stabilising);
    REQUIRE(put_check(j, weekly("new", "2025-11-20T20:00:00.000+01:00", 0, 0, 0, 0, 1, 1, 0, 0)));
    i = compute_insights(j, at(kNow));
    s = phase_signs(i.days, i.distress, i.checks);
    CHECK(s.balances == 2);
    CHECK(s.balance[0] == 2);
    CHECK(s.balance[1] == 1);
    CHECK(i.phase.phase == Phase::ReadyForHealing);

    // A safety answer 14 days back (2025-11-12) is outside the 14 days; 13 days back is inside.
    // (The newest two balances are then +2 and +4: still ready.)
    REQUIRE(put_check(j, weekly("safety-old", "2025-11-12T20:00:00.000+01:00", 0, 0, 0, 0, 1, 1, 1, 1, 1))); // +4
    i = compute_insights(j, at(kNow));
    CHECK(i.checks[0].points[2].safety);
    CHECK_FALSE(phase_signs(i.days, i.distress, i.checks).safety_answer);
    CHECK(i.phase.phase == Phase::ReadyForHealing);
    REQUIRE(put_check(j, weekly("safety", "2025-11-13T20:00:00.000+01:00", 0, 0, 0, 0, 0, 0, 0, 0, 2)));
    i = compute_insights(j, at(kNow));
    CHECK(i.phase.phase == Phase::Crisis);
    CHECK(i.phase.inferred == Phase::Crisis);

    // The person's own choice, from their settings.
    j.settings.phase_override = "stabilising";
    i = compute_insights(j, at(kNow));
    CHECK(i.phase.phase == Phase::Stabilising);
    CHECK(i.phase.inferred == Phase::Crisis);
    CHECK(i.phase.chosen);
}

TEST_CASE("insights summary: counts in every line, direction thresholds, and no verdict") {
    SUBCASE("a share going down") {
        const Comparison c{40, 35, 12, 18, 0.3, 18.0 / 35};
        const SummaryLine line = summary_line(Signal::Avoidance, c);
        CHECK(line.direction == Direction::Down);
        CHECK(line.words == "Avoidance: 12 of 40 actions in the last 4 weeks (30%), down from 18 of 35 (51%) the 4 "
                            "weeks before.");
    }
    SUBCASE("shares: under 5 points apart is about the same, 5 is a change") {
        // 9 of 20 (45%) against 8 of 20 (40%): 5 points.
        Comparison c{20, 20, 9, 8, 0.45, 0.4};
        SummaryLine line = summary_line(Signal::NewResponses, c);
        CHECK(line.direction == Direction::Up);
        CHECK(line.words == "Old triggers, new responses: 9 of 20 times a trigger came up in the last 4 weeks (45%), "
                            "up from 8 of 20 (40%) the 4 weeks before.");
        // 17 of 40 (42.5%) against 8 of 20 (40%): 2.5 points.
        c = {40, 20, 17, 8, 0.425, 0.4};
        line = summary_line(Signal::LastingRelief, c);
        CHECK(line.direction == Direction::Same);
        CHECK(line.words == "Relief that lasted: 17 of 40 re-checks in the last 4 weeks (43%), about the same as 8 of "
                            "20 (40%) the 4 weeks before.");
    }
    SUBCASE("too few in either window: not enough data yet, with the counts") {
        const Comparison c{9, 30, 3, 10, 3.0 / 9, 10.0 / 30};
        const SummaryLine line = summary_line(Signal::Avoidance, c);
        CHECK(line.direction == Direction::NotEnough);
        CHECK(line.words == "Avoidance: not enough data yet (9 actions in the last 4 weeks, 30 the 4 weeks before; 10 "
                            "in each are needed to compare).");
        CHECK(summary_line(Signal::Avoidance, {10, 10, 0, 0, 0, 0}).direction == Direction::Same);
        CHECK(summary_line(Signal::NewResponses, {5, 4, 1, 1, 0.2, 0.25}).direction == Direction::NotEnough);
        CHECK(summary_line(Signal::Distress, {5, 5, 0, 0, 5, 5}).direction == Direction::Same);
        CHECK(summary_line(Signal::Distress, {4, 5, 0, 0, 5, 5}).direction == Direction::NotEnough);
        CHECK(summary_line(Signal::StayingWithIt, {3, 2, 0, 0, 5, 5}).direction == Direction::NotEnough);
    }
    SUBCASE("distress: half a point is a change, less is about the same") {
        SummaryLine line = summary_line(Signal::Distress, {30, 28, 0, 0, 5.5, 5.0});
        CHECK(line.direction == Direction::Up);
        CHECK(line.words == "Distress: averaged 5.5 over 30 entries in the last 4 weeks, up from 5.0 over 28 entries "
                            "the 4 weeks before.");
        line = summary_line(Signal::Distress, {30, 28, 0, 0, 5.25, 5.0});
        CHECK(line.direction == Direction::Same);
        CHECK(line.words == "Distress: averaged 5.2 over 30 entries in the last 4 weeks, about the same as 5.0 over 28 "
                            "entries the 4 weeks before.");
        CHECK(summary_line(Signal::Distress, {30, 28, 0, 0, 4.5, 5.0}).direction == Direction::Down);
    }
    SUBCASE("staying with it: a minute is a change") {
        CHECK(summary_line(Signal::StayingWithIt, {3, 3, 0, 0, 6, 5}).direction == Direction::Up);
        const SummaryLine line = summary_line(Signal::StayingWithIt, {4, 3, 0, 0, 4.5, 5});
        CHECK(line.direction == Direction::Same);
        CHECK(line.words == "Staying with it: a median of 4 min 30 s across 4 times you stayed with a feeling in the "
                            "last 4 weeks, about the same as 5 min across 3 times the 4 weeks before.");
    }
    SUBCASE("every line of a busy journal says what the data shows, with counts") {
        InsightsSummary all;
        for (Signal s : {Signal::Avoidance, Signal::NewResponses, Signal::LastingRelief, Signal::Distress,
                         Signal::StayingWithIt})
            for (const Comparison& c : {Comparison{40, 35, 12, 18, 0.3, 18.0 / 35}, Comparison{1, 0, 1, 0, 1, 0},
                                        Comparison{50, 50, 25, 25, 0.5, 0.5}, Comparison{12, 12, 0, 0, 6.5, 2}})
                all.lines.push_back(summary_line(s, c));
        check_wording(all);
    }
}

TEST_CASE("insights of 20 000 entries over 1 000 days") {
    // Entry n is made k = n / 20 days before 2025-11-26 at 09:00 local time, at +01:00 for
    // even n and +02:00 for odd n. Distress 7 on even k, 3 on odd k. One action each:
    // n % 4 == 0 scrolled (avoid, screens; a drop of 3), 1 walk (soothe; a drop of 1),
    // 2 talked it through (face; a drop of 2), 3 strolled (merged into walk; a drop of 1).
    // Even n name the work trigger, with a new response when n % 4 == 0. Re-checks: lasted
    // when n % 5 == 0, did not when n % 5 == 1.
    Journal j;
    put_item(j.library, library_item("trigger-work", LibraryKind::Trigger, "Work"));
    put_item(j.library, library_item("action-strolled", LibraryKind::Action, "Strolled", "action-walk"));
    const int64_t nine_utc = at("2025-11-26T09:00:00.000+00:00").unix_ms;
    const char* actions[4] = {"action-scrolled", "action-walk", "action-talked-it-through", "action-strolled"};
    const CopingFunction functions[4] = {CopingFunction::Avoid, CopingFunction::Soothe, CopingFunction::Face,
                                         CopingFunction::Soothe};
    const int drops[4] = {3, 1, 2, 1};
    std::vector<Entry> entries;
    entries.reserve(20000);
    for (int n = 0; n < 20000; ++n) {
        const int k = n / 20, kind = n % 4;
        const int offset = n % 2 ? 120 : 60;
        Entry e;
        e.id = "entry-" + std::to_string(n);
        e.created.unix_ms = nine_utc - int64_t(k) * 86400000 - int64_t(offset) * 60000;
        e.created.utc_offset_minutes = offset;
        e.updated = e.created;
        e.distress = k % 2 ? 3 : 7;
        e.distress_after = e.distress - drops[kind];
        e.actions = {{actions[kind], functions[kind], kind == 0 ? AvoidKind::Screens : AvoidKind::Unsaid}};
        if (n % 2 == 0) {
            e.trigger = "trigger-work";
            e.new_response = n % 4 == 0 ? Answer::Yes : Answer::No;
        }
        if (n % 5 < 2) e.recheck = {e.created, 2, n % 5 == 0 ? Answer::Yes : Answer::No};
        entries.push_back(std::move(e));
    }
    REQUIRE(put_entries(j, std::move(entries)).size() == 20000);

    const Insights i = compute_insights(j, at(kNow));
    // The oldest entry is 999 days back: Friday 2023-03-03, in the week of 2023-02-27.
    CHECK(i.days.weeks == 144);
    CHECK(i.avoidance.weeks.front().monday == CalendarDay{2023, 2, 27});
    int soothe = 0, face = 0, avoid = 0;
    for (const ActionWeek& w : i.avoidance.weeks) {
        soothe += w.soothe;
        face += w.face;
        avoid += w.avoid;
    }
    CHECK(soothe == 10000);
    CHECK(face == 5000);
    CHECK(avoid == 5000);
    // This week so far: Monday to Wednesday, 60 entries, 15 avoiding.
    CHECK(i.avoidance.weeks.back().avoid == 15);
    CHECK(i.avoidance.weeks.back().avoid_kinds[size_t(AvoidKind::Screens)] == 15);
    // The last 4 weeks hold n = 0 … 559, the 4 before n = 560 … 1119.
    CHECK(i.avoidance.share.recent_count == 560);
    CHECK(i.avoidance.share.recent_part == 140);
    CHECK(i.avoidance.share.before_part == 140);

    REQUIRE(i.triggers.triggers.size() == 1);
    CHECK(i.triggers.triggers[0].times == 10000);
    CHECK(i.triggers.triggers[0].new_responses == 5000);
    CHECK(i.triggers.triggers[0].half == 5000);
    CHECK(i.triggers.triggers[0].first_half_new == 2500);
    CHECK(i.triggers.triggers[0].second_half_new == 2500);

    REQUIRE(i.relief.actions.size() == 3);
    CHECK(i.relief.actions[0].name == "Scrolled my phone");
    CHECK(i.relief.actions[0].median_drop == 3);
    CHECK(i.relief.actions[0].rank == 1);
    CHECK(i.relief.actions[1].name == "Talked it through");
    CHECK(i.relief.actions[1].rank == 2);
    CHECK(i.relief.actions[2].name == "Went for a walk");
    CHECK(i.relief.actions[2].uses == 10000);
    CHECK(i.relief.actions[2].median_drop == 1);
    CHECK(i.relief.actions[2].rank == 3);
    // n % 5 < 2 among n % 4 == 0: n % 20 in {0, 16}, 2 of every 20, so 1 000; lasted: n % 20 == 0.
    CHECK(i.relief.actions[0].rechecked == 2000);
    CHECK(i.relief.actions[0].lasted == 1000);

    CHECK(i.distress.year[364].entries == 20);
    CHECK(i.distress.year[364].peak == 7);
    CHECK(i.distress.year[363].peak == 3);
    // The last 7 days: 4 days at 7 and 3 at 3, 20 entries each: (560 + 180) / 140.
    CHECK(i.distress.last_7_days_entries == 140);
    CHECK(i.phase.phase == Phase::Stabilising);

    REQUIRE(i.summary.lines.size() == 5);
    CHECK(i.summary.lines[0].words == "Avoidance: 140 of 560 actions in the last 4 weeks (25%), about the same as 140 "
                                      "of 560 (25%) the 4 weeks before.");
    CHECK(i.summary.lines[1].words == "Old triggers, new responses: 140 of 280 times a trigger came up in the last 4 "
                                      "weeks (50%), about the same as 140 of 280 (50%) the 4 weeks before.");
    CHECK(i.summary.lines[2].words == "Relief that lasted: 112 of 224 re-checks in the last 4 weeks (50%), about the "
                                      "same as 112 of 224 (50%) the 4 weeks before.");
    CHECK(i.summary.lines[3].words == "Distress: averaged 5.0 over 560 entries in the last 4 weeks, about the same as "
                                      "5.0 over 560 entries the 4 weeks before.");
    CHECK(i.summary.lines[4].direction == Direction::NotEnough);
    check_wording(i.summary);
}
