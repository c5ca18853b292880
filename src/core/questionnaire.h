// Self-checks: a questionnaire is a definition (a scale, questions, how they are scored)
// and a check is one time a person answered it. The weekly coping-or-healing check is one
// definition among others; a person can add more (store/questionnaire_record.h reads them).
//
// Scores are never a verdict: they are sums the person can watch over time. A safety
// question answered above the scale's lowest point is the one thing that changes what the
// app does (it opens the safety plan and the crisis lines, every time).
#pragma once
#include <string>
#include <vector>

#include "core/local_time.h"

namespace onward {

struct Scale {
    int min = 0;
    int max = 3;
    std::vector<std::string> labels; // one per point, labels[v - min]
};

struct Question {
    std::string id; // [a-z0-9-], at most 64 characters, one per question
    std::string text;
    bool reversed = false; // scored as min + max - answer
    bool safety = false;   // any answer above scale.min opens the safety plan and the lines
};

// Scores from `from` to `to` (both included) carry `label`.
struct Band {
    int from = 0;
    int to = 0;
    std::string label;
};

// A score is either the sum of some questions or the difference of two other scores.
struct ScoreRule {
    std::string id; // [a-z0-9-], at most 64 characters, one per score
    std::string name;
    std::vector<std::string> sum;        // question ids; reversed ones are turned around first
    // Two score ids listed before this one, first minus second: of the rounded scores, so a
    // balance always equals what the person sees on each side.
    std::vector<std::string> difference;
    // A sum with at most this many of its questions unanswered is prorated: the answered
    // ones' total times (questions / answered), rounded to the nearest whole number
    // (halves away from zero). With more missing it has no value.
    int max_missing = 0;
    std::vector<Band> bands; // none, or covering every possible value exactly once
};

struct Questionnaire {
    std::string id;  // [a-z0-9-], at most 64 characters
    int version = 1; // a changed definition is a new version; every version is kept
    std::string title;
    std::string time_frame;  // "Over the past week"
    std::string intro;       // optional words before the first question
    std::string note_prompt; // optional free-text line at the end; empty for none
    Scale scale;
    std::vector<Question> questions;
    std::vector<ScoreRule> scores;
    int every_days = 0; // offered again this many days after the last one; 0: only when asked
};

struct QuestionAnswer {
    std::string question; // Question::id
    int value = 0;
};

// One time a person answered a questionnaire.
struct CheckResult {
    std::string id;
    std::string questionnaire; // Questionnaire::id
    int questionnaire_version = 1;
    LocalTime taken;
    LocalTime updated;
    std::vector<QuestionAnswer> answers; // unanswered questions are absent
    std::string note;
};

struct Score {
    std::string id;      // ScoreRule::id
    bool has_value = false; // false: too many answers missing (or a difference of such)
    int value = 0;
    bool prorated = false;
    int missing = 0;        // questions of a sum left unanswered
    std::string band;       // the band's label, or empty
};

// The questionnaire Onward ships (questionnaires/weekly-check.json): offered first, and
// its id is not for any other.
constexpr const char* kWeeklyCheckId = "onward-weekly-check";

constexpr size_t kMaxQuestions = 200;
constexpr size_t kMaxQuestionnaireText = 2000; // characters in any one title, question or label
constexpr size_t kMaxCheckNote = 100000;       // characters

// The answer given to a question, or nullptr when it was left out. (No number stands for
// "left out": a scale may include -1.)
const QuestionAnswer* find_answer(const CheckResult& c, const std::string& question);
void set_answer(CheckResult& c, const std::string& question, int value);
void clear_answer(CheckResult& c, const std::string& question);

const Question* find_question(const Questionnaire& q, const std::string& id);
// The label of a scale point, or the number as text when the scale has no label for it.
std::string scale_label(const Scale& s, int value);
// The lowest and highest value a score can take.
void score_range(const Questionnaire& q, const ScoreRule& rule, int& low, int& high);

// Every score of the questionnaire, in its order, for these answers.
std::vector<Score> score_check(const Questionnaire& q, const CheckResult& c);
// A safety question answered above the scale's lowest point.
bool is_safety_answer(const Questionnaire& q, const std::string& question, int value);
bool raises_safety(const Questionnaire& q, const CheckResult& c);

// What is wrong with a definition, in plain words, first problem first: empty when none.
// (The stored form's own rules — unknown fields, types — are the store's to check.)
std::vector<std::string> problems_with(const Questionnaire& q);
// What is wrong with a check for the questionnaire it answers: answers outside the scale,
// to questions it does not have, twice to one question; a note too long.
std::vector<std::string> problems_with(const CheckResult& c, const Questionnaire& q);

} // namespace onward
