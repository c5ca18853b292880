#include "core/backup_reminder.h"

#include <algorithm>

namespace onward {

bool backup_reminder_due(const Journal& j, int64_t now_ms) {
    int64_t first = INT64_MAX, newest = INT64_MIN;
    const auto saw = [&](const LocalTime& created, const LocalTime& updated) {
        first = std::min(first, created.unix_ms);
        newest = std::max(newest, updated.unix_ms);
    };
    for (const Entry& e : j.entries) saw(e.created, e.updated);
    for (const PracticeSession& p : j.practices) saw(p.created, p.updated);
    for (const CheckResult& c : j.checks) saw(c.taken, c.updated);
    if (first == INT64_MAX) return false; // nothing written: nothing to lose
    const int64_t since = j.settings.last_backup_ms ? j.settings.last_backup_ms : first;
    return now_ms - since >= kBackupReminderMs && (j.settings.last_backup_ms == 0 || newest > since);
}

} // namespace onward
