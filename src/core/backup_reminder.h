// The gentle nudge to keep a copy: when the last backup is more than 30 days old and
// something was written since. Never backed up counts from the first thing written, so a
// new journal is not nagged on its first day.
#pragma once
#include <cstdint>

#include "core/journal.h"

namespace onward {

constexpr int64_t kBackupReminderMs = 30LL * 24 * 60 * 60 * 1000;

bool backup_reminder_due(const Journal& j, int64_t now_ms);

} // namespace onward
