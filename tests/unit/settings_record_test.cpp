#include <doctest/doctest.h>

#include "store/journal_records.h"

using namespace onward;
using nlohmann::json;

TEST_CASE("settings round-trip, and a newer version's fields are kept") {
    Settings s;
    s.breathing_pattern = "4-7-8";
    s.breathing_minutes = 5;
    s.still_breathing = true;
    json r = json::parse(encode_settings(s, json{{"wallpaper", "sea"}}));
    CHECK(r["id"] == kSettingsId);
    Decoded<Settings> rec;
    std::string error;
    REQUIRE(decode_settings(r, rec, error));
    CHECK(rec.value.breathing_pattern == "4-7-8");
    CHECK(rec.value.breathing_minutes == 5);
    CHECK(rec.value.still_breathing);
    CHECK(rec.unknown == json{{"wallpaper", "sea"}});
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

TEST_CASE("settings keep each questionnaire's check plan; a record from before plans reads with none") {
    Settings s;
    s.check_plans = {{"onward-weekly-check", -1, 1764115200000}, {"sleep-and-worry", 0, 0}};
    const json r = json::parse(encode_settings(s));
    CHECK(r["check_plans"] == json::array({{{"questionnaire", "onward-weekly-check"}, {"every_days", -1},
                                            {"snoozed_until_ms", 1764115200000}},
                                           {{"questionnaire", "sleep-and-worry"}, {"every_days", 0},
                                            {"snoozed_until_ms", 0}}}));
    Decoded<Settings> rec;
    std::string error;
    REQUIRE(decode_settings(r, rec, error));
    REQUIRE(rec.value.check_plans.size() == 2);
    CHECK(rec.value.check_plans[0].questionnaire == "onward-weekly-check");
    CHECK(rec.value.check_plans[0].every_days == -1);
    CHECK(rec.value.check_plans[0].snoozed_until_ms == 1764115200000);
    CHECK(rec.value.check_plans[1].questionnaire == "sleep-and-worry");
    CHECK(rec.value.check_plans[1].every_days == 0);
    CHECK(rec.unknown.empty());

    // No plans, no list; and a record written before there were plans has none.
    CHECK_FALSE(json::parse(encode_settings(Settings{})).contains("check_plans"));
    REQUIRE(decode_settings(json{{"kind", "settings"}, {"v", 1}, {"id", "settings"}, {"breathing_minutes", 4}}, rec,
                            error));
    CHECK(rec.value.check_plans.empty());
    CHECK(rec.value.breathing_minutes == 4);

    // A plan with only its questionnaire keeps the definition's rhythm and no "not now".
    REQUIRE(decode_settings(json::parse(R"({"kind":"settings","v":1,"id":"settings",
                                            "check_plans":[{"questionnaire":"sleep-and-worry"}]})"),
                            rec, error));
    REQUIRE(rec.value.check_plans.size() == 1);
    CHECK(rec.value.check_plans[0].every_days == -1);
    CHECK(rec.value.check_plans[0].snoozed_until_ms == 0);
}

TEST_CASE("settings: a broken check plan is refused in plain words") {
    const auto refused = [](const char* plans) {
        Decoded<Settings> rec;
        std::string error;
        const json r = json::parse(std::string(R"({"kind":"settings","v":1,"id":"settings","check_plans":)") + plans + "}");
        return decode_settings(r, rec, error) ? std::string() : error;
    };
    CHECK(refused(R"({"questionnaire":"a"})") == "\"check_plans\" is not a list");
    CHECK(refused(R"(["a"])") == "check plan 1: not an object");
    CHECK(refused(R"([{"every_days":7}])") == "check plan 1: \"questionnaire\" is missing or is not text");
    CHECK(refused(R"([{"questionnaire":"a","every_days":"weekly"}])") ==
          "check plan 1: \"every_days\" is missing or is not a whole number");
    for (const char* until : {"\"tomorrow\"", "1.5e12", "true", "1e300", "99999999999999999999"}) {
        CAPTURE(until);
        CHECK(refused((std::string(R"([{"questionnaire":"a","snoozed_until_ms":)") + until + "}]").c_str()) ==
              "check plan 1: \"snoozed_until_ms\" is not a whole number of milliseconds since 1970");
    }
    // The core's own rules still apply once the types are right.
    CHECK(refused(R"([{"questionnaire":"a"},{"questionnaire":"a"}])") == "There are two check plans for \"a\".");
    CHECK(refused(R"([{"questionnaire":"a","every_days":400}])").find("every 1 to 366 days") != std::string::npos);
}

TEST_CASE("settings keep the phase the person chose; none chosen writes none; an unknown one is refused") {
    Settings s;
    json r = json::parse(encode_settings(s));
    CHECK_FALSE(r.contains("phase"));
    s.phase_override = "stabilising";
    r = json::parse(encode_settings(s));
    CHECK(r["phase"] == "stabilising");
    Decoded<Settings> rec;
    std::string error;
    REQUIRE(decode_settings(r, rec, error));
    CHECK(rec.value.phase_override == "stabilising");
    r["phase"] = "calm";
    CHECK_FALSE(decode_settings(r, rec, error));
    CHECK(error == "\"calm\" is not a phase Onward knows: crisis, stabilising or ready.");
}

TEST_CASE("settings keep the last backup, the idle lock and whether Safari was told; defaults write nothing") {
    Settings s;
    json r = json::parse(encode_settings(s));
    CHECK_FALSE(r.contains("last_backup_ms"));
    CHECK_FALSE(r.contains("lock_after_minutes"));
    CHECK_FALSE(r.contains("safari_told"));
    s.last_backup_ms = 1795000000000;
    s.lock_after_minutes = 5;
    s.safari_told = true;
    r = json::parse(encode_settings(s));
    CHECK(r["last_backup_ms"] == 1795000000000);
    CHECK(r["lock_after_minutes"] == 5);
    CHECK(r["safari_told"] == true);
    Decoded<Settings> rec;
    std::string error;
    REQUIRE(decode_settings(r, rec, error));
    CHECK(rec.value.last_backup_ms == 1795000000000);
    CHECK(rec.value.lock_after_minutes == 5);
    CHECK(rec.value.safari_told);
    r["lock_after_minutes"] = 24 * 60 + 1;
    CHECK_FALSE(decode_settings(r, rec, error));
    CHECK(error == "Onward can lock after 1 minute to 24 hours, or never (0).");
}

TEST_CASE("settings keep the theme and text size; untouched ones write nothing and follow the device") {
    Settings s;
    CHECK(s.theme.empty());
    CHECK(s.text_percent == 100);
    json r = json::parse(encode_settings(s));
    CHECK_FALSE(r.contains("theme"));
    CHECK_FALSE(r.contains("text_percent"));
    s.theme = "contrast";
    s.text_percent = 150;
    r = json::parse(encode_settings(s));
    CHECK(r["theme"] == "contrast");
    CHECK(r["text_percent"] == 150);
    Decoded<Settings> rec;
    std::string error;
    REQUIRE(decode_settings(r, rec, error));
    CHECK(rec.value.theme == "contrast");
    CHECK(rec.value.text_percent == 150);
    CHECK(rec.unknown.empty());

    // A record from before appearance settings reads with the device's theme at 100%.
    REQUIRE(decode_settings(json{{"kind", "settings"}, {"v", 1}, {"id", "settings"}, {"breathing_minutes", 4}}, rec,
                            error));
    CHECK(rec.value.theme.empty());
    CHECK(rec.value.text_percent == 100);

    for (int ok : {80, 200}) {
        CAPTURE(ok);
        r["text_percent"] = ok;
        CHECK(decode_settings(r, rec, error));
    }
    for (int bad : {0, 79, 201}) {
        CAPTURE(bad);
        r["text_percent"] = bad;
        CHECK_FALSE(decode_settings(r, rec, error));
        CHECK(error == "Text size is 80% to 200%.");
    }
    r["text_percent"] = 100;
    r["theme"] = "sepia";
    CHECK_FALSE(decode_settings(r, rec, error));
    CHECK(error == "\"sepia\" is not a theme Onward knows: light, dark or contrast.");
    r["theme"] = 2;
    CHECK_FALSE(decode_settings(r, rec, error));
    CHECK(error == "\"theme\" is missing or is not text");
}

TEST_CASE("text size steps up and down through the offered sizes, and stops at either end") {
    CHECK(larger_text_percent(100) == 115);
    CHECK(larger_text_percent(175) == 200);
    CHECK(larger_text_percent(200) == 200);
    CHECK(smaller_text_percent(100) == 90);
    CHECK(smaller_text_percent(90) == 80);
    CHECK(smaller_text_percent(80) == 80);
    // A size between steps (from a newer version) moves to the nearest step that way.
    CHECK(larger_text_percent(120) == 130);
    CHECK(smaller_text_percent(120) == 115);
    // Every offered size is one a setting may hold.
    for (int p : kTextPercents) {
        Settings s;
        s.text_percent = p;
        CAPTURE(p);
        CHECK(problems_with(s).empty());
    }
}
