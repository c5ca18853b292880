#include <doctest/doctest.h>

#include "core/backup_reminder.h"

using namespace onward;

namespace {
constexpr int64_t kDay = 24LL * 60 * 60 * 1000;
constexpr int64_t kStart = 1790000000000; // 2026-09-21

Entry written_at(const char* id, int64_t ms) {
    Entry e;
    e.id = id;
    e.created = e.updated = LocalTime{ms, 60};
    e.distress = 4;
    return e;
}
} // namespace

TEST_CASE("the backup reminder waits 30 days from the first entry, then from the last backup, and needs something new") {
    Journal j;
    CHECK_FALSE(backup_reminder_due(j, kStart + 400 * kDay)); // nothing written, nothing to lose
    put_entry(j, written_at("entry-1", kStart));
    CHECK_FALSE(backup_reminder_due(j, kStart + 30 * kDay - 1));
    CHECK(backup_reminder_due(j, kStart + 30 * kDay));

    j.settings.last_backup_ms = kStart + 31 * kDay; // a backup with everything in it
    CHECK_FALSE(backup_reminder_due(j, kStart + 200 * kDay)); // old, but nothing new since
    put_entry(j, written_at("entry-2", kStart + 40 * kDay));
    CHECK_FALSE(backup_reminder_due(j, kStart + 61 * kDay - 1));
    CHECK(backup_reminder_due(j, kStart + 61 * kDay));

    // A change to an old entry after the backup counts as something new.
    Journal k;
    put_entry(k, written_at("entry-1", kStart));
    k.settings.last_backup_ms = kStart + kDay;
    CHECK_FALSE(backup_reminder_due(k, kStart + 90 * kDay));
    Entry changed = written_at("entry-1", kStart);
    changed.updated.unix_ms = kStart + 2 * kDay;
    put_entry(k, changed);
    CHECK(backup_reminder_due(k, kStart + 31 * kDay));
}
