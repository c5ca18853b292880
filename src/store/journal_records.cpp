#include "store/journal_records.h"

namespace onward {

LoadedJournal load_journal(const std::vector<StoredRecord>& records) {
    LoadedJournal out;
    out.journal.checkins.reserve(records.size());
    for (const StoredRecord& r : records) {
        const nlohmann::json doc = nlohmann::json::parse(r.text, nullptr, /*allow_exceptions=*/false);
        if (doc.is_discarded()) {
            out.unreadable.push_back(r.key + ": not valid JSON");
            continue;
        }
        CheckInRecord rec;
        std::string error;
        if (!decode_checkin(doc, rec, error)) {
            out.unreadable.push_back(r.key + ": " + error);
            continue;
        }
        if (rec.checkin.id != r.key) {
            out.unreadable.push_back(r.key + ": stored under a key that is not its id");
            continue;
        }
        if (!rec.unknown.empty()) out.unknown_fields[rec.checkin.id] = std::move(rec.unknown);
        if (rec.version > kCheckInSchemaVersion) out.read_only.push_back(rec.checkin.id);
        out.journal.checkins.push_back(std::move(rec.checkin));
    }
    return out;
}

} // namespace onward
