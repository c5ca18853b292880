// The backup reader on any bytes: it must never crash; a refusal always says why; whatever
// it reads, written again (as a backup or as an envelope) reads as the very same; and
// restoring it into a small journal writes only readable kept versions and, done a
// second time, writes nothing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>

#include "store/backup.h"
#include "store/journal_records.h"

using namespace onward;

namespace {

bool same(const std::vector<StoredRecord>& a, const std::vector<StoredRecord>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].key != b[i].key || a[i].text != b[i].text) return false;
    return true;
}

// A journal the seeds' records meet: the same ids, other content.
const std::vector<StoredRecord>& journal_here() {
    static const std::vector<StoredRecord> records = {
        {"entry-a", R"({"body":"settled","created":"2026-11-20T08:00:00.000+01:00","distress":4,"emotions":[],)"
                    R"("id":"entry-a","kind":"entry","note":"Slept well.",)"
                    R"("updated":"2026-11-20T08:00:00.000+01:00","v":2})"},
        {"settings", R"({"breathing_minutes":2,"breathing_pattern":"box","id":"settings","kind":"settings",)"
                     R"("recheck_delay_minutes":120,"still_breathing":false,"v":1})"},
        {"trigger-money", R"({"id":"trigger-money","kind":"library","name":"Money","of":"trigger",)"
                          R"("updated":"2026-11-21T10:00:00.000+01:00","v":1})"},
        {"safety-plan", "{broken"},
    };
    return records;
}

void check_restore(const std::vector<StoredRecord>& incoming) {
    const LocalTime now = {1795681800000, 60};
    const RestorePlan plan = plan_restore(journal_here(), incoming, now);
    if (plan.added + plan.already_there + plan.conflicts.size() != incoming.size()) std::abort();
    std::map<std::string, std::string> after;
    std::vector<StoredRecord> kept;
    for (const StoredRecord& r : journal_here()) after[r.key] = r.text;
    for (const StoredRecord& r : plan.writes) {
        after[r.key] = r.text;
        if (r.key.rfind("kept-", 0) == 0 && r.text.find(R"("kind":"kept-version")") != std::string::npos)
            kept.push_back(r);
    }
    const LoadedJournal kept_read = load_journal(kept);
    if (!kept_read.unreadable.empty()) std::abort();
    std::vector<StoredRecord> stored;
    for (const auto& [key, text] : after) stored.push_back({key, text});
    if (!plan_restore(stored, incoming, {now.unix_ms + 86400000, 60}).writes.empty()) std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const BackupRead read = read_backup(std::string(reinterpret_cast<const char*>(data), size));
    if ((read.what == BackupRead::What::Refused) == read.error.empty()) std::abort();
    if (read.what == BackupRead::What::Encrypted) {
        const EncryptedBackup& e = read.encrypted;
        const BackupRead again = read_backup(encrypted_backup_json(e.iterations, e.salt_b64, e.iv_b64, e.data_b64));
        if (again.what != BackupRead::What::Encrypted || again.encrypted.iterations != e.iterations ||
            again.encrypted.salt_b64 != e.salt_b64 || again.encrypted.iv_b64 != e.iv_b64 ||
            again.encrypted.data_b64 != e.data_b64)
            std::abort();
    }
    if (read.what != BackupRead::What::Records) return 0;
    std::vector<std::string> skipped;
    const BackupRead again = read_backup(backup_json(read.records, read.made, &skipped));
    if (!skipped.empty() || again.what != BackupRead::What::Records || again.made.unix_ms != read.made.unix_ms ||
        again.made.utc_offset_minutes != read.made.utc_offset_minutes || !same(again.records, read.records))
        std::abort();
    check_restore(read.records);
    return 0;
}
