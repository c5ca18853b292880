#include <doctest/doctest.h>

#include "store/journal_records.h"
#include "test_data.h"

using namespace onward;
using nlohmann::json;

static bool decode_text(const std::string& text, Decoded<CheckIn>& rec, std::string& error) {
    return decode_checkin(json::parse(text, nullptr, false), rec, error);
}

TEST_CASE("a check-in survives encode and decode exactly, with its schema version") {
    CheckIn c = sample_checkin();
    c.note = "Всё ещё тяжело, but café helped 🌱\nline two";
    const std::string text = encode_checkin(c);
    CHECK(json::parse(text)["v"] == 1);
    CHECK(json::parse(text)["kind"] == "checkin");
    Decoded<CheckIn> rec;
    std::string error;
    REQUIRE(decode_text(text, rec, error));
    CHECK(rec.value.id == c.id);
    CHECK(rec.value.created.unix_ms == c.created.unix_ms);
    CHECK(rec.value.created.utc_offset_minutes == 60);
    CHECK(rec.value.distress == 6);
    REQUIRE(rec.value.emotions.size() == 2);
    CHECK(rec.value.emotions[0].name == "Anxious");
    CHECK(rec.value.emotions[0].intensity == 4);
    CHECK(rec.value.body == BodyState::Activated);
    CHECK(rec.value.note == c.note);
    CHECK(rec.unknown.empty());
}

TEST_CASE("fields a newer version added are kept when the record is written again") {
    json r = json::parse(encode_checkin(sample_checkin()));
    r["v"] = 2;
    r["weather"] = {{"sky", "grey"}};
    Decoded<CheckIn> rec;
    std::string error;
    REQUIRE(decode_text(r.dump(), rec, error));
    CHECK(rec.version == 2);
    rec.value.distress = 3;
    const json again = json::parse(encode_checkin(rec.value, rec.unknown));
    CHECK(again["weather"]["sky"] == "grey");
    CHECK(again["distress"] == 3);
}

TEST_CASE("a broken record is refused with what is wrong and where") {
    const json good = json::parse(encode_checkin(sample_checkin()));
    struct Case {
        const char* field;
        json value;
        const char* says;
    };
    const Case cases[] = {
        {"distress", "six", "\"distress\" is missing or is not a whole number"},
        {"distress", 11, "from 0 to 10"},
        {"distress", 1e12, "not a whole number"},
        {"created", "yesterday", "\"created\" is not a date"},
        {"emotions", "sad", "\"emotions\" is not a list"},
        {"emotions", json::array({json::object({{"name", "Sad"}})}), "emotion 1: \"intensity\""},
        {"emotions", json::array({1}), "emotion 1: not an object"},
        {"body", "floating", "\"body\" is \"floating\""},
        {"note", 5, "\"note\" is missing or is not text"},
        {"kind", "plan", "not a check-in"},
        {"v", 0, "schema version 0"},
    };
    for (const Case& k : cases) {
        json r = good;
        r[k.field] = k.value;
        Decoded<CheckIn> rec;
        std::string error;
        CAPTURE(k.field);
        CHECK_FALSE(decode_checkin(r, rec, error));
        CHECK(error.find(k.says) != std::string::npos);
    }
    json no_id = good;
    no_id.erase("id");
    Decoded<CheckIn> rec;
    std::string error;
    CHECK_FALSE(decode_checkin(no_id, rec, error));
    CHECK(error == "\"id\" is missing or is not text");
}

TEST_CASE("loading keeps unreadable records aside instead of failing the journal") {
    CheckIn a = sample_checkin();
    json newer = json::parse(encode_checkin(a));
    newer["v"] = 7;
    newer["id"] = "checkin-newer";
    newer["mood_colour"] = "blue";
    // A valid check-in carrying an unknown field nested far too deep: copying it would
    // overflow the stack, so it must be refused before it is parsed.
    std::string deep_field = encode_checkin(a);
    deep_field.pop_back();
    deep_field += ",\"x\":" + std::string(20000, '[') + std::string(20000, ']') + "}";
    const std::vector<StoredRecord> stored = {
        {a.id, encode_checkin(a)},
        {"checkin-newer", newer.dump()},
        {"broken", "{\"kind\":\"checkin\", trunc"},
        {"deep", std::string(100000, '[') + std::string(100000, ']')},
        {"wrong-key", encode_checkin(a)},
        {a.id, deep_field},
    };
    const LoadedJournal l = load_journal(stored);
    CHECK(l.journal.checkins.size() == 2);
    CHECK(l.unknown_fields.at("checkin-newer")["mood_colour"] == "blue");
    REQUIRE(l.unreadable.size() == 4);
    CHECK(l.unreadable[0] == "broken: not valid JSON");
    CHECK(l.unreadable[1] == "deep: nested more than 32 levels deep");
    CHECK(l.unreadable[2] == "wrong-key: stored under a key that is not its id");
    CHECK(l.unreadable[3] == a.id + ": nested more than 32 levels deep");
}

TEST_CASE("nesting depth ignores brackets inside strings") {
    CHECK(nesting_depth("{\"a\":[1,{\"b\":2}]}") == 3);
    CHECK(nesting_depth("{\"note\":\"[[[[ {{{ \\\" ]]\"}") == 1);
    CHECK(nesting_depth("plain") == 0);
}
