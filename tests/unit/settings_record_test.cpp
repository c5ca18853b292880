#include <doctest/doctest.h>

#include "store/journal_records.h"

using namespace onward;
using nlohmann::json;

TEST_CASE("settings round-trip, and a newer version's fields are kept") {
    Settings s;
    s.breathing_pattern = "4-7-8";
    s.breathing_minutes = 5;
    s.still_breathing = true;
    json r = json::parse(encode_settings(s, json{{"theme", "dark"}}));
    CHECK(r["id"] == kSettingsId);
    Decoded<Settings> rec;
    std::string error;
    REQUIRE(decode_settings(r, rec, error));
    CHECK(rec.value.breathing_pattern == "4-7-8");
    CHECK(rec.value.breathing_minutes == 5);
    CHECK(rec.value.still_breathing);
    CHECK(rec.unknown == json{{"theme", "dark"}});
}

TEST_CASE("a setting never touched keeps its default; a wrong one is refused in plain words") {
    Decoded<Settings> rec;
    std::string error;
    REQUIRE(decode_settings(json{{"kind", "settings"}, {"v", 1}, {"id", "settings"}}, rec, error));
    CHECK(rec.value.breathing_pattern == "box");
    CHECK(rec.value.breathing_minutes == 3);
    CHECK_FALSE(rec.value.still_breathing);

    CHECK_FALSE(decode_settings(json{{"kind", "settings"}, {"v", 1}, {"id", "settings"}, {"breathing_minutes", 0}},
                                rec, error));
    CHECK(error == "A breathing session lasts 1 to 60 minutes.");
    CHECK_FALSE(decode_settings(json{{"kind", "settings"}, {"v", 1}, {"id", "settings"}, {"still_breathing", "yes"}},
                                rec, error));
    CHECK(error == "\"still_breathing\" is missing or is not true or false");
}

TEST_CASE("loading finds the settings record among the others") {
    Settings s;
    s.still_breathing = true;
    const LoadedJournal l = load_journal({{kSettingsId, encode_settings(s)}});
    CHECK(l.settings_found);
    CHECK(l.journal.settings.still_breathing);
    CHECK(l.unreadable.empty());
}

TEST_CASE("the relief re-check delay is stored, defaults to two hours, and must be 15 minutes to 12 hours") {
    Settings s;
    CHECK(s.recheck_delay_minutes == 120);
    s.recheck_delay_minutes = 45;
    const json r = json::parse(encode_settings(s));
    CHECK(r["recheck_delay_minutes"] == 45);
    Decoded<Settings> rec;
    std::string error;
    REQUIRE(decode_settings(r, rec, error));
    CHECK(rec.value.recheck_delay_minutes == 45);

    REQUIRE(decode_settings(json{{"kind", "settings"}, {"v", 1}, {"id", "settings"}}, rec, error));
    CHECK(rec.value.recheck_delay_minutes == 120);

    for (int ok : {15, 720}) {
        CAPTURE(ok);
        CHECK(decode_settings(json{{"kind", "settings"}, {"v", 1}, {"id", "settings"}, {"recheck_delay_minutes", ok}},
                              rec, error));
        CHECK(rec.value.recheck_delay_minutes == ok);
    }
    for (int bad : {5, 14, 721}) {
        CAPTURE(bad);
        CHECK_FALSE(decode_settings(
            json{{"kind", "settings"}, {"v", 1}, {"id", "settings"}, {"recheck_delay_minutes", bad}}, rec, error));
        CHECK(error == "The relief re-check comes 15 minutes to 12 hours after an entry.");
    }
    CHECK_FALSE(decode_settings(
        json{{"kind", "settings"}, {"v", 1}, {"id", "settings"}, {"recheck_delay_minutes", "2h"}}, rec, error));
    CHECK(error == "\"recheck_delay_minutes\" is missing or is not a whole number");
}
