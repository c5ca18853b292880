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

namespace {

// Reads one record of a known kind into the journal; false (with `error`) if it cannot.
template <class T, class Decode, class Take>
bool take(const nlohmann::json& doc, const std::string& key, int our_version, Decode decode, Take put,
          LoadedJournal& out, std::string& error) {
    Decoded<T> rec;
    if (!decode(doc, rec, error)) return false;
    const auto id_field = doc.find("id");
    const std::string id = id_field != doc.end() && id_field->is_string() ? id_field->get<std::string>() : "";
    if (id != key) {
        error = "stored under a key that is not its id";
        return false;
    }
    if (!rec.unknown.empty()) out.unknown_fields[id] = std::move(rec.unknown);
    if (rec.version > our_version) out.keep_as_is[id] = KeepAsIs::Newer;
    put(std::move(rec.value));
    return true;
}

bool take_record(const nlohmann::json& doc, const std::string& key, LoadedJournal& out, std::string& error) {
    Journal& j = out.journal;
    const auto kind_field = doc.is_object() ? doc.find("kind") : doc.end();
    const std::string kind = kind_field != doc.end() && kind_field->is_string() ? kind_field->get<std::string>() : "";
    if (kind == kPracticeKind)
        return take<PracticeSession>(doc, key, kPracticeSchemaVersion, decode_practice,
                                     [&](PracticeSession&& s) { j.practices.push_back(std::move(s)); }, out, error);
    if (kind == kSafetyPlanKind)
        return take<SafetyPlan>(doc, key, kSafetyPlanSchemaVersion, decode_safety_plan, [&](SafetyPlan&& p) {
            j.safety_plan = std::move(p);
            out.safety_plan_found = true;
        }, out, error);
    if (kind == kCrisisLinesKind)
        return take<std::vector<CrisisLine>>(doc, key, kCrisisLinesSchemaVersion, decode_crisis_lines,
                                             [&](std::vector<CrisisLine>&& l) {
            j.crisis_lines = std::move(l);
            j.crisis_lines_edited = true;
        }, out, error);
    if (kind == kSettingsKind)
        return take<Settings>(doc, key, kSettingsSchemaVersion, decode_settings, [&](Settings&& s) {
            j.settings = std::move(s);
            out.settings_found = true;
        }, out, error);
    return take<CheckIn>(doc, key, kCheckInSchemaVersion, decode_checkin,
                         [&](CheckIn&& c) { j.checkins.push_back(std::move(c)); }, out, error);
}

} // namespace

LoadedJournal load_journal(const std::vector<StoredRecord>& records) {
    LoadedJournal out;
    out.journal.checkins.reserve(records.size());
    for (const StoredRecord& r : records) {
        if (nesting_depth(r.text) > kMaxRecordNesting) {
            out.unreadable.push_back(r.key + ": nested more than " + std::to_string(kMaxRecordNesting) + " levels deep");
            out.keep_as_is[r.key] = KeepAsIs::Unreadable;
            continue;
        }
        const nlohmann::json doc = nlohmann::json::parse(r.text, nullptr, /*allow_exceptions=*/false);
        if (doc.is_discarded()) {
            out.unreadable.push_back(r.key + ": not valid JSON");
            out.keep_as_is[r.key] = KeepAsIs::Unreadable;
            continue;
        }
        std::string error;
        if (!take_record(doc, r.key, out, error)) {
            out.unreadable.push_back(r.key + ": " + error);
            out.keep_as_is[r.key] = KeepAsIs::Unreadable;
        }
    }
    return out;
}

} // namespace onward
