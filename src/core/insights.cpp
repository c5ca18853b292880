#include "core/insights.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_map>

#include "core/keys.h"
#include "core/say.h"
#include "core/words.h"

namespace onward {

namespace {

constexpr int64_t kDayMs = 86400000;

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

// Where a day falls for the comparisons.
enum class Window { None, Recent, Before };

Window window_of(const InsightDays& d, int64_t day) {
    if (day > d.today) return Window::None; // a clock set ahead: not "in the last 4 weeks"
    if (day > d.today - kWindowDays) return Window::Recent;
    if (day > d.today - 2 * kWindowDays) return Window::Before;
    return Window::None;
}

// The week that holds `day`, or -1 when it is outside the weekly series.
int week_of(const InsightDays& d, int64_t day) {
    const int64_t w = floor_div(day - d.first_monday, 7);
    return w >= 0 && w < d.weeks ? int(w) : -1;
}

template <class Week> std::vector<Week> make_weeks(const InsightDays& d) {
    std::vector<Week> weeks(size_t(d.weeks));
    for (size_t i = 0; i < weeks.size(); ++i) weeks[i].monday = day_from_number(d.first_monday + 7 * int64_t(i));
    return weeks;
}

// Adds one to a window's count (and to its part when `counted`).
void tally(Comparison& c, Window w, bool counted) {
    if (w == Window::Recent) {
        ++c.recent_count;
        c.recent_part += counted;
    } else if (w == Window::Before) {
        ++c.before_count;
        c.before_part += counted;
    }
}

void finish_share(Comparison& c) {
    c.recent = c.recent_count ? double(c.recent_part) / c.recent_count : 0;
    c.before = c.before_count ? double(c.before_part) / c.before_count : 0;
}

double median_of(std::vector<double>& values) {
    if (values.empty()) return 0;
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// Entries name library items by id; several ids can stand for one item (merges). Each id is
// resolved once, and every id standing for the same item gets the same slot.
struct ItemSlots {
    const Library& library;
    std::unordered_map<std::string, size_t> by_entry_id;
    std::unordered_map<std::string, size_t> by_item_id;
    std::vector<std::string> ids; // per slot: the item's id (merges followed), or the unknown id

    size_t slot(const std::string& id) {
        const auto seen = by_entry_id.find(id);
        if (seen != by_entry_id.end()) return seen->second;
        const LibraryItem* item = resolve(library, id);
        const std::string& item_id = item ? item->id : id;
        const auto [at, added] = by_item_id.emplace(item_id, ids.size());
        if (added) ids.push_back(item_id);
        by_entry_id.emplace(id, at->second);
        return at->second;
    }
};

std::string decimal(double v, bool sign) {
    char buf[32];
    std::snprintf(buf, sizeof buf, sign ? "%+.1f" : "%.1f", v);
    std::string out = buf;
    const size_t point = out.find('.');
    if (point != std::string::npos) out.replace(point, 1, locale().decimal); // "5,5" where the locale writes it so
    return out;
}

std::string percent(int part, int count) {
    return std::to_string(count ? std::lround(100.0 * part / count) : 0) + "%";
}

Direction direction_of(double recent, double before, double same_within) {
    const double change = recent - before;
    if (std::fabs(change) < same_within) return Direction::Same;
    return change > 0 ? Direction::Up : Direction::Down;
}

const char* compared_words(Direction d) {
    switch (d) {
    case Direction::Up: return tr("up from");
    case Direction::Down: return tr("down from");
    case Direction::Same:
    case Direction::NotEnough: break;
    }
    return tr("about the same as");
}

std::string not_enough_words(const std::string& label, const Comparison& c, const char* one, const char* many,
                             int minimum) {
    return trf("{label}: not enough data yet ({recent} in the last 4 weeks, {before} the 4 weeks before; {minimum} in "
               "each are needed to compare).",
               {{"label", label},
                {"recent", counted(c.recent_count, one, many)},
                {"before", std::to_string(c.before_count)},
                {"minimum", std::to_string(minimum)}});
}

} // namespace

// --- Days and weeks -----------------------------------------------------------------------

int64_t local_day_number(const LocalTime& t) {
    return floor_div(t.unix_ms + int64_t(t.utc_offset_minutes) * 60000, kDayMs);
}

CalendarDay day_from_number(int64_t day) { return calendar_day(LocalTime{day * kDayMs, 0}); }

int64_t monday_of(int64_t day) { return day - (((day + 3) % 7) + 7) % 7; }

InsightDays insight_days(const Journal& j, LocalTime now) {
    InsightDays d;
    d.today = local_day_number(now);
    const int64_t this_week = monday_of(d.today);
    d.first_monday = this_week;
    bool any = false;
    int64_t oldest = d.today;
    const auto see = [&](const LocalTime& t) {
        oldest = std::min(oldest, local_day_number(t));
        any = true;
    };
    for (const Entry& e : j.entries) see(e.created);
    for (const PracticeSession& s : j.practices) see(s.created);
    for (const CheckResult& c : j.checks) see(c.taken);
    if (!any) return d;
    const int64_t weeks = std::min<int64_t>((this_week - monday_of(oldest)) / 7 + 1, kMaxWeeks);
    d.weeks = int(weeks);
    d.first_monday = this_week - 7 * (weeks - 1);
    return d;
}

const char* direction_key(Direction d) {
    switch (d) {
    case Direction::Up: return "up";
    case Direction::Down: return "down";
    case Direction::Same: return "same";
    case Direction::NotEnough: break;
    }
    return "not-enough";
}

// --- Avoidance share ----------------------------------------------------------------------

AvoidanceInsight avoidance_insight(const Journal& j, const InsightDays& d) {
    AvoidanceInsight out;
    out.weeks = make_weeks<ActionWeek>(d);
    // Each use counts as logged, with the function it had that time (coping.h): an entry
    // naming two items later merged into one still did two things.
    const auto count = [&](int64_t day, CopingFunction f, AvoidKind kind) {
        const int w = week_of(d, day);
        if (w >= 0) {
            ActionWeek& week = out.weeks[size_t(w)];
            switch (f) {
            case CopingFunction::Soothe: ++week.soothe; break;
            case CopingFunction::Face: ++week.face; break;
            case CopingFunction::Avoid:
                ++week.avoid;
                ++week.avoid_kinds[size_t(kind)];
                break;
            }
        }
        tally(out.share, window_of(d, day), f == CopingFunction::Avoid);
    };
    for (const Entry& e : j.entries) {
        if (e.actions.empty()) continue;
        const int64_t day = local_day_number(e.created);
        for (const ActionTaken& a : e.actions) count(day, a.function, a.avoid);
    }
    // A practice is one action, with the function the practice serves.
    for (const PracticeSession& s : j.practices)
        count(local_day_number(s.created), coping_function(s.practice), AvoidKind::Unsaid);
    finish_share(out.share);
    return out;
}

// --- Triggers -----------------------------------------------------------------------------

TriggersInsight triggers_insight(const Journal& j, const InsightDays& d) {
    struct Time {
        LocalTime at;
        bool is_new;
    };
    TriggersInsight out;
    ItemSlots slots{j.library, {}, {}, {}};
    std::vector<std::vector<Time>> times;
    for (const Entry& e : j.entries) {
        if (e.trigger.empty()) continue;
        const size_t slot = slots.slot(e.trigger);
        if (slot == times.size()) times.emplace_back();
        const bool is_new = e.new_response == Answer::Yes;
        times[slot].push_back({e.created, is_new});
        tally(out.new_responses, window_of(d, local_day_number(e.created)), is_new);
    }
    finish_share(out.new_responses);

    for (size_t slot = 0; slot < times.size(); ++slot) {
        std::vector<Time>& list = times[slot];
        if (int(list.size()) < kRecurringTriggerTimes) continue;
        std::sort(list.begin(), list.end(), [](const Time& a, const Time& b) {
            return a.at.unix_ms != b.at.unix_ms ? a.at.unix_ms < b.at.unix_ms : a.is_new < b.is_new;
        });
        TriggerInsight t;
        t.trigger = slots.ids[slot];
        t.name = item_name(j.library, t.trigger);
        t.times = int(list.size());
        t.first = list.front().at;
        t.last = list.back().at;
        t.half = t.times / 2;
        for (int i = 0; i < t.times; ++i) {
            if (!list[size_t(i)].is_new) continue;
            ++t.new_responses;
            if (i < t.half) ++t.first_half_new;
            else if (i >= t.times - t.half) ++t.second_half_new;
        }
        out.triggers.push_back(std::move(t));
    }
    std::sort(out.triggers.begin(), out.triggers.end(), [](const TriggerInsight& a, const TriggerInsight& b) {
        if (a.times != b.times) return a.times > b.times;
        return a.name != b.name ? a.name < b.name : a.trigger < b.trigger;
    });
    return out;
}

// --- Relief durability --------------------------------------------------------------------

double median_of_counts(const int* counts, int slots, int offset) {
    int n = 0;
    for (int i = 0; i < slots; ++i) n += counts[i];
    if (n == 0) return 0;
    // The values at sorted positions (n - 1) / 2 and n / 2: the same one when n is odd.
    const int lower = (n - 1) / 2, upper = n / 2;
    int seen = 0, low_value = 0;
    for (int i = 0; i < slots; ++i) {
        if (seen <= lower && lower < seen + counts[i]) low_value = i + offset;
        if (seen <= upper && upper < seen + counts[i]) return (low_value + i + offset) / 2.0;
        seen += counts[i];
    }
    return 0; // not reached
}

namespace {

constexpr int kDropSlots = 2 * kMaxDistress + 1; // a drop runs from -10 (rose by 10) to 10

struct ReliefTally {
    int uses = 0;
    std::array<int, kDropSlots> drops{};
    int rechecked = 0, lasted = 0, short_lived = 0, lasting = 0;
};

void add_use(ReliefTally& t, int before, int after) {
    ++t.uses;
    if (before >= 0 && after >= 0) ++t.drops[size_t(before - after + kMaxDistress)];
}

ActionRelief relief_of(const ReliefTally& t) {
    ActionRelief r;
    r.uses = t.uses;
    for (int n : t.drops) r.measured += n;
    r.median_drop = median_of_counts(t.drops.data(), kDropSlots, -kMaxDistress);
    r.rechecked = t.rechecked;
    r.lasted = t.lasted;
    r.short_lived = t.short_lived;
    r.lasting = t.lasting;
    r.enough = r.measured >= kMinReliefUses;
    return r;
}

} // namespace

ReliefInsight relief_insight(const Journal& j, const InsightDays& d) {
    ReliefInsight out;
    ItemSlots slots{j.library, {}, {}, {}};
    std::vector<ReliefTally> tallies;
    std::vector<size_t> in_entry; // the slots one entry has counted: reused, never per entry
    for (const Entry& e : j.entries) {
        const bool answered = e.recheck.lasted != Answer::Unsaid;
        if (answered) tally(out.lasted, window_of(d, local_day_number(e.created)), e.recheck.lasted == Answer::Yes);
        in_entry.clear();
        for (const ActionTaken& a : e.actions) {
            const size_t slot = slots.slot(a.action);
            if (slot == tallies.size()) tallies.emplace_back();
            // Two ids merged into one item, both named in one entry: one use of that item.
            if (std::find(in_entry.begin(), in_entry.end(), slot) != in_entry.end()) continue;
            in_entry.push_back(slot);
            ReliefTally& t = tallies[slot];
            add_use(t, e.distress, e.distress_after);
            if (answered) {
                ++t.rechecked;
                t.lasted += e.recheck.lasted == Answer::Yes;
            }
            if (e.relief == Relief::ShortLived) ++t.short_lived;
            if (e.relief == Relief::Lasting || e.relief == Relief::LastingWithClarity) ++t.lasting;
        }
    }
    finish_share(out.lasted);
    for (size_t slot = 0; slot < tallies.size(); ++slot) {
        ActionRelief r = relief_of(tallies[slot]);
        r.id = slots.ids[slot];
        r.name = item_name(j.library, r.id);
        out.actions.push_back(std::move(r));
    }

    // Practices, by practice and (for breathing) pattern: a handful of kinds, found by a
    // plain search rather than a key string made per session.
    struct PracticeTally {
        const PracticeSession* first;
        ReliefTally tally;
    };
    std::vector<PracticeTally> practices;
    for (const PracticeSession& s : j.practices) {
        const bool by_pattern = s.practice == Practice::Breathing;
        auto it = std::find_if(practices.begin(), practices.end(), [&](const PracticeTally& p) {
            return p.first->practice == s.practice && (!by_pattern || p.first->pattern == s.pattern);
        });
        if (it == practices.end()) it = practices.insert(practices.end(), PracticeTally{&s, {}});
        add_use(it->tally, s.distress_before, s.distress_after);
    }
    for (const PracticeTally& p : practices) {
        ActionRelief r = relief_of(p.tally);
        r.id = std::string("practice:") + practice_key(p.first->practice);
        if (p.first->practice == Practice::Breathing) r.id += ":" + p.first->pattern;
        r.name = practice_name(*p.first);
        r.practice = true;
        out.actions.push_back(std::move(r));
    }

    // Ranked ones first, by median drop; then the rest by how often they were used.
    std::sort(out.actions.begin(), out.actions.end(), [](const ActionRelief& a, const ActionRelief& b) {
        if (a.enough != b.enough) return a.enough;
        if (a.enough && a.median_drop != b.median_drop) return a.median_drop > b.median_drop;
        if (!a.enough && a.uses != b.uses) return a.uses > b.uses;
        return a.name != b.name ? a.name < b.name : a.id < b.id;
    });
    for (size_t i = 0; i < out.actions.size() && out.actions[i].enough; ++i)
        out.actions[i].rank = i > 0 && out.actions[i].median_drop == out.actions[i - 1].median_drop
                                  ? out.actions[i - 1].rank
                                  : int(i) + 1;
    return out;
}

// --- Distress -----------------------------------------------------------------------------

DistressInsight distress_insight(const Journal& j, const InsightDays& d) {
    DistressInsight out;
    out.weeks = make_weeks<DistressWeek>(d);
    std::vector<int> week_sums(out.weeks.size(), 0);
    const int64_t year_first = d.today - (kYearDays - 1);
    out.year_first_day = day_from_number(year_first);
    out.year.assign(size_t(kYearDays), DayDistress{});
    double recent_sum = 0, before_sum = 0, last_7_sum = 0;
    for (const Entry& e : j.entries) {
        if (e.distress < kMinDistress || e.distress > kMaxDistress) continue;
        const int64_t day = local_day_number(e.created);
        const int w = week_of(d, day);
        if (w >= 0) {
            DistressWeek& week = out.weeks[size_t(w)];
            ++week.entries;
            week_sums[size_t(w)] += e.distress;
            week.peak = std::max(week.peak, e.distress);
        }
        if (day >= year_first && day <= d.today) {
            DayDistress& y = out.year[size_t(day - year_first)];
            ++y.entries;
            y.peak = std::max(y.peak, e.distress);
        }
        const Window win = window_of(d, day);
        tally(out.mean, win, false);
        if (win == Window::Recent) recent_sum += e.distress;
        if (win == Window::Before) before_sum += e.distress;
        if (day <= d.today && day > d.today - kCrisisDistressDays) {
            ++out.last_7_days_entries;
            last_7_sum += e.distress;
        }
    }
    for (size_t w = 0; w < out.weeks.size(); ++w)
        if (out.weeks[w].entries) out.weeks[w].mean = double(week_sums[w]) / out.weeks[w].entries;
    if (out.mean.recent_count) out.mean.recent = recent_sum / out.mean.recent_count;
    if (out.mean.before_count) out.mean.before = before_sum / out.mean.before_count;
    if (out.last_7_days_entries) out.last_7_days_mean = last_7_sum / out.last_7_days_entries;
    return out;
}

// --- Staying with it ----------------------------------------------------------------------

StayingInsight staying_insight(const Journal& j, const InsightDays& d) {
    StayingInsight out;
    out.weeks = make_weeks<StayWeek>(d);
    std::vector<double> recent, before; // minutes, for the medians
    const auto in_window = [&](int64_t day, double minutes) {
        const Window win = window_of(d, day);
        tally(out.minutes, win, false);
        if (win == Window::Recent) recent.push_back(minutes);
        if (win == Window::Before) before.push_back(minutes);
    };
    for (const PracticeSession& s : j.practices) {
        if (s.practice != Practice::StayWithIt) continue;
        const double minutes = s.duration_ms / 60000.0;
        out.sessions.push_back({s.created, minutes, s.distress_before, s.distress_after});
        const int64_t day = local_day_number(s.created);
        const int w = week_of(d, day);
        if (w >= 0) {
            ++out.weeks[size_t(w)].sessions;
            out.weeks[size_t(w)].session_minutes += minutes;
        }
        in_window(day, minutes);
    }
    for (const Entry& e : j.entries) {
        if (e.stayed_with_feeling == Answer::Unsaid) continue;
        const bool yes = e.stayed_with_feeling == Answer::Yes;
        const int64_t day = local_day_number(e.created);
        const int w = week_of(d, day);
        if (w >= 0) {
            StayWeek& week = out.weeks[size_t(w)];
            ++(yes ? week.stayed_yes : week.stayed_no);
            if (yes && e.stayed_minutes >= 0) week.stayed_minutes += e.stayed_minutes;
        }
        // Minutes given with a "no" are how long before leaving it: not a time stayed.
        if (yes && e.stayed_minutes >= 0) in_window(day, e.stayed_minutes);
    }
    std::sort(out.sessions.begin(), out.sessions.end(),
              [](const StaySession& a, const StaySession& b) {
                  return a.at.unix_ms != b.at.unix_ms ? a.at.unix_ms < b.at.unix_ms : a.minutes < b.minutes;
              });
    out.minutes.recent = median_of(recent);
    out.minutes.before = median_of(before);
    return out;
}

// --- Checks -------------------------------------------------------------------------------

std::vector<QuestionnaireSeries> questionnaire_series(const Journal& j, const InsightDays& d) {
    std::vector<QuestionnaireSeries> out;
    const std::vector<const Questionnaire*> latest = latest_questionnaires(j);
    for (const Questionnaire* q : latest) {
        QuestionnaireSeries s;
        s.questionnaire = q->id;
        s.title = q->title;
        const ScoreRule* headline = q->scores.empty() ? nullptr : &q->scores.back();
        for (const ScoreRule& rule : q->scores)
            if (!rule.bands.empty()) headline = &rule;
        if (headline) {
            s.headline = headline->id;
            s.headline_name = headline->name;
            score_range(*q, *headline, s.low, s.high);
        }
        out.push_back(std::move(s));
    }
    std::vector<double> recent_sum(out.size(), 0), before_sum(out.size(), 0);
    for (const CheckResult& c : j.checks) {
        const auto series = std::find_if(out.begin(), out.end(), [&](const QuestionnaireSeries& s) {
            return s.questionnaire == c.questionnaire;
        });
        const Questionnaire* q = find_questionnaire(j, c.questionnaire, c.questionnaire_version);
        if (series == out.end() || !q) continue;
        CheckPoint p;
        p.taken = c.taken;
        p.check = c.id;
        p.scores = score_check(*q, c);
        p.safety = raises_safety(*q, c);
        p.headline.id = series->headline;
        for (const Score& score : p.scores)
            if (score.id == series->headline) p.headline = score;
        if (p.headline.has_value) {
            const size_t at = size_t(series - out.begin());
            const Window win = window_of(d, local_day_number(c.taken));
            tally(series->mean, win, false);
            if (win == Window::Recent) recent_sum[at] += p.headline.value;
            if (win == Window::Before) before_sum[at] += p.headline.value;
        }
        series->points.push_back(std::move(p));
    }
    for (size_t i = 0; i < out.size(); ++i) {
        QuestionnaireSeries& s = out[i];
        std::sort(s.points.begin(), s.points.end(), [](const CheckPoint& a, const CheckPoint& b) {
            return a.taken.unix_ms != b.taken.unix_ms ? a.taken.unix_ms < b.taken.unix_ms : a.check < b.check;
        });
        if (s.mean.recent_count) s.mean.recent = recent_sum[i] / s.mean.recent_count;
        if (s.mean.before_count) s.mean.before = before_sum[i] / s.mean.before_count;
    }
    return out;
}

// --- Phase --------------------------------------------------------------------------------

const char* phase_key(Phase p) {
    switch (p) {
    case Phase::Crisis: return "crisis";
    case Phase::ReadyForHealing: return "ready";
    case Phase::Stabilising: break;
    }
    return "stabilising";
}

bool phase_from_key(const std::string& key, Phase& out) {
    static constexpr Phase kPhases[] = {Phase::Crisis, Phase::Stabilising, Phase::ReadyForHealing};
    return from_key(kPhases, phase_key, key, out);
}

const char* phase_words(Phase p) {
    switch (p) {
    case Phase::Crisis: return tr("Crisis");
    case Phase::ReadyForHealing: return tr("Ready for healing work");
    case Phase::Stabilising: break;
    }
    return tr("Stabilising");

}

PhaseSigns phase_signs(const InsightDays& d, const DistressInsight& distress,
                       const std::vector<QuestionnaireSeries>& series) {
    PhaseSigns s;
    s.distress_entries = distress.last_7_days_entries;
    s.distress_mean = distress.last_7_days_mean;
    s.distress_trend = summary_line(Signal::Distress, distress.mean).direction;
    for (const QuestionnaireSeries& q : series) {
        for (const CheckPoint& p : q.points)
            if (p.safety && local_day_number(p.taken) > d.today - kCrisisSafetyDays) s.safety_answer = true;
        if (q.questionnaire != kWeeklyCheckId) continue;
        for (auto p = q.points.rbegin(); p != q.points.rend() && s.balances < kReadyChecks; ++p) {
            if (local_day_number(p->taken) <= d.today - kReadyCheckDays) break; // older: the rest are too
            const auto balance = std::find_if(p->scores.begin(), p->scores.end(),
                                              [](const Score& sc) { return sc.id == "balance"; });
            const Score& b = balance != p->scores.end() ? *balance : p->headline;
            if (b.has_value) s.balance[size_t(s.balances++)] = b.value;
        }
    }
    return s;
}

PhaseInsight infer_phase(const PhaseSigns& s, const std::string& phase_override) {
    static_assert(kReadyChecks == 2, "the reasons below name two checks");
    PhaseInsight out;
    const auto balance_words = [&](size_t i) {
        return (s.balance[i] > 0 ? "+" : "") + std::to_string(s.balance[i]);
    };
    if (s.safety_answer) {
        out.inferred = Phase::Crisis;
        out.why = trf("In a check in the last {days} days, a safety question was answered above its lowest point.",
                      {{"days", std::to_string(kCrisisSafetyDays)}});
    } else if (s.distress_entries >= kCrisisMinEntries && s.distress_mean >= kCrisisMeanDistress) {
        out.inferred = Phase::Crisis;
        out.why = trn("Distress averaged {mean} over {n} entry in the last {days} days.",
                      "Distress averaged {mean} over {n} entries in the last {days} days.", s.distress_entries,
                      {{"mean", decimal(s.distress_mean, false)}, {"days", std::to_string(kCrisisDistressDays)}});
    } else if (s.balances < kReadyChecks) {
        out.inferred = Phase::Stabilising;
        out.why = trn("Ready for healing work is suggested after {checks} weekly checks in the last 4 weeks with a "
                      "balance above 0; there is {n} with a balance.",
                      "Ready for healing work is suggested after {checks} weekly checks in the last 4 weeks with a "
                      "balance above 0; there are {n} with a balance.",
                      s.balances, {{"checks", std::to_string(kReadyChecks)}});
    } else if (s.balance[0] <= 0 || s.balance[1] <= 0) {
        out.inferred = Phase::Stabilising;
        out.why = trf("The last 2 weekly checks had a balance of {first} and {second}; ready for healing work is "
                      "suggested when both are above 0.",
                      {{"first", balance_words(0)}, {"second", balance_words(1)}});
    } else if (s.distress_trend == Direction::Up) {
        out.inferred = Phase::Stabilising;
        out.why = trf("The last 2 weekly checks had a balance above 0 ({first} and {second}), and distress over the "
                      "last 4 weeks is up from the 4 weeks before.",
                      {{"first", balance_words(0)}, {"second", balance_words(1)}});
    } else {
        out.inferred = Phase::ReadyForHealing;
        const Blanks balances = {{"first", balance_words(0)}, {"second", balance_words(1)}};
        out.why = s.distress_trend == Direction::NotEnough
                      ? trf("The last 2 weekly checks had a balance above 0 ({first} and {second}), and there are too "
                            "few entries to see a rise in distress.",
                            balances)
                      : trf("The last 2 weekly checks had a balance above 0 ({first} and {second}), and distress over "
                            "the last 4 weeks is not up from the 4 weeks before.",
                            balances);

    }
    out.phase = out.inferred;
    Phase chosen;
    if (!phase_override.empty() && phase_from_key(phase_override, chosen)) {
        out.phase = chosen;
        out.chosen = true;
    }
    return out;
}

// --- The answer ---------------------------------------------------------------------------

SummaryLine summary_line(Signal s, const Comparison& c) {
    SummaryLine line;
    line.signal = s;
    line.figures = c;
    struct Words {
        const char* label;
        const char* one;  // what is counted, one…
        const char* many; // …and several
        int minimum;
        bool share;
    };
    Words w{tr_later("Avoidance"), tr_later("action"), tr_later("actions"), kMinActionsToCompare, true};
    double same_within = 0; // for a share, see below
    switch (s) {
    case Signal::Avoidance: break;
    case Signal::NewResponses:
        w = {tr_later("Old triggers, new responses"), tr_later("time a trigger came up"),
             tr_later("times a trigger came up"), kMinTriggersToCompare, true};
        break;
    case Signal::LastingRelief:
        w = {tr_later("Relief that lasted"), tr_later("re-check"), tr_later("re-checks"), kMinRechecksToCompare, true};
        break;
    case Signal::Distress:
        w = {tr_later("Distress"), tr_later("entry"), tr_later("entries"), kMinEntriesToCompare, false};
        same_within = kSameDistress;
        break;
    case Signal::StayingWithIt:
        w = {tr_later("Staying with it"), tr_later("time you stayed with a feeling"),
             tr_later("times you stayed with a feeling"), kMinStaysToCompare, false};
        same_within = kSameStayMinutes;
        break;
    case Signal::WeeklyCheck:
    case Signal::Questionnaire:
        w = {tr_later("Check"), tr_later("check"), tr_later("checks"), kMinChecksToCompare, false};
        break;
    }
    if (c.recent_count < w.minimum || c.before_count < w.minimum) {
        line.direction = Direction::NotEnough;
        line.words = not_enough_words(tr(w.label), c, w.one, w.many, w.minimum);
        return line;
    }
    if (w.share) {
        // In whole numbers, so a change of exactly kSameSharePoints is one on every machine:
        // 100 × (rp/rc − bp/bc) against the threshold, both sides times rc × bc.
        const int64_t change =
            100 * (int64_t(c.recent_part) * c.before_count - int64_t(c.before_part) * c.recent_count);
        const int64_t within = int64_t(kSameSharePoints) * c.recent_count * c.before_count;
        line.direction = (change < 0 ? -change : change) < within ? Direction::Same
                         : change > 0                             ? Direction::Up
                                                                  : Direction::Down;
    } else {
        line.direction = direction_of(c.recent, c.before, same_within);
    }
    const std::string then = compared_words(line.direction);
    const std::string label = tr(w.label);
    if (w.share) {
        line.words = trf("{label}: {part} of {recent} in the last 4 weeks ({percent}), {then} {before_part} of "
                         "{before} ({before_percent}) the 4 weeks before.",
                         {{"label", label},
                          {"part", std::to_string(c.recent_part)},
                          {"recent", counted(c.recent_count, w.one, w.many)},
                          {"percent", percent(c.recent_part, c.recent_count)},
                          {"then", then},
                          {"before_part", std::to_string(c.before_part)},
                          {"before", std::to_string(c.before_count)},
                          {"before_percent", percent(c.before_part, c.before_count)}});
    } else if (s == Signal::StayingWithIt) {
        line.words = trf("{label}: a median of {recent} across {recent_count} in the last 4 weeks, {then} {before} "
                         "across {before_count} the 4 weeks before.",
                         {{"label", label},
                          {"recent", duration_words(c.recent * 60000)},
                          {"recent_count", counted(c.recent_count, w.one, w.many)},
                          {"then", then},
                          {"before", duration_words(c.before * 60000)},
                          {"before_count", trn("{n} time", "{n} times", c.before_count)}});
    } else {
        line.words = trf("{label}: averaged {recent} over {recent_count} in the last 4 weeks, {then} {before} over "
                         "{before_count} the 4 weeks before.",
                         {{"label", label},
                          {"recent", decimal(c.recent, false)},
                          {"recent_count", counted(c.recent_count, w.one, w.many)},
                          {"then", then},
                          {"before", decimal(c.before, false)},
                          {"before_count", counted(c.before_count, w.one, w.many)}});
    }
    return line;
}

SummaryLine questionnaire_line(const QuestionnaireSeries& q) {
    const bool weekly = q.questionnaire == kWeeklyCheckId;
    SummaryLine line;
    line.signal = weekly ? Signal::WeeklyCheck : Signal::Questionnaire;
    line.questionnaire = q.questionnaire;
    line.figures = q.mean;
    const std::string label = weekly ? std::string(tr("Weekly check balance"))
                              : q.headline_name.empty() || q.headline_name == q.title
                                  ? q.title
                                  : q.title + " (" + q.headline_name + ")";
    const Comparison& c = q.mean;
    if (c.recent_count < kMinChecksToCompare || c.before_count < kMinChecksToCompare) {
        line.direction = Direction::NotEnough;
        line.words = not_enough_words(label, c, tr_later("check"), tr_later("checks"), kMinChecksToCompare);
        return line;
    }
    line.direction = direction_of(c.recent, c.before, kSameScoreFraction * (q.high - q.low));
    const bool sign = q.low < 0; // a difference, like the balance: its sign is the point
    line.words = trf("{label}: averaged {recent} over {recent_count} in the last 4 weeks, {then} {before} over "
                     "{before_count} the 4 weeks before.",
                     {{"label", label},
                      {"recent", decimal(c.recent, sign)},
                      {"recent_count", trn("{n} check", "{n} checks", c.recent_count)},
                      {"then", compared_words(line.direction)},
                      {"before", decimal(c.before, sign)},
                      {"before_count", trn("{n} check", "{n} checks", c.before_count)}});

    return line;
}

InsightsSummary summarise(const Insights& i) {
    InsightsSummary out;
    out.lines.push_back(summary_line(Signal::Avoidance, i.avoidance.share));
    out.lines.push_back(summary_line(Signal::NewResponses, i.triggers.new_responses));
    out.lines.push_back(summary_line(Signal::LastingRelief, i.relief.lasted));
    out.lines.push_back(summary_line(Signal::Distress, i.distress.mean));
    out.lines.push_back(summary_line(Signal::StayingWithIt, i.staying.minutes));
    for (const QuestionnaireSeries& q : i.checks) {
        if (q.headline.empty()) continue; // nothing to compare
        // The weekly check always has its line; another questionnaire once it has been taken.
        if (q.questionnaire == kWeeklyCheckId || !q.points.empty()) out.lines.push_back(questionnaire_line(q));
    }
    return out;
}

Insights compute_insights(const Journal& j, LocalTime now) {
    Insights i;
    i.days = insight_days(j, now);
    i.avoidance = avoidance_insight(j, i.days);
    i.triggers = triggers_insight(j, i.days);
    i.relief = relief_insight(j, i.days);
    i.distress = distress_insight(j, i.days);
    i.staying = staying_insight(j, i.days);
    i.checks = questionnaire_series(j, i.days);
    i.phase = infer_phase(phase_signs(i.days, i.distress, i.checks), j.settings.phase_override);
    i.summary = summarise(i);
    return i;
}

} // namespace onward
