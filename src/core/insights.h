// Insights: what the person's own records show about their coping over time, as plain
// figures with their counts (PRODUCT.md, "Reflect and see progress"). Each figure is a pure
// function of the journal and of the moment asked ("now"). The app keeps the result and
// works it out again only when the journal changes, or when `now` falls on another local day
// (Insights::days.today), since "the last 4 weeks" moves with today.
//
// Days. Every record belongs to the calendar day of its own recorded UTC offset
// (local_time.h): an entry made at 23:30+01:00 and one made at the same instant at
// 00:30+02:00 belong to two different days, each the day the person lived. "Now" is judged
// in its own offset. Days are counted as day numbers: local days since 1970-01-01.
//
// Weeks run Monday to Sunday over those local days (ISO-style weeks), so a week keeps its
// seven days across a daylight-saving change. The weekly series all cover the same weeks:
// from the week of the oldest record (entry, practice or check) to the week of today, at
// most kMaxWeeks of them (the newest). Records outside those weeks (older ones, or ones a
// wrong clock dated after this week) are in no week; they still count everywhere else.
//
// Windows. "The last 4 weeks" are the 28 local days that end today, today included; "the 4
// weeks before" are the 28 days before those. Rolling days rather than calendar weeks, so a
// Monday never compares one day with four weeks.
//
// Practices count as actions. A finished practice session is something the person did, so
// it counts as one action with its function (coping_function(): breathing, grounding and
// the body scan soothe; stay with it faces) in the avoidance share, and with its distress
// before and after in relief (as its own kind of action, by practice and pattern).
//
// Library items are counted as what they stand for today: a trigger or action merged into
// another counts as that one (resolve()).
//
// Nothing here grades the person. Directions are "up", "down", "about the same" of the
// figure itself, never better or worse; where counts are too small the answer is "not
// enough data yet" (the constants below say how small, and why).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/journal.h"
#include "core/journal_search.h" // DayDistress

namespace onward {

// --- Thresholds ---------------------------------------------------------------------------

// The weekly series reach back at most ten years: a chart wider than that says nothing
// more, and a clock once set to 1970 must not make thousands of empty weeks.
constexpr int kMaxWeeks = 522;
// The year view: one value per day for the 365 days that end today.
constexpr int kYearDays = 365;
constexpr int kWindowDays = 28; // "the last 4 weeks", and "the 4 weeks before"

// Fewer than these in either window and a comparison is "not enough data yet". Each is
// about what one ordinary month of use gives, so one odd day cannot swing the answer:
constexpr int kMinActionsToCompare = 10;  // actions (a few a week)
constexpr int kMinTriggersToCompare = 5;  // times a trigger came up
constexpr int kMinRechecksToCompare = 5;  // re-checks answered "lasted" yes or no
constexpr int kMinEntriesToCompare = 5;   // entries with a distress rating
constexpr int kMinStaysToCompare = 3;     // times the person stayed with a feeling, with a length
constexpr int kMinChecksToCompare = 2;    // checks of one questionnaire: one is a single week's snapshot

// Changes smaller than these are "about the same": each is less than the figure moves
// when one or two records come or go at the sizes above, so calling it a change would be
// reading noise.
constexpr int kSameSharePoints = 5;         // percentage points of a share (compared exactly)
constexpr double kSameDistress = 0.5;       // points of mean distress (half a step of the 0–10 scale)
constexpr double kSameStayMinutes = 1;      // minutes of the median time stayed with a feeling
constexpr double kSameScoreFraction = 0.05; // of a score's whole range (the weekly balance: 1.2 of 24)

// Relief per action: an action is ranked once this many of its uses have distress before
// and after (a median of one or two is a single moment, not a pattern). Fewer: listed, not
// ranked, "not enough data yet".
constexpr int kMinReliefUses = 3;
// A trigger is recurring once it has come up this often.
constexpr int kRecurringTriggerTimes = 2;

// --- Days and weeks -----------------------------------------------------------------------

// The local day of a moment, as days since 1970-01-01 (negative before).
int64_t local_day_number(const LocalTime& t);
CalendarDay day_from_number(int64_t day);
// The Monday of the week that holds `day` (1970-01-01 was a Thursday).
int64_t monday_of(int64_t day);

struct InsightDays {
    int64_t today = 0;        // the local day of "now"
    int64_t first_monday = 0; // the first week's Monday
    int weeks = 0;            // how many weeks every weekly series holds; 0 for an empty journal
};
// The days the insights are about: today, and the weeks from the oldest record to today's.
InsightDays insight_days(const Journal& j, LocalTime now);

// Two windows' figures side by side: the last 4 weeks ("recent") and the 4 before.
// `count` is how many things each holds (actions, entries, checks…); for a share `part` is
// how many of them had the thing counted and `value` is part / count; otherwise `value` is
// the mean or median compared. A window with nothing in it has value 0.
struct Comparison {
    int recent_count = 0, before_count = 0;
    int recent_part = 0, before_part = 0;
    double recent = 0, before = 0;
};

enum class Direction { Up, Down, Same, NotEnough };
const char* direction_key(Direction d); // "up", "down", "same", "not-enough"

// --- Avoidance share ----------------------------------------------------------------------

constexpr size_t kAvoidKindSlots = 8; // AvoidKind, Unsaid (avoiding of no named kind) included

struct ActionWeek {
    CalendarDay monday;
    int soothe = 0, face = 0, avoid = 0; // actions logged, practices included
    std::array<int, kAvoidKindSlots> avoid_kinds{}; // the avoid ones by kind: [size_t(AvoidKind)]
};
struct AvoidanceInsight {
    std::vector<ActionWeek> weeks; // InsightDays::weeks of them, oldest first
    Comparison share;              // part: avoid actions; count: all actions
};
AvoidanceInsight avoidance_insight(const Journal& j, const InsightDays& d);

// --- Triggers -----------------------------------------------------------------------------

struct TriggerInsight {
    std::string trigger; // the library id, merges followed (the entry's own id when unknown)
    std::string name;    // item_name(): "(removed)" when nothing by that id is known
    int times = 0;         // entries naming it
    int new_responses = 0; // of those, "old trigger, new response?" answered yes
    LocalTime first, last; // the first and the latest time it came up
    // Its history in time order cut into two halves of `half` entries each; with an odd
    // number of times the middle one is in neither, so the halves hold the same number.
    int half = 0;
    int first_half_new = 0, second_half_new = 0;
};
struct TriggersInsight {
    // Recurring triggers only (kRecurringTriggerTimes), the most frequent first; equal ones
    // by name, then id.
    std::vector<TriggerInsight> triggers;
    Comparison new_responses; // count: entries naming a trigger; part: of them, a new response
};
TriggersInsight triggers_insight(const Journal& j, const InsightDays& d);

// --- Relief durability --------------------------------------------------------------------

struct ActionRelief {
    // The library id, merges followed (the entry's own id when unknown); for a practice
    // "practice:<key>", and for breathing "practice:breathing:<pattern>".
    std::string id;
    std::string name; // item_name(), or practice_name() for a practice
    bool practice = false;
    int uses = 0;     // entries naming it (sessions, for a practice)
    // Of those, the ones with distress before and after. An entry with several actions
    // gives its drop to each of them: the person did them together.
    int measured = 0;
    double median_drop = 0; // before minus after, the middle of the measured ones; 0 when none
    int rechecked = 0;      // re-checks where the person said whether the relief lasted
    int lasted = 0;         // of those, "it lasted"
    int short_lived = 0;    // the relief the person named: short-lived…
    int lasting = 0;        // …or lasting (with clarity or not)
    bool enough = false;    // measured >= kMinReliefUses
    // 1 for the largest median drop; equal medians share a rank and the next rank skips
    // (1, 1, 3). 0: not ranked (not enough data yet).
    int rank = 0;
};
struct ReliefInsight {
    // Every action and practice used at least once: the ranked ones by rank (equal ranks by
    // name), then the rest by uses, most first (equal ones by name).
    std::vector<ActionRelief> actions;
    Comparison lasted; // entries: count, re-checks answered yes or no; part, "it lasted"
};
ReliefInsight relief_insight(const Journal& j, const InsightDays& d);
// The middle value of `counts` (counts[i] values equal to i + offset); with an even number,
// the mean of the two middle ones. 0 when empty.
double median_of_counts(const int* counts, int slots, int offset);

// --- Distress -----------------------------------------------------------------------------

// Distress is the rating each entry was saved with (before acting, or simply then); a
// practice's ratings belong to the practice and show in relief.
struct DistressWeek {
    CalendarDay monday;
    int entries = 0;
    double mean = 0; // 0 without entries
    int peak = -1;   // -1 without entries
};
struct DistressInsight {
    std::vector<DistressWeek> weeks; // InsightDays::weeks of them
    CalendarDay year_first_day;      // the first of the year view's days
    std::vector<DayDistress> year;   // kYearDays days ending today: entries and the day's peak
    Comparison mean;                 // count: entries; value: mean distress
    int last_7_days_entries = 0;     // today and the 6 days before (for the phase)
    double last_7_days_mean = 0;
};
DistressInsight distress_insight(const Journal& j, const InsightDays& d);

// --- Staying with it ----------------------------------------------------------------------

struct StaySession {
    LocalTime at;
    double minutes = 0;
    int distress_before = -1, distress_after = -1;
};
struct StayWeek {
    CalendarDay monday;
    int sessions = 0;            // "stay with it" practice sessions
    double session_minutes = 0;  // their total length
    int stayed_yes = 0, stayed_no = 0; // entries' "did I stay with the feeling?"
    int stayed_minutes = 0;      // minutes the person gave with a yes, in total
};
struct StayingInsight {
    std::vector<StaySession> sessions; // every "stay with it" session, oldest first
    std::vector<StayWeek> weeks;       // InsightDays::weeks of them
    // count: times with a length (sessions, and entries with a yes and minutes given);
    // value: the median minutes.
    Comparison minutes;
};
StayingInsight staying_insight(const Journal& j, const InsightDays& d);

// --- Checks -------------------------------------------------------------------------------

struct CheckPoint {
    LocalTime taken;
    std::string check;         // CheckResult::id
    std::vector<Score> scores; // scored by the version it was taken with, in its order
    Score headline;            // the series' headline score (see below); has_value false if missing
    bool safety = false;       // a safety question answered above the scale's lowest point
};
// One questionnaire's checks over time. Its headline score is the last score of the newest
// version that has bands, or else its last score: the weekly check's balance (healing minus
// stuck), and for most imported questionnaires their total.
struct QuestionnaireSeries {
    std::string questionnaire; // Questionnaire::id
    std::string title;         // of the newest version
    std::string headline;      // ScoreRule::id, empty when the questionnaire has no scores
    std::string headline_name;
    int low = 0, high = 0;          // the headline's possible range (newest version)
    std::vector<CheckPoint> points; // oldest first; checks whose version is unknown are left out
    Comparison mean;                // count: checks with a headline value; value: their mean
};
// One per questionnaire the journal has, the weekly check first, then by title.
std::vector<QuestionnaireSeries> questionnaire_series(const Journal& j, const InsightDays& d);

// --- Phase --------------------------------------------------------------------------------

// What the app suggests first: coping tools in a crisis, healing prompts once stable
// (PRODUCT.md, "The idea behind it"). It describes where the records point, never the person.
enum class Phase { Crisis, Stabilising, ReadyForHealing };
const char* phase_key(Phase p);   // "crisis", "stabilising", "ready" (Settings::phase_override)
bool phase_from_key(const std::string& key, Phase& out);
const char* phase_words(Phase p); // "Crisis", "Stabilising", "Ready for healing work"

constexpr int kCrisisSafetyDays = 14;        // today and the 13 days before
constexpr int kCrisisDistressDays = 7;       // today and the 6 days before
constexpr int kCrisisMinEntries = 3;         // one hard evening is not a crisis week
constexpr double kCrisisMeanDistress = 7;    // 7 of 10 on the SUDS scale: distress that gets in the way of the day
constexpr int kReadyChecks = 2;              // two weeks in a row, not one good week
constexpr int kReadyCheckDays = 28;          // checks older than 4 weeks say little about now

// The facts the phase rule reads, gathered from the other figures (phase_signs) or set by hand.
struct PhaseSigns {
    bool safety_answer = false;      // a check in the last kCrisisSafetyDays raised safety
    int distress_entries = 0;        // entries in the last kCrisisDistressDays…
    double distress_mean = 0;        // …and their mean distress
    // The newest weekly checks (up to kReadyChecks) taken in the last kReadyCheckDays that
    // have a balance, newest first.
    int balances = 0;
    std::array<int, kReadyChecks> balance{};
    Direction distress_trend = Direction::NotEnough; // the summary's distress direction
};
PhaseSigns phase_signs(const InsightDays& d, const DistressInsight& distress,
                       const std::vector<QuestionnaireSeries>& series);

// The phase rule, checked in this order:
// 1. Crisis, when a check taken in the last 14 days had a safety question answered above
//    its lowest point, or when the last 7 days hold at least 3 entries whose distress
//    averages 7 or more.
// 2. Ready for healing work, when the newest 2 weekly checks taken in the last 28 days
//    (with a balance) both have a balance above 0, that is more signs of healing than of
//    being stuck, and distress over the last 4 weeks is not up from the 4 weeks before
//    ("down", "about the same", or too few entries to tell).
// 3. Stabilising otherwise, an empty journal included.
// The person's own choice (Settings::phase_override, a phase_key) wins over the rule; the
// rule's answer is still given, with the reason for it in plain words.
struct PhaseInsight {
    Phase phase = Phase::Stabilising;    // what the app goes by
    Phase inferred = Phase::Stabilising; // what the rule says
    bool chosen = false;                 // the person chose `phase` themselves
    std::string why;                     // the rule's reason, with its figures
};
PhaseInsight infer_phase(const PhaseSigns& s, const std::string& phase_override);

// --- The answer ---------------------------------------------------------------------------

enum class Signal { Avoidance, NewResponses, LastingRelief, Distress, StayingWithIt, WeeklyCheck, Questionnaire };

struct SummaryLine {
    Signal signal = Signal::Avoidance;
    std::string questionnaire; // Signal::Questionnaire and WeeklyCheck: which one
    Direction direction = Direction::NotEnough;
    std::string words; // one plain sentence with its counts
    Comparison figures;
};
// "Is my coping helping me move forward?": the last 4 weeks beside the 4 before, one line
// per signal, in the order avoidance, new responses, lasting relief, distress, staying
// with it, the weekly check, then each other questionnaire that has checks.
struct InsightsSummary {
    std::vector<SummaryLine> lines;
};

// A line from its figures: the direction (NotEnough when either window holds fewer than
// the signal's minimum) and its words, e.g. "Avoidance: 12 of 40 actions in the last 4
// weeks (30%), down from 18 of 35 (51%) the 4 weeks before." Not for checks (below).
SummaryLine summary_line(Signal s, const Comparison& c);
// A questionnaire's line: the mean of its headline score in each window.
SummaryLine questionnaire_line(const QuestionnaireSeries& q);

// --- All of it ----------------------------------------------------------------------------

struct Insights {
    InsightDays days;
    AvoidanceInsight avoidance;
    TriggersInsight triggers;
    ReliefInsight relief;
    DistressInsight distress;
    StayingInsight staying;
    std::vector<QuestionnaireSeries> checks;
    PhaseInsight phase;
    InsightsSummary summary;
};

InsightsSummary summarise(const Insights& i); // from the figures above (i.summary unread)
// Every signal: each function above once, every one a single pass over the records it reads.
Insights compute_insights(const Journal& j, LocalTime now);

} // namespace onward
