// The relief re-check: after an entry with distress before and after, Today asks again
// later whether the relief lasted. It is asked on the first open after a delay the person
// chooses (2 hours unless they change it) and only within a day of the entry: later than
// that, memory is not a fair witness.
#pragma once
#include <cstdint>

#include "core/journal.h"

namespace onward {

constexpr int64_t kRecheckWindowMs = 24LL * 60 * 60 * 1000;

// Has before and after, and no answer yet.
bool wants_recheck(const Entry& e);
bool recheck_due(const Entry& e, int64_t now_ms, int delay_minutes);
// The newest entry whose re-check is due now, or nullptr.
const Entry* due_recheck(const Journal& j, int64_t now_ms, int delay_minutes);
// When the next re-check becomes due (so the app can wake then), or -1 for none.
int64_t next_recheck_at(const Journal& j, int64_t now_ms, int delay_minutes);

} // namespace onward
