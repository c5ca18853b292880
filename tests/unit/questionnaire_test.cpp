#include <doctest/doctest.h>

#include "core/questionnaire.h"

using namespace onward;

namespace {

Question question(const char* id, bool reversed = false, bool safety = false) {
    Question q;
    q.id = id;
    q.text = std::string("How often: ") + id + "?";
    q.reversed = reversed;
    q.safety = safety;
    return q;
}

ScoreRule sum(const char* id, std::vector<std::string> questions, int max_missing = 0, std::vector<Band> bands = {}) {
    ScoreRule r;
    r.id = id;
    r.name = std::string("Score ") + id;
    r.sum = std::move(questions);
    r.max_missing = max_missing;
    r.bands = std::move(bands);
    return r;
}

ScoreRule difference(const char* id, std::vector<std::string> scores, std::vector<Band> bands = {}) {
    ScoreRule r;
    r.id = id;
    r.name = std::string("Score ") + id;
    r.difference = std::move(scores);
    r.bands = std::move(bands);
    return r;
}

// Like the weekly check: a 0–3 scale; "stuck" sums s1–s4 (0–12, in three bands), "healing"
// sums h1–h4 (0–12, no bands), "balance" is healing minus stuck (−12–12, in three bands);
// and a safety question that no score counts. Up to one question of each sum may be left out.
Questionnaire subscales() {
    Questionnaire q;
    q.id = "subscales";
    q.version = 1;
    q.title = "Stuck and healing";
    q.time_frame = "Over the past week";
    q.scale = {0, 3, {"Not at all", "A little", "Often", "Most of the time"}};
    for (const char* id : {"s1", "s2", "s3", "s4", "h1", "h2", "h3", "h4"}) q.questions.push_back(question(id));
    q.questions.push_back(question("safe", false, true));
    q.scores = {sum("stuck", {"s1", "s2", "s3", "s4"}, 1, {{0, 4, "few"}, {5, 8, "some"}, {9, 12, "many"}}),
                sum("healing", {"h1", "h2", "h3", "h4"}, 1),
                difference("balance", {"healing", "stuck"},
                           {{-12, -1, "more stuck signs"}, {0, 0, "even"}, {1, 12, "more healing signs"}})};
    q.every_days = 7;
    return q;
}

// A -2–2 scale without labels, made for rounding: "p" sums five questions (so four answered
// give quarters), "r" sums three (two answered give halves), "p-minus-r" is their difference.
Questionnaire rounding() {
    Questionnaire q;
    q.id = "rounding";
    q.title = "Rounding";
    q.scale = {-2, 2, {}};
    for (const char* id : {"p1", "p2", "p3", "p4", "p5", "r1", "r2", "r3"}) q.questions.push_back(question(id));
    q.scores = {sum("p", {"p1", "p2", "p3", "p4", "p5"}, 1), sum("r", {"r1", "r2", "r3"}, 1),
                difference("p-minus-r", {"p", "r"})};
    return q;
}

// Three questions on a five-point scale, no scores: for the rules about the scale and the
// questions themselves.
Questionnaire three_questions() {
    Questionnaire q;
    q.id = "three";
    q.title = "Three questions";
    q.scale = {0, 4, {"Never", "Rarely", "Sometimes", "Often", "Always"}};
    q.questions = {question("q1"), question("q2"), question("q3")};
    return q;
}

CheckResult check_of(const Questionnaire& q, std::vector<QuestionAnswer> answers) {
    CheckResult c;
    c.id = "check-1";
    c.questionnaire = q.id;
    c.questionnaire_version = q.version;
    c.taken = c.updated = {1764090245123, 60}; // 2025-11-25T18:04:05.123+01:00
    c.answers = std::move(answers);
    return c;
}

Score score(const Questionnaire& q, const CheckResult& c, const std::string& id) {
    for (const Score& s : score_check(q, c))
        if (s.id == id) return s;
    FAIL("no score " << id);
    return {};
}

// Every problem, joined, so a check compares them all at once and shows them when it fails.
std::string problems(const Questionnaire& q) {
    std::string all;
    for (const std::string& p : problems_with(q)) all += (all.empty() ? "" : " | ") + p;
    return all;
}

std::string problems(const CheckResult& c, const Questionnaire& q) {
    std::string all;
    for (const std::string& p : problems_with(c, q)) all += (all.empty() ? "" : " | ") + p;
    return all;
}

std::string repeated(const char* text, size_t times) {
    std::string out;
    for (size_t i = 0; i < times; ++i) out += text;
    return out;
}

} // namespace

TEST_CASE("the definitions the tests start from have no problems") {
    CHECK(problems(subscales()) == "");
    CHECK(problems(rounding()) == "");
    CHECK(problems(three_questions()) == "");
}

// --- Answers and labels ---

TEST_CASE("an answer is set, changed and taken out again") {
    CheckResult c = check_of(subscales(), {});
    CHECK(find_answer(c, "s1") == nullptr);
    set_answer(c, "s1", 2);
    set_answer(c, "s2", 0);
    CHECK(find_answer(c, "s1")->value == 2);
    CHECK(find_answer(c, "s2")->value == 0);
    set_answer(c, "s1", 3);
    CHECK(find_answer(c, "s1")->value == 3);
    CHECK(c.answers.size() == 2);
    clear_answer(c, "s1");
    CHECK(find_answer(c, "s1") == nullptr);
    CHECK(c.answers.size() == 1);
    clear_answer(c, "s3"); // never answered: nothing to take out
    CHECK(c.answers.size() == 1);
}

TEST_CASE("on a scale that includes -1, an answer of -1 is an answer") {
    const CheckResult c = check_of(rounding(), {{"p1", -1}});
    REQUIRE(find_answer(c, "p1") != nullptr);
    CHECK(find_answer(c, "p1")->value == -1);
    CHECK(find_answer(c, "p2") == nullptr);
}

TEST_CASE("a scale point shows its label, or its number when it has none") {
    const Scale labelled = {0, 3, {"Not at all", "A little", "Often", "Most of the time"}};
    CHECK(scale_label(labelled, 0) == "Not at all");
    CHECK(scale_label(labelled, 3) == "Most of the time");
    CHECK(scale_label(labelled, 4) == "4");
    CHECK(scale_label(labelled, -1) == "-1");
    const Scale from_one = {1, 3, {"Rarely", "Sometimes", "Often"}};
    CHECK(scale_label(from_one, 1) == "Rarely");
    CHECK(scale_label(from_one, 3) == "Often");
    CHECK(scale_label({-2, 2, {}}, -2) == "-2");
}

TEST_CASE("find_question finds by id") {
    const Questionnaire q = subscales();
    REQUIRE(find_question(q, "h2") != nullptr);
    CHECK(find_question(q, "h2")->text == "How often: h2?");
    CHECK(find_question(q, "h9") == nullptr);
}

// --- Scores ---

TEST_CASE("a score's range: a sum from all lowest to all highest answers, a difference from end to end") {
    int low = 99, high = 99;
    const Questionnaire q = subscales();
    score_range(q, q.scores[0], low, high);
    CHECK(low == 0);
    CHECK(high == 12);
    score_range(q, q.scores[2], low, high);
    CHECK(low == -12);
    CHECK(high == 12);

    const Questionnaire r = rounding();
    score_range(r, r.scores[0], low, high);
    CHECK(low == -10);
    CHECK(high == 10);
    score_range(r, r.scores[1], low, high);
    CHECK(low == -6);
    CHECK(high == 6);
    score_range(r, r.scores[2], low, high); // -10 - 6 to 10 - (-6)
    CHECK(low == -16);
    CHECK(high == 16);

    // A lopsided difference: 1–5 scale, two questions minus three.
    Questionnaire lopsided = three_questions();
    lopsided.scale = {1, 5, {}};
    lopsided.questions.push_back(question("q4"));
    lopsided.questions.push_back(question("q5"));
    lopsided.scores = {sum("two", {"q1", "q2"}), sum("three", {"q3", "q4", "q5"}),
                       difference("two-minus-three", {"two", "three"})};
    score_range(lopsided, lopsided.scores[0], low, high);
    CHECK(low == 2);
    CHECK(high == 10);
    score_range(lopsided, lopsided.scores[2], low, high); // 2 - 15 to 10 - 3
    CHECK(low == -13);
    CHECK(high == 7);
}

TEST_CASE("each band holds its own ends, and the next band starts one past them") {
    const Questionnaire q = subscales();
    struct Case {
        std::vector<QuestionAnswer> answers;
        int value;
        const char* band;
    };
    const Case stuck[] = {
        {{{"s1", 0}, {"s2", 0}, {"s3", 0}, {"s4", 0}}, 0, "few"},
        {{{"s1", 1}, {"s2", 1}, {"s3", 1}, {"s4", 1}}, 4, "few"},
        {{{"s1", 2}, {"s2", 1}, {"s3", 1}, {"s4", 1}}, 5, "some"},
        {{{"s1", 2}, {"s2", 2}, {"s3", 2}, {"s4", 2}}, 8, "some"},
        {{{"s1", 3}, {"s2", 2}, {"s3", 2}, {"s4", 2}}, 9, "many"},
        {{{"s1", 3}, {"s2", 3}, {"s3", 3}, {"s4", 3}}, 12, "many"},
    };
    for (const Case& k : stuck) {
        const Score s = score(q, check_of(q, k.answers), "stuck");
        CAPTURE(k.value);
        CHECK(s.has_value);
        CHECK(s.value == k.value);
        CHECK(s.band == k.band);
        CHECK_FALSE(s.prorated);
        CHECK(s.missing == 0);
    }
    // Healing first, then stuck.
    const auto both = [](int h1, int h2, int h3, int h4, int s1, int s2, int s3, int s4) {
        return std::vector<QuestionAnswer>{{"h1", h1}, {"h2", h2}, {"h3", h3}, {"h4", h4},
                                           {"s1", s1}, {"s2", s2}, {"s3", s3}, {"s4", s4}};
    };
    const Case balance[] = {
        {both(0, 0, 0, 0, 3, 3, 3, 3), -12, "more stuck signs"},  // 0 - 12
        {both(0, 0, 0, 0, 1, 0, 0, 0), -1, "more stuck signs"},   // 0 - 1
        {both(2, 1, 1, 1, 1, 2, 1, 1), 0, "even"},                // 5 - 5
        {both(0, 0, 1, 0, 0, 0, 0, 0), 1, "more healing signs"},  // 1 - 0
        {both(3, 3, 3, 3, 0, 0, 0, 0), 12, "more healing signs"}, // 12 - 0
    };
    for (const Case& k : balance) {
        const Score s = score(q, check_of(q, k.answers), "balance");
        CAPTURE(k.value);
        CHECK(s.has_value);
        CHECK(s.value == k.value);
        CHECK(s.band == k.band);
    }
}

TEST_CASE("two subscales and their difference, in the definition's order; a score without bands has no band") {
    const Questionnaire q = subscales();
    // stuck 2+1+0+3 = 6, healing 1+1+2+3 = 7, balance 7 - 6 = 1.
    const std::vector<Score> scores = score_check(
        q, check_of(q, {{"s1", 2}, {"s2", 1}, {"s3", 0}, {"s4", 3}, {"h1", 1}, {"h2", 1}, {"h3", 2}, {"h4", 3}}));
    REQUIRE(scores.size() == 3);
    CHECK(scores[0].id == "stuck");
    CHECK(scores[0].value == 6);
    CHECK(scores[0].band == "some");
    CHECK(scores[1].id == "healing");
    CHECK(scores[1].has_value);
    CHECK(scores[1].value == 7);
    CHECK(scores[1].band == "");
    CHECK(scores[2].id == "balance");
    CHECK(scores[2].has_value);
    CHECK(scores[2].value == 1);
    CHECK(scores[2].band == "more healing signs");
    CHECK_FALSE(scores[2].prorated);
    CHECK(scores[2].missing == 0);
}

TEST_CASE("a reversed question is scored from the other end of the scale") {
    Questionnaire q = three_questions();
    q.scale = {0, 3, {}};
    q.questions[0].reversed = true;
    q.questions[2].reversed = true;
    q.scores = {sum("all", {"q1", "q2", "q3"})};
    // 0 reversed is 3, 3 reversed is 0.
    CHECK(score(q, check_of(q, {{"q1", 0}, {"q2", 0}, {"q3", 3}}), "all").value == 3);
    // 1 reversed is 2, 2 reversed is 1: 2 + 2 + 1.
    CHECK(score(q, check_of(q, {{"q1", 1}, {"q2", 2}, {"q3", 2}}), "all").value == 5);
    CHECK(score(q, check_of(q, {{"q1", 3}, {"q2", 3}, {"q3", 0}}), "all").value == 6);
    // The range does not change.
    int low = 99, high = 99;
    score_range(q, q.scores[0], low, high);
    CHECK(low == 0);
    CHECK(high == 9);

    // On a 1–5 scale 2 turns into 4 and 5 into 1: 4 + 1 + 1.
    q.scale = {1, 5, {}};
    CHECK(score(q, check_of(q, {{"q1", 2}, {"q2", 1}, {"q3", 5}}), "all").value == 6);
}

TEST_CASE("a sum with up to max_missing answers left out is prorated; with more it has no value") {
    const Questionnaire q = subscales();
    SUBCASE("none missing: the plain sum") {
        const Score s = score(q, check_of(q, {{"s1", 1}, {"s2", 1}, {"s3", 1}, {"s4", 2}}), "stuck");
        CHECK(s.has_value);
        CHECK(s.value == 5);
        CHECK_FALSE(s.prorated);
        CHECK(s.missing == 0);
    }
    SUBCASE("one missing: three answers stand for four") {
        // 3 × 4/3 = 4.
        Score s = score(q, check_of(q, {{"s1", 1}, {"s2", 1}, {"s3", 1}}), "stuck");
        CHECK(s.has_value);
        CHECK(s.value == 4);
        CHECK(s.prorated);
        CHECK(s.missing == 1);
        CHECK(s.band == "few");
        // 5 × 4/3 = 6.67: 7.
        s = score(q, check_of(q, {{"s1", 2}, {"s2", 2}, {"s4", 1}}), "stuck");
        CHECK(s.value == 7);
        CHECK(s.band == "some");
        // 1 × 4/3 = 1.33: 1.
        s = score(q, check_of(q, {{"s2", 1}, {"s3", 0}, {"s4", 0}}), "stuck");
        CHECK(s.value == 1);
        // All three at the top: 9 × 4/3 = 12.
        s = score(q, check_of(q, {{"s1", 3}, {"s2", 3}, {"s3", 3}}), "stuck");
        CHECK(s.value == 12);
        CHECK(s.band == "many");
    }
    SUBCASE("two missing, one more than allowed: no value, no band, and no balance") {
        const CheckResult c = check_of(q, {{"s1", 3}, {"s2", 3}, {"h1", 1}, {"h2", 1}, {"h3", 1}, {"h4", 1}});
        const Score s = score(q, c, "stuck");
        CHECK_FALSE(s.has_value);
        CHECK(s.missing == 2);
        CHECK(s.band == "");
        CHECK(score(q, c, "healing").value == 4);
        const Score balance = score(q, c, "balance");
        CHECK_FALSE(balance.has_value);
        CHECK(balance.band == "");
        CHECK(balance.missing == 0);
    }
    SUBCASE("all missing") {
        const Score s = score(q, check_of(q, {}), "stuck");
        CHECK_FALSE(s.has_value);
        CHECK(s.missing == 4);
        CHECK_FALSE(score(q, check_of(q, {}), "balance").has_value);
    }
    SUBCASE("with max_missing 0 one missing answer is already too many") {
        Questionnaire strict = q;
        strict.scores[0].max_missing = 0;
        const Score s = score(strict, check_of(strict, {{"s1", 1}, {"s2", 1}, {"s3", 1}}), "stuck");
        CHECK_FALSE(s.has_value);
        CHECK(s.missing == 1);
    }
}

TEST_CASE("prorating rounds halves away from zero, and a difference takes the rounded scores") {
    const Questionnaire q = rounding();
    struct Case {
        std::vector<QuestionAnswer> answers;
        int p, r, difference;
    };
    const Case cases[] = {
        // p: 2 × 5/4 = 2.5 → 3. r: 1 × 3/2 = 1.5 → 2. 3 - 2 = 1.
        {{{"p1", 1}, {"p2", 1}, {"p3", 0}, {"p4", 0}, {"r1", 1}, {"r2", 0}}, 3, 2, 1},
        // p: -2 × 5/4 = -2.5 → -3. r: -1 × 3/2 = -1.5 → -2. -3 - (-2) = -1.
        {{{"p1", -1}, {"p2", -1}, {"p3", 0}, {"p4", 0}, {"r1", -1}, {"r2", 0}}, -3, -2, -1},
        // p: -2.5 → -3. r: 1.5 → 2. -3 - 2 = -5.
        {{{"p2", -1}, {"p3", -1}, {"p4", 0}, {"p5", 0}, {"r2", 2}, {"r3", -1}}, -3, 2, -5},
        // p: 1 × 5/4 = 1.25 → 1. r: 3 × 3/2 = 4.5 → 5.
        {{{"p1", 1}, {"p2", 0}, {"p3", 0}, {"p4", 0}, {"r1", 2}, {"r2", 1}}, 1, 5, -4},
        // p: -3 × 5/4 = -3.75 → -4. r: -4 × 3/2 = -6 exactly.
        {{{"p1", -2}, {"p2", -1}, {"p3", 0}, {"p5", 0}, {"r1", -2}, {"r3", -2}}, -4, -6, 2},
        // p: 2.5 → 3; r: 2 × 3/2 = 3. The difference is 3 - 3 = 0, where rounding the
        // unrounded difference (-0.5) would have given -1.
        {{{"p1", 1}, {"p2", 1}, {"p3", 0}, {"p4", 0}, {"r1", 2}, {"r2", 0}}, 3, 3, 0},
        // p: -1 × 5/4 = -1.25 → -1. r: -3 × 3/2 = -4.5 → -5.
        {{{"p1", -1}, {"p2", 0}, {"p3", 0}, {"p4", 0}, {"r1", -2}, {"r2", -1}}, -1, -5, 4},
    };
    for (const Case& k : cases) {
        const CheckResult c = check_of(q, k.answers);
        CAPTURE(k.p);
        CAPTURE(k.r);
        const Score p = score(q, c, "p"), r = score(q, c, "r"), d = score(q, c, "p-minus-r");
        CHECK(p.value == k.p);
        CHECK(p.prorated);
        CHECK(r.value == k.r);
        CHECK(r.prorated);
        CHECK(d.has_value);
        CHECK(d.value == k.difference);
        CHECK(d.prorated);
        CHECK(d.missing == 0);
    }
}

TEST_CASE("a difference is prorated when either side was, and has no value when either has none") {
    const Questionnaire q = rounding();
    // p complete (2+2+1+0-1 = 4), r prorated (2 × 3/2 = 3).
    CheckResult c = check_of(q, {{"p1", 2}, {"p2", 2}, {"p3", 1}, {"p4", 0}, {"p5", -1}, {"r1", 1}, {"r2", 1}});
    CHECK_FALSE(score(q, c, "p").prorated);
    Score d = score(q, c, "p-minus-r");
    CHECK(d.value == 1);
    CHECK(d.prorated);
    // Both complete: 4 - (1 + 1 + 2).
    set_answer(c, "r3", 2);
    d = score(q, c, "p-minus-r");
    CHECK(d.value == 0);
    CHECK_FALSE(d.prorated);
    // p with two left out has no value; r still has its own.
    clear_answer(c, "p1");
    clear_answer(c, "p2");
    CHECK_FALSE(score(q, c, "p").has_value);
    CHECK(score(q, c, "r").value == 4);
    CHECK_FALSE(score(q, c, "p-minus-r").has_value);
    CHECK(score(q, c, "p-minus-r").band == "");
}

// --- Safety ---

TEST_CASE("a safety question answered above the scale's lowest point raises safety; at the lowest it does not") {
    const Questionnaire q = subscales();
    CHECK_FALSE(is_safety_answer(q, "safe", 0));
    CHECK(is_safety_answer(q, "safe", 1));
    CHECK(is_safety_answer(q, "safe", 3));
    CHECK_FALSE(is_safety_answer(q, "s1", 3)); // not a safety question
    CHECK_FALSE(is_safety_answer(q, "nope", 3));

    CHECK_FALSE(raises_safety(q, check_of(q, {{"s1", 3}, {"h1", 3}})));
    CHECK_FALSE(raises_safety(q, check_of(q, {{"s1", 3}, {"safe", 0}})));
    CHECK(raises_safety(q, check_of(q, {{"s1", 0}, {"safe", 2}})));
    CHECK(raises_safety(q, check_of(q, {{"safe", 1}})));
    CHECK_FALSE(raises_safety(q, check_of(q, {})));

    // On a 1–4 scale the lowest point is 1.
    Questionnaire from_one = q;
    from_one.scale = {1, 4, {}};
    CHECK_FALSE(is_safety_answer(from_one, "safe", 1));
    CHECK(is_safety_answer(from_one, "safe", 2));
}

TEST_CASE("a safety question a score counts is scored like any other, and still raises safety") {
    Questionnaire q = three_questions();
    q.scale = {0, 3, {}};
    q.questions[2].safety = true;
    q.scores = {sum("total", {"q1", "q2", "q3"}, 0, {{0, 4, "lower"}, {5, 9, "higher"}})};
    REQUIRE(problems(q) == "");
    const CheckResult c = check_of(q, {{"q1", 1}, {"q2", 2}, {"q3", 2}});
    const Score s = score(q, c, "total");
    CHECK(s.value == 5);
    CHECK(s.band == "higher");
    CHECK(raises_safety(q, c));
    CHECK_FALSE(raises_safety(q, check_of(q, {{"q1", 1}, {"q2", 2}, {"q3", 0}})));
}

// --- What is wrong with a definition ---

TEST_CASE("problems: the questionnaire's id, version and words") {
    Questionnaire q = subscales();
    q.id = "";
    CHECK(problems(q) == "The questionnaire has no id.");
    q.id = "Weekly check";
    CHECK(problems(q) == "The questionnaire's id can only hold a–z, 0–9 and hyphens, at most 64 of them.");
    q.id = "café";
    CHECK(problems(q) == "The questionnaire's id can only hold a–z, 0–9 and hyphens, at most 64 of them.");
    q.id = std::string(65, 'a');
    CHECK(problems(q) == "The questionnaire's id can only hold a–z, 0–9 and hyphens, at most 64 of them.");
    q.id = std::string(64, 'a');
    CHECK(problems(q) == "");
    q.id = "my-check-2";
    CHECK(problems(q) == "");

    q.version = 0;
    CHECK(problems(q) == "The version is 0; versions start at 1.");
    q.version = 2;
    CHECK(problems(q) == "");

    q.title = " \t ";
    CHECK(problems(q) == "The questionnaire has no title.");
    q.title = std::string(2001, 'x');
    CHECK(problems(q) == "The questionnaire's title is longer than 2000 characters.");
    q.title = repeated("é", 2000); // 4000 bytes, 2000 characters
    CHECK(problems(q) == "");
    q.title = "Bad \xff byte";
    CHECK(problems(q) == "The questionnaire's title holds characters that could not be read as text.");
    q.title = "Stuck and healing";

    // The time frame, introduction and note prompt may be left empty, but not be too long.
    q.time_frame = q.intro = q.note_prompt = "";
    CHECK(problems(q) == "");
    q.time_frame = std::string(2001, 'x');
    CHECK(problems(q) == "The questionnaire's time frame is longer than 2000 characters.");
    q.time_frame = "";
    q.intro = std::string(2001, 'x');
    CHECK(problems(q) == "The questionnaire's introduction is longer than 2000 characters.");
    q.intro = std::string(2000, 'x');
    q.note_prompt = std::string(2001, 'x');
    CHECK(problems(q) == "The questionnaire's note prompt is longer than 2000 characters.");
}

TEST_CASE("problems: the scale") {
    Questionnaire q = three_questions();
    q.scale = {4, 4, {}};
    CHECK(problems(q) == "The scale's lowest point (4) must be below its highest (4).");
    q.scale = {5, 1, {}};
    CHECK(problems(q) == "The scale's lowest point (5) must be below its highest (1).");

    q.scale = {0, 101, {}};
    CHECK(problems(q) == "The scale runs from 0 to 101, more than 100 points apart.");
    q.scale = {0, 100, {}};
    CHECK(problems(q) == "");
    q.scale = {-50, 50, {}};
    CHECK(problems(q) == "");

    q.scale = {-1001, -990, {}};
    CHECK(problems(q) == "The scale's points must lie between -1000 and 1000.");
    q.scale = {-1000, -990, {}};
    CHECK(problems(q) == "");
    q.scale = {995, 1001, {}};
    CHECK(problems(q) == "The scale's points must lie between -1000 and 1000.");
    q.scale = {990, 1000, {}};
    CHECK(problems(q) == "");

    q.scale = {0, 4, {"Never", "Rarely", "Sometimes", "Often"}};
    CHECK(problems(q) == "The scale has 4 labels but 5 points (0 to 4).");
    q.scale = {0, 4, {"Never", "Rarely", "Sometimes", "Often", "Always", "More"}};
    CHECK(problems(q) == "The scale has 6 labels but 5 points (0 to 4).");
    q.scale = {0, 4, {"Never", "Rarely", "  ", "Often", "Always"}};
    CHECK(problems(q) == "Scale point 2 has no label.");
    q.scale = {1, 5, {"", "Rarely", "Sometimes", "Often", "Always"}};
    CHECK(problems(q) == "Scale point 1 has no label.");
    q.scale = {0, 4, {std::string(2001, 'x'), "Rarely", "Sometimes", "Often", "Always"}};
    CHECK(problems(q) == "Scale point 0's label is longer than 2000 characters.");
}

TEST_CASE("problems: the questions") {
    Questionnaire q = three_questions();
    q.questions.clear();
    CHECK(problems(q) == "The questionnaire has no questions.");

    for (int i = 1; i <= 200; ++i) q.questions.push_back(question(("q-" + std::to_string(i)).c_str()));
    CHECK(problems(q) == "");
    q.questions.push_back(question("q-201"));
    CHECK(problems(q) == "The questionnaire has 201 questions; at most 200 are kept.");

    q = three_questions();
    q.questions[1].id = "";
    CHECK(problems(q) == "Question 2 has no id.");
    q.questions[1].id = "Q2";
    CHECK(problems(q) == "Question 2's id can only hold a–z, 0–9 and hyphens, at most 64 of them.");
    q.questions[1].id = std::string(65, 'q');
    CHECK(problems(q) == "Question 2's id can only hold a–z, 0–9 and hyphens, at most 64 of them.");
    q.questions[1].id = "q2";
    q.questions[2].id = "q1";
    CHECK(problems(q) == "Questions 1 and 3 share the id \"q1\".");

    q = three_questions();
    q.questions[2].text = "";
    CHECK(problems(q) == "Question 3 has no text.");
    q.questions[2].text = " \n ";
    CHECK(problems(q) == "Question 3 has no text.");
    q.questions[2].text = std::string(2001, 'x');
    CHECK(problems(q) == "Question 3's text is longer than 2000 characters.");
    q.questions[2].text = std::string(2000, 'x');
    CHECK(problems(q) == "");
}

TEST_CASE("problems: a score's id and name") {
    Questionnaire q = subscales();
    q.scores[2].id = "";
    CHECK(problems(q) == "Score 3 has no id.");
    q.scores[2].id = "Balance!";
    CHECK(problems(q) == "Score 3's id can only hold a–z, 0–9 and hyphens, at most 64 of them.");
    q.scores[2].id = "stuck";
    CHECK(problems(q) == "Scores 1 and 3 share the id \"stuck\".");

    q = subscales();
    q.scores[1].name = "  ";
    CHECK(problems(q) == "Score \"healing\" has no name.");
    q.scores[1].name = std::string(2001, 'x');
    CHECK(problems(q) == "Score \"healing\"'s name is longer than 2000 characters.");
}

TEST_CASE("problems: a score is a sum of questions or a difference of two earlier scores") {
    Questionnaire q = subscales();
    q.scores[2].difference.clear();
    CHECK(problems(q) == "Score \"balance\" is neither a sum of questions nor a difference of two scores.");
    q = subscales();
    q.scores[2].sum = {"s1"};
    CHECK(problems(q) == "Score \"balance\" has both a sum and a difference; it can only be one.");

    q = subscales();
    q.scores[0].sum[3] = "s5";
    CHECK(problems(q) == "Score \"stuck\": \"s5\" in its sum is not a question.");
    q.scores[0].sum[3] = "s1";
    CHECK(problems(q) == "Score \"stuck\": \"s1\" is in its sum twice.");

    q = subscales();
    q.scores[2].difference = {"healing"};
    CHECK(problems(q) == "Score \"balance\": a difference takes exactly two scores, not 1.");
    q.scores[2].difference = {"healing", "stuck", "stuck"};
    CHECK(problems(q) == "Score \"balance\": a difference takes exactly two scores, not 3.");
    q.scores[2].difference = {"healing", "calm"};
    CHECK(problems(q) == "Score \"balance\": \"calm\" is not a score listed before it.");
    q.scores[2].difference = {"balance", "stuck"};
    CHECK(problems(q) == "Score \"balance\": \"balance\" is not a score listed before it.");

    // Listed after the score it needs: a later score cannot be used.
    q = subscales();
    std::swap(q.scores[1], q.scores[2]);
    CHECK(problems(q) == "Score \"balance\": \"healing\" is not a score listed before it.");

    // Two differences of each other: the first one is refused, so there is no cycle.
    q = subscales();
    q.scores[2].bands.clear();
    q.scores.push_back(difference("a", {"b", "stuck"}));
    q.scores.push_back(difference("b", {"a", "stuck"}));
    CHECK(problems(q) == "Score \"a\": \"b\" is not a score listed before it.");

    // A difference of differences is fine: (healing - stuck) - stuck.
    q = subscales();
    q.scores.push_back(difference("again", {"balance", "stuck"}));
    CHECK(problems(q) == "");
    int low = 0, high = 0;
    score_range(q, q.scores[3], low, high);
    CHECK(low == -24);
    CHECK(high == 12);
}

TEST_CASE("problems: how many answers a score may miss") {
    Questionnaire q = subscales();
    q.scores[0].max_missing = 3;
    CHECK(problems(q) == "");
    q.scores[0].max_missing = 4;
    CHECK(problems(q) == "Score \"stuck\" allows 4 unanswered questions (max_missing); a sum of 4 allows 0 to 3.");
    q.scores[0].max_missing = -1;
    CHECK(problems(q) == "Score \"stuck\" allows -1 unanswered questions (max_missing); a sum of 4 allows 0 to 3.");

    q = subscales();
    q.scores[2].max_missing = 1;
    CHECK(problems(q) ==
          "Score \"balance\" is a difference: unanswered questions are counted in its sums (max_missing must be 0).");
}

TEST_CASE("problems: bands cover every possible score exactly once") {
    Questionnaire q = subscales();
    std::vector<Band>& bands = q.scores[0].bands; // stuck: 0 to 12

    bands = {{9, 12, "many"}, {0, 4, "few"}, {5, 8, "some"}}; // in any order
    CHECK(problems(q) == "");
    bands = {{0, 12, "all"}};
    CHECK(problems(q) == "");
    bands = {{0, 4, "few"}, {4, 8, "some"}, {9, 12, "many"}};
    CHECK(problems(q) == "Score \"stuck\": bands 0–4 and 4–8 overlap.");
    bands = {{0, 12, "all"}, {3, 4, "some"}};
    CHECK(problems(q) == "Score \"stuck\": bands 0–12 and 3–4 overlap.");
    bands = {{0, 4, "few"}, {6, 8, "some"}, {9, 12, "many"}};
    CHECK(problems(q) == "Score \"stuck\": no band covers 5 to 5.");
    bands = {{0, 4, "few"}, {5, 9, "some"}};
    CHECK(problems(q) == "Score \"stuck\": no band covers 10 to 12.");
    bands = {{1, 4, "few"}, {5, 12, "more"}};
    CHECK(problems(q) == "Score \"stuck\": no band covers 0 to 0.");
    bands = {{0, 4, "few"}, {5, 8, "some"}, {9, 13, "many"}};
    CHECK(problems(q) == "Score \"stuck\": band 9–13 goes beyond the possible scores 0 to 12.");
    bands = {{-1, 4, "few"}, {5, 12, "more"}};
    CHECK(problems(q) == "Score \"stuck\": band -1–4 goes beyond the possible scores 0 to 12.");
    // Only the first of several is told.
    bands = {{0, 4, "few"}, {4, 8, "some"}, {10, 12, "many"}};
    CHECK(problems(q) == "Score \"stuck\": bands 0–4 and 4–8 overlap.");

    bands = {{0, 4, "few"}, {8, 5, "some"}, {9, 12, "many"}};
    CHECK(problems(q) == "Score \"stuck\": band 8–5 runs backwards.");
    bands = {{0, 4, "few"}, {5, 8, " "}, {9, 12, "many"}};
    CHECK(problems(q) == "Score \"stuck\": band 5–8 has no label.");

    // A difference's bands cover -12 to 12.
    q = subscales();
    q.scores[2].bands = {{-12, -1, "more stuck signs"}, {1, 12, "more healing signs"}};
    CHECK(problems(q) == "Score \"balance\": no band covers 0 to 0.");
    q.scores[2].bands = {{-13, -1, "more stuck signs"}, {0, 12, "even or more healing signs"}};
    CHECK(problems(q) == "Score \"balance\": band -13–-1 goes beyond the possible scores -12 to 12.");
}

TEST_CASE("problems: a score that could grow past a billion is refused, however long the chain") {
    // 200 questions on a -50–50 scale sum to -10000–10000; each difference of a score with
    // itself doubles that: the 17th reaches 10000 × 2^17 = 1310720000.
    Questionnaire q = three_questions();
    q.scale = {-50, 50, {}};
    q.questions.clear();
    ScoreRule all = sum("all", {});
    for (int i = 1; i <= 200; ++i) {
        q.questions.push_back(question(("q-" + std::to_string(i)).c_str()));
        all.sum.push_back("q-" + std::to_string(i));
    }
    q.scores = {all};
    std::string previous = "all";
    for (int i = 1; i <= 16; ++i) {
        const std::string id = "d" + std::to_string(i);
        q.scores.push_back(difference(id.c_str(), {previous, previous}));
        previous = id;
    }
    CHECK(problems(q) == "");
    int low = 0, high = 0;
    score_range(q, q.scores[16], low, high);
    CHECK(low == -655360000);
    CHECK(high == 655360000);

    q.scores.push_back(difference("d17", {"d16", "d16"}));
    CHECK(problems(q) == "Score \"d17\" can range from -1310720000 to 1310720000, beyond the 1000000000 either way a "
                         "score can hold.");
    // A hundred more steps neither overflow nor take long: each is refused in turn.
    previous = "d17";
    for (int i = 18; i <= 117; ++i) {
        const std::string id = "d" + std::to_string(i);
        q.scores.push_back(difference(id.c_str(), {previous, previous}));
        previous = id;
    }
    CHECK(problems_with(q).size() == 101);
}

TEST_CASE("problems: how often it is offered") {
    Questionnaire q = subscales();
    q.every_days = 0;
    CHECK(problems(q) == "");
    q.every_days = 366;
    CHECK(problems(q) == "");
    q.every_days = -1;
    CHECK(problems(q) == "The questionnaire is offered every -1 days; that can be 0 (only when asked) to 366.");
    q.every_days = 367;
    CHECK(problems(q) == "The questionnaire is offered every 367 days; that can be 0 (only when asked) to 366.");
}

// --- What is wrong with a check ---

TEST_CASE("a check answers its own questionnaire's questions, each once, within the scale") {
    const Questionnaire q = subscales();
    CheckResult c = check_of(q, {{"s1", 0}, {"s2", 3}, {"safe", 0}});
    CHECK(problems(c, q) == "");

    c.id = "";
    CHECK(problems(c, q) == "This check has no id.");
    c.id = "check-1";

    c.questionnaire = "other";
    CHECK(problems(c, q) == "This check answers \"other\", not \"subscales\".");
    c.questionnaire = "subscales";
    c.questionnaire_version = 2;
    CHECK(problems(c, q) == "This check answers version 2, not version 1.");
    c.questionnaire_version = 1;

    c.answers = {{"s9", 1}};
    CHECK(problems(c, q) == "An answer is to \"s9\", which the questionnaire does not ask.");
    c.answers = {{"s1", 4}};
    CHECK(problems(c, q) == "The answer to \"s1\" is 4; the scale runs from 0 to 3.");
    c.answers = {{"s1", -1}};
    CHECK(problems(c, q) == "The answer to \"s1\" is -1; the scale runs from 0 to 3.");
    c.answers = {{"s1", 1}, {"s2", 1}, {"s1", 2}};
    CHECK(problems(c, q) == "\"s1\" is answered twice.");
    c.answers = {};
    CHECK(problems(c, q) == ""); // nothing answered is still a check: the person may stop early
}

TEST_CASE("a check's note is text of up to 100000 characters") {
    const Questionnaire q = subscales();
    CheckResult c = check_of(q, {{"s1", 1}});
    c.note = repeated("é", 100000); // 200000 bytes
    CHECK(problems(c, q) == "");
    c.note += "x";
    CHECK(problems(c, q) == "The note is longer than 100000 characters.");
    c.note = "half a letter: \xc3";
    CHECK(problems(c, q) == "The note holds characters that could not be read as text.");
}
