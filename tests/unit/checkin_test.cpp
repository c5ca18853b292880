#include <doctest/doctest.h>

#include "core/checkin.h"
#include "core/text.h"
#include "test_data.h"

using namespace onward;

static bool mentions(const std::vector<std::string>& problems, const std::string& words) {
    for (const auto& p : problems)
        if (p.find(words) != std::string::npos) return true;
    return false;
}

TEST_CASE("a complete check-in has no problems") { CHECK(problems_with(sample_checkin()).empty()); }

TEST_CASE("distress only and nothing else is enough") {
    CheckIn c = sample_checkin();
    c.emotions.clear();
    c.body = BodyState::Unsaid;
    c.note.clear();
    CHECK(problems_with(c).empty());
}

TEST_CASE("distress outside 0-10, or not chosen, is explained") {
    for (int d : {-1, 11, 100}) {
        CheckIn c = sample_checkin();
        c.distress = d;
        CHECK(mentions(problems_with(c), "from 0 to 10"));
    }
    for (int d : {0, 10}) {
        CheckIn c = sample_checkin();
        c.distress = d;
        CHECK(problems_with(c).empty());
    }
}

TEST_CASE("emotions need a name, an intensity of 1-5, and appear once") {
    CheckIn c = sample_checkin();
    c.emotions = {{"  ", 3}};
    CHECK(mentions(problems_with(c), "needs a name"));
    c.emotions = {{"Sad", 0}};
    CHECK(mentions(problems_with(c), "\"Sad\" needs a strength from 1 to 5"));
    c.emotions = {{"Sad", 6}};
    CHECK(mentions(problems_with(c), "from 1 to 5"));
    c.emotions = {{"Sad", 2}, {"sad ", 3}};
    CHECK(mentions(problems_with(c), "\"sad\" is listed twice"));
    c.emotions = {{"Sa\xC3", 2}};
    CHECK(mentions(problems_with(c), "could not be read"));
    c.emotions = {{"Печаль", 2}, {"Ärger", 5}};
    CHECK(problems_with(c).empty());
}

TEST_CASE("an over-long or unreadable note is refused with a reason") {
    CheckIn c = sample_checkin();
    c.note = std::string(kMaxNoteCharacters, 'a');
    CHECK(problems_with(c).empty());
    c.note += "b";
    CHECK(mentions(problems_with(c), "longer than 20000 characters"));
    // Characters, not bytes: 20000 Cyrillic letters are 40000 bytes and still fine.
    c.note.clear();
    for (size_t i = 0; i < kMaxNoteCharacters; ++i) c.note += "ж";
    CHECK(problems_with(c).empty());
    c.note = "caf\xC3";
    CHECK(mentions(problems_with(c), "could not be read"));
    c.note = "\xED\xA0\x80"; // a lone surrogate encoded as UTF-8
    CHECK(mentions(problems_with(c), "could not be read"));
    c.note = "emoji \xF0\x9F\x8C\xB1 fine";
    CHECK(problems_with(c).empty());
}

TEST_CASE("find_code_point finds the first code point wanted, past broken bytes") {
    const auto beyond_latin1 = [](uint32_t cp) { return cp > 0xFF; };
    CHECK(find_code_point("", beyond_latin1) == 0);
    CHECK(find_code_point("café", beyond_latin1) == 0);
    // The em dash comes first and is found first; the Cyrillic after it is not hidden by it.
    CHECK(find_code_point("sea \xE2\x80\x94 \xD0\xB5", beyond_latin1) == 0x2014);
    CHECK(find_code_point("sea \xE2\x80\x94 \xD0\xB5", [](uint32_t cp) { return cp >= 0x400 && cp < 0x500; }) == 0x435);
    CHECK(find_code_point("\xFF ok \xF0\x9F\x8C\xB1", beyond_latin1) == 0x1F331);
}
