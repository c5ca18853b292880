#include "store/draft_record.h"

#include "store/entry_record.h"

namespace onward {

using nlohmann::json;

std::string encode_draft(const std::string& draft_id, const Entry& e) {
    json r = start_record(json::object(), kDraftKind, kDraftSchemaVersion, draft_id);
    r["entry"] = entry_json(e);
    return record_text(r);
}

bool decode_draft(const json& r, Decoded<Entry>& out, std::string& error) {
    Decoded<Entry> rec;
    if (!read_header(r, kDraftKind, tr_later("a draft"), rec.version, error)) return false;
    const auto entry = r.find("entry");
    if (entry == r.end() || !entry->is_object()) {
        error = tr("\"entry\" is missing or is not an object");
        return false;
    }
    // Everything an entry must be, except that the distress may still be unpicked.
    json e = *entry;
    const bool no_distress = e.contains("distress") && e["distress"] == -1;
    if (no_distress) e["distress"] = kMinDistress;
    Decoded<Entry> inner;
    if (!decode_entry(e, inner, error)) {
        error = "entry: " + error;
        return false;
    }
    rec.value = std::move(inner.value);
    if (no_distress) rec.value.distress = -1;
    out = std::move(rec);
    return true;
}

} // namespace onward
