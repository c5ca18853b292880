#include <doctest/doctest.h>

#include "store/practice_record.h"
#include "sample_records.h"

using namespace onward;
using nlohmann::json;

namespace {

// Encodes, parses the text back (as loading would) and decodes; REQUIREs success.
Decoded<PracticeSession> round_trip(const PracticeSession& s, const json& unknown = json::object()) {
    const json doc = json::parse(encode_practice(s, unknown), nullptr, false);
    REQUIRE_FALSE(doc.is_discarded());
    Decoded<PracticeSession> rec;
    std::string error;
    const bool ok = decode_practice(doc, rec, error);
    CAPTURE(error);
    REQUIRE(ok);
    return rec;
}

void check_same(const PracticeSession& a, const PracticeSession& b) {
    CHECK(a.id == b.id);
    CHECK(a.created.unix_ms == b.created.unix_ms);
    CHECK(a.created.utc_offset_minutes == b.created.utc_offset_minutes);
    CHECK(a.updated.unix_ms == b.updated.unix_ms);
    CHECK(a.updated.utc_offset_minutes == b.updated.utc_offset_minutes);
    CHECK(a.practice == b.practice);
    CHECK(a.pattern == b.pattern);
    CHECK(a.duration_ms == b.duration_ms);
    CHECK(a.distress_before == b.distress_before);
    CHECK(a.distress_after == b.distress_after);
    REQUIRE(a.during.size() == b.during.size());
    for (size_t i = 0; i < a.during.size(); ++i) {
        CAPTURE(i);
        CHECK(a.during[i].at_ms == b.during[i].at_ms);
        CHECK(a.during[i].distress == b.during[i].distress);
    }
    CHECK(a.words == b.words);
}

} // namespace

TEST_CASE("a breathing practice is stored with its action and what that action did") {
    const PracticeSession s = sample_practice();
    const json r = json::parse(encode_practice(s));
    CHECK(r["kind"] == "practice");
    CHECK(r["v"] == 1);
    CHECK(r["id"] == "practice-abc-00000001");
    CHECK(r["created"] == "2025-11-25T18:04:05.123+01:00");
    CHECK(r["updated"] == "2025-11-25T18:05:09.123+01:00"); // 64 s later
    CHECK(r["practice"] == "breathing");
    CHECK(r["pattern"] == "box");
    // The action is named as the person saw it, and breathing soothes.
    CHECK(r["action"]["name"] == "Box breathing");
    CHECK(r["action"]["function"] == "soothe");
    CHECK(r["duration_ms"].is_number_integer());
    CHECK(r["duration_ms"] == 64000);
    CHECK(r["distress_before"] == 7);
    CHECK(r["distress_after"] == 4);
    // Nothing along the way and no words: those fields are left out, not written empty.
    CHECK_FALSE(r.contains("during"));
    CHECK_FALSE(r.contains("words"));

    const Decoded<PracticeSession> rec = round_trip(s);
    check_same(rec.value, s);
    CHECK(rec.version == 1);
    CHECK(rec.unknown.empty());
}

TEST_CASE("each breathing pattern is named in the action") {
    PracticeSession s = sample_practice();
    const std::pair<const char*, const char*> names[] = {
        {"box", "Box breathing"}, {"4-7-8", "4-7-8 breathing"}, {"sigh", "Physiological sigh"}, {"slow", "Slow breathing"}};
    for (const auto& key_name : names) {
        const char* key = key_name.first;
        const char* name = key_name.second;
        CAPTURE(key);
        s.pattern = key;
        const json r = json::parse(encode_practice(s));
        CHECK(r["pattern"] == key);
        CHECK(r["action"]["name"] == name);
        CHECK(r["action"]["function"] == "soothe");
        CHECK(round_trip(s).value.pattern == key);
    }
}

TEST_CASE("staying with it faces the feeling, and its check-ins along the way survive") {
    const PracticeSession s = sample_stay_with_it();
    const json r = json::parse(encode_practice(s));
    CHECK(r["practice"] == "stay_with_it");
    CHECK(r["action"]["name"] == "Stay with it");
    CHECK(r["action"]["function"] == "face");
    CHECK_FALSE(r.contains("pattern")); // no pattern, no field
    REQUIRE(r["during"].size() == 3);
    CHECK(r["during"][2]["at_ms"] == 125500);
    CHECK(r["during"][2]["distress"] == 5);

    const Decoded<PracticeSession> rec = round_trip(s);
    check_same(rec.value, s);
    CHECK(rec.unknown.empty());
}

TEST_CASE("grounding keeps the words the person wrote, in any script") {
    PracticeSession s = sample_practice();
    s.id = "practice-grounding-1";
    s.practice = Practice::Grounding;
    s.pattern = "";
    s.distress_before = -1; // not given: the fields are left out
    s.distress_after = -1;
    s.duration_ms = 95000;
    s.words = {
        "the blue mug",
        "rain on the window \xF0\x9F\x8C\xA7\xEF\xB8\x8F",       // emoji + variation selector
        "\xD9\x84\xD9\x88\xD9\x86 \xD8\xA7\xD9\x84\xD8\xB3\xD9\x85\xD8\xA7\xD8\xA1", // Arabic, right to left
        "cafe\xCC\x81",                                             // e + combining acute
        "",                                                         // an empty line is still kept
        "\"quoted\", back\\slash,\ttab\nnew line",
    };
    const json r = json::parse(encode_practice(s));
    CHECK(r["action"]["name"] == "Grounding 5-4-3-2-1");
    CHECK(r["action"]["function"] == "soothe");
    CHECK_FALSE(r.contains("distress_before"));
    CHECK_FALSE(r.contains("distress_after"));
    CHECK(r["words"].size() == 6);

    const Decoded<PracticeSession> rec = round_trip(s);
    check_same(rec.value, s);
    CHECK(rec.unknown.empty()); // "words" is known: read into the practice, not kept aside
    CHECK(rec.value.distress_before == -1);
    CHECK(rec.value.words[3] == "cafe\xCC\x81"); // not normalised to the precomposed é
}

TEST_CASE("the body scan is stored as a soothing action, and times keep their own offsets") {
    PracticeSession s = sample_practice();
    s.practice = Practice::BodyScan;
    s.pattern = "";
    s.created = {1764131400000, -300}; // 2025-11-25T23:30:00.000-05:00
    s.updated = {1764131555000, -300}; // 155 s later
    s.duration_ms = 155000;
    const json r = json::parse(encode_practice(s));
    CHECK(r["practice"] == "body_scan");
    CHECK(r["action"]["name"] == "Body scan");
    CHECK(r["action"]["function"] == "soothe");
    CHECK(r["created"] == "2025-11-25T23:30:00.000-05:00");
    check_same(round_trip(s).value, s);
}

TEST_CASE("the length is stored in whole milliseconds") {
    PracticeSession s = sample_practice();
    s.duration_ms = 64000.4;
    CHECK(json::parse(encode_practice(s))["duration_ms"] == 64000);
    s.duration_ms = 64000.5; // halves round away from zero
    CHECK(json::parse(encode_practice(s))["duration_ms"] == 64001);
    CHECK(round_trip(s).value.duration_ms == 64001.0);
    // A length written as a fraction (by another tool) is read as it is.
    json r = json::parse(encode_practice(sample_practice()));
    r["duration_ms"] = 1234.5;
    Decoded<PracticeSession> rec;
    std::string error;
    REQUIRE(decode_practice(r, rec, error));
    CHECK(rec.value.duration_ms == 1234.5);
}

TEST_CASE("fields a newer version added are kept when the practice is written again") {
    json r = json::parse(encode_practice(sample_practice()));
    r["v"] = 2;
    r["felt_after"] = "lighter";
    r["extra"] = {{"a", json::array({1, 2})}, {"b", nullptr}};
    // A stale action (say, from a renamed pattern) is not kept: it is written fresh.
    r["action"] = {{"name", "Old name"}, {"function", "avoid"}};
    Decoded<PracticeSession> rec;
    std::string error;
    REQUIRE(decode_practice(r, rec, error));
    CHECK(rec.version == 2);
    CHECK(rec.unknown.size() == 2);
    CHECK(rec.unknown["felt_after"] == "lighter");
    CHECK_FALSE(rec.unknown.contains("action"));
    CHECK_FALSE(rec.unknown.contains("id"));

    rec.value.distress_after = 3;
    const json again = json::parse(encode_practice(rec.value, rec.unknown));
    CHECK(again["felt_after"] == "lighter");
    CHECK(again["extra"] == r["extra"]);
    CHECK(again["distress_after"] == 3);
    CHECK(again["action"]["name"] == "Box breathing");
    CHECK(again["action"]["function"] == "soothe");
    // The known fields come from the practice, not from the kept ones.
    CHECK(again["id"] == "practice-abc-00000001");
    CHECK(again["kind"] == "practice");
}

TEST_CASE("a broken practice record is refused with what is wrong and where") {
    const json good = json::parse(encode_practice(sample_stay_with_it()));
    const json good_breathing = json::parse(encode_practice(sample_practice()));
    struct Case {
        const char* field;
        json value;
        const char* says;
        bool breathing = false; // start from the breathing record
    };
    const Case cases[] = {
        {"practice", "yoga", "\"practice\" is \"yoga\", not one Onward knows"},
        {"practice", 3, "\"practice\" is missing or is not text"},
        {"pattern", "triangle", "\"triangle\" is not a breathing pattern Onward knows.", true},
        {"pattern", 4, "\"pattern\" is missing or is not text", true},
        {"duration_ms", "3 min", "\"duration_ms\" is missing or is not a number"},
        {"duration_ms", nullptr, "\"duration_ms\" is missing or is not a number"},
        {"duration_ms", -1, "The practice's length is not a possible time."},
        {"distress_before", 7.5, "\"distress_before\" is missing or is not a whole number"},
        {"distress_before", "high", "\"distress_before\" is missing or is not a whole number"},
        {"distress_after", 11, "Distress is a number from 0 to 10."},
        {"distress_after", -2, "Distress is a number from 0 to 10."},
        {"during", "often", "\"during\" is not a list"},
        {"during", json::array({5}), "check-in 1: not an object"},
        {"during", json::array({{{"at_ms", 0}, {"distress", 5}}, {{"at_ms", 1000}}}),
         "check-in 2: \"distress\" is missing or is not a whole number"},
        {"during", json::array({{{"at_ms", "soon"}, {"distress", 5}}}),
         "check-in 1: \"at_ms\" is missing or is not a number"},
        {"during", json::array({{{"at_ms", 0}, {"distress", -1}}}), "Distress is a number from 0 to 10."},
        {"words", "blue mug", "\"words\" is not a list"},
        {"words", json::array({"mug", 3}), "note 2: not text"},
        {"created", "today", "\"created\" is not a date and time like 2026-11-25T18:04:05.000+01:00"},
        {"updated", 5, "\"updated\" is missing or is not text"},
        {"id", "", "The practice has no id."},
        {"id", 12, "\"id\" is missing or is not text"},
        {"kind", "checkin", "the record is a \"checkin\", not a practice"},
        {"v", 0, "schema version 0 is not one Onward ever wrote"},
        {"v", "1", "\"v\" is missing or is not a whole number"},
    };
    for (const Case& k : cases) {
        json r = k.breathing ? good_breathing : good;
        r[k.field] = k.value;
        Decoded<PracticeSession> rec;
        std::string error;
        CAPTURE(k.field);
        CAPTURE(k.value.dump());
        CHECK_FALSE(decode_practice(r, rec, error));
        CHECK(error == k.says);
    }

    // Required fields that are missing altogether.
    for (const char* field : {"id", "created", "updated", "practice", "duration_ms"}) {
        CAPTURE(field);
        json r = good;
        r.erase(field);
        Decoded<PracticeSession> rec;
        std::string error;
        CHECK_FALSE(decode_practice(r, rec, error));
        CHECK(error.rfind(std::string("\"") + field + "\" is missing", 0) == 0);
    }
    // Breathing without a pattern is not a breathing practice Onward can show.
    json r = good_breathing;
    r.erase("pattern");
    Decoded<PracticeSession> rec;
    std::string error;
    CHECK_FALSE(decode_practice(r, rec, error));
    CHECK(error == "\"\" is not a breathing pattern Onward knows.");
    // Not an object at all.
    CHECK_FALSE(decode_practice(json::array({1}), rec, error));
    CHECK(error == "the record is not a JSON object");
}

TEST_CASE("optional practice fields may be absent") {
    json r = json::parse(encode_practice(sample_stay_with_it()));
    for (const char* field : {"distress_before", "distress_after", "during", "words", "action"}) r.erase(field);
    Decoded<PracticeSession> rec;
    std::string error;
    REQUIRE(decode_practice(r, rec, error));
    CHECK(rec.value.distress_before == -1);
    CHECK(rec.value.distress_after == -1);
    CHECK(rec.value.during.empty());
    CHECK(rec.value.words.empty());
    CHECK(rec.value.practice == Practice::StayWithIt);
}
