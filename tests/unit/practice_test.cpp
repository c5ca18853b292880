#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <string>

#include "core/entry.h"
#include "core/practice.h"
#include "sample_records.h"

using namespace onward;

namespace {

const Practice kAll[] = {Practice::Breathing, Practice::Grounding, Practice::BodyScan, Practice::StayWithIt};

} // namespace

TEST_CASE("staying with a feeling faces it; the other practices soothe") {
    CHECK(coping_function(Practice::StayWithIt) == CopingFunction::Face);
    CHECK(coping_function(Practice::Breathing) == CopingFunction::Soothe);
    CHECK(coping_function(Practice::Grounding) == CopingFunction::Soothe);
    CHECK(coping_function(Practice::BodyScan) == CopingFunction::Soothe);

    CHECK(std::string(coping_function_key(CopingFunction::Soothe)) == "soothe");
    CHECK(std::string(coping_function_key(CopingFunction::Face)) == "face");
    CHECK(std::string(coping_function_key(CopingFunction::Avoid)) == "avoid");
}

TEST_CASE("practice keys are stable and read back to the same practice") {
    CHECK(std::string(practice_key(Practice::Breathing)) == "breathing");
    CHECK(std::string(practice_key(Practice::Grounding)) == "grounding");
    CHECK(std::string(practice_key(Practice::BodyScan)) == "body_scan");
    CHECK(std::string(practice_key(Practice::StayWithIt)) == "stay_with_it");
    for (Practice p : kAll) {
        Practice back = p == Practice::Breathing ? Practice::StayWithIt : Practice::Breathing;
        CHECK(practice_from_key(practice_key(p), back));
        CHECK(back == p);
    }
    // Unknown keys are refused and leave `out` as it was. Keys are exact: no case folding,
    // no spaces.
    for (const char* bad : {"", "Breathing", "body scan", "breathing ", "yoga"}) {
        CAPTURE(bad);
        Practice out = Practice::Grounding;
        CHECK_FALSE(practice_from_key(bad, out));
        CHECK(out == Practice::Grounding);
    }
}

TEST_CASE("a practice is named by what it was, breathing by its pattern") {
    PracticeSession s = sample_practice();
    s.pattern = "box";
    CHECK(practice_name(s) == "Box breathing");
    s.pattern = "4-7-8";
    CHECK(practice_name(s) == "4-7-8 breathing");
    s.pattern = "sigh";
    CHECK(practice_name(s) == "Physiological sigh");
    s.pattern = "slow";
    CHECK(practice_name(s) == "Slow breathing");
    // A pattern this version does not know still reads as breathing.
    s.pattern = "triangle";
    CHECK(practice_name(s) == "Breathing");
    s.pattern = "";
    CHECK(practice_name(s) == "Breathing");

    // Other practices ignore any pattern.
    s.pattern = "box";
    s.practice = Practice::Grounding;
    CHECK(practice_name(s) == "Grounding 5-4-3-2-1");
    s.practice = Practice::BodyScan;
    CHECK(practice_name(s) == "Body scan");
    s.practice = Practice::StayWithIt;
    CHECK(practice_name(s) == "Stay with it");
}

TEST_CASE("a valid practice has no problems") {
    CHECK(problems_with(sample_practice()).empty());
    CHECK(problems_with(sample_stay_with_it()).empty());
    // Distress not given (-1) before and after is fine, and 0 and 10 are the ends of the scale.
    PracticeSession s = sample_practice();
    s.distress_before = -1;
    s.distress_after = -1;
    CHECK(problems_with(s).empty());
    s.distress_before = 0;
    s.distress_after = 10;
    CHECK(problems_with(s).empty());
    // Grounding, the body scan and stay with it need no pattern.
    for (Practice p : {Practice::Grounding, Practice::BodyScan, Practice::StayWithIt}) {
        s.practice = p;
        s.pattern = "";
        CHECK(problems_with(s).empty());
    }
    // Zero length, and exactly a week, are possible.
    s.duration_ms = 0;
    CHECK(problems_with(s).empty());
    s.duration_ms = 7 * 24 * 3600e3;
    CHECK(problems_with(s).empty());
}

TEST_CASE("a practice with problems says each in plain words") {
    const std::string kDistress = "Distress is a number from 0 to 10.";
    const std::string kLength = "The practice's length is not a possible time.";

    PracticeSession s = sample_practice();
    s.id = "";
    REQUIRE(problems_with(s).size() == 1);
    CHECK(problems_with(s)[0] == "The practice has no id.");

    for (int bad : {-2, 11, 100}) {
        CAPTURE(bad);
        s = sample_practice();
        s.distress_before = bad;
        REQUIRE(problems_with(s).size() == 1);
        CHECK(problems_with(s)[0] == kDistress);
        s = sample_practice();
        s.distress_after = bad;
        REQUIRE(problems_with(s).size() == 1);
        CHECK(problems_with(s)[0] == kDistress);
    }

    // During the practice "not given" makes no sense: a check-in along the way is a number.
    s = sample_stay_with_it();
    s.during[1].distress = -1;
    REQUIRE(problems_with(s).size() == 1);
    CHECK(problems_with(s)[0] == kDistress);
    s.during[1].distress = 11;
    CHECK(problems_with(s) == std::vector<std::string>{kDistress});

    // Negative, not a number, infinite, or more than a week.
    for (double bad : {-1.0, std::nan(""), std::numeric_limits<double>::infinity(), 7 * 24 * 3600e3 + 1}) {
        CAPTURE(bad);
        s = sample_practice();
        s.duration_ms = bad;
        REQUIRE(problems_with(s).size() == 1);
        CHECK(problems_with(s)[0] == kLength);
    }

    // Breathing needs a pattern Onward knows.
    s = sample_practice();
    s.pattern = "triangle";
    REQUIRE(problems_with(s).size() == 1);
    CHECK(problems_with(s)[0] == "\"triangle\" is not a breathing pattern Onward knows.");
    s.pattern = "";
    REQUIRE(problems_with(s).size() == 1);
    CHECK(problems_with(s)[0] == "\"\" is not a breathing pattern Onward knows.");

    // Several at once: each is listed, in order.
    s = sample_practice();
    s.id = "";
    s.distress_before = 12;
    s.duration_ms = -5;
    s.pattern = "Box";
    const std::vector<std::string> all = problems_with(s);
    REQUIRE(all.size() == 4);
    CHECK(all[0] == "The practice has no id.");
    CHECK(all[1] == kDistress);
    CHECK(all[2] == kLength);
    CHECK(all[3] == "\"Box\" is not a breathing pattern Onward knows.");
}

TEST_CASE("grounding is five senses, counting down 5-4-3-2-1") {
    const auto& steps = grounding_steps();
    REQUIRE(steps.size() == 5);
    const char* senses[] = {"see", "touch", "hear", "smell", "taste"};
    for (int i = 0; i < 5; ++i) {
        CAPTURE(i);
        CHECK(steps[size_t(i)].count == 5 - i);
        CHECK(std::string(steps[size_t(i)].sense) == senses[i]);
        CHECK_FALSE(std::string(steps[size_t(i)].prompt).empty());
    }
}

TEST_CASE("how long a practice lasted, said plainly") {
    CHECK(duration_words(0) == "0 s");
    CHECK(duration_words(45000) == "45 s");
    CHECK(duration_words(59000) == "59 s");
    CHECK(duration_words(60000) == "1 min");
    CHECK(duration_words(240000) == "4 min");
    CHECK(duration_words(750000) == "12 min 30 s");
    CHECK(duration_words(61000) == "1 min 1 s");
    CHECK(duration_words(3600000) == "60 min"); // no hours: a practice is minutes long
    // Rounded to the nearest second, halves up.
    CHECK(duration_words(44499) == "44 s");
    CHECK(duration_words(44500) == "45 s");
    CHECK(duration_words(499) == "0 s");
    CHECK(duration_words(59500) == "1 min"); // 59.5 s rounds to 60 s: "1 min", not "60 s"
    CHECK(duration_words(89600) == "1 min 30 s");
    CHECK(duration_words(749999) == "12 min 30 s");
}

TEST_CASE("a running timer reads minutes and seconds, counting whole seconds") {
    CHECK(timer_words(0) == "00:00");
    CHECK(timer_words(999) == "00:00"); // a second is shown once it has passed
    CHECK(timer_words(1000) == "00:01");
    CHECK(timer_words(59999) == "00:59");
    CHECK(timer_words(60000) == "01:00");
    CHECK(timer_words(247000) == "04:07");
    CHECK(timer_words(247999.9) == "04:07");
    CHECK(timer_words(3599999) == "59:59");
    // Past an hour the minutes keep counting.
    CHECK(timer_words(3660000) == "61:00");
    CHECK(timer_words(6000000) == "100:00");
    // Negative (a countdown that ran over) reads as zero.
    CHECK(timer_words(-1) == "00:00");
    CHECK(timer_words(-5000) == "00:00");
}

TEST_CASE("words that are not valid UTF-8, or far too long, are problems, not silently changed") {
    PracticeSession s = sample_practice();
    s.words = {"ok \xff"};
    CHECK(problems_with(s) == std::vector<std::string>{"The practice holds text that is not valid UTF-8."});
    s.words = {std::string(1000001, 'a')};
    CHECK(problems_with(s) == std::vector<std::string>{"What you wrote is longer than 1000000 characters."});
    s.words = {std::string(1000000, 'a')};
    CHECK(problems_with(s).empty());
}
