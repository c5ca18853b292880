#include <doctest/doctest.h>

#include <algorithm>
#include <map>

#include "sample_records.h"
#include "store/backup.h"
#include "store/journal_records.h"
#include "test_data.h"

using namespace onward;
using nlohmann::json;

namespace {

const LocalTime kMade = {1795681800000, 60}; // 2026-11-26T09:30:00.000+01:00
const LocalTime kLater = {1795770000000, 60}; // 2026-11-27T10:00:00.000+01:00

// Records as record_text writes them (keys sorted, no spaces), so a text read back can be
// compared with the one written.
const char* const kSettingsA =
    R"({"breathing_minutes":2,"breathing_pattern":"box","id":"settings","kind":"settings",)"
    R"("recheck_delay_minutes":120,"still_breathing":false,"v":1})";
const char* const kSettingsB =
    R"({"breathing_minutes":5,"breathing_pattern":"box","id":"settings","kind":"settings",)"
    R"("recheck_delay_minutes":120,"still_breathing":false,"v":1})";
const char* const kEntryOld =
    R"({"body":"settled","created":"2026-11-20T08:00:00.000+01:00","distress":4,"emotions":[],"id":"entry-a",)"
    R"("kind":"entry","note":"Slept well.","updated":"2026-11-20T08:00:00.000+01:00","v":2})";
// The same entry changed two days later.
const char* const kEntryNew =
    R"({"body":"settled","created":"2026-11-20T08:00:00.000+01:00","distress":4,"emotions":[],"id":"entry-a",)"
    R"("kind":"entry","note":"Slept well, then a hard call.","updated":"2026-11-22T19:45:00.000+01:00","v":2})";
// Changed elsewhere at the very same time as kEntryOld.
const char* const kEntryTie =
    R"({"body":"settled","created":"2026-11-20T08:00:00.000+01:00","distress":4,"emotions":[],"id":"entry-a",)"
    R"("kind":"entry","note":"Slept badly.","updated":"2026-11-20T08:00:00.000+01:00","v":2})";
const char* const kEntryB =
    R"({"body":"settled","created":"2026-11-20T08:00:00.000+01:00","distress":4,"emotions":[],"id":"entry-b",)"
    R"("kind":"entry","note":"Slept badly.","updated":"2026-11-20T08:00:00.000+01:00","v":2})";
// kEntryOld kept aside at kMade; the id ends in FNV-1a of kEntryOld's text (worked out apart).
const char* const kKeptOld =
    R"({"id":"kept-entry-a-66c9f692fb8b7dd7","kept":"2026-11-26T09:30:00.000+01:00","kind":"kept-version",)"
    R"("of":"entry-a","record":{"body":"settled","created":"2026-11-20T08:00:00.000+01:00","distress":4,)"
    R"("emotions":[],"id":"entry-a","kind":"entry","note":"Slept well.","updated":"2026-11-20T08:00:00.000+01:00",)"
    R"("v":2},"v":1})";
const char* const kKeptSettingsB =
    R"({"id":"kept-settings-3eb315940f488c52","kept":"2026-11-26T09:30:00.000+01:00","kind":"kept-version",)"
    R"("of":"settings","record":{"breathing_minutes":5,"breathing_pattern":"box","id":"settings",)"
    R"("kind":"settings","recheck_delay_minutes":120,"still_breathing":false,"v":1},"v":1})";
const char* const kV1CheckIn =
    R"({"body":"activated","created":"2025-11-25T18:04:05.123+01:00","distress":6,)"
    R"("emotions":[{"intensity":4,"name":"Anxious"},{"intensity":2,"name":"Hopeful-ish custom"}],)"
    R"("id":"checkin-old-00000001","kind":"checkin","note":"Long day.",)"
    R"("updated":"2025-11-25T18:10:00.000+01:00","v":1})";
// Written by a newer Onward: a higher "v" and a field this one does not know.
const char* const kNewerEntry =
    R"({"body":"activated","colour":"teal","created":"2025-11-25T18:04:05.123+01:00","distress":6,)"
    R"("emotions":[{"emotion":"emotion-anxious","intensity":4}],"id":"entry-newer-00000001","kind":"entry",)"
    R"("note":"Long day.","updated":"2025-11-25T18:04:05.123+01:00","v":3})";
const char* const kTwoQuestions =
    R"({"format":"onward-questionnaire","format_version":1,"id":"two-questions","version":1,"title":"Two questions",)"
    R"("time_frame":"This week","scale":{"min":0,"max":4},"questions":[{"id":"tense","text":"I felt tense."},)"
    R"({"id":"calm","text":"I felt calm.","reversed":true}],)"
    R"("scores":[{"id":"total","name":"Total","sum":["tense","calm"]}]})";

StoredRecord record(const char* text) { return {json::parse(text)["id"].get<std::string>(), text}; }

// A record of every kind the app writes, in several scripts, one with a 1 MB note.
std::vector<StoredRecord> every_kind() {
    Questionnaire q;
    std::string error;
    REQUIRE(read_definition(kTwoQuestions, q, error));
    CheckResult c;
    c.id = "check-00000001";
    c.questionnaire = "two-questions";
    c.taken = {1795681800000, 60};
    c.updated = c.taken;
    c.answers = {{"tense", 1}, {"calm", 3}};
    c.note = "Better than last week.";
    CheckResult check_draft = c;
    check_draft.id = kCheckDraftId;
    LibraryItem trigger = library_item("trigger-money-00000001", LibraryKind::Trigger, "Money");
    trigger.updated = {1795681800000, 60};
    Entry scripts = sample_checkin();
    scripts.id = "entry-scripts";
    scripts.note = "Caf\xC3\xA9 \xE2\x80\x94 \xD0\x96\xD0\xB8\xD0\xB7\xD0\xBD\xD1\x8C, \xF0\x9F\x8C\xB1 "
                   "and \xE6\x9D\xB1\xE4\xBA\xAC"; // Café — Жизнь, 🌱 and 東京
    Entry big = sample_checkin();
    big.id = "entry-big";
    big.note.clear();
    for (int i = 0; i < 250000; ++i) big.note += "\xD0\x96" "ab"; // 1 000 000 bytes
    Settings settings;
    settings.check_plans = {{"two-questions", 7, 0}};
    return {
        {sample_full_entry().id, encode_entry(sample_full_entry())},
        record(kV1CheckIn),
        {trigger.id, encode_library_item(trigger)},
        {sample_practice().id, encode_practice(sample_practice())},
        {sample_stay_with_it().id, encode_practice(sample_stay_with_it())},
        {kSafetyPlanId, encode_safety_plan(sample_safety_plan())},
        {kCrisisLinesId, encode_crisis_lines(sample_crisis_lines())},
        {kSettingsId, encode_settings(settings)},
        {questionnaire_record_id(q), encode_questionnaire(q, {1795681800000, 60})},
        {c.id, encode_check(c)},
        {kEntryDraftId, encode_draft(kEntryDraftId, sample_full_entry())},
        {kCheckDraftId, encode_check(check_draft)},
        record(kKeptOld),
        record(kNewerEntry),
        {scripts.id, encode_entry(scripts)},
        {big.id, encode_entry(big)},
    };
}

void check_same(const std::vector<StoredRecord>& got, const std::vector<StoredRecord>& expected) {
    REQUIRE(got.size() == expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
        CHECK(got[i].key == expected[i].key);
        CHECK(got[i].text == expected[i].text);
    }
}

std::string refusal(const std::string& bytes) {
    const BackupRead read = read_backup(bytes);
    CHECK(read.what == BackupRead::What::Refused);
    CHECK(read.records.empty());
    return read.error;
}

// A backup around `records`, written out by hand so each test can break one thing.
std::string backup_of(const std::string& records) {
    return R"({"format":"onward-backup","format_version":1,"made":"2026-11-26T09:30:00.000+01:00","records":[)" +
           records + "]}";
}

// An entry nested `depth` levels deep in all (itself included), deep in an unknown field.
std::string entry_nested(const char* id, int depth) {
    json r = json::parse(kEntryOld);
    r["id"] = id;
    std::string text = r.dump();
    text.pop_back();
    return text + R"(,"deep":)" + std::string(size_t(depth - 1), '[') + std::string(size_t(depth - 1), ']') + "}";
}

json an_envelope() {
    return {{"format", "onward-backup"},
            {"format_version", 1},
            {"encrypted",
             {{"cipher", "AES-GCM"},
              {"kdf", "PBKDF2-SHA256"},
              {"iterations", 600000},
              {"salt", "AAECAwQFBgcICQoLDA0ODw=="}, // bytes 0 to 15
              {"iv", "AAECAwQFBgcICQoL"},           // bytes 0 to 11
              {"data", "MDEyMzQ1Njc4OWFiY2RlZmdoaWo="}}}}; // "0123456789abcdefghij"
}

std::string envelope_refusal(const char* field, const json& value) {
    json e = an_envelope();
    e["encrypted"][field] = value;
    return refusal(e.dump());
}

// Storage after a plan's writes: what a second restore would find.
std::vector<StoredRecord> after(const std::vector<StoredRecord>& existing, const RestorePlan& plan) {
    std::map<std::string, std::string> all;
    for (const StoredRecord& r : existing) all[r.key] = r.text;
    for (const StoredRecord& r : plan.writes) all[r.key] = r.text;
    std::vector<StoredRecord> out;
    for (const auto& [key, text] : all) out.push_back({key, text});
    return out;
}

} // namespace

TEST_CASE("a backup holds every kind of record, one per line, and reads back exactly") {
    const std::vector<StoredRecord> records = every_kind();
    std::vector<std::string> skipped = {"left from before"};
    const std::string file = backup_json(records, kMade, &skipped);
    CHECK(skipped.empty());
    CHECK(file.rfind(R"({"format":"onward-backup","format_version":1,)"
                     R"("made":"2026-11-26T09:30:00.000+01:00","records":[)"
                     "\n{",
                     0) == 0);
    CHECK(std::count(file.begin(), file.end(), '\n') == 18); // the header, 16 records, the end

    const BackupRead read = read_backup(file);
    REQUIRE(read.what == BackupRead::What::Records);
    CHECK(read.error.empty());
    CHECK(read.made.unix_ms == 1795681800000);
    CHECK(read.made.utc_offset_minutes == 60);
    check_same(read.records, records);

    // What the records hold survived: the journal reads them all, the newer one kept as is.
    const LoadedJournal loaded = load_journal(read.records);
    CHECK(loaded.unreadable.empty());
    CHECK(loaded.kept_versions == 1);
    CHECK(loaded.keep_as_is == std::map<std::string, KeepAsIs>{{"entry-newer-00000001", KeepAsIs::Newer}});
    CHECK(loaded.unknown_fields.at("entry-newer-00000001") == json{{"colour", "teal"}});
    CHECK(find_entry(loaded.journal, "entry-big")->note.size() == 1000000);
    CHECK(find_entry(loaded.journal, "entry-scripts")->note ==
          "Caf\xC3\xA9 \xE2\x80\x94 \xD0\x96\xD0\xB8\xD0\xB7\xD0\xBD\xD1\x8C, \xF0\x9F\x8C\xB1 "
          "and \xE6\x9D\xB1\xE4\xBA\xAC");
}

TEST_CASE("a backup is laid out one record per line, as the app would store each") {
    // Stored with spaces and another order of fields: the backup holds the app's own form.
    const std::vector<StoredRecord> records = {
        {"settings", R"({ "v": 1, "kind": "settings", "id": "settings", "breathing_minutes": 2,
                         "breathing_pattern": "box", "recheck_delay_minutes": 120, "still_breathing": false })"},
        {"entry-a", kEntryOld}};
    const std::string file = backup_json(records, kMade, nullptr);
    CHECK(file == "{\"format\":\"onward-backup\",\"format_version\":1,\"made\":\"2026-11-26T09:30:00.000+01:00\","
                  "\"records\":[\n" +
                      std::string(kSettingsA) + ",\n" + kEntryOld + "\n]}\n");
    const BackupRead read = read_backup(file);
    REQUIRE(read.what == BackupRead::What::Records);
    check_same(read.records, {{"settings", kSettingsA}, {"entry-a", kEntryOld}});

    const BackupRead empty = read_backup(backup_json({}, kMade, nullptr));
    CHECK(empty.what == BackupRead::What::Records);
    CHECK(empty.records.empty());
}

TEST_CASE("a record that could not be restored is left out of a backup, and named") {
    std::vector<std::string> skipped;
    const std::string file = backup_json(
        {
            {"entry-broken", R"({"kind":"entry","v":2,"id":"entry-broken")"},
            {"entry-a", kEntryOld},
            {"entry-list", "[1,2]"},
            {"entry-elsewhere", kEntryNew}, // its id is "entry-a"
            {"entry-deep", entry_nested("entry-deep", 32)},
        },
        kMade, &skipped);
    CHECK(skipped == std::vector<std::string>{
                         "entry-broken: not valid JSON",
                         "entry-list: the record is not a JSON object",
                         "entry-elsewhere: stored under a key that is not its id",
                         "entry-deep: nested more than 31 levels deep, too deep to restore from a backup",
                     });
    const BackupRead read = read_backup(file);
    REQUIRE(read.what == BackupRead::What::Records);
    check_same(read.records, {{"entry-a", kEntryOld}});
}

TEST_CASE("a backup's file is named for the day it was made, in the person's own day") {
    CHECK(backup_file_name(kMade) == "onward-backup-2026-11-26.json");
    // 00:30 in Paris is still the 25th in UTC.
    CHECK(backup_file_name({1795649400000, 60}) == "onward-backup-2026-11-26.json");
    // 23:30 in New York is already the 26th in UTC.
    CHECK(backup_file_name({1795667400000, -300}) == "onward-backup-2026-11-25.json");
}

TEST_CASE("a file that is not a backup is refused, saying what it is and where") {
    CHECK(refusal(std::string(64 * 1024 * 1024 + 1, ' ')) == "The file is 64.1 MB; a backup is at most 64 MB.");
    CHECK(refusal(std::string(70 * 1024 * 1024, ' ')) == "The file is 70 MB; a backup is at most 64 MB.");
    CHECK(refusal("") == "The file is empty.");
    CHECK(refusal(" \r\n\t ") == "The file is empty.");

    const std::string daylio =
        "This looks like a Daylio export (a CSV file), not an Onward backup. To bring in its entries, use "
        "\"Import from Daylio\", under \"Bring data in\".";
    CHECK(refusal("full_date,date,weekday,time,mood,activities,note_title,note\n"
                  "2026-11-20,November 20,Friday,20:15,good,walk,,\"A calm day\"\n") == daylio);
    CHECK(refusal("\xEF\xBB\xBF\"full_date\",\"date\",\"time\",\"Mood\",\"activities\"\r\n") == daylio);
    CHECK(refusal("date,mood") == daylio);
    CHECK(refusal("mood\n") == "The file is not valid JSON: something is wrong at line 1, column 1.");

    CHECK(refusal("{\"format\":\"onward-backup\",\n\"x\":\"caf\xE9\"}") ==
          "The file is not UTF-8 text: the byte at line 2, column 9 is not part of any character.");
    CHECK(refusal("{\"a\":" + std::string(34, '[') + std::string(34, ']') + "}") ==
          "The file is nested more than 34 levels deep; a backup needs only a few.");
    CHECK(refusal("{\"a\":" + std::string(33, '[') + std::string(33, ']') + "}") ==
          "This is not an Onward backup: it does not say \"format\": \"onward-backup\".");

    CHECK(refusal("{\"format\":\"onward-backup\",\n\"format_version\":1;\n}") ==
          "The file is not valid JSON: something is wrong at line 2, column 19.");
    CHECK(refusal(backup_of("") + "x") ==
          "The file is not valid JSON: something is wrong at line 1, column 98.");
    const std::string whole = backup_json({{"settings", kSettingsA}}, kMade, nullptr);
    CHECK(refusal(whole.substr(0, 116)) ==
          "The file ends in the middle of the backup, after 116 bytes; it may have been cut short while it was "
          "copied or downloaded.");
    CHECK(refusal(whole.substr(0, whole.size() - 3)) ==
          "The file ends in the middle of the backup, after 238 bytes; it may have been cut short while it was "
          "copied or downloaded.");

    const std::string not_ours = "This is not an Onward backup: it does not say \"format\": \"onward-backup\".";
    CHECK(refusal("[1,2]") ==
          "This is not an Onward backup: a backup is one JSON object, { … }, and this file is not one.");
    CHECK(refusal("\"onward-backup\"") ==
          "This is not an Onward backup: a backup is one JSON object, { … }, and this file is not one.");
    CHECK(refusal(R"({"format_version":1,"records":[]})") == not_ours);
    CHECK(refusal(kTwoQuestions) == not_ours);
}

TEST_CASE("a backup's own fields are read strictly") {
    CHECK(refusal(R"({"format":"onward-backup","format_version":"1"})") ==
          "The backup's \"format_version\" is missing or is not a whole number.");
    CHECK(refusal(R"({"format":"onward-backup","format_version":1.5})") ==
          "The backup's \"format_version\" is missing or is not a whole number.");
    CHECK(refusal(R"({"format":"onward-backup"})") ==
          "The backup's \"format_version\" is missing or is not a whole number.");
    CHECK(refusal(R"({"format":"onward-backup","format_version":2,"made":3,"shelves":[]})") ==
          "This backup was made by a newer Onward (format 2); this one reads format 1 — update Onward first.");
    CHECK(refusal(R"({"format":"onward-backup","format_version":0})") ==
          "The backup's \"format_version\" is 0, which no Onward ever wrote.");

    CHECK(refusal(R"({"format":"onward-backup","format_version":1,"made":"2026-11-26T09:30:00.000+01:00",)"
                  R"("records":[],"notes":"x"})") ==
          "The backup has a field \"notes\" that Onward does not know; a backup has only \"format\", "
          "\"format_version\", \"made\" and \"records\".");
    // A long name is cut short in the message.
    CHECK(refusal(R"({"format":"onward-backup","format_version":1,")" + std::string(100, 'x') + R"(":1})") ==
          "The backup has a field \"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…\" that Onward does not know; a backup "
          "has only \"format\", \"format_version\", \"made\" and \"records\".");
    CHECK(refusal(R"({"format":"onward-backup","format_version":1,"records":[]})") ==
          "The backup's \"made\" is missing or is not text.");
    CHECK(refusal(R"({"format":"onward-backup","format_version":1,"made":"yesterday","records":[]})") ==
          "The backup's \"made\" is not a date and time like 2026-11-25T18:04:05.000+01:00.");
    CHECK(refusal(R"({"format":"onward-backup","format_version":1,"made":"2026-11-26T09:30:00.000+01:00"})") ==
          "The backup's \"records\" is missing or is not a list.");
    CHECK(refusal(R"({"format":"onward-backup","format_version":1,"made":"2026-11-26T09:30:00.000+01:00",)"
                  R"("records":{}})") == "The backup's \"records\" is missing or is not a list.");
}

TEST_CASE("a backup is refused whole when one of its records cannot be restored") {
    const std::string a = kEntryOld, s = kSettingsA;
    CHECK(refusal(backup_of(s + ",3")) == "Record 2 in the backup is not a JSON object.");
    CHECK(refusal(backup_of(R"({"kind":"settings","v":1})")) ==
          "Record 1 in the backup has no \"id\", or its \"id\" is not text.");
    CHECK(refusal(backup_of(R"({"kind":"settings","v":1,"id":7})")) ==
          "Record 1 in the backup has no \"id\", or its \"id\" is not text.");
    CHECK(refusal(backup_of(s + "," + a + "," + kSettingsB)) ==
          "Records 1 and 3 in the backup both have the id \"settings\"; a backup holds each record once.");
    CHECK(refusal(backup_of(s + "," + entry_nested("entry-deep", 32))) ==
          "Record 2 in the backup (\"entry-deep\") is nested more than 31 levels deep; Onward's records need only "
          "a few.");

    // Each record must read as the journal reads it.
    json high = json::parse(kEntryOld);
    high["distress"] = "high";
    CHECK(refusal(backup_of(s + "," + high.dump())) ==
          "Record 2 in the backup (\"entry-a\") cannot be read: \"distress\" is missing or is not a whole number.");
    json mood = json::parse(kEntryOld);
    mood["kind"] = "mood";
    CHECK(refusal(backup_of(mood.dump())) ==
          "Record 1 in the backup (\"entry-a\") cannot be read: the record is a \"mood\", not an entry.");
    // A check is judged against the questionnaire it answers, wherever that is in the file.
    Questionnaire q;
    std::string error;
    REQUIRE(read_definition(kTwoQuestions, q, error));
    CheckResult c;
    c.id = "check-1";
    c.questionnaire = "two-questions";
    c.taken = c.updated = kMade;
    c.answers = {{"tense", 9}};
    const std::string definition = encode_questionnaire(q, kMade);
    // The decoder's reason is already a sentence: no second full stop.
    CHECK(refusal(backup_of(encode_check(c) + "," + definition)) ==
          "Record 1 in the backup (\"check-1\") cannot be read: The answer to \"tense\" is 9; the scale runs from 0 "
          "to 4.");
    c.answers = {{"tense", 3}};
    CHECK(read_backup(backup_of(encode_check(c) + "," + definition)).what == BackupRead::What::Records);
    CHECK(refusal(backup_of(s + "," + encode_check(c))) ==
          "Record 2 in the backup (\"check-1\") cannot be read: it answers version 1 of \"two-questions\", which is "
          "not here.");
}

TEST_CASE("an encrypted backup is its envelope, read strictly") {
    const std::string file = encrypted_backup_json(600000, "AAECAwQFBgcICQoLDA0ODw==", "AAECAwQFBgcICQoL",
                                                   "MDEyMzQ1Njc4OWFiY2RlZmdoaWo=");
    CHECK(file == R"({"format":"onward-backup","format_version":1,"encrypted":{"cipher":"AES-GCM",)"
                  R"("data":"MDEyMzQ1Njc4OWFiY2RlZmdoaWo=","iterations":600000,"iv":"AAECAwQFBgcICQoL",)"
                  R"("kdf":"PBKDF2-SHA256","salt":"AAECAwQFBgcICQoLDA0ODw=="}})"
                  "\n");
    const BackupRead read = read_backup(file);
    REQUIRE(read.what == BackupRead::What::Encrypted);
    CHECK(read.error.empty());
    CHECK(read.records.empty());
    CHECK(read.encrypted.iterations == 600000);
    CHECK(read.encrypted.salt_b64 == "AAECAwQFBgcICQoLDA0ODw==");
    CHECK(read.encrypted.iv_b64 == "AAECAwQFBgcICQoL");
    CHECK(read.encrypted.data_b64 == "MDEyMzQ1Njc4OWFiY2RlZmdoaWo=");
    json most = an_envelope();
    most["encrypted"]["iterations"] = 10000000;
    CHECK(read_backup(most.dump()).encrypted.iterations == 10000000);

    CHECK(envelope_refusal("iterations", 599999) ==
          "The encrypted backup's \"iterations\" is 599999; Onward uses 600000 to 10000000.");
    CHECK(envelope_refusal("iterations", 10000001) ==
          "The encrypted backup's \"iterations\" is 10000001; Onward uses 600000 to 10000000.");
    CHECK(envelope_refusal("iterations", -600000) ==
          "The encrypted backup's \"iterations\" is -600000; Onward uses 600000 to 10000000.");
    CHECK(envelope_refusal("iterations", "600000") ==
          "The encrypted backup's \"iterations\" is missing or is not a whole number.");
    CHECK(envelope_refusal("iterations", 600000.0) ==
          "The encrypted backup's \"iterations\" is missing or is not a whole number.");
    CHECK(envelope_refusal("cipher", "AES-CBC") ==
          "The backup is encrypted with \"AES-CBC\" and \"PBKDF2-SHA256\"; this Onward reads only \"AES-GCM\" with "
          "\"PBKDF2-SHA256\".");
    CHECK(envelope_refusal("kdf", "scrypt") ==
          "The backup is encrypted with \"AES-GCM\" and \"scrypt\"; this Onward reads only \"AES-GCM\" with "
          "\"PBKDF2-SHA256\".");
    CHECK(envelope_refusal("cipher", 1) == "The encrypted backup's \"cipher\" is missing or is not text.");
    CHECK(envelope_refusal("salt", "AAAAAAAAAAA=") ==
          "The encrypted backup's \"salt\" is 8 bytes; it must be at least 16.");
    const std::string not_base64 = "The encrypted backup's \"salt\" is not valid base64.";
    CHECK(envelope_refusal("salt", "not base64!") == not_base64);
    CHECK(envelope_refusal("salt", "AAECAwQFBgcICQoLDA0OD=w=") == not_base64);
    CHECK(envelope_refusal("salt", "AAECAwQFBgcICQoLDA0OD-_A") == not_base64);
    CHECK(envelope_refusal("iv", "AAECAwQFBgcICQoLDA0ODw==") ==
          "The encrypted backup's \"iv\" is 16 bytes; it must be 12.");
    CHECK(envelope_refusal("iv", "AAECAwQFBgcICQo=") == "The encrypted backup's \"iv\" is 11 bytes; it must be 12.");
    CHECK(envelope_refusal("data", "") == "The encrypted backup's \"data\" is 0 bytes; it must be at least 16.");
    CHECK(envelope_refusal("data", json::array()) == "The encrypted backup's \"data\" is missing or is not text.");
    CHECK(envelope_refusal("hint", "my cat") ==
          "The backup's \"encrypted\" has a field \"hint\" that Onward does not know; it has only \"cipher\", "
          "\"kdf\", \"iterations\", \"salt\", \"iv\" and \"data\".");

    json dated = an_envelope();
    dated["made"] = "2026-11-26T09:30:00.000+01:00";
    CHECK(refusal(dated.dump()) == "The backup has a field \"made\" that Onward does not know; an encrypted backup "
                                   "has only \"format\", \"format_version\" and \"encrypted\".");
    json plain = an_envelope();
    plain["encrypted"] = "yes";
    CHECK(refusal(plain.dump()) == "The backup's \"encrypted\" is not an object.");
}

TEST_CASE("restoring adds what is missing and leaves what is already there") {
    const RestorePlan plan =
        plan_restore({{"settings", kSettingsA}}, {{"entry-a", kEntryOld}, {"settings", kSettingsA}}, kMade);
    CHECK(plan.added == 1);
    CHECK(plan.already_there == 1);
    CHECK(plan.conflicts.empty());
    check_same(plan.writes, {{"entry-a", kEntryOld}});

    // Equal content is equal whatever the spacing and order of fields in storage.
    const RestorePlan same = plan_restore(
        {{"entry-a", R"({ "v": 2, "kind": "entry", "id": "entry-a", "note": "Slept well.", "distress": 4,
                          "emotions": [], "body": "settled", "created": "2026-11-20T08:00:00.000+01:00",
                          "updated": "2026-11-20T08:00:00.000+01:00" })"},
         {"settings", ""}}, // removed
        {{"entry-a", kEntryOld}, {"settings", kSettingsA}}, kMade);
    CHECK(same.added == 1);
    CHECK(same.already_there == 1);
    check_same(same.writes, {{"settings", kSettingsA}});
}

TEST_CASE("restoring an older or newer version keeps both, the newer one shown") {
    // The backup's is newer: it is shown, and the one that was here is kept aside.
    const RestorePlan newer = plan_restore({{"entry-a", kEntryOld}}, {{"entry-a", kEntryNew}}, kMade);
    CHECK(newer.added == 0);
    CHECK(newer.already_there == 0);
    REQUIRE(newer.conflicts.size() == 1);
    CHECK(newer.conflicts[0].id == "entry-a");
    CHECK(std::string(newer.conflicts[0].kind_words) == "an entry");
    CHECK(newer.conflicts[0].incoming_shown);
    CHECK(newer.conflicts[0].kept_id == "kept-entry-a-66c9f692fb8b7dd7");
    check_same(newer.writes, {{"entry-a", kEntryNew}, {"kept-entry-a-66c9f692fb8b7dd7", kKeptOld}});

    // The backup's is older: what is here stays, the backup's is kept aside.
    const RestorePlan older = plan_restore({{"entry-a", kEntryNew}}, {{"entry-a", kEntryOld}}, kMade);
    REQUIRE(older.conflicts.size() == 1);
    CHECK_FALSE(older.conflicts[0].incoming_shown);
    CHECK(older.conflicts[0].kept_id == "kept-entry-a-66c9f692fb8b7dd7");
    check_same(older.writes, {{"kept-entry-a-66c9f692fb8b7dd7", kKeptOld}});

    // The same time on both: what is here stays.
    const RestorePlan tie = plan_restore({{"entry-a", kEntryOld}}, {{"entry-a", kEntryTie}}, kMade);
    REQUIRE(tie.conflicts.size() == 1);
    CHECK_FALSE(tie.conflicts[0].incoming_shown);
    CHECK(tie.conflicts[0].kept_id == "kept-entry-a-ad43a8cd2dfbf679");
    REQUIRE(tie.writes.size() == 1);
    CHECK(tie.writes[0].key == "kept-entry-a-ad43a8cd2dfbf679");
    CHECK(json::parse(tie.writes[0].text)["record"] == json::parse(kEntryTie));

    // Settings carry no time: what is here stays.
    const RestorePlan settings = plan_restore({{"settings", kSettingsA}}, {{"settings", kSettingsB}}, kMade);
    REQUIRE(settings.conflicts.size() == 1);
    CHECK(std::string(settings.conflicts[0].kind_words) == "the settings");
    CHECK_FALSE(settings.conflicts[0].incoming_shown);
    check_same(settings.writes, {{"kept-settings-3eb315940f488c52", kKeptSettingsB}});

    // What is here cannot be read at all: it stays, and the backup's is kept aside.
    const RestorePlan broken = plan_restore({{"entry-a", "{broken"}}, {{"entry-a", kEntryNew}}, kMade);
    REQUIRE(broken.conflicts.size() == 1);
    CHECK_FALSE(broken.conflicts[0].incoming_shown);
    CHECK(broken.conflicts[0].kept_id == "kept-entry-a-e9e8a0601899e65b");
}

TEST_CASE("restoring judges newer by \"updated\", else \"taken\", else \"added\"") {
    const RestorePlan plan = plan_restore(
        {
            {"questionnaire-x-v1", R"({"added":"2026-11-20T08:00:00.000+01:00","id":"questionnaire-x-v1",)"
                                   R"("kind":"questionnaire","note":"first","v":1})"},
            {"check-x", R"({"id":"check-x","kind":"check","taken":"2026-11-22T19:45:00.000+01:00","v":1})"},
            {"check-y", R"({"id":"check-y","kind":"check","taken":"2026-11-27T10:00:00.000+01:00",)"
                        R"("updated":"2026-11-20T08:00:00.000+01:00","v":1})"},
        },
        {
            {"questionnaire-x-v1", R"({"added":"2026-11-22T19:45:00.000+01:00","id":"questionnaire-x-v1",)"
                                   R"("kind":"questionnaire","note":"second","v":1})"},
            {"check-x", R"({"id":"check-x","kind":"check","taken":"2026-11-20T08:00:00.000+01:00","v":1})"},
            {"check-y", R"({"id":"check-y","kind":"check","taken":"2026-11-20T08:00:00.000+01:00",)"
                        R"("updated":"2026-11-22T19:45:00.000+01:00","v":1})"},
        },
        kMade);
    REQUIRE(plan.conflicts.size() == 3);
    CHECK(std::string(plan.conflicts[0].kind_words) == "a questionnaire");
    CHECK(plan.conflicts[0].incoming_shown); // added later
    CHECK(plan.conflicts[0].kept_id == "kept-questionnaire-x-v1-98e28f2e9097f352");
    CHECK(std::string(plan.conflicts[1].kind_words) == "a check");
    CHECK_FALSE(plan.conflicts[1].incoming_shown); // taken earlier
    CHECK(plan.conflicts[1].kept_id == "kept-check-x-25ce91c9639ab949");
    CHECK(plan.conflicts[2].incoming_shown); // updated later, though taken earlier
    CHECK(plan.conflicts[2].kept_id == "kept-check-y-6ad5cd1c070c6539");
    CHECK(plan.writes.size() == 5);
}

TEST_CASE("restoring the same backup twice writes nothing the second time") {
    const std::vector<StoredRecord> here = {{"entry-a", kEntryOld}, {"settings", kSettingsA}};
    const std::vector<StoredRecord> backup = {
        record(kKeptOld), {"entry-a", kEntryNew}, {"entry-b", kEntryB}, {"settings", kSettingsB}};
    const RestorePlan first = plan_restore(here, backup, kMade);
    CHECK(first.added == 2); // the kept version the backup carries, and entry-b
    CHECK(first.already_there == 0);
    REQUIRE(first.conflicts.size() == 2);
    // The kept version entry-a's conflict makes is the very one the backup carries: written once.
    check_same(first.writes, {{"entry-a", kEntryNew},
                              {"entry-b", kEntryB},
                              {"kept-entry-a-66c9f692fb8b7dd7", kKeptOld},
                              {"kept-settings-3eb315940f488c52", kKeptSettingsB}});

    // Again, a day later: the kept versions' ids are the same, so nothing is new.
    const RestorePlan second = plan_restore(after(here, first), backup, kLater);
    CHECK(second.writes.empty());
    CHECK(second.added == 0);
    CHECK(second.already_there == 4);
    CHECK(second.conflicts.empty());

    // The journal reads it all, the kept versions counted and not shown.
    const LoadedJournal loaded = load_journal(after(here, first));
    CHECK(loaded.unreadable.empty());
    CHECK(loaded.kept_versions == 2);
    CHECK(loaded.journal.entries.size() == 2);
    CHECK(find_entry(loaded.journal, "entry-a")->note == "Slept well, then a hard call.");
}

TEST_CASE("a kept version from a backup is added once, whenever it was kept") {
    json kept_later = json::parse(kKeptOld);
    kept_later["kept"] = "2026-11-27T10:00:00.000+01:00";
    const RestorePlan plan = plan_restore({{"kept-entry-a-66c9f692fb8b7dd7", kKeptOld}},
                                          {{"kept-entry-a-66c9f692fb8b7dd7", kept_later.dump()}}, kMade);
    CHECK(plan.already_there == 1);
    CHECK(plan.writes.empty());
    CHECK(plan.conflicts.empty());
}

TEST_CASE("another importer's records are counted and written the same way") {
    // As a Daylio import would: its entries and library items, some already brought in.
    const RestorePlan plan =
        plan_restore({{"entry-a", kEntryOld}},
                     {{"entry-a", kEntryOld},
                      {"entry-b", kEntryB},
                      {"trigger-money-00000001", encode_library_item(library_item("trigger-money-00000001",
                                                                                  LibraryKind::Trigger, "Money"))}},
                     kMade);
    CHECK(plan.added == 2);
    CHECK(plan.already_there == 1);
    REQUIRE(plan.writes.size() == 2);
    CHECK(plan.writes[0].key == "entry-b");
    CHECK(plan.writes[1].key == "trigger-money-00000001");
}

TEST_CASE("the journal counts kept versions and reads them strictly") {
    const LoadedJournal l = load_journal({
        record(kEntryOld),
        record(kKeptOld),
        {"kept-bad", R"({"id":"kept-bad","kept":"2026-11-26T09:30:00.000+01:00","kind":"kept-version",)"
                     R"("of":"entry-a","record":[],"v":1})"},
        {"kept-lost", R"({"id":"kept-lost","kept":"soon","kind":"kept-version","of":"entry-a","record":{},"v":1})"},
        {"kept-whose", R"({"id":"kept-whose","kept":"2026-11-26T09:30:00.000+01:00","kind":"kept-version",)"
                       R"("record":{},"v":1})"},
    });
    CHECK(l.kept_versions == 1);
    CHECK(l.journal.entries.size() == 1);
    CHECK(l.unreadable == std::vector<std::string>{
                              "kept-bad: \"record\" is missing or is not an object",
                              "kept-lost: \"kept\" is not a date and time like 2026-11-25T18:04:05.000+01:00",
                              "kept-whose: \"of\" is missing or is not text",
                          });
}
