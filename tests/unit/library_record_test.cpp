#include <doctest/doctest.h>

#include "store/journal_records.h"

using namespace onward;
using nlohmann::json;

namespace {

// An action the person made: usually avoiding, by screens; archived, and merged away.
LibraryItem sample_action() {
    LibraryItem i;
    i.id = "action-mine-00000001";
    i.kind = LibraryKind::Action;
    i.name = "Doom-scrolled \xF0\x9F\x93\xB1 (\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0)"; // 📱 (лента)
    i.function = CopingFunction::Avoid;
    i.avoid = AvoidKind::Screens;
    i.archived = true;
    i.merged_into = "action-scrolled";
    i.updated = {1764090245123, 60}; // 2025-11-25T18:04:05.123+01:00
    return i;
}

bool decode(const json& r, Decoded<LibraryItem>& rec, std::string& error) {
    return decode_library_item(r, rec, error);
}

} // namespace

TEST_CASE("a library item is stored with its kind, name and, for actions, the usual function") {
    CHECK(encode_library_item(sample_action()) ==
          R"({"archived":true,"avoid":"numbing_screens","function":"avoid","id":"action-mine-00000001",)"
          R"("kind":"library","merged_into":"action-scrolled",)"
          "\"name\":\"Doom-scrolled \xF0\x9F\x93\xB1 (\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0)\","
          R"("of":"action","updated":"2025-11-25T18:04:05.123+01:00","v":1})");

    LibraryItem e;
    e.id = "emotion-mine";
    e.kind = LibraryKind::Emotion;
    e.name = "Wistful";
    e.updated = {1764090245123, 60};
    // No function for an emotion, and nothing for what is unsaid.
    CHECK(encode_library_item(e) == R"({"id":"emotion-mine","kind":"library","name":"Wistful","of":"emotion",)"
                                    R"("updated":"2025-11-25T18:04:05.123+01:00","v":1})");
}

TEST_CASE("a library item survives encode and decode field by field") {
    Decoded<LibraryItem> rec;
    std::string error;
    REQUIRE(decode(json::parse(encode_library_item(sample_action())), rec, error));
    const LibraryItem& i = rec.value;
    CHECK(rec.version == 1);
    CHECK(i.id == "action-mine-00000001");
    CHECK(i.kind == LibraryKind::Action);
    CHECK(i.name == "Doom-scrolled \xF0\x9F\x93\xB1 (\xD0\xBB\xD0\xB5\xD0\xBD\xD1\x82\xD0\xB0)");
    CHECK(i.function == CopingFunction::Avoid);
    CHECK(i.avoid == AvoidKind::Screens);
    CHECK(i.archived);
    CHECK(i.merged_into == "action-scrolled");
    CHECK(i.updated.unix_ms == 1764090245123);
    CHECK(i.updated.utc_offset_minutes == 60);
    CHECK(rec.unknown.empty());

    // A trigger with nothing optional: the defaults come back.
    REQUIRE(decode(json::parse(R"({"kind":"library","v":1,"id":"trigger-x","of":"trigger","name":"Mondays",)"
                               R"("updated":"2025-11-25T18:04:05.123+01:00"})"),
                   rec, error));
    CHECK(rec.value.kind == LibraryKind::Trigger);
    CHECK(rec.value.name == "Mondays");
    CHECK(rec.value.function == CopingFunction::Soothe);
    CHECK(rec.value.avoid == AvoidKind::Unsaid);
    CHECK_FALSE(rec.value.archived);
    CHECK(rec.value.merged_into.empty());
}

TEST_CASE("a library record keeps what a newer version added") {
    json r = json::parse(encode_library_item(sample_action(), json{{"colour", "teal"}}));
    CHECK(r["colour"] == "teal");
    r["v"] = 2;
    r["icon"] = "phone";
    Decoded<LibraryItem> rec;
    std::string error;
    REQUIRE(decode(r, rec, error));
    CHECK(rec.version == 2);
    CHECK(rec.unknown == json{{"colour", "teal"}, {"icon", "phone"}});
    const json again = json::parse(encode_library_item(rec.value, rec.unknown));
    CHECK(again["icon"] == "phone");
    CHECK(again["colour"] == "teal");
}

TEST_CASE("a broken library record is refused with what is wrong") {
    const json good = json::parse(encode_library_item(sample_action()));
    struct Case {
        const char* field;
        json value;
        const char* says;
    };
    const Case cases[] = {
        {"kind", "entry", "the record is a \"entry\", not a library item"},
        {"v", "1", "\"v\" is missing or is not a whole number"},
        {"id", 3, "\"id\" is missing or is not text"},
        {"id", "", "a library item needs an id and a name"},
        {"of", "feeling", "\"of\" is \"feeling\", not trigger, action or emotion"},
        {"of", nullptr, "\"of\" is missing or is not text"},
        {"name", "   ", "a library item needs an id and a name"},
        {"name", "bad \xC3", "a library item needs an id and a name"},
        {"name", json::array(), "\"name\" is missing or is not text"},
        {"updated", "today", "\"updated\" is not a date and time"},
        {"function", "fight", "\"function\" is \"fight\", which this version of Onward does not know"},
        {"avoid", "wine", "\"avoid\" is \"wine\", which this version of Onward does not know"},
        {"archived", "yes", "\"archived\" is missing or is not true or false"},
        {"merged_into", 12, "\"merged_into\" is missing or is not text"},
    };
    for (const Case& k : cases) {
        json r = good;
        r[k.field] = k.value;
        Decoded<LibraryItem> rec;
        std::string error;
        CAPTURE(k.field);
        CHECK_FALSE(decode(r, rec, error));
        CAPTURE(error);
        CHECK(error.find(k.says) != std::string::npos);
    }
    for (const char* field : {"id", "of", "name", "updated"}) {
        json r = good;
        r.erase(field);
        Decoded<LibraryItem> rec;
        std::string error;
        CAPTURE(field);
        CHECK_FALSE(decode(r, rec, error));
        CHECK(error == std::string("\"") + field + "\" is missing or is not text");
    }
}

TEST_CASE("loading puts the person's library items over the starter set") {
    LibraryItem renamed = *find_item(starter_library(), "emotion-anxious");
    renamed.name = "On edge";
    renamed.updated = {1764090245123, 60};
    LibraryItem trigger;
    trigger.id = "trigger-mine-00000001";
    trigger.kind = LibraryKind::Trigger;
    trigger.name = "Sunday evenings";
    trigger.updated = {1764090245123, 60};
    const LoadedJournal l = load_journal({
        {trigger.id, encode_library_item(trigger)},
        {renamed.id, encode_library_item(renamed)},
        {"wrong-key", encode_library_item(trigger)},
    });
    REQUIRE(l.unreadable.size() == 1);
    CHECK(l.unreadable[0] == "wrong-key: stored under a key that is not its id");
    const Library& lib = l.journal.library;
    CHECK(lib.size() == starter_library().size() + 1);
    CHECK(item_name(lib, "emotion-anxious") == "On edge");
    CHECK(lib.front().id == "emotion-anxious"); // in its starter place
    CHECK(lib.back().id == "trigger-mine-00000001");
    CHECK(lib.back().name == "Sunday evenings");
    CHECK(l.new_library_items.empty());
}
