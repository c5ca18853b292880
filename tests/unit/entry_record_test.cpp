#include <doctest/doctest.h>

#include "store/journal_records.h"
#include "test_data.h"

using namespace onward;
using nlohmann::json;

namespace {

bool decode_text(const std::string& text, Decoded<Entry>& rec, std::string& error) {
    return decode_entry(json::parse(text, nullptr, false), rec, error);
}

// 100 000 characters in 200 000 bytes: Cyrillic (2 bytes), "e" with a combining acute
// (1 + 2), a seedling emoji (4) and a space, 20 000 times.
std::string long_mixed_text() {
    std::string s;
    for (int i = 0; i < 20000; ++i) s += "\xD0\x96" "e\xCC\x81" "\xF0\x9F\x8C\xB1" " ";
    return s;
}

// A version-1 check-in as Onward 1 wrote it: emotions by name, one of them the person's own.
const char* const kV1CheckIn =
    R"({"kind":"checkin","v":1,"id":"checkin-old-00000001",)"
    R"("created":"2025-11-25T18:04:05.123+01:00","updated":"2025-11-25T18:10:00.000+01:00",)"
    R"("distress":6,"emotions":[{"name":"Anxious","intensity":4},{"name":"Hopeful-ish custom","intensity":2}],)"
    R"("body":"activated","note":"Long day."})";

} // namespace

TEST_CASE("a check-in is stored as a small version-2 entry, and read back exactly") {
    const std::string text = encode_entry(sample_checkin());
    // Fields left unsaid are not written at all.
    CHECK(text == R"({"body":"activated","created":"2025-11-25T18:04:05.123+01:00","distress":6,)"
                  R"("emotions":[{"emotion":"emotion-anxious","intensity":4},{"emotion":"emotion-tired","intensity":2}],)"
                  R"("id":"checkin-abc-00000001","kind":"entry","note":"Long day.",)"
                  R"("updated":"2025-11-25T18:04:05.123+01:00","v":2})");
    Decoded<Entry> rec;
    std::string error;
    REQUIRE(decode_text(text, rec, error));
    const Entry& e = rec.value;
    CHECK(rec.version == 2);
    CHECK(e.id == "checkin-abc-00000001");
    CHECK(e.created.unix_ms == 1764090245123);
    CHECK(e.created.utc_offset_minutes == 60);
    CHECK(e.updated.unix_ms == 1764090245123);
    CHECK(e.distress == 6);
    REQUIRE(e.emotions.size() == 2);
    CHECK(e.emotions[0].emotion == "emotion-anxious");
    CHECK(e.emotions[0].intensity == 4);
    CHECK(e.emotions[1].emotion == "emotion-tired");
    CHECK(e.emotions[1].intensity == 2);
    CHECK(e.body == BodyState::Activated);
    CHECK(e.note == "Long day.");
    // The fuller fields stay unsaid.
    CHECK(e.happened.empty());
    CHECK(e.trigger.empty());
    CHECK(e.actions.empty());
    CHECK(e.distress_after == -1);
    CHECK(e.relief == Relief::Unsaid);
    CHECK(e.new_response == Answer::Unsaid);
    CHECK(e.stayed_with_feeling == Answer::Unsaid);
    CHECK(e.stayed_minutes == -1);
    CHECK(e.recheck.at.unix_ms == 0);
    CHECK(e.recheck.distress == -1);
    CHECK(rec.unknown.empty());
}

TEST_CASE("a full entry survives encode and decode field by field, long text in many scripts included") {
    Entry in = sample_full_entry();
    const std::string long_text = long_mixed_text();
    REQUIRE(long_text.size() == 200000);
    in.note = long_text;
    in.feeling_says = "\xD0\x92\xD1\x81\xD1\x91 \xD0\xB5\xD1\x89\xD1\x91 \xD1\x82\xD1\x8F\xD0\xB6\xD0\xB5\xD0\xBB\xD0\xBE"
                      ", cafe\xCC\x81 \xF0\x9F\x8C\xB1\nline two"; // "Всё ещё тяжело, café 🌱"
    Decoded<Entry> rec;
    std::string error;
    const bool ok = decode_text(encode_entry(in), rec, error);
    CAPTURE(error);
    REQUIRE(ok);
    const Entry& e = rec.value;
    CHECK(rec.version == 2);
    CHECK(e.id == "entry-abc-00000002");
    CHECK(e.created.unix_ms == 1764090245123);
    CHECK(e.created.utc_offset_minutes == 60);
    CHECK(e.updated.unix_ms == 1764097445123);
    CHECK(e.updated.utc_offset_minutes == 60);
    CHECK(e.distress == 8);
    REQUIRE(e.emotions.size() == 2);
    CHECK(e.emotions[0].emotion == "emotion-afraid");
    CHECK(e.emotions[0].intensity == 5);
    CHECK(e.emotions[1].emotion == "emotion-hopeful");
    CHECK(e.emotions[1].intensity == 1);
    CHECK(e.body == BodyState::ShutDown);
    CHECK(e.note.size() == 200000);
    CHECK(e.note == long_text);
    CHECK(e.happened == "The bank rang about the overdraft.");
    CHECK(e.trigger == "trigger-money-00000001");
    REQUIRE(e.actions.size() == 3);
    CHECK(e.actions[0].action == "action-walk");
    CHECK(e.actions[0].function == CopingFunction::Soothe);
    CHECK(e.actions[0].avoid == AvoidKind::Unsaid);
    CHECK(e.actions[1].action == "action-talked-it-through");
    CHECK(e.actions[1].function == CopingFunction::Face);
    CHECK(e.actions[1].avoid == AvoidKind::Unsaid);
    CHECK(e.actions[2].action == "action-scrolled");
    CHECK(e.actions[2].function == CopingFunction::Avoid);
    CHECK(e.actions[2].avoid == AvoidKind::Screens);
    CHECK(e.distress_after == 4);
    CHECK(e.relief == Relief::ShortLived);
    CHECK(e.new_response == Answer::Yes);
    CHECK(e.what_was_new == "I rang them back instead of hiding.");
    CHECK(e.stayed_with_feeling == Answer::No);
    CHECK(e.stayed_minutes == 7);
    CHECK(e.feeling_says == "\xD0\x92\xD1\x81\xD1\x91 \xD0\xB5\xD1\x89\xD1\x91 "
                            "\xD1\x82\xD1\x8F\xD0\xB6\xD0\xB5\xD0\xBB\xD0\xBE, cafe\xCC\x81 \xF0\x9F\x8C\xB1\nline two");
    CHECK(e.what_i_need == "A plan, and a friend.");
    CHECK(e.recheck.at.unix_ms == 1764104645123);
    CHECK(e.recheck.at.utc_offset_minutes == 60);
    CHECK(e.recheck.distress == 5);
    CHECK(e.recheck.lasted == Answer::No);
    CHECK(rec.unknown.empty());
}

TEST_CASE("the fuller fields are stored under their own keys, in words a person could read") {
    const json r = json::parse(encode_entry(sample_full_entry()));
    CHECK(r["kind"] == "entry");
    CHECK(r["v"] == 2);
    CHECK(r["body"] == "shut_down");
    CHECK(r["trigger"] == "trigger-money-00000001");
    CHECK(r["actions"] == json::parse(R"([{"action":"action-walk","function":"soothe"},)"
                                      R"({"action":"action-talked-it-through","function":"face"},)"
                                      R"({"action":"action-scrolled","avoid":"numbing_screens","function":"avoid"}])"));
    CHECK(r["distress_after"] == 4);
    CHECK(r["relief"] == "short_lived");
    CHECK(r["new_response"] == "yes");
    CHECK(r["stayed_with_feeling"] == "no");
    CHECK(r["stayed_minutes"] == 7);
    CHECK(r["recheck"] == json::parse(R"({"at":"2025-11-25T22:04:05.123+01:00","distress":5,"lasted":"no"})"));
}

TEST_CASE("a re-check answered without a number or a yes/no keeps just its time") {
    Entry in = sample_full_entry();
    in.recheck.distress = -1;
    in.recheck.lasted = Answer::Unsaid;
    const json r = json::parse(encode_entry(in));
    CHECK(r["recheck"] == json::parse(R"({"at":"2025-11-25T22:04:05.123+01:00"})"));
    Decoded<Entry> rec;
    std::string error;
    REQUIRE(decode_entry(r, rec, error));
    CHECK(rec.value.recheck.at.unix_ms == 1764104645123);
    CHECK(rec.value.recheck.distress == -1);
    CHECK(rec.value.recheck.lasted == Answer::Unsaid);
}

TEST_CASE("fields a newer version added are kept when the record is written again") {
    json r = json::parse(encode_entry(sample_full_entry()));
    r["v"] = 3;
    r["weather"] = {{"sky", "grey"}};
    r["mood_colour"] = "blue";
    Decoded<Entry> rec;
    std::string error;
    REQUIRE(decode_text(r.dump(), rec, error));
    CHECK(rec.version == 3);
    CHECK(rec.unknown == json::parse(R"({"mood_colour":"blue","weather":{"sky":"grey"}})"));
    rec.value.distress = 3;
    const json again = json::parse(encode_entry(rec.value, rec.unknown));
    CHECK(again["weather"]["sky"] == "grey");
    CHECK(again["mood_colour"] == "blue");
    CHECK(again["distress"] == 3);
    CHECK(again["what_i_need"] == "A plan, and a friend.");
}

TEST_CASE("a broken record is refused with what is wrong and where") {
    const json good = json::parse(encode_entry(sample_full_entry()));
    struct Case {
        const char* field;
        json value;
        const char* says;
    };
    const Case cases[] = {
        {"distress", "six", "\"distress\" is missing or is not a whole number"},
        {"distress", 11, "Distress is a number from 0 to 10: pick one to save."},
        {"distress", 1e12, "\"distress\" is missing or is not a whole number"},
        {"created", "yesterday", "\"created\" is not a date and time like 2026-11-25T18:04:05.000+01:00"},
        {"emotions", "sad", "\"emotions\" is not a list"},
        {"emotions", json::array({json::object({{"emotion", "emotion-sad"}})}),
         "emotion 1: \"intensity\" is missing or is not a whole number"},
        // Version 2 names emotions by id; a name where the id belongs is not read.
        {"emotions", json::array({json::object({{"name", "Sad"}, {"intensity", 2}})}),
         "emotion 1: \"emotion\" is missing or is not text"},
        {"emotions", json::array({1}), "emotion 1: not an object"},
        {"body", "floating", "\"body\" is \"floating\", which this version of Onward does not know"},
        {"body", 3, "\"body\" is missing or is not text"},
        {"note", 5, "\"note\" is missing or is not text"},
        {"happened", false, "\"happened\" is missing or is not text"},
        {"trigger", 7, "\"trigger\" is missing or is not text"},
        {"actions", json::object(), "\"actions\" is not a list"},
        {"actions", json::array({"action-walk"}), "action 1: not an object"},
        {"actions", json::parse(R"([{"action":"action-walk","function":"soothe"},{"action":"x","function":"fight"}])"),
         "action 2: \"function\" is \"fight\", which this version of Onward does not know"},
        {"actions", json::parse(R"([{"action":"action-drink","function":"avoid","avoid":"wine"}])"),
         "action 1: \"avoid\" is \"wine\", which this version of Onward does not know"},
        {"actions", json::parse(R"([{"function":"face"}])"), "action 1: \"action\" is missing or is not text"},
        {"distress_after", "4", "\"distress_after\" is missing or is not a whole number"},
        {"distress_after", 12, "Distress afterwards is a number from 0 to 10, or left empty."},
        {"relief", "total", "\"relief\" is \"total\", which this version of Onward does not know"},
        {"new_response", true, "\"new_response\" is missing or is not text"},
        {"new_response", "maybe", "\"new_response\" is \"maybe\", which this version of Onward does not know"},
        {"what_was_new", json::array(), "\"what_was_new\" is missing or is not text"},
        {"stayed_with_feeling", "YES", "\"stayed_with_feeling\" is \"YES\", which this version"},
        {"stayed_minutes", 2.5, "\"stayed_minutes\" is missing or is not a whole number"},
        {"feeling_says", nullptr, "\"feeling_says\" is missing or is not text"},
        {"what_i_need", 1, "\"what_i_need\" is missing or is not text"},
        {"recheck", "later", "recheck: not an object"},
        {"recheck", json::object(), "recheck: \"at\" is missing or is not text"},
        {"recheck", json::parse(R"({"at":"2025-11-25T22:04:05.123+01:00","lasted":"sort of"})"),
         "recheck: \"lasted\" is \"sort of\", which this version of Onward does not know"},
        {"recheck", json::parse(R"({"at":"2025-11-25T22:04:05.123+01:00","distress":"5"})"),
         "recheck: \"distress\" is missing or is not a whole number"},
        {"kind", "plan", "the record is a \"plan\", not an entry"},
        {"v", 0, "schema version 0 is not one Onward ever wrote"},
    };
    for (const Case& k : cases) {
        json r = good;
        r[k.field] = k.value;
        Decoded<Entry> rec;
        std::string error;
        CAPTURE(k.field);
        CAPTURE(k.value.dump());
        CHECK_FALSE(decode_entry(r, rec, error));
        CAPTURE(error);
        CHECK(error.find(k.says) != std::string::npos);
    }
    json no_id = good;
    no_id.erase("id");
    Decoded<Entry> rec;
    std::string error;
    CHECK_FALSE(decode_entry(no_id, rec, error));
    CHECK(error == "\"id\" is missing or is not text");
}

TEST_CASE("a version-1 check-in is read with its emotion names in place of ids") {
    Decoded<Entry> rec;
    std::string error;
    REQUIRE(decode_text(kV1CheckIn, rec, error));
    CHECK(rec.version == 1);
    CHECK(rec.value.id == "checkin-old-00000001");
    CHECK(rec.value.distress == 6);
    REQUIRE(rec.value.emotions.size() == 2);
    CHECK(rec.value.emotions[0].emotion == "Anxious");
    CHECK(rec.value.emotions[0].intensity == 4);
    CHECK(rec.value.emotions[1].emotion == "Hopeful-ish custom");
    CHECK(rec.value.body == BodyState::Activated);
    CHECK(rec.value.note == "Long day.");
    CHECK(rec.unknown.empty());

    // Version 1 named its emotions under "name", and only there.
    json wrong = json::parse(kV1CheckIn);
    wrong["emotions"] = json::parse(R"([{"emotion":"emotion-sad","intensity":2}])");
    CHECK_FALSE(decode_entry(wrong, rec, error));
    CHECK(error == "emotion 1: \"name\" is missing or is not text");
}

TEST_CASE("loading a version-1 check-in links its emotion names to the library") {
    const LoadedJournal l = load_journal({{"checkin-old-00000001", kV1CheckIn}});
    CHECK(l.unreadable.empty());
    REQUIRE(l.journal.entries.size() == 1);
    const Entry& e = l.journal.entries[0];
    REQUIRE(e.emotions.size() == 2);
    CHECK(e.emotions[0].emotion == "emotion-anxious"); // a starter emotion, found by name
    CHECK(e.emotions[0].intensity == 4);
    CHECK(e.emotions[1].emotion == "emotion-named-hopeful-ish custom");
    CHECK(e.emotions[1].intensity == 2);
    CHECK(l.new_library_items == std::vector<std::string>{"emotion-named-hopeful-ish custom"});
    const LibraryItem* made = find_item(l.journal.library, "emotion-named-hopeful-ish custom");
    REQUIRE(made != nullptr);
    CHECK(made->kind == LibraryKind::Emotion);
    CHECK(made->name == "Hopeful-ish custom");
    CHECK(made->updated.unix_ms == 1764090600000); // the check-in's "updated"
    CHECK(item_name(l.journal.library, e.emotions[1].emotion) == "Hopeful-ish custom");
    // It is an entry like any other now, and is written back as version 2.
    CHECK(problems_with(e).empty());
    const json again = json::parse(encode_entry(e));
    CHECK(again["kind"] == "entry");
    CHECK(again["v"] == 2);
    CHECK(again["emotions"][1]["emotion"] == "emotion-named-hopeful-ish custom");
}

TEST_CASE("version-1 names are matched ignoring case and spaces, and a new name is made once") {
    json second = json::parse(kV1CheckIn);
    second["id"] = "checkin-old-00000002";
    second["emotions"] = json::parse(R"([{"name":" hopeful-ISH Custom ","intensity":3},{"name":"TIRED","intensity":1}])");
    const LoadedJournal l = load_journal({{"checkin-old-00000001", kV1CheckIn}, {"checkin-old-00000002", second.dump()}});
    CHECK(l.unreadable.empty());
    REQUIRE(l.journal.entries.size() == 2);
    const Entry* two = find_entry(l.journal, "checkin-old-00000002");
    REQUIRE(two != nullptr);
    REQUIRE(two->emotions.size() == 2);
    CHECK(two->emotions[0].emotion == "emotion-named-hopeful-ish custom");
    CHECK(two->emotions[1].emotion == "emotion-tired");
    CHECK(l.new_library_items == std::vector<std::string>{"emotion-named-hopeful-ish custom"});
    CHECK(l.journal.library.size() == starter_library().size() + 1);
}

TEST_CASE("version-1 names link to the person's own library items, whatever order they load in") {
    LibraryItem mine;
    mine.id = "emotion-mine-00000001";
    mine.kind = LibraryKind::Emotion;
    mine.name = "Hopeful-ish Custom";
    mine.updated = {1764000000000, 0};
    // The check-in comes first; the library record after it is still used.
    const LoadedJournal l =
        load_journal({{"checkin-old-00000001", kV1CheckIn}, {mine.id, encode_library_item(mine)}});
    CHECK(l.unreadable.empty());
    REQUIRE(l.journal.entries.size() == 1);
    CHECK(l.journal.entries[0].emotions[1].emotion == "emotion-mine-00000001");
    CHECK(l.new_library_items.empty());
}

TEST_CASE("an item made from a version-1 name and since renamed or merged is not made again") {
    // An earlier start made "emotion-named-hopeful-ish custom" and saved it; the person then
    // renamed it. The old check-in still says "Hopeful-ish custom".
    LibraryItem renamed;
    renamed.id = "emotion-named-hopeful-ish custom";
    renamed.kind = LibraryKind::Emotion;
    renamed.name = "Quietly hopeful";
    renamed.updated = {1764200000000, 60};
    LoadedJournal l = load_journal({{"checkin-old-00000001", kV1CheckIn}, {renamed.id, encode_library_item(renamed)}});
    CHECK(l.unreadable.empty());
    CHECK(l.new_library_items.empty());
    CHECK(l.journal.entries[0].emotions[1].emotion == "emotion-named-hopeful-ish custom");
    CHECK(item_name(l.journal.library, "emotion-named-hopeful-ish custom") == "Quietly hopeful");

    // Or merged it into Hopeful: the merge holds, and the entry reads as Hopeful.
    LibraryItem merged = renamed;
    merged.name = "Hopeful-ish custom";
    merged.merged_into = "emotion-hopeful";
    l = load_journal({{"checkin-old-00000001", kV1CheckIn}, {merged.id, encode_library_item(merged)}});
    CHECK(l.unreadable.empty());
    CHECK(l.new_library_items.empty());
    CHECK(find_item(l.journal.library, merged.id)->merged_into == "emotion-hopeful");
    CHECK(item_name(l.journal.library, l.journal.entries[0].emotions[1].emotion) == "Hopeful");
}

TEST_CASE("loading keeps unreadable records aside instead of failing the journal") {
    Entry a = sample_checkin();
    json newer = json::parse(encode_entry(a));
    newer["v"] = 7;
    newer["id"] = "entry-newer";
    newer["mood_colour"] = "blue";
    // A valid entry carrying an unknown field nested far too deep: copying it would
    // overflow the stack, so it must be refused before it is parsed.
    std::string deep_field = encode_entry(a);
    deep_field.pop_back();
    deep_field += ",\"x\":" + std::string(20000, '[') + std::string(20000, ']') + "}";
    const std::vector<StoredRecord> stored = {
        {a.id, encode_entry(a)},
        {"entry-newer", newer.dump()},
        {"broken", "{\"kind\":\"entry\", trunc"},
        {"deep", std::string(100000, '[') + std::string(100000, ']')},
        {"wrong-key", encode_entry(a)},
        {a.id, deep_field},
    };
    const LoadedJournal l = load_journal(stored);
    CHECK(l.journal.entries.size() == 2);
    CHECK(l.unknown_fields.at("entry-newer")["mood_colour"] == "blue");
    CHECK(l.keep_as_is.at("entry-newer") == KeepAsIs::Newer);
    REQUIRE(l.unreadable.size() == 4);
    CHECK(l.unreadable[0] == "broken: not valid JSON");
    CHECK(l.unreadable[1] == "deep: nested more than 32 levels deep");
    CHECK(l.unreadable[2] == "wrong-key: stored under a key that is not its id");
    CHECK(l.unreadable[3] == "checkin-abc-00000001: nested more than 32 levels deep");
}

TEST_CASE("nesting depth ignores brackets inside strings") {
    CHECK(nesting_depth("{\"a\":[1,{\"b\":2}]}") == 3);
    CHECK(nesting_depth("{\"note\":\"[[[[ {{{ \\\" ]]\"}") == 1);
    CHECK(nesting_depth("plain") == 0);
}

TEST_CASE("a version-1 starter name is that starter item, even after the person renamed or merged it") {
    // "Anxious" was renamed "Nervös" before this version first read the old check-in.
    LibraryItem renamed;
    renamed.id = "emotion-anxious";
    renamed.kind = LibraryKind::Emotion;
    renamed.name = "Nerv\xC3\xB6s";
    renamed.updated = {1764200000000, 60};
    LoadedJournal l = load_journal({{renamed.id, encode_library_item(renamed)}, {"checkin-old-00000001", kV1CheckIn}});
    CHECK(l.unreadable.empty());
    CHECK(l.journal.entries[0].emotions[0].emotion == "emotion-anxious");
    CHECK(item_name(l.journal.library, "emotion-anxious") == "Nerv\xC3\xB6s");
    CHECK(l.new_library_items == std::vector<std::string>{"emotion-named-hopeful-ish custom"}); // no second "Anxious"

    // Merged into Restless: the entry reads as Restless.
    LibraryItem merged = renamed;
    merged.name = "Anxious";
    merged.merged_into = "emotion-restless";
    l = load_journal({{merged.id, encode_library_item(merged)}, {"checkin-old-00000001", kV1CheckIn}});
    CHECK(l.journal.entries[0].emotions[0].emotion == "emotion-anxious");
    CHECK(item_name(l.journal.library, l.journal.entries[0].emotions[0].emotion) == "Restless");
}
