#include "core/check_due.h"

namespace onward {

namespace {

constexpr int64_t kDayMs = 86400000;
// Not offered unprompted at all: no moment reaches it.
constexpr int64_t kNever = INT64_MAX;
// Never taken: due from any moment.
constexpr int64_t kAlways = INT64_MIN;

// The moment q is (or was) due with no new check taken: the start of the day its interval
// ends, counted from the last check's own day, and not while the person said "not now".
int64_t due_at(const Questionnaire& q, const std::vector<CheckResult>& checks, const Settings& s) {
    const int days = every_days(q, s);
    if (days <= 0) return kNever;
    const CheckResult* last = last_check(checks, q.id);
    const int64_t interval_ends = last ? start_of_day_ms(last->taken, days) : kAlways;
    const CheckPlan* plan = find_check_plan(s, q.id);
    return plan && plan->snoozed_until_ms > interval_ends ? plan->snoozed_until_ms : interval_ends;
}

} // namespace

int every_days(const Questionnaire& q, const Settings& s) {
    const CheckPlan* plan = find_check_plan(s, q.id);
    return plan && plan->every_days >= 0 ? plan->every_days : q.every_days;
}

const Questionnaire* due_check(const std::vector<const Questionnaire*>& latest, const std::vector<CheckResult>& checks,
                               const Settings& s, LocalTime now) {
    for (const Questionnaire* q : latest) {
        const int64_t at = due_at(*q, checks, s);
        if (at != kNever && now.unix_ms >= at) return q;
    }
    return nullptr;
}

int64_t next_check_due_at(const std::vector<const Questionnaire*>& latest, const std::vector<CheckResult>& checks,
                          const Settings& s, LocalTime now) {
    int64_t next = -1;
    for (const Questionnaire* q : latest) {
        const int64_t at = due_at(*q, checks, s);
        if (at != kNever && at > now.unix_ms && (next < 0 || at < next)) next = at;
    }
    return next;
}

void snooze_check(Settings& s, const std::string& questionnaire, LocalTime now) {
    check_plan(s, questionnaire).snoozed_until_ms = start_of_day_ms(now, 1);
}

const CheckResult* last_check(const std::vector<CheckResult>& checks, const std::string& questionnaire) {
    const CheckResult* newest = nullptr;
    for (const CheckResult& c : checks)
        if (c.questionnaire == questionnaire &&
            (!newest || c.taken.unix_ms > newest->taken.unix_ms ||
             (c.taken.unix_ms == newest->taken.unix_ms && c.id > newest->id)))
            newest = &c;
    return newest;
}

int64_t start_of_day_ms(LocalTime t, int days) {
    const int64_t offset_ms = int64_t(t.utc_offset_minutes) * 60000;
    const int64_t local = t.unix_ms + offset_ms;
    const int64_t into_day = ((local % kDayMs) + kDayMs) % kDayMs; // also before 1970
    return local - into_day - offset_ms + int64_t(days) * kDayMs;
}

} // namespace onward
