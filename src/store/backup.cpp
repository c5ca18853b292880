#include "store/backup.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_map>

#include "core/say.h"
#include "core/text.h"
#include "store/journal_records.h"
#include "store/json_file.h"

namespace onward {

using nlohmann::json;

namespace {

// A kept version holds its record one level down, and must itself stay readable: so a
// record in a backup may be one level shallower than records in general.
constexpr int kMaxBackupRecordNesting = kMaxRecordNesting - 1;

// A reader's error ("\"made\" is missing or is not text") as a sentence: `start` (marked
// with tr_later where it is written) ends "{problem}." and the error fills the blank.
std::string sentence(const char* start, std::string words) {
    if (!words.empty() && words.back() == '.') words.pop_back();
    return trf(start, {{"problem", words}});
}

// `where` has a field `known` does not list: an unknown field in a format Onward wrote
// means the file is not what it seems, so it is refused rather than passed over.
bool only_fields(const json& r, std::initializer_list<const char*> known, const std::string& where,
                 const char* holder, std::string& error) {
    const json unknown = unknown_fields(r, known);
    if (unknown.empty()) return true;
    error = trf("{where} has a field {field} that Onward does not know; {holder} has only {fields}.",
                {{"where", where}, {"field", in_quotes(unknown.begin().key())}, {"holder", holder}, {"fields", fields_list(known.begin(), known.size())}});
    return false;
}

// A person may well pick the Daylio export here: its first line is a CSV header with a
// "mood" column.
bool looks_like_daylio(const std::string& text) {
    std::string line = text.substr(0, std::min(text.find('\n'), size_t(4096)));
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3); // a byte-order mark
    const size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos || line[first] == '{' || line[first] == '[' || line.find(',') == std::string::npos)
        return false;
    for (size_t start = 0, end; start <= line.size(); start = end + 1) {
        end = std::min(line.find(',', start), line.size());
        std::string cell = trimmed(line.substr(start, end - start));
        if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') cell = cell.substr(1, cell.size() - 2);
        if (same_words(cell, "mood")) return true;
    }
    return false;
}

std::string daylio_words(const std::string& text) {
    if (!looks_like_daylio(text)) return "";
    return tr("This looks like a Daylio export (a CSV file), not an Onward backup. To bring in its entries, use "
              "\"Import from Daylio\", under \"Bring data in\".");
}

// The bytes base64 text stands for (standard alphabet, padded, as btoa writes it), or -1.
long long base64_bytes(const std::string& text) {
    if (text.size() % 4 != 0) return -1;
    const size_t padding = !text.empty() && text.back() == '=' ? (text[text.size() - 2] == '=' ? 2 : 1) : 0;
    for (size_t i = 0; i + padding < text.size(); ++i) {
        const char c = text[i];
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'))
            return -1;
    }
    return static_cast<long long>(text.size() / 4 * 3 - padding);
}

bool read_base64(const json& r, const char* key, long long bytes_needed, bool exactly, std::string& out,
                 std::string& error) {
    if (!read_string(r, key, out, error)) return false;
    const long long bytes = base64_bytes(out);
    const Blanks blanks = {{"field", key}, {"bytes", std::to_string(bytes)}, {"needed", std::to_string(bytes_needed)}};
    if (bytes < 0) error = trf("\"{field}\" is not valid base64", blanks);
    else if (bytes < bytes_needed || (exactly && bytes > bytes_needed))
        error = exactly ? trf("\"{field}\" is {bytes} bytes; it must be {needed}", blanks)
                        : trf("\"{field}\" is {bytes} bytes; it must be at least {needed}", blanks);
    else return true;
    return false;
}

bool read_envelope(const json& e, EncryptedBackup& out, std::string& error) {
    if (!e.is_object()) {
        error = tr("The backup's \"encrypted\" is not an object.");
        return false;
    }
    if (!only_fields(e, {"cipher", "kdf", "iterations", "salt", "iv", "data"}, tr("The backup's \"encrypted\""),
                     tr("it"), error))
        return false;
    std::string cipher, kdf;
    if (!read_string(e, "cipher", cipher, error) || !read_string(e, "kdf", kdf, error)) {
        error = sentence(tr_later("The encrypted backup's {problem}."), error);
        return false;
    }
    if (cipher != "AES-GCM" || kdf != "PBKDF2-SHA256") {
        error = trf("The backup is encrypted with {cipher} and {kdf}; this Onward reads only \"AES-GCM\" with "
                    "\"PBKDF2-SHA256\".",
                    {{"cipher", in_quotes(cipher)}, {"kdf", in_quotes(kdf)}});
        return false;
    }
    const auto iterations = e.find("iterations");
    if (iterations == e.end() || !iterations->is_number_integer()) {
        error = tr("The encrypted backup's \"iterations\" is missing or is not a whole number.");
        return false;
    }
    // Negative numbers are the only integers nlohmann does not hold as unsigned.
    const uint64_t n = iterations->is_number_unsigned() ? iterations->get<uint64_t>() : 0;
    if (n < uint64_t(kMinBackupIterations) || n > uint64_t(kMaxBackupIterations)) {
        error = trf("The encrypted backup's \"iterations\" is {iterations}; Onward uses {min} to {max}.",
                    {{"iterations", iterations->dump()},
                     {"min", std::to_string(kMinBackupIterations)},
                     {"max", std::to_string(kMaxBackupIterations)}});
        return false;
    }
    // AES-GCM: a 12-byte IV, and at least the 16-byte tag in the data.
    if (!read_base64(e, "salt", 16, false, out.salt_b64, error) || !read_base64(e, "iv", 12, true, out.iv_b64, error) ||
        !read_base64(e, "data", 16, false, out.data_b64, error)) {
        error = sentence(tr_later("The encrypted backup's {problem}."), error);
        return false;
    }
    out.iterations = int(n);
    return true;
}

// The records, each checked on its own, then all read together as the journal would be.
bool read_records(const json& doc, std::vector<StoredRecord>& out, std::string& error) {
    const auto list = doc.find("records");
    if (list == doc.end() || !list->is_array()) {
        error = tr("The backup's \"records\" is missing or is not a list.");
        return false;
    }
    std::unordered_map<std::string, size_t> number_of; // id -> record number, from 1
    for (size_t i = 0; i < list->size(); ++i) {
        const json& r = (*list)[i];
        const std::string number = std::to_string(i + 1);
        const auto id = r.is_object() ? r.find("id") : r.end();
        if (id == r.end() || !id->is_string()) {
            error = r.is_object() ? trf("Record {n} in the backup has no \"id\", or its \"id\" is not text.", {{"n", number}})
                                  : trf("Record {n} in the backup is not a JSON object.", {{"n", number}});
            return false;
        }
        const auto seen = number_of.emplace(id->get<std::string>(), i + 1);
        if (!seen.second) {
            error = trf("Records {first} and {second} in the backup both have the id {id}; a backup holds each record once.",
                        {{"first", std::to_string(seen.first->second)}, {"second", number}, {"id", in_quotes(seen.first->first)}});
            return false;
        }
        out.push_back({seen.first->first, record_text(r)});
        if (nesting_depth(out.back().text) > kMaxBackupRecordNesting) {
            error = trf("Record {n} in the backup ({id}) is nested more than {max} levels deep; Onward's records need "
                        "only a few.",
                        {{"n", number}, {"id", in_quotes(out.back().key)}, {"max", std::to_string(kMaxBackupRecordNesting)}});
            return false;
        }
    }
    const LoadedJournal loaded = load_journal(out);
    for (size_t i = 0; i < out.size() && !loaded.unreadable.empty(); ++i) {
        const auto keep = loaded.keep_as_is.find(out[i].key);
        if (keep == loaded.keep_as_is.end() || keep->second != KeepAsIs::Unreadable) continue;
        // Read alone (beside the questionnaires a check needs) to get its reason unmixed.
        const LoadedJournal alone = load_journal({out[i]}, loaded.journal.questionnaires);
        std::string why = alone.unreadable.empty() ? "" : alone.unreadable.front().substr(out[i].key.size() + 2);
        if (!why.empty() && why.back() == '.') why.pop_back();
        error = trf("Record {n} in the backup ({id}) cannot be read: {problem}.",
                    {{"n", std::to_string(i + 1)}, {"id", in_quotes(out[i].key)}, {"problem", why}});
        return false;
    }
    return true;
}

BackupRead read_document(const json& doc) {
    BackupRead out;
    std::string& error = out.error;
    const auto format = doc.is_object() ? doc.find("format") : doc.end();
    int version = 0;
    if (!doc.is_object())
        error = tr("This is not an Onward backup: a backup is one JSON object, { … }, and this file is not one.");
    else if (format == doc.end() || *format != kBackupFormat)
        error = tr("This is not an Onward backup: it does not say \"format\": \"onward-backup\".");
    else if (!read_int(doc, "format_version", version, error))
        error = sentence(tr_later("The backup's {problem}."), error);
    else if (version > kBackupFormatVersion)
        error = trf("This backup was made by a newer Onward (format {version}); this one reads format {reads} — update "
                    "Onward first.",
                    {{"version", std::to_string(version)}, {"reads", std::to_string(kBackupFormatVersion)}});
    else if (version < 1)
        error = trf("The backup's \"format_version\" is {version}, which no Onward ever wrote.",
                    {{"version", std::to_string(version)}});
    else if (doc.contains("encrypted")) {
        if (only_fields(doc, {"format", "format_version", "encrypted"}, tr("The backup"), tr("an encrypted backup"), error) &&
            read_envelope(doc["encrypted"], out.encrypted, error))
            out.what = BackupRead::What::Encrypted;
    } else if (only_fields(doc, {"format", "format_version", "made", "records"}, tr("The backup"), tr("a backup"), error)) {
        if (!read_time(doc, "made", out.made, error)) error = sentence(tr_later("The backup's {problem}."), error);
        else if (read_records(doc, out.records, error)) out.what = BackupRead::What::Records;
    }
    if (out.what != BackupRead::What::Records) out.records.clear();
    return out;
}

std::string header() {
    return std::string("{\"format\":\"") + kBackupFormat + "\",\"format_version\":" +
           std::to_string(kBackupFormatVersion) + ",";
}

// The time a record says it was last changed: "updated", else "taken", else "added".
bool record_time(const json& r, int64_t& ms) {
    for (const char* key : {"updated", "taken", "added"}) {
        if (!r.is_object() || !r.contains(key)) continue;
        LocalTime t;
        std::string error;
        if (!read_time(r, key, t, error)) return false;
        ms = t.unix_ms;
        return true;
    }
    return false;
}

std::string kind_of(const json& r) {
    const auto kind = r.is_object() ? r.find("kind") : r.end();
    return kind != r.end() && kind->is_string() ? kind->get<std::string>() : "";
}

const char* kind_words(const std::string& kind) {
    static const std::pair<const char*, const char*> words[] = {
        {kEntryKind, tr_later("an entry")},           {kCheckInKindV1, tr_later("an entry")},
        {kLibraryKind, tr_later("a library item")},   {kPracticeKind, tr_later("a practice")},
        {kSafetyPlanKind, tr_later("the safety plan")}, {kCrisisLinesKind, tr_later("your crisis lines")},
        {kSettingsKind, tr_later("the settings")},    {kQuestionnaireKind, tr_later("a questionnaire")},
        {kCheckKind, tr_later("a check")},            {kDraftKind, tr_later("a draft")}};
    for (const auto& w : words)
        if (kind == w.first) return w.second;
    return tr_later("a record");
}

// FNV-1a, 64 bits: the same on every platform and in every build, so a kept version's id
// is stable.
std::string hash_hex(const std::string& text) {
    uint64_t h = 14695981039346656037ull;
    for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h));
    return hex;
}

} // namespace

std::string backup_json(const std::vector<StoredRecord>& records, const LocalTime& made,
                        std::vector<std::string>* skipped) {
    // What read_backup would refuse is left out, so a backup can always be restored.
    const LoadedJournal loaded = load_journal(records);
    if (skipped) *skipped = loaded.unreadable;
    std::string out = header() + "\"made\":" + json(to_iso8601(made)).dump() + ",\"records\":[";
    bool first = true;
    for (const StoredRecord& r : records) {
        const auto keep = loaded.keep_as_is.find(r.key);
        if (keep != loaded.keep_as_is.end() && keep->second == KeepAsIs::Unreadable) continue;
        if (nesting_depth(r.text) > kMaxBackupRecordNesting) {
            if (skipped)
                skipped->push_back(r.key + ": nested more than " + std::to_string(kMaxBackupRecordNesting) +
                                   " levels deep, too deep to restore from a backup");
            continue;
        }
        out += first ? "\n" : ",\n";
        out += record_text(json::parse(r.text, nullptr, /*allow_exceptions=*/false));
        first = false;
    }
    return out + "\n]}\n";
}

std::string backup_file_name(const LocalTime& made) {
    const CalendarDay d = calendar_day(made);
    char name[48];
    std::snprintf(name, sizeof name, "onward-backup-%04d-%02d-%02d.json", d.year, d.month, d.day);
    return name;
}

std::string encrypted_backup_json(int iterations, const std::string& salt_b64, const std::string& iv_b64,
                                  const std::string& data_b64) {
    const json e = {{"cipher", "AES-GCM"}, {"kdf", "PBKDF2-SHA256"}, {"iterations", iterations},
                    {"salt", salt_b64},    {"iv", iv_b64},           {"data", data_b64}};
    return header() + "\"encrypted\":" + e.dump() + "}\n";
}

BackupRead read_backup(const std::string& bytes) {
    JsonFileRules rules;
    rules.thing = tr_later("backup");
    rules.max_bytes = kMaxBackupBytes;
    rules.max_depth = kMaxRecordNesting + 2; // a record's own, under the file's object and its list
    rules.ends_as_cut_short = true;
    rules.other_kind = daylio_words;
    BackupRead out;
    json doc;
    if (!read_json_file(bytes, rules, doc, out.error)) return out;
    return read_document(doc);
}

bool decode_kept_version(const json& r, Decoded<KeptVersion>& out, std::string& error) {
    Decoded<KeptVersion> rec;
    if (!read_header(r, kKeptVersionKind, tr_later("a kept version"), rec.version, error) ||
        !read_string(r, "of", rec.value.of, error) || !read_time(r, "kept", rec.value.kept, error))
        return false;
    const auto kept = r.find("record");
    if (kept == r.end() || !kept->is_object()) {
        error = "\"record\" is missing or is not an object";
        return false;
    }
    rec.unknown = unknown_fields(r, {"kind", "v", "id", "of", "kept", "record"});
    out = std::move(rec);
    return true;
}

RestorePlan plan_restore(const std::vector<StoredRecord>& existing, const std::vector<StoredRecord>& incoming,
                         const LocalTime& now) {
    RestorePlan plan;
    std::unordered_map<std::string, const std::string*> stored;
    for (const StoredRecord& r : existing)
        if (!r.text.empty()) stored[r.key] = &r.text; // empty text is storage's "removed"
    std::map<std::string, std::string> planned; // what this plan writes, by key
    auto there = [&](const std::string& key) -> const std::string* {
        const auto p = planned.find(key);
        if (p != planned.end()) return &p->second;
        const auto s = stored.find(key);
        return s == stored.end() ? nullptr : s->second;
    };
    for (const StoredRecord& in : incoming) {
        const std::string* here_text = there(in.key);
        if (!here_text) {
            planned[in.key] = in.text;
            ++plan.added;
            continue;
        }
        const json theirs = json::parse(in.text, nullptr, /*allow_exceptions=*/false);
        const int our_depth = nesting_depth(*here_text); // deeper than records go, copying it could exhaust the stack
        const json ours = our_depth > kMaxRecordNesting ? json(json::value_t::discarded)
                                                        : json::parse(*here_text, nullptr, /*allow_exceptions=*/false);
        // A kept version's id names the record it keeps: the same id is the same version.
        if (kind_of(theirs) == kKeptVersionKind || ours == theirs) {
            ++plan.already_there;
            continue;
        }
        RestoreConflict c{in.key, kind_words(kind_of(theirs)), false, ""};
        int64_t their_ms = 0, our_ms = 0;
        // Ours can be set aside only if it fits inside a kept version; else it stays.
        c.incoming_shown = record_time(theirs, their_ms) && record_time(ours, our_ms) && their_ms > our_ms &&
                           our_depth <= kMaxBackupRecordNesting;
        const json& aside = c.incoming_shown ? ours : theirs;
        c.kept_id = "kept-" + in.key + "-" + hash_hex(record_text(aside));
        if (!c.incoming_shown && there(c.kept_id)) { // kept by an earlier restore
            ++plan.already_there;
            continue;
        }
        if (c.incoming_shown) planned[in.key] = in.text;
        if (!there(c.kept_id)) {
            json kept = start_record(json::object(), kKeptVersionKind, kKeptVersionSchemaVersion, c.kept_id);
            kept["of"] = in.key;
            kept["kept"] = to_iso8601(now);
            kept["record"] = aside;
            planned[c.kept_id] = record_text(kept);
        }
        plan.conflicts.push_back(std::move(c));
    }
    plan.writes.reserve(planned.size());
    for (auto& [key, text] : planned) plan.writes.push_back({key, std::move(text)});
    return plan;
}

} // namespace onward
