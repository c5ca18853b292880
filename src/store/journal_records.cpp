#include "store/journal_records.h"

#include <algorithm>

#include "core/say.h"
#include "core/text.h"
#include "store/backup.h"

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
        error = tr("stored under a key that is not its id");
        return false;
    }
    if (!rec.unknown.empty()) out.unknown_fields[id] = std::move(rec.unknown);
    if (rec.version > our_version) out.keep_as_is[id] = KeepAsIs::Newer;
    put(std::move(rec.value));
    return true;
}

bool take_record(const nlohmann::json& doc, const std::string& key, LoadedJournal& out,
                 std::vector<size_t>& named_emotions, std::vector<CheckResult>& checks, std::string& error) {
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
    if (kind == kLibraryKind)
        return take<LibraryItem>(doc, key, kLibrarySchemaVersion, decode_library_item,
                                 [&](LibraryItem&& item) { put_item(j.library, item); }, out, error);
    if (kind == kQuestionnaireKind)
        return take<Questionnaire>(doc, key, kQuestionnaireSchemaVersion, decode_questionnaire,
                                   [&](Questionnaire&& q) { put_questionnaire(j, q); }, out, error);
    if (kind == kCheckKind)
        return take<CheckResult>(doc, key, kCheckSchemaVersion, decode_check, [&](CheckResult&& c) {
            if (key == kCheckDraftId) out.check_draft = std::move(c);
            else checks.push_back(std::move(c));
        }, out, error);
    if (kind == kDraftKind)
        return take<Entry>(doc, key, kDraftSchemaVersion, decode_draft,
                           [&](Entry&& e) { out.drafts[key] = std::move(e); }, out, error);
    if (kind == kKeptVersionKind)
        return take<KeptVersion>(doc, key, kKeptVersionSchemaVersion, decode_kept_version,
                                 [&](KeptVersion&&) { ++out.kept_versions; }, out, error);
    if (kind == kCheckInKindV1) {
        // Its emotion "ids" are still names until link_named_emotions runs.
        return take<Entry>(doc, key, kEntrySchemaVersion, decode_entry, [&](Entry&& e) {
            named_emotions.push_back(j.entries.size());
            j.entries.push_back(std::move(e));
        }, out, error);
    }
    return take<Entry>(doc, key, kEntrySchemaVersion, decode_entry,
                       [&](Entry&& e) { j.entries.push_back(std::move(e)); }, out, error);
}

// Version-1 check-ins named their emotions, and version 1 only offered the starter ones:
// a starter name is that starter item, even if the person has renamed or merged it since.
// Any other name becomes the library item it matches, or a new one, made once per name;
// every library record is read by now.
void link_named_emotions(const std::vector<size_t>& which, LoadedJournal& out) {
    Library& lib = out.journal.library;
    for (size_t at : which) {
        Entry& e = out.journal.entries[at];
        for (EmotionRating& r : e.emotions) {
            const LibraryItem* item = nullptr;
            for (const LibraryItem& starter : starter_library())
                if (!item && starter.kind == LibraryKind::Emotion && same_words(starter.name, trimmed(r.emotion)))
                    item = find_item(lib, starter.id);
            if (!item) item = find_by_name(lib, LibraryKind::Emotion, r.emotion);
            const std::string named_id = "emotion-named-" + folded(trimmed(r.emotion));
            // One made by an earlier start may since be renamed or merged: keep it as it is.
            if (!item) item = find_item(lib, named_id);
            if (!item) {
                LibraryItem made;
                made.id = named_id;
                made.kind = LibraryKind::Emotion;
                made.name = trimmed(r.emotion);
                made.updated = e.updated;
                put_item(lib, made);
                out.new_library_items.push_back(made.id);
                item = find_item(lib, made.id);
            }
            r.emotion = item->id;
        }
    }
}

std::string why_check_does_not_fit(const CheckResult& c, const Journal& j) {
    const Questionnaire* q = find_questionnaire(j, c.questionnaire, c.questionnaire_version);
    if (!q)
        return trf("it answers version {version} of \"{questionnaire}\", which is not here",
                   {{"version", std::to_string(c.questionnaire_version)}, {"questionnaire", c.questionnaire}});
    const std::vector<std::string> problems = problems_with(c, *q);
    return problems.empty() ? tr("it does not fit its questionnaire") : problems.front();
}

// A check is judged against the definition version it answered, which may come later in
// storage's order: so checks go in once every record is read. One that does not fit stays
// in storage untouched, and the person is told why.
void put_checks(const std::vector<CheckResult>& checks, LoadedJournal& out) {
    for (const CheckResult& c : checks) {
        if (put_check(out.journal, c)) continue;
        out.unreadable.push_back(c.id + ": " + why_check_does_not_fit(c, out.journal));
        out.keep_as_is[c.id] = KeepAsIs::Unreadable;
        out.unknown_fields.erase(c.id);
    }
}

} // namespace

LoadedJournal load_journal(const std::vector<StoredRecord>& records, const std::vector<Questionnaire>& known) {
    LoadedJournal out;
    put_questionnaire(out.journal, weekly_check()); // Onward's own: never stored, always there
    for (const Questionnaire& q : known) put_questionnaire(out.journal, q);
    out.journal.entries.reserve(records.size());
    std::vector<size_t> named_emotions; // version-1 check-ins, by position in entries
    std::vector<CheckResult> checks;
    for (const StoredRecord& r : records) {
        if (nesting_depth(r.text) > kMaxRecordNesting) {
            out.unreadable.push_back(r.key + ": " + trf("nested more than {max} levels deep", {{"max", std::to_string(kMaxRecordNesting)}}));
            out.keep_as_is[r.key] = KeepAsIs::Unreadable;
            continue;
        }
        const nlohmann::json doc = nlohmann::json::parse(r.text, nullptr, /*allow_exceptions=*/false);
        if (doc.is_discarded()) {
            out.unreadable.push_back(r.key + ": " + tr("not valid JSON"));
            out.keep_as_is[r.key] = KeepAsIs::Unreadable;
            continue;
        }
        std::string error;
        if (!take_record(doc, r.key, out, named_emotions, checks, error)) {
            out.unreadable.push_back(r.key + ": " + error);
            out.keep_as_is[r.key] = KeepAsIs::Unreadable;
        }
    }
    link_named_emotions(named_emotions, out);
    put_checks(checks, out);
    return out;
}

} // namespace onward
