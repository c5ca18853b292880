#include "core/relief_recheck.h"

namespace onward {

bool wants_recheck(const Entry& e) { return e.distress >= 0 && e.distress_after >= 0 && !recheck_answered(e); }

bool recheck_due(const Entry& e, int64_t now_ms, int delay_minutes) {
    const int64_t since = now_ms - e.created.unix_ms;
    return wants_recheck(e) && since >= int64_t(delay_minutes) * 60000 && since < kRecheckWindowMs;
}

const Entry* due_recheck(const Journal& j, int64_t now_ms, int delay_minutes) {
    const Entry* newest = nullptr;
    for (const Entry& e : j.entries)
        if (recheck_due(e, now_ms, delay_minutes) && (!newest || e.created.unix_ms > newest->created.unix_ms))
            newest = &e;
    return newest;
}

int64_t next_recheck_at(const Journal& j, int64_t now_ms, int delay_minutes) {
    int64_t next = -1;
    for (const Entry& e : j.entries) {
        const int64_t at = e.created.unix_ms + int64_t(delay_minutes) * 60000;
        if (wants_recheck(e) && at > now_ms && (next < 0 || at < next)) next = at;
    }
    return next;
}

} // namespace onward
