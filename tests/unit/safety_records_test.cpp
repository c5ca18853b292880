#include <doctest/doctest.h>

#include "store/safety_records.h"
#include "sample_records.h"

using namespace onward;
using nlohmann::json;

namespace {

template <class T, class Decode> Decoded<T> decode_ok(const std::string& text, Decode decode) {
    const json doc = json::parse(text, nullptr, false);
    REQUIRE_FALSE(doc.is_discarded());
    Decoded<T> rec;
    std::string error;
    const bool ok = decode(doc, rec, error);
    CAPTURE(error);
    REQUIRE(ok);
    return rec;
}

Decoded<SafetyPlan> plan_round_trip(const SafetyPlan& p, const json& unknown = json::object()) {
    return decode_ok<SafetyPlan>(encode_safety_plan(p, unknown), decode_safety_plan);
}

Decoded<std::vector<CrisisLine>> lines_round_trip(const std::vector<CrisisLine>& l,
                                                  const json& unknown = json::object()) {
    return decode_ok<std::vector<CrisisLine>>(encode_crisis_lines(l, unknown), decode_crisis_lines);
}

std::string plan_error(const json& r) {
    Decoded<SafetyPlan> rec;
    std::string error;
    CHECK_FALSE(decode_safety_plan(r, rec, error));
    return error;
}

std::string lines_error(const json& r) {
    Decoded<std::vector<CrisisLine>> rec;
    std::string error;
    CHECK_FALSE(decode_crisis_lines(r, rec, error));
    return error;
}

} // namespace

TEST_CASE("a safety plan is one record, under a fixed id, with every section by key") {
    const SafetyPlan p = sample_safety_plan();
    const json r = json::parse(encode_safety_plan(p));
    CHECK(r["kind"] == "safety_plan");
    CHECK(r["v"] == 1);
    CHECK(r["id"] == "safety-plan");
    CHECK(r["updated"] == "2025-11-25T12:04:05.123-05:00");
    REQUIRE(r["sections"].is_object());
    CHECK(r["sections"].size() == 7);
    CHECK(r["sections"]["warning_signs"] == p.words[0]);
    CHECK(r["sections"]["live_for"] == p.words[6]);
    REQUIRE(r["contacts"].size() == 4);
    CHECK(r["contacts"][0]["section"] == "ask_for_help");
    CHECK(r["contacts"][0]["name"] == "Sam");
    CHECK(r["contacts"][0]["number"] == "+44 (0)7700 900123"); // as written, not as dialled
    CHECK(r["contacts"][2]["section"] == "professionals");
}

TEST_CASE("a safety plan survives encode and decode exactly, odd Unicode and all") {
    const SafetyPlan p = sample_safety_plan();
    const Decoded<SafetyPlan> rec = plan_round_trip(p);
    CHECK(rec.version == 1);
    CHECK(rec.unknown.empty());
    const SafetyPlan& back = rec.value;
    for (size_t i = 0; i < p.words.size(); ++i) {
        CAPTURE(plan_sections()[i].key);
        // Byte for byte: combining marks are not composed, RTL marks and the NUL stay,
        // leading and trailing spaces are not trimmed.
        CHECK(back.words[i] == p.words[i]);
        CHECK(back.words[i].size() == p.words[i].size());
    }
    CHECK(back.words[size_t(PlanSection::LiveFor)].back() == 'b');
    CHECK(back.words[size_t(PlanSection::LiveFor)].find(std::string("a\0b", 3)) != std::string::npos);
    REQUIRE(back.contacts.size() == 4);
    for (size_t i = 0; i < p.contacts.size(); ++i) {
        CAPTURE(i);
        CHECK(back.contacts[i].section == p.contacts[i].section);
        CHECK(back.contacts[i].name == p.contacts[i].name);
        CHECK(back.contacts[i].number == p.contacts[i].number);
    }
    CHECK(back.updated.unix_ms == 1764090245123);
    CHECK(back.updated.utc_offset_minutes == -300);
}

TEST_CASE("an empty plan round-trips as empty") {
    const json r = json::parse(encode_safety_plan(SafetyPlan{}));
    CHECK(r["sections"].size() == 7);
    CHECK(r["sections"]["on_my_own"] == "");
    CHECK(r["contacts"] == json::array());
    const Decoded<SafetyPlan> rec = plan_round_trip(SafetyPlan{});
    CHECK(is_empty(rec.value));
}

TEST_CASE("sections and contacts a plan does not have may be left out") {
    const json r = {{"kind", "safety_plan"},
                    {"v", 1},
                    {"id", "safety-plan"},
                    {"updated", "2025-11-25T18:04:05.123+01:00"},
                    {"sections", {{"live_for", "Mira"}}}};
    const Decoded<SafetyPlan> rec = decode_ok<SafetyPlan>(r.dump(), decode_safety_plan);
    CHECK(rec.value.words[size_t(PlanSection::LiveFor)] == "Mira");
    CHECK(rec.value.words[size_t(PlanSection::WarningSigns)] == "");
    CHECK(rec.value.contacts.empty());
}

TEST_CASE("fields a newer version added to the plan are kept when it is written again") {
    json r = json::parse(encode_safety_plan(sample_safety_plan()));
    r["v"] = 3;
    r["reviewed_with"] = "Dr Reyes";
    r["reminder"] = {{"every_days", 30}};
    Decoded<SafetyPlan> rec;
    std::string error;
    REQUIRE(decode_safety_plan(r, rec, error));
    CHECK(rec.version == 3);
    CHECK(rec.unknown.size() == 2);
    for (const char* known : {"kind", "v", "id", "updated", "sections", "contacts"}) CHECK_FALSE(rec.unknown.contains(known));

    rec.value.words[size_t(PlanSection::OnMyOwn)] = "Call the dog over";
    const json again = json::parse(encode_safety_plan(rec.value, rec.unknown));
    CHECK(again["reviewed_with"] == "Dr Reyes");
    CHECK(again["reminder"]["every_days"] == 30);
    CHECK(again["sections"]["on_my_own"] == "Call the dog over");
    CHECK(again["id"] == "safety-plan");
}

TEST_CASE("a broken safety plan record is refused with what is wrong and where") {
    const json good = json::parse(encode_safety_plan(sample_safety_plan()));
    const json sam = {{"section", "ask_for_help"}, {"name", "Sam"}, {"number", "1"}};

    json r = good;
    r.erase("sections");
    CHECK(plan_error(r) == "\"sections\" is missing or is not an object");
    r["sections"] = json::array();
    CHECK(plan_error(r) == "\"sections\" is missing or is not an object");

    r = good;
    r["sections"]["warning_signs"] = 5;
    CHECK(plan_error(r) == "in \"sections\": \"warning_signs\" is missing or is not text");

    r = good;
    r["contacts"] = "Sam";
    CHECK(plan_error(r) == "\"contacts\" is not a list");
    r["contacts"] = json::array({5});
    CHECK(plan_error(r) == "contact 1: not an object");
    // A contact in a section that lists no people, or in a section Onward does not know.
    r["contacts"] = json::array({{{"section", "warning_signs"}, {"name", "Sam"}, {"number", "1"}}});
    CHECK(plan_error(r) == "contact 1: \"warning_signs\" is not a section that lists people");
    r["contacts"] = json::array({sam, {{"section", "garden"}, {"name", "Jo"}, {"number", "2"}}});
    CHECK(plan_error(r) == "contact 2: \"garden\" is not a section that lists people");
    r["contacts"] = json::array({{{"section", "ask_for_help"}, {"name", "Sam"}}});
    CHECK(plan_error(r) == "contact 1: \"number\" is missing or is not text");
    r["contacts"] = json::array({{{"name", "Sam"}, {"number", "1"}}});
    CHECK(plan_error(r) == "contact 1: \"section\" is missing or is not text");
    r["contacts"] = json::array({sam, sam, {{"section", "professionals"}, {"name", 7}, {"number", "1"}}});
    CHECK(plan_error(r) == "contact 3: \"name\" is missing or is not text");

    r = good;
    r["updated"] = "later";
    CHECK(plan_error(r) == "\"updated\" is not a date and time like 2026-11-25T18:04:05.000+01:00");
    r = good;
    r["kind"] = "crisis_lines";
    CHECK(plan_error(r) == "the record is a \"crisis_lines\", not a safety plan");
    r = good;
    r["v"] = -1;
    CHECK(plan_error(r) == "schema version -1 is not one Onward ever wrote");

    // The plan's own rules run on what was read.
    r = good;
    r["sections"]["live_for"] = std::string(20001, 'x');
    CHECK(plan_error(r) == "What I live for is longer than 20000 characters.");
    r = good;
    r["sections"]["on_my_own"] = std::string("caf\xC3"); // a JSON value holding broken UTF-8
    CHECK(plan_error(r) == "Things I can do on my own holds text that is not valid UTF-8.");
}

TEST_CASE("the person's crisis lines survive encode and decode exactly") {
    const std::vector<CrisisLine> lines = sample_crisis_lines();
    const json r = json::parse(encode_crisis_lines(lines));
    CHECK(r["kind"] == "crisis_lines");
    CHECK(r["v"] == 1);
    CHECK(r["id"] == "crisis-lines");
    REQUIRE(r["lines"].size() == 4);
    CHECK(r["lines"][2]["text_too"] == true);
    CHECK(r["lines"][0]["text_too"] == false); // written even when false

    const Decoded<std::vector<CrisisLine>> rec = lines_round_trip(lines);
    CHECK(rec.unknown.empty());
    REQUIRE(rec.value.size() == lines.size());
    for (size_t i = 0; i < lines.size(); ++i) {
        CAPTURE(i);
        CHECK(rec.value[i].where == lines[i].where);
        CHECK(rec.value[i].name == lines[i].name);
        CHECK(rec.value[i].number == lines[i].number);
        CHECK(rec.value[i].text_too == lines[i].text_too);
    }

    // The defaults, 988's texting included.
    const Decoded<std::vector<CrisisLine>> defaults = lines_round_trip(default_crisis_lines());
    REQUIRE(defaults.value.size() == 7);
    CHECK(defaults.value[0].text_too);
    CHECK(defaults.value[6].number == "000");

    // An empty list is a list: the person removed every line.
    const Decoded<std::vector<CrisisLine>> none = lines_round_trip({});
    CHECK(none.value.empty());
    CHECK(json::parse(encode_crisis_lines({}))["lines"] == json::array());
}

TEST_CASE("fields a newer version added to the crisis lines are kept") {
    json r = json::parse(encode_crisis_lines(sample_crisis_lines()));
    r["v"] = 2;
    r["region_hint"] = "GB";
    Decoded<std::vector<CrisisLine>> rec;
    std::string error;
    REQUIRE(decode_crisis_lines(r, rec, error));
    CHECK(rec.version == 2);
    CHECK(rec.unknown == json{{"region_hint", "GB"}});
    const json again = json::parse(encode_crisis_lines(rec.value, rec.unknown));
    CHECK(again["region_hint"] == "GB");
    CHECK(again["lines"] == r["lines"]);
}

TEST_CASE("a broken crisis lines record is refused with what is wrong and where") {
    const json good = json::parse(encode_crisis_lines(sample_crisis_lines()));
    const json line = {{"where", "UK"}, {"name", "Samaritans"}, {"number", "116 123"}, {"text_too", false}};

    json r = good;
    r.erase("lines");
    CHECK(lines_error(r) == "\"lines\" is missing or is not a list");
    r["lines"] = json::object();
    CHECK(lines_error(r) == "\"lines\" is missing or is not a list");
    r["lines"] = "988";
    CHECK(lines_error(r) == "\"lines\" is missing or is not a list");

    r["lines"] = json::array({5});
    CHECK(lines_error(r) == "line 1: not an object");
    json no_text = line;
    no_text.erase("text_too");
    r["lines"] = json::array({line, no_text});
    CHECK(lines_error(r) == "line 2: \"text_too\" is missing or is not true or false");
    json yes = line;
    yes["text_too"] = "yes";
    r["lines"] = json::array({yes});
    CHECK(lines_error(r) == "line 1: \"text_too\" is missing or is not true or false");
    json numeric = line;
    numeric["number"] = 988;
    r["lines"] = json::array({line, line, numeric});
    CHECK(lines_error(r) == "line 3: \"number\" is missing or is not text");
    json nowhere = line;
    nowhere.erase("where");
    r["lines"] = json::array({nowhere});
    CHECK(lines_error(r) == "line 1: \"where\" is missing or is not text");

    // The list's own rules run on what was read.
    r["lines"] = json::array();
    for (int i = 0; i < 51; ++i) r["lines"].push_back(line);
    CHECK(lines_error(r) == "There are more than 50 crisis lines.");
    json broken = line;
    broken["name"] = std::string("Sam\xFF");
    r["lines"] = json::array({line, broken});
    CHECK(lines_error(r) == "Line 2 holds text that is not valid UTF-8.");

    r = good;
    r["kind"] = "safety_plan";
    CHECK(lines_error(r) == "the record is a \"safety_plan\", not a list of crisis lines");
    CHECK(lines_error(json("lines")) == "the record is not a JSON object");
}
