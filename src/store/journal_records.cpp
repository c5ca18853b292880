#include "store/journal_records.h"

#include <algorithm>

namespace onward {

int nesting_depth(const std::string& text) {
    int depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped) escaped = false;
            else if (c == '\\') escaped = true;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '{' || c == '[') {
            deepest = std::max(deepest, ++depth);
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return deepest;
}

LoadedJournal load_journal(const std::vector<StoredRecord>& records) {
    LoadedJournal out;
    out.journal.checkins.reserve(records.size());
    for (const StoredRecord& r : records) {
        if (nesting_depth(r.text) > kMaxRecordNesting) {
            out.unreadable.push_back(r.key + ": nested more than " + std::to_string(kMaxRecordNesting) + " levels deep");
            continue;
        }
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
        out.journal.checkins.push_back(std::move(rec.checkin));
    }
    return out;
}

} // namespace onward
