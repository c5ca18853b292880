#include <doctest/doctest.h>

#include <string>

#include "core/crisis_lines.h"
#include "core/safety_plan.h"
#include "sample_records.h"

using namespace onward;

namespace {

std::string& section(SafetyPlan& p, PlanSection s) { return p.words[size_t(s)]; }

// n copies of a character (given as its UTF-8 bytes).
std::string repeated(const std::string& ch, size_t n) {
    std::string out;
    for (size_t i = 0; i < n; ++i) out += ch;
    return out;
}

const std::string kSeedling = "\xF0\x9F\x8C\xB1"; // U+1F331, 4 bytes, 1 character

} // namespace

TEST_CASE("the plan's seven sections, and only two of them list people") {
    const auto& s = plan_sections();
    const char* keys[] = {"warning_signs", "on_my_own",     "people_places",     "ask_for_help",
                          "professionals", "safer_surroundings", "live_for"};
    for (int i = 0; i < kPlanSections; ++i) {
        CAPTURE(i);
        CHECK(std::string(s[size_t(i)].key) == keys[i]);
        CHECK_FALSE(std::string(s[size_t(i)].title).empty());
        CHECK_FALSE(std::string(s[size_t(i)].prompt).empty());
        const bool people = PlanSection(i) == PlanSection::AskForHelp || PlanSection(i) == PlanSection::Professionals;
        CHECK(s[size_t(i)].has_contacts == people);
    }
    CHECK(std::string(s[size_t(PlanSection::WarningSigns)].title) == "Warning signs");
    CHECK(std::string(s[size_t(PlanSection::LiveFor)].title) == "What I live for");
}

TEST_CASE("a plan is empty until it holds words or a contact") {
    SafetyPlan p;
    CHECK(is_empty(p));
    // Only spaces, tabs and line breaks: still nothing written.
    section(p, PlanSection::WarningSigns) = "  \n\t ";
    section(p, PlanSection::LiveFor) = "\r\n";
    CHECK(is_empty(p));
    // One word in the last section is enough.
    section(p, PlanSection::LiveFor) = " x ";
    CHECK_FALSE(is_empty(p));

    SafetyPlan only_contact;
    only_contact.contacts.push_back({PlanSection::AskForHelp, "Sam", "07700 900123"});
    CHECK_FALSE(is_empty(only_contact));

    CHECK_FALSE(is_empty(sample_safety_plan()));
}

TEST_CASE("a plan written in any script has no problems") {
    CHECK(problems_with(SafetyPlan{}).empty());
    CHECK(problems_with(sample_safety_plan()).empty());
}

TEST_CASE("a section must be valid UTF-8") {
    // Truncated (a lead byte with nothing after), a lone continuation byte, an overlong "/",
    // and an encoded UTF-16 surrogate: none is text.
    for (const char* bad : {"caf\xC3", "\x80", "\xC0\xAF", "\xED\xA0\x80"}) {
        CAPTURE(bad);
        SafetyPlan p = sample_safety_plan();
        section(p, PlanSection::OnMyOwn) = bad;
        const auto problems = problems_with(p);
        REQUIRE(problems.size() == 1);
        CHECK(problems[0] == "Things I can do on my own holds text that is not valid UTF-8.");
    }
}

TEST_CASE("a section holds at most 20000 characters, counted as characters, not bytes") {
    SafetyPlan p;
    section(p, PlanSection::WarningSigns) = std::string(20000, 'a');
    CHECK(problems_with(p).empty());
    section(p, PlanSection::WarningSigns) = std::string(20001, 'a');
    REQUIRE(problems_with(p).size() == 1);
    CHECK(problems_with(p)[0] == "Warning signs is longer than 20000 characters.");

    // 20000 four-byte emoji are 80000 bytes but 20000 characters: allowed.
    p = SafetyPlan{};
    section(p, PlanSection::LiveFor) = repeated(kSeedling, 20000);
    CHECK(problems_with(p).empty());
    section(p, PlanSection::LiveFor) += "!";
    REQUIRE(problems_with(p).size() == 1);
    CHECK(problems_with(p)[0] == "What I live for is longer than 20000 characters.");

    // Each section is judged on its own: two long sections, two problems, in order.
    section(p, PlanSection::WarningSigns) = std::string(20001, 'a');
    const auto problems = problems_with(p);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "Warning signs is longer than 20000 characters.");
    CHECK(problems[1] == "What I live for is longer than 20000 characters.");
}

TEST_CASE("contacts belong in the sections that list people, as valid text") {
    SafetyPlan p;
    p.contacts.push_back({PlanSection::WarningSigns, "Sam", "07700 900123"});
    REQUIRE(problems_with(p).size() == 1);
    CHECK(problems_with(p)[0] == "A contact is in a section without contacts.");

    for (PlanSection s : {PlanSection::OnMyOwn, PlanSection::PeopleAndPlaces, PlanSection::SaferSurroundings,
                          PlanSection::LiveFor}) {
        p.contacts = {{s, "Sam", "1"}};
        CHECK(problems_with(p) == std::vector<std::string>{"A contact is in a section without contacts."});
    }
    for (PlanSection s : {PlanSection::AskForHelp, PlanSection::Professionals}) {
        p.contacts = {{s, "Sam", "1"}};
        CHECK(problems_with(p).empty());
    }

    p.contacts = {{PlanSection::AskForHelp, "S\xFFm", "1"}};
    CHECK(problems_with(p) == std::vector<std::string>{"A contact holds text that is not valid UTF-8."});
    p.contacts = {{PlanSection::AskForHelp, "Sam", "07700\xC3"}};
    CHECK(problems_with(p) == std::vector<std::string>{"A contact holds text that is not valid UTF-8."});
    // Both wrong at once: both said.
    p.contacts = {{PlanSection::LiveFor, "S\xFFm", "1"}};
    const auto both = problems_with(p);
    REQUIRE(both.size() == 2);
    CHECK(both[0] == "A contact holds text that is not valid UTF-8.");
    CHECK(both[1] == "A contact is in a section without contacts.");
}

TEST_CASE("the default crisis lines") {
    const auto& lines = default_crisis_lines();
    REQUIRE(lines.size() == 7);
    CHECK(problems_with(lines).empty());

    // 988 takes calls and texts.
    CHECK(lines[0].number == "988");
    CHECK(lines[0].name == "988 Suicide & Crisis Lifeline");
    CHECK(lines[0].where == "US and Canada");
    CHECK(lines[0].text_too);
    CHECK(dial_string(lines[0].number) == "988");

    CHECK(lines[1].name == "Samaritans");
    CHECK(lines[1].number == "116 123");
    CHECK_FALSE(lines[1].text_too);
    CHECK(dial_string(lines[1].number) == "116123");

    CHECK(lines[2].name == "Lifeline");
    CHECK(lines[2].where == "Australia");
    CHECK(lines[2].number == "13 11 14");
    CHECK(dial_string(lines[2].number) == "131114");

    // The emergency numbers, each dialled as written (000 keeps its zeros).
    const char* emergency[] = {"911", "112", "999", "000"};
    for (int i = 0; i < 4; ++i) {
        const CrisisLine& l = lines[size_t(3 + i)];
        CAPTURE(l.where);
        CHECK(l.number == emergency[i]);
        CHECK(l.name == "Emergency services");
        CHECK(l.where.rfind("Emergency", 0) == 0);
        CHECK_FALSE(l.text_too);
        CHECK(dial_string(l.number) == emergency[i]);
    }
}

TEST_CASE("a number as people write it becomes what the phone dials") {
    CHECK(dial_string("+44 20 7946 0000") == "+442079460000");
    // After a country code the "(0)" trunk prefix is not dialled; without one it is.
    CHECK(dial_string("+44 (0)20 7946 0000") == "+442079460000");
    CHECK(dial_string("(0)20 7946 0000") == "02079460000");
    CHECK(dial_string("13 11 14") == "131114");
    CHECK(dial_string("1-800-273-8255") == "18002738255");
    CHECK(dial_string("(555) 010-4477") == "5550104477");
    CHECK(dial_string("116.123") == "116123");
    // Star and hash codes are kept.
    CHECK(dial_string("*99#") == "*99#");
    CHECK(dial_string("#31#988") == "#31#988");
    // A plus only counts at the front (after spaces); a second or later plus is dropped.
    CHECK(dial_string("  +1 555 0100") == "+15550100");
    CHECK(dial_string("++44 1") == "+441");
    CHECK(dial_string("0044+20") == "004420");
    // Nothing to dial: empty, never a bare "+".
    CHECK(dial_string("+") == "");
    CHECK(dial_string(" + ") == "");
    CHECK(dial_string("") == "");
    CHECK(dial_string("ask at the desk") == "");
    // Letters and non-ASCII characters are not dialled (only their ASCII digits).
    CHECK(dial_string("ext. 12") == "12");
    CHECK(dial_string("\xE2\x80\xAA+44 20\xE2\x80\xAC") == "+4420"); // LTR embedding marks around it
}

TEST_CASE("crisis lines: how many, valid text, and a sensible length") {
    std::vector<CrisisLine> lines(50, CrisisLine{"Here", "A line", "123", false});
    CHECK(problems_with(lines).empty());
    lines.push_back(lines.back());
    REQUIRE(problems_with(lines).size() == 1);
    CHECK(problems_with(lines)[0] == "There are more than 50 crisis lines.");

    // Lines are counted from 1 in what the person is told.
    lines = sample_crisis_lines();
    CHECK(problems_with(lines).empty());
    lines[1].name = "\xE3\x81";
    CHECK(problems_with(lines) == std::vector<std::string>{"Line 2 holds text that is not valid UTF-8."});
    lines = sample_crisis_lines();
    lines[3].where = "\xFF";
    CHECK(problems_with(lines) == std::vector<std::string>{"Line 4 holds text that is not valid UTF-8."});
    lines = sample_crisis_lines();
    lines[0].number = "\xC0\x80";
    CHECK(problems_with(lines) == std::vector<std::string>{"Line 1 holds text that is not valid UTF-8."});

    // Where + name + number up to 1000 characters together; 1001 is too long.
    lines = {{std::string(400, 'w'), std::string(400, 'n'), std::string(200, '1'), false}};
    CHECK(problems_with(lines).empty());
    lines[0].name += "n";
    CHECK(problems_with(lines) == std::vector<std::string>{"Line 1 is longer than a crisis line needs to be."});
    // Counted in characters: 1000 emoji (4000 bytes) are fine.
    lines = {{repeated(kSeedling, 500), repeated(kSeedling, 499), "1", false}};
    CHECK(problems_with(lines).empty());

    // An empty list is allowed: the person may remove every line.
    CHECK(problems_with(std::vector<CrisisLine>{}).empty());
}
