#include <doctest/doctest.h>

#include "store/questionnaire_record.h"

using namespace onward;
using nlohmann::json;

namespace {

// A clinician's questionnaire with reversed questions and bands: the second example of
// docs/questionnaires.md, word for word (keep the two alike).
const char* kSleepAndWorry = R"({
  "format": "onward-questionnaire",
  "format_version": 1,
  "id": "sleep-and-worry",
  "version": 2,
  "title": "Sleep and worry",
  "time_frame": "Over the last two weeks",
  "intro": "From Dr Reyes. Answer for how things mostly were, not for your best or worst night.",
  "note": "Anything you would like Dr Reyes to know?",
  "scale": {
    "min": 0,
    "max": 4,
    "labels": ["Never", "Rarely", "Sometimes", "Often", "Always"]
  },
  "questions": [
    {"id": "slow-to-sleep", "text": "It took me a long time to fall asleep."},
    {"id": "woke-rested", "text": "I woke up feeling rested.", "reversed": true},
    {"id": "worry-spiral", "text": "One worry led to the next until I could not stop."},
    {"id": "set-worry-aside", "text": "I could put a worry aside until I was ready for it.", "reversed": true},
    {"id": "too-tired", "text": "I was too tired to do what I had planned."}
  ],
  "scores": [
    {"id": "sleep", "name": "Sleep", "sum": ["slow-to-sleep", "woke-rested", "too-tired"]},
    {"id": "worry", "name": "Worry", "sum": ["worry-spiral", "set-worry-aside"]},
    {"id": "total", "name": "Sleep and worry together",
     "sum": ["slow-to-sleep", "woke-rested", "worry-spiral", "set-worry-aside", "too-tired"],
     "max_missing": 1,
     "bands": [
       {"from": 0, "to": 6, "label": "Low"},
       {"from": 7, "to": 13, "label": "Some"},
       {"from": 14, "to": 20, "label": "High"}
     ]}
  ],
  "every_days": 14
})";

json sleep_and_worry() { return json::parse(kSleepAndWorry); }

Questionnaire read(const std::string& text) {
    Questionnaire q;
    std::string error;
    const bool ok = read_definition(text, q, error);
    INFO(error);
    REQUIRE(ok);
    return q;
}

// Why the text is refused as a definition; empty when it is read.
std::string refusal(const std::string& text) {
    Questionnaire q;
    std::string error;
    return read_definition(text, q, error) ? std::string() : error;
}

bool mentions(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Every field of the format given, none at its default.
Questionnaire every_field() {
    Questionnaire q;
    q.id = "every-field-1";
    q.version = 3;
    q.title = "Every field";
    q.time_frame = "Since the last session";
    q.intro = "Words before the first question. \xE2\x80\x94 Caf\xC3\xA9";
    q.note_prompt = "Anything else?";
    q.scale = {1, 5, {"One", "Two", "Three", "Four", "Five"}};
    q.questions = {{"a", "First", false, false}, {"b", "Second", true, false}, {"c", "Third", false, true}};
    q.scores = {{"ab", "A and B", {"a", "b"}, {}, 1, {{2, 5, "Lower"}, {6, 10, "Higher"}}},
                {"c-only", "C", {"c"}, {}, 0, {}},
                {"gap", "A and B minus C", {}, {"ab", "c-only"}, 0, {{-3, 0, "Even or less"}, {1, 9, "More"}}}};
    q.every_days = 10;
    return q;
}

void check_same(const Questionnaire& a, const Questionnaire& b) {
    CHECK(a.id == b.id);
    CHECK(a.version == b.version);
    CHECK(a.title == b.title);
    CHECK(a.time_frame == b.time_frame);
    CHECK(a.intro == b.intro);
    CHECK(a.note_prompt == b.note_prompt);
    CHECK(a.scale.min == b.scale.min);
    CHECK(a.scale.max == b.scale.max);
    CHECK(a.scale.labels == b.scale.labels);
    REQUIRE(a.questions.size() == b.questions.size());
    for (size_t i = 0; i < a.questions.size(); ++i) {
        CAPTURE(i);
        CHECK(a.questions[i].id == b.questions[i].id);
        CHECK(a.questions[i].text == b.questions[i].text);
        CHECK(a.questions[i].reversed == b.questions[i].reversed);
        CHECK(a.questions[i].safety == b.questions[i].safety);
    }
    REQUIRE(a.scores.size() == b.scores.size());
    for (size_t i = 0; i < a.scores.size(); ++i) {
        CAPTURE(i);
        const ScoreRule &x = a.scores[i], &y = b.scores[i];
        CHECK(x.id == y.id);
        CHECK(x.name == y.name);
        CHECK(x.sum == y.sum);
        CHECK(x.difference == y.difference);
        CHECK(x.max_missing == y.max_missing);
        REQUIRE(x.bands.size() == y.bands.size());
        for (size_t k = 0; k < x.bands.size(); ++k) {
            CHECK(x.bands[k].from == y.bands[k].from);
            CHECK(x.bands[k].to == y.bands[k].to);
            CHECK(x.bands[k].label == y.bands[k].label);
        }
    }
    CHECK(a.every_days == b.every_days);
}

CheckResult a_check() {
    CheckResult c;
    c.id = "check-abc-00000001";
    c.questionnaire = "sleep-and-worry";
    c.questionnaire_version = 2;
    c.taken = {1764090245123, 60}; // 2025-11-25T18:04:05.123+01:00
    c.updated = {1764090305123, 60};
    c.answers = {{"slow-to-sleep", 3}, {"woke-rested", 0}, {"too-tired", 4}};
    c.note = "Better since the new routine.";
    return c;
}

} // namespace

TEST_CASE("questionnaire: the weekly check Onward ships reads, with its nine questions and three scores") {
    const Questionnaire& q = weekly_check();
    CHECK(&q == &weekly_check()); // read once
    CHECK(q.id == kWeeklyCheckId);
    CHECK(q.version == 1);
    CHECK(q.title == "Weekly coping-or-healing check");
    CHECK(q.time_frame == "Thinking about the past week");
    CHECK(q.note_prompt == "What helped me move forward this week?");
    CHECK(q.scale.min == 0);
    CHECK(q.scale.max == 3);
    CHECK(q.scale.labels == std::vector<std::string>{"Not at all", "A little", "Often", "Most of the time"});
    REQUIRE(q.questions.size() == 9);
    for (size_t i = 0; i + 1 < q.questions.size(); ++i) CHECK_FALSE(q.questions[i].safety);
    CHECK(q.questions.back().id == "safety");
    CHECK(q.questions.back().safety);
    REQUIRE(q.scores.size() == 3);
    CHECK(q.scores[0].name == "Signs of being stuck");
    CHECK(q.scores[0].sum.size() == 4);
    CHECK(q.scores[0].max_missing == 1);
    CHECK(q.scores[1].name == "Signs of moving toward healing");
    CHECK(q.scores[2].name == "Balance (healing minus stuck)");
    CHECK(q.scores[2].difference == std::vector<std::string>{"healing", "stuck"});
    CHECK(q.every_days == 7);
    CHECK(problems_with(q).empty());
}

TEST_CASE("questionnaire: the clinician's example from the docs reads, reversed questions and bands included") {
    const Questionnaire q = read(kSleepAndWorry);
    CHECK(q.id == "sleep-and-worry");
    CHECK(q.version == 2);
    CHECK(q.note_prompt == "Anything you would like Dr Reyes to know?");
    REQUIRE(q.questions.size() == 5);
    CHECK(q.questions[1].reversed);
    CHECK(q.questions[3].reversed);
    CHECK_FALSE(q.questions[0].reversed);
    REQUIRE(q.scores.size() == 3);
    CHECK(q.scores[2].bands.size() == 3);
    CHECK(q.scores[2].bands[1].label == "Some");
    CHECK(q.every_days == 14);
}

TEST_CASE("questionnaire: a definition with every field goes through definition_json and back unchanged") {
    const Questionnaire q = every_field();
    REQUIRE(problems_with(q).empty());
    const json d = definition_json(q);
    CHECK(d["format"] == kDefinitionFormat);
    CHECK(d["format_version"] == kDefinitionFormatVersion);
    CHECK(d["note"] == "Anything else?");
    Questionnaire back;
    std::string error;
    REQUIRE(decode_definition(d, back, error));
    check_same(q, back);
    // …and as the text of a file, the way a definition is exported and imported again.
    check_same(q, read(d.dump(2)));

    // What is at its default is left out, so an exported file stays short.
    const json plain = definition_json(read(R"({"format": "onward-questionnaire", "format_version": 1,
        "id": "plain", "version": 1, "title": "Plain", "time_frame": "",
        "scale": {"min": 0, "max": 1}, "questions": [{"id": "a", "text": "A"}], "scores": []})"));
    CHECK(plain.size() == 9);
    CHECK_FALSE(plain.contains("every_days"));
    CHECK_FALSE(plain["scale"].contains("labels"));
    CHECK_FALSE(plain["questions"][0].contains("reversed"));
}

TEST_CASE("questionnaire import: a file that is not JSON, or not a definition, is refused saying so") {
    CHECK(refusal("") == "The file is empty.");
    CHECK(refusal(" \n\t ") == "The file is empty.");
    CHECK(refusal("Sleep and worry, 5 questions") == "The file is not valid JSON: something is wrong at line 1, column 1.");
    CHECK(refusal("{\n  \"format\": onward\n}") == "The file is not valid JSON: something is wrong at line 2, column 13.");
    // A comma too many, the mistake hand-edited JSON makes most.
    CHECK(refusal("{\"scale\": {\"min\": 0,}}") == "The file is not valid JSON: something is wrong at line 1, column 21.");
    const std::string text = kSleepAndWorry;
    CHECK(refusal(text.substr(0, text.size() / 2)) ==
          "The file is not valid JSON: it ends before what it opened is closed.");
    CHECK(refusal("[1, 2, 3]") == "A questionnaire is one JSON object, { … }, and this is not one.");
    CHECK(refusal("\"a questionnaire\"") == "A questionnaire is one JSON object, { … }, and this is not one.");

    json doc = sleep_and_worry();
    doc["format"] = "onward-backup";
    CHECK(refusal(doc.dump()) == "\"format\" is not \"onward-questionnaire\": this is not a questionnaire Onward reads");
    doc.erase("format");
    CHECK(refusal(doc.dump()) == "\"format\" is not \"onward-questionnaire\": this is not a questionnaire Onward reads");
    CHECK(refusal(R"({"name": "A shopping list"})") ==
          "\"format\" is not \"onward-questionnaire\": this is not a questionnaire Onward reads");
}

TEST_CASE("questionnaire import: a newer format is refused as newer, even with fields this Onward does not know") {
    json doc = sleep_and_worry();
    doc["format_version"] = 2;
    const std::string newer = "This questionnaire is written for a newer Onward (format version 2); this one reads version 1.";
    CHECK(refusal(doc.dump()) == newer);
    doc["skip_logic"] = json::array();
    CHECK(refusal(doc.dump()) == newer);
    doc["format_version"] = 0;
    CHECK(refusal(doc.dump()) == "\"format_version\" is 0, not one Onward ever wrote");
    doc["format_version"] = "1";
    CHECK(refusal(doc.dump()) == "\"format_version\" is missing or is not a whole number");
}

TEST_CASE("questionnaire import: an unknown field anywhere is refused, naming where it is") {
    json doc = sleep_and_worry();
    doc["titel"] = "Sleep";
    const std::string top = refusal(doc.dump());
    CHECK(top.rfind("\"titel\" is not a field Onward knows; a questionnaire has \"format\", ", 0) == 0);
    CHECK(mentions(top, "\"title\""));
    CHECK(mentions(top, "and \"every_days\""));

    doc = sleep_and_worry();
    doc["questions"][1]["revresed"] = true;
    CHECK(refusal(doc.dump()) == "question 2: \"revresed\" is not a field Onward knows; a question has \"id\", \"text\", "
                          "\"reversed\" and \"safety\"");

    doc = sleep_and_worry();
    doc["scale"]["step"] = 1;
    CHECK(refusal(doc.dump()) == "scale: \"step\" is not a field Onward knows; a scale has \"min\", \"max\" and \"labels\"");

    doc = sleep_and_worry();
    doc["scores"][2]["weight"] = 2;
    CHECK(refusal(doc.dump()) == "score 3: \"weight\" is not a field Onward knows; a score has \"id\", \"name\", \"sum\", "
                          "\"difference\", \"max_missing\" and \"bands\"");

    doc = sleep_and_worry();
    doc["scores"][2]["bands"][1]["colour"] = "amber";
    CHECK(refusal(doc.dump()) == "score 3: band 2: \"colour\" is not a field Onward knows; a band has \"from\", \"to\" and "
                          "\"label\"");

    // A hostile name does not make a message of half a megabyte: its start is enough.
    doc = sleep_and_worry();
    doc[std::string(100000, 'x')] = 1;
    CHECK(refusal(doc.dump()).rfind("\"" + std::string(40, 'x') + "…\" is not a field Onward knows; ", 0) == 0);
    doc = sleep_and_worry();
    doc[std::string(39, 'x') + "\xC3\xA9" + std::string(100, 'x')] = 1; // é across the cut: cut before it
    CHECK(refusal(doc.dump()).rfind("\"" + std::string(39, 'x') + "…\" is not a field Onward knows; ", 0) == 0);
}

TEST_CASE("questionnaire import: a field given twice in one object is refused, since either may be meant") {
    std::string text = kSleepAndWorry;
    text.replace(text.find("\"max_missing\": 1,"), 17, "\"max_missing\": 1, \"max_missing\": 0,");
    CHECK(refusal(text) == "\"max_missing\" is given twice in one object, and Onward cannot tell which is meant");
    CHECK(refusal(R"({"": 1, "": 2})") == "\"\" is given twice in one object, and Onward cannot tell which is meant");
    // The same name in different objects is no repeat.
    CHECK(refusal(kSleepAndWorry).empty());
}

TEST_CASE("questionnaire import: a missing field or one of the wrong type is refused by name") {
    json doc = sleep_and_worry();
    doc.erase("title");
    CHECK(refusal(doc.dump()) == "\"title\" is missing or is not text");

    doc = sleep_and_worry();
    doc.erase("questions");
    CHECK(refusal(doc.dump()) == "\"questions\" is missing or is not a list");
    doc["questions"] = {{"id", "a"}, {"text", "A"}};
    CHECK(refusal(doc.dump()) == "\"questions\" is missing or is not a list");

    doc = sleep_and_worry();
    doc["questions"][0]["text"] = json::array({"It took", "long"});
    CHECK(refusal(doc.dump()) == "question 1: \"text\" is missing or is not text");
    doc = sleep_and_worry();
    doc["questions"][4]["safety"] = "yes";
    CHECK(refusal(doc.dump()) == "question 5: \"safety\" is missing or is not true or false");
    doc = sleep_and_worry();
    doc["questions"][2] = "worry-spiral";
    CHECK(refusal(doc.dump()) == "question 3: not an object");
    doc = sleep_and_worry();
    doc["scale"] = json::array({0, 4});
    CHECK(refusal(doc.dump()) == "\"scale\" is missing or is not an object");
    doc = sleep_and_worry();
    doc["scale"]["labels"][2] = 2;
    CHECK(refusal(doc.dump()) == "scale: label 3: not text");
    doc = sleep_and_worry();
    doc["scores"][0]["sum"] = "slow-to-sleep";
    CHECK(refusal(doc.dump()) == "score 1: \"sum\" is not a list");
    doc = sleep_and_worry();
    doc["scores"][2]["max_missing"] = true;
    CHECK(refusal(doc.dump()) == "score 3: \"max_missing\" is missing or is not a whole number");
    doc = sleep_and_worry();
    doc["every_days"] = "fortnightly";
    CHECK(refusal(doc.dump()) == "\"every_days\" is missing or is not a whole number");
}

TEST_CASE("questionnaire import: only a JSON whole number in range is a version") {
    const std::string whole = "\"version\" is missing or is not a whole number";
    json doc = sleep_and_worry();
    for (const json& v : {json(1.5), json(2.0), json("1"), json(true), json(nullptr), json(1e20)}) {
        CAPTURE(v.dump());
        doc["version"] = v;
        CHECK(refusal(doc.dump()) == whole);
    }
    // Beyond every integer type: nlohmann reads it as a floating-point number.
    std::string text = kSleepAndWorry;
    text.replace(text.find("\"version\": 2"), 12, "\"version\": 123456789012345678901234567890");
    CHECK(refusal(text) == whole);
    doc["version"] = 3000000000LL; // a whole number, but beyond an int
    CHECK(refusal(doc.dump()) == "\"version\" is far outside any value Onward writes");
    for (int v : {0, -3}) {
        doc["version"] = v;
        CHECK(mentions(refusal(doc.dump()), "versions start at 1"));
    }
}

TEST_CASE("questionnaire import: a definition that would score wrongly is refused with its problem") {
    struct Case {
        std::string what;
        void (*change)(json&);
        const char* said;
    };
    const Case cases[] = {
        {"labels that do not match the scale", [](json& d) { d["scale"]["labels"].erase(4); },
         "4 labels but 5 points"},
        {"a scale upside down", [](json& d) {
             d["scale"]["min"] = 5;
             d["scale"]["max"] = 1;
         },
         "lowest point (5) must be below its highest (1)"},
        {"bands that overlap", [](json& d) { d["scores"][2]["bands"][1]["from"] = 6; }, "bands 0–6 and 6–13 overlap"},
        {"bands with a gap", [](json& d) { d["scores"][2]["bands"][1]["from"] = 8; }, "no band covers 7 to 7"},
        {"a band beyond the possible scores", [](json& d) { d["scores"][2]["bands"][2]["to"] = 25; },
         "band 14–25 goes beyond the possible scores 0 to 20"},
        {"a difference of an unknown score",
         [](json& d) { d["scores"].push_back({{"id", "d"}, {"name", "D"}, {"difference", {"sleep", "mood"}}}); },
         "\"mood\" is not a score listed before it"},
        {"a difference of a later score",
         [](json& d) {
             d["scores"].insert(d["scores"].begin(), json{{"id", "d"}, {"name", "D"}, {"difference", {"sleep", "worry"}}});
         },
         "\"sleep\" is not a score listed before it"},
        {"a sum of an unknown question", [](json& d) { d["scores"][0]["sum"][1] = "dreams"; },
         "\"dreams\" in its sum is not a question"},
        {"two questions with one id", [](json& d) { d["questions"][1]["id"] = "slow-to-sleep"; },
         "Questions 1 and 2 share the id \"slow-to-sleep\""},
        {"a question text of 3000 characters", [](json& d) { d["questions"][0]["text"] = std::string(3000, 'a'); },
         "Question 1's text is longer than 2000 characters"},
        {"201 questions",
         [](json& d) {
             for (int i = 5; i < 201; ++i) d["questions"].push_back({{"id", "q" + std::to_string(i)}, {"text", "Q"}});
         },
         "201 questions; at most 200"},
        {"an id with a slash", [](json& d) { d["id"] = "sleep/worry"; }, "id can only hold a–z, 0–9 and hyphens"},
        {"an id in capitals", [](json& d) { d["id"] = "Sleep-and-worry"; }, "id can only hold a–z, 0–9 and hyphens"},
        {"a question id in capitals", [](json& d) { d["questions"][0]["id"] = "Slow"; },
         "Question 1's id can only hold"},
        {"every 400 days", [](json& d) { d["every_days"] = 400; }, "every 400 days"},
        {"a score that is neither sum nor difference", [](json& d) { d["scores"][1].erase("sum"); },
         "neither a sum of questions nor a difference"},
        {"no title but spaces", [](json& d) { d["title"] = "   "; }, "has no title"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.what);
        json doc = sleep_and_worry();
        c.change(doc);
        const std::string error = refusal(doc.dump());
        CAPTURE(error);
        CHECK(mentions(error, c.said));
    }
}

TEST_CASE("questionnaire import: a hostile file is refused before it is parsed") {
    // Over the size limit, said in the units a person sees in their file manager.
    std::string big = sleep_and_worry().dump();
    big.resize(600 * 1024, ' ');
    CHECK(refusal(big) == "The file is 600 KB; a questionnaire is at most 512 KB.");
    big.resize(3355443, ' ');
    CHECK(refusal(big) == "The file is 3.2 MB; a questionnaire is at most 512 KB.");
    big.resize(kMaxDefinitionBytes + 1);
    CHECK(refusal(big) == "The file is 513 KB; a questionnaire is at most 512 KB.");
    big.resize(kMaxDefinitionBytes); // at the limit: only spaces past the definition
    CHECK(refusal(big).empty());

    const std::string deep = std::string(40, '[') + std::string(40, ']');
    std::string text = kSleepAndWorry;
    text.replace(text.find("\"every_days\": 14"), 16, "\"every_days\": " + deep);
    CHECK(refusal(text) == "The file is nested more than 32 levels deep; a questionnaire needs only a few.");

    text = kSleepAndWorry;
    text.replace(text.find("Sleep and worry"), 15, "Sleep \xC3\x28 worry"); // a lead byte, then no continuation
    CHECK(refusal(text) == "The file is not UTF-8 text: the byte at line 6, column 19 is not part of any character.");
    text = kSleepAndWorry;
    text.replace(text.find("Never"), 5, "N\xFF" "ever");
    CHECK(refusal(text) == "The file is not UTF-8 text: the byte at line 13, column 18 is not part of any character.");
}

TEST_CASE("questionnaire: can_add_definition keeps each version one definition, and the weekly check Onward's") {
    const Questionnaire sleep = read(kSleepAndWorry);
    std::vector<Questionnaire> have = {weekly_check()};
    bool already = true;
    std::string error;
    CHECK(can_add_definition(sleep, have, already, error));
    CHECK_FALSE(already);

    have.push_back(sleep);
    CHECK(can_add_definition(sleep, have, already, error)); // the same file again: nothing to add
    CHECK(already);

    Questionnaire changed = sleep;
    changed.questions[0].text = "Falling asleep took me long.";
    CHECK_FALSE(can_add_definition(changed, have, already, error));
    CHECK_FALSE(already);
    CHECK(error == "You already have version 2 of \"Sleep and worry\", and this one differs. A changed questionnaire "
                   "needs a new version number.");
    changed.version = 3;
    CHECK(can_add_definition(changed, have, already, error));
    CHECK_FALSE(already);

    CHECK_FALSE(can_add_definition(weekly_check(), have, already, error));
    CHECK(error == "That id belongs to Onward's own weekly check.");
    Questionnaire own_weekly = sleep;
    own_weekly.id = kWeeklyCheckId;
    own_weekly.version = 9;
    CHECK_FALSE(can_add_definition(own_weekly, {}, already, error));
    CHECK(error == "That id belongs to Onward's own weekly check.");
}

TEST_CASE("questionnaire record: round-trips, keeps a newer version's fields, and reads its definition strictly") {
    const Questionnaire q = every_field();
    const LocalTime added{1764090245123, 60};
    const json r = json::parse(encode_questionnaire(q, added, json{{"pinned", true}}));
    CHECK(questionnaire_record_id(q) == "questionnaire-every-field-1-v3");
    CHECK(r["kind"] == "questionnaire");
    CHECK(r["v"] == 1);
    CHECK(r["id"] == "questionnaire-every-field-1-v3");
    CHECK(r["added"] == "2025-11-25T18:04:05.123+01:00");
    CHECK(r["definition"] == definition_json(q));

    Decoded<Questionnaire> rec;
    std::string error;
    REQUIRE(decode_questionnaire(r, rec, error));
    check_same(q, rec.value);
    CHECK(rec.version == 1);
    CHECK(rec.unknown == json{{"pinned", true}});

    json bad = r;
    bad["id"] = "questionnaire-every-field-1-v2";
    CHECK_FALSE(decode_questionnaire(bad, rec, error));
    CHECK(error == "\"id\" is \"questionnaire-every-field-1-v2\", but the definition it holds is "
                   "questionnaire-every-field-1-v3");
    bad = r;
    bad["definition"]["questions"][0]["weight"] = 2;
    CHECK_FALSE(decode_questionnaire(bad, rec, error));
    CHECK(error.rfind("definition: question 1: \"weight\" is not a field Onward knows", 0) == 0);
    bad = r;
    bad["definition"]["scale"]["max"] = 4;
    CHECK_FALSE(decode_questionnaire(bad, rec, error));
    CHECK(error == "definition: The scale has 5 labels but 4 points (1 to 4).");
    bad = r;
    bad.erase("definition");
    CHECK_FALSE(decode_questionnaire(bad, rec, error));
    CHECK(error == "\"definition\" is missing");
    bad = r;
    bad["added"] = "yesterday";
    CHECK_FALSE(decode_questionnaire(bad, rec, error));
    CHECK(error == "\"added\" is not a date and time like 2026-11-25T18:04:05.000+01:00");
}

TEST_CASE("questionnaire check record: round-trips its answers and note, and keeps a newer version's fields") {
    const CheckResult c = a_check();
    const json r = json::parse(encode_check(c, json{{"mood_colour", "blue"}}));
    CHECK(r["kind"] == "check");
    CHECK(r["v"] == 1);
    CHECK(r["id"] == c.id);
    CHECK(r["questionnaire"] == "sleep-and-worry");
    CHECK(r["questionnaire_version"] == 2);
    CHECK(r["taken"] == "2025-11-25T18:04:05.123+01:00");
    CHECK(r["answers"] == json{{"slow-to-sleep", 3}, {"woke-rested", 0}, {"too-tired", 4}});
    CHECK(r["note"] == c.note);

    Decoded<CheckResult> rec;
    std::string error;
    REQUIRE(decode_check(r, rec, error));
    const CheckResult& back = rec.value;
    CHECK(back.id == c.id);
    CHECK(back.questionnaire == c.questionnaire);
    CHECK(back.questionnaire_version == 2);
    CHECK(back.taken.unix_ms == c.taken.unix_ms);
    CHECK(back.taken.utc_offset_minutes == 60);
    CHECK(back.updated.unix_ms == c.updated.unix_ms);
    CHECK(back.answers.size() == 3);
    for (const QuestionAnswer& a : c.answers) CHECK(find_answer(back, a.question)->value == a.value);
    CHECK(back.note == c.note);
    CHECK(rec.unknown == json{{"mood_colour", "blue"}});

    // No note, no answers at all (every question skipped): both still a check.
    CheckResult bare = c;
    bare.note.clear();
    bare.answers.clear();
    const json b = json::parse(encode_check(bare));
    CHECK_FALSE(b.contains("note"));
    CHECK(b["answers"] == json::object());
    REQUIRE(decode_check(b, rec, error));
    CHECK(rec.value.answers.empty());
    CHECK(rec.value.note.empty());
    CHECK(rec.unknown.empty());
}

TEST_CASE("questionnaire check record: wrong types are refused in plain words") {
    const json good = json::parse(encode_check(a_check()));
    struct Case {
        std::string field;
        json value;
        const char* said;
    };
    const Case cases[] = {
        {"answers", json::array({3, 0, 4}), "\"answers\" is missing or is not an object"},
        {"answers", nullptr, "\"answers\" is missing or is not an object"},
        {"answers", json{{"slow-to-sleep", "3"}}, "answers: \"slow-to-sleep\" is missing or is not a whole number"},
        {"answers", json{{"slow-to-sleep", 2.5}}, "answers: \"slow-to-sleep\" is missing or is not a whole number"},
        {"answers", json{{"slow-to-sleep", json::array()}}, "answers: \"slow-to-sleep\" is missing or is not a whole number"},
        {"questionnaire_version", "2", "\"questionnaire_version\" is missing or is not a whole number"},
        {"questionnaire", 7, "\"questionnaire\" is missing or is not text"},
        {"taken", 1764090245123, "\"taken\" is missing or is not text"},
        {"updated", "last Tuesday", "\"updated\" is not a date and time like 2026-11-25T18:04:05.000+01:00"},
        {"note", false, "\"note\" is missing or is not text"},
        {"kind", "questionnaire", "the record is a \"questionnaire\", not a check"},
    };
    for (const Case& c : cases) {
        CAPTURE(c.field);
        CAPTURE(c.value.dump());
        json r = good;
        r[c.field] = c.value;
        Decoded<CheckResult> rec;
        std::string error;
        CHECK_FALSE(decode_check(r, rec, error));
        CHECK(error == c.said);
    }
    json r = good;
    r.erase("answers");
    Decoded<CheckResult> rec;
    std::string error;
    CHECK_FALSE(decode_check(r, rec, error));
    CHECK(error == "\"answers\" is missing or is not an object");
}
