#include "core/questionnaire.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "core/text.h"

namespace onward {

namespace {

// Scores are worked out in 64 bits and held within this bound: a definition comes from a
// file a person imports, and each difference of differences can double a score's range,
// so a long chain would otherwise overflow. A definition whose scores can go past
// kMaxScore is refused (problems_with), so a kept one never comes near the bound.
constexpr int64_t kScoreBound = int64_t(1) << 40;
constexpr int64_t kMaxScore = 1000000000;

int64_t bounded(int64_t v) { return std::clamp(v, -kScoreBound, kScoreBound); }
int to_int(int64_t v) { return int(std::clamp(v, int64_t(INT_MIN), int64_t(INT_MAX))); }

// n / d rounded to the nearest whole number, halves away from zero (d > 0). In integers,
// so 2.5 is exactly 3 and -2.5 exactly -3.
int64_t rounded_ratio(int64_t n, int64_t d) {
    const int64_t q = n / d, r = n % d; // both truncated toward zero: r has n's sign
    if (2 * (r < 0 ? -r : r) >= d) return q + (n < 0 ? -1 : 1);
    return q;
}

struct Range {
    int64_t low = 0, high = 0;
};
// Each score's range by id (the first score with an id, where ids repeat).
using RangeById = std::unordered_map<std::string, Range>;

// A difference only looks back at scores listed before it, whose ranges are in `earlier`:
// so a definition with a cycle cannot loop, and a chain is worked out once per step.
Range range_of(const Questionnaire& q, const ScoreRule& rule, const RangeById& earlier) {
    if (!rule.sum.empty()) {
        const int64_t n = int64_t(rule.sum.size());
        return {bounded(n * q.scale.min), bounded(n * q.scale.max)};
    }
    if (rule.difference.size() != 2) return {};
    const auto a = earlier.find(rule.difference[0]), b = earlier.find(rule.difference[1]);
    if (a == earlier.end() || b == earlier.end()) return {};
    return {bounded(a->second.low - b->second.high), bounded(a->second.high - b->second.low)};
}

Score sum_score(const Questionnaire& q, const ScoreRule& rule, const CheckResult& c) {
    Score out;
    out.id = rule.id;
    int64_t total = 0;
    int64_t answered = 0;
    for (const std::string& id : rule.sum) {
        const QuestionAnswer* a = find_answer(c, id);
        if (!a) continue;
        const Question* question = find_question(q, id);
        total += question && question->reversed ? int64_t(q.scale.min) + q.scale.max - a->value : a->value;
        ++answered;
    }
    const int64_t n = int64_t(rule.sum.size());
    out.missing = int(n - answered);
    if (out.missing == 0) {
        out.has_value = true;
        out.value = to_int(bounded(total));
    } else if (out.missing <= rule.max_missing && answered > 0) {
        out.has_value = true;
        out.prorated = true;
        out.value = to_int(bounded(rounded_ratio(bounded(total) * n, answered)));
    }
    return out;
}

// `earlier` holds where each score listed before this one is in `scores`.
Score difference_score(const ScoreRule& rule, const std::vector<Score>& scores,
                       const std::unordered_map<std::string, size_t>& earlier) {
    Score out;
    out.id = rule.id;
    if (rule.difference.size() != 2) return out;
    const auto at_a = earlier.find(rule.difference[0]), at_b = earlier.find(rule.difference[1]);
    if (at_a == earlier.end() || at_b == earlier.end()) return out;
    const Score* a = &scores[at_a->second];
    const Score* b = &scores[at_b->second];
    out.has_value = a->has_value && b->has_value;
    out.prorated = a->prorated || b->prorated;
    if (out.has_value) out.value = to_int(bounded(int64_t(a->value) - b->value));
    return out;
}

// --- What is wrong with a definition ---

constexpr size_t kMaxIdCharacters = 64;

// Ids end up in record ids and in the stored answers: plain lower-case ASCII only.
bool is_plain_id(const std::string& id) {
    if (id.empty() || id.size() > kMaxIdCharacters) return false;
    for (char ch : id)
        if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-')) return false;
    return true;
}

void check_id(const std::string& id, const std::string& owner, std::vector<std::string>& out) {
    if (id.empty()) out.push_back(owner + " has no id.");
    else if (!is_plain_id(id))
        out.push_back(owner + "'s id can only hold a–z, 0–9 and hyphens, at most " +
                      std::to_string(kMaxIdCharacters) + " of them.");
}

// `owner` ("Question 3") and `field` ("text") name the words in the message. Optional text
// may be empty; required text must hold more than spaces.
void check_text(const std::string& text, const std::string& owner, const char* field, bool required,
                std::vector<std::string>& out) {
    if (!is_valid_utf8(text))
        out.push_back(owner + "'s " + field + " holds characters that could not be read as text.");
    else if (required && trimmed(text).empty()) out.push_back(owner + " has no " + field + ".");
    else if (count_characters(text) > kMaxQuestionnaireText)
        out.push_back(owner + "'s " + field + " is longer than " + std::to_string(kMaxQuestionnaireText) +
                      " characters.");
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }
std::string span(int64_t from, int64_t to) { return std::to_string(from) + "–" + std::to_string(to); }

void check_scale(const Scale& s, std::vector<std::string>& out) {
    const int64_t steps = int64_t(s.max) - s.min;
    if (steps <= 0) {
        out.push_back("The scale's lowest point (" + std::to_string(s.min) + ") must be below its highest (" +
                      std::to_string(s.max) + ").");
        return;
    }
    if (s.min < -1000 || s.max > 1000) out.push_back("The scale's points must lie between -1000 and 1000.");
    if (steps > 100) {
        out.push_back("The scale runs from " + std::to_string(s.min) + " to " + std::to_string(s.max) +
                      ", more than 100 points apart.");
        return;
    }
    const int64_t points = steps + 1;
    if (!s.labels.empty() && int64_t(s.labels.size()) != points) {
        out.push_back("The scale has " + std::to_string(s.labels.size()) + " labels but " + std::to_string(points) +
                      " points (" + std::to_string(s.min) + " to " + std::to_string(s.max) + ").");
        return;
    }
    for (size_t i = 0; i < s.labels.size(); ++i)
        check_text(s.labels[i], "Scale point " + std::to_string(s.min + int64_t(i)), "label", true, out);
}

// Where each id is first listed; a repeat is told with both places. Ids repeat in a
// broken definition only, but such a file may hold thousands: no quadratic search.
using FirstAt = std::unordered_map<std::string, size_t>;

void check_repeat(FirstAt& first, const std::string& id, size_t i, const char* owners, std::vector<std::string>& out) {
    if (id.empty()) return;
    const auto [it, added] = first.emplace(id, i);
    if (!added)
        out.push_back(std::string(owners) + " " + std::to_string(it->second + 1) + " and " + std::to_string(i + 1) +
                      " share the id " + quoted(id) + ".");
}

void check_questions(const Questionnaire& q, FirstAt& questions, std::vector<std::string>& out) {
    if (q.questions.empty()) out.push_back("The questionnaire has no questions.");
    if (q.questions.size() > kMaxQuestions)
        out.push_back("The questionnaire has " + std::to_string(q.questions.size()) + " questions; at most " +
                      std::to_string(kMaxQuestions) + " are kept.");
    for (size_t i = 0; i < q.questions.size(); ++i) {
        const Question& question = q.questions[i];
        const std::string owner = "Question " + std::to_string(i + 1);
        check_id(question.id, owner, out);
        check_repeat(questions, question.id, i, "Questions", out);
        check_text(question.text, owner, "text", true, out);
    }
}

// The bands must cover the score's range exactly once: the first overlap, gap or band
// outside it is told (one is enough to fix at a time).
void check_band_cover(const std::string& owner, std::vector<Band> bands, Range range, std::vector<std::string>& out) {
    std::sort(bands.begin(), bands.end(),
              [](const Band& a, const Band& b) { return a.from != b.from ? a.from < b.from : a.to < b.to; });
    int64_t next = range.low; // the lowest score no band has covered yet
    const Band* previous = nullptr;
    for (const Band& b : bands) {
        if (b.from < range.low || b.to > range.high) {
            out.push_back(owner + ": band " + span(b.from, b.to) + " goes beyond the possible scores " +
                          std::to_string(range.low) + " to " + std::to_string(range.high) + ".");
            return;
        }
        if (previous && b.from <= previous->to) {
            out.push_back(owner + ": bands " + span(previous->from, previous->to) + " and " + span(b.from, b.to) +
                          " overlap.");
            return;
        }
        if (b.from > next) {
            out.push_back(owner + ": no band covers " + std::to_string(next) + " to " + std::to_string(b.from - 1) +
                          ".");
            return;
        }
        next = int64_t(b.to) + 1;
        previous = &b;
    }
    if (next <= range.high)
        out.push_back(owner + ": no band covers " + std::to_string(next) + " to " + std::to_string(range.high) + ".");
}

// What a score is made of: existing questions once each, or two scores before it.
void check_score_parts(const ScoreRule& rule, const std::string& owner, const FirstAt& questions,
                       const RangeById& earlier, std::vector<std::string>& out) {
    if (rule.sum.empty() == rule.difference.empty()) {
        out.push_back(owner + (rule.sum.empty() ? " is neither a sum of questions nor a difference of two scores."
                                                : " has both a sum and a difference; it can only be one."));
        return;
    }
    if (!rule.sum.empty()) {
        std::unordered_set<std::string> seen;
        for (const std::string& id : rule.sum) {
            if (!questions.count(id)) out.push_back(owner + ": " + quoted(id) + " in its sum is not a question.");
            else if (!seen.insert(id).second) out.push_back(owner + ": " + quoted(id) + " is in its sum twice.");
        }
        const int64_t n = int64_t(rule.sum.size());
        if (rule.max_missing < 0 || rule.max_missing > n - 1)
            out.push_back(owner + " allows " + std::to_string(rule.max_missing) +
                          " unanswered questions (max_missing); a sum of " + std::to_string(n) + " allows 0 to " +
                          std::to_string(n - 1) + ".");
        return;
    }
    if (rule.difference.size() != 2) {
        out.push_back(owner + ": a difference takes exactly two scores, not " +
                      std::to_string(rule.difference.size()) + ".");
        return;
    }
    for (const std::string& id : rule.difference)
        if (!earlier.count(id)) out.push_back(owner + ": " + quoted(id) + " is not a score listed before it.");
    if (rule.max_missing != 0)
        out.push_back(owner +
                      " is a difference: unanswered questions are counted in its sums (max_missing must be 0).");
}

void check_bands(const ScoreRule& rule, const std::string& owner, Range range, std::vector<std::string>& out) {
    bool readable = true;
    for (const Band& b : rule.bands) {
        if (b.from > b.to) {
            out.push_back(owner + ": band " + span(b.from, b.to) + " runs backwards.");
            readable = false;
        }
        check_text(b.label, owner + ": band " + span(b.from, b.to), "label", true, out);
    }
    if (readable && !rule.bands.empty()) check_band_cover(owner, rule.bands, range, out);
}

void check_scores(const Questionnaire& q, const FirstAt& questions, std::vector<std::string>& out) {
    FirstAt scores;
    RangeById earlier;
    for (size_t i = 0; i < q.scores.size(); ++i) {
        const ScoreRule& rule = q.scores[i];
        check_id(rule.id, "Score " + std::to_string(i + 1), out);
        check_repeat(scores, rule.id, i, "Scores", out);
        // Named by its id once that is plain enough to show.
        const std::string owner = is_plain_id(rule.id) ? "Score " + quoted(rule.id) : "Score " + std::to_string(i + 1);
        check_text(rule.name, owner, "name", true, out);

        const size_t before = out.size();
        check_score_parts(rule, owner, questions, earlier, out);
        const Range range = range_of(q, rule, earlier);
        earlier.emplace(rule.id, range);
        if (out.size() != before) continue; // its range means nothing yet: its bands can wait
        if (range.low < -kMaxScore || range.high > kMaxScore)
            out.push_back(owner + " can range from " + std::to_string(range.low) + " to " +
                          std::to_string(range.high) + ", beyond the " + std::to_string(kMaxScore) +
                          " either way a score can hold.");
        else check_bands(rule, owner, range, out);
    }
}

} // namespace

const QuestionAnswer* find_answer(const CheckResult& c, const std::string& question) {
    for (const QuestionAnswer& a : c.answers)
        if (a.question == question) return &a;
    return nullptr;
}

void set_answer(CheckResult& c, const std::string& question, int value) {
    for (QuestionAnswer& a : c.answers)
        if (a.question == question) {
            a.value = value;
            return;
        }
    c.answers.push_back({question, value});
}

void clear_answer(CheckResult& c, const std::string& question) {
    c.answers.erase(std::remove_if(c.answers.begin(), c.answers.end(),
                                   [&](const QuestionAnswer& a) { return a.question == question; }),
                    c.answers.end());
}

const Question* find_question(const Questionnaire& q, const std::string& id) {
    for (const Question& question : q.questions)
        if (question.id == id) return &question;
    return nullptr;
}

std::string scale_label(const Scale& s, int value) {
    const int64_t at = int64_t(value) - s.min;
    if (at >= 0 && at < int64_t(s.labels.size())) return s.labels[size_t(at)];
    return std::to_string(value);
}

void score_range(const Questionnaire& q, const ScoreRule& rule, int& low, int& high) {
    RangeById earlier;
    for (const ScoreRule& s : q.scores) {
        if (s.id == rule.id) break;
        earlier.emplace(s.id, range_of(q, s, earlier));
    }
    const Range r = range_of(q, rule, earlier);
    low = to_int(r.low);
    high = to_int(r.high);
}

std::vector<Score> score_check(const Questionnaire& q, const CheckResult& c) {
    std::vector<Score> out;
    out.reserve(q.scores.size());
    std::unordered_map<std::string, size_t> earlier;
    for (const ScoreRule& rule : q.scores) {
        Score s = rule.sum.empty() ? difference_score(rule, out, earlier) : sum_score(q, rule, c);
        earlier.emplace(rule.id, out.size());
        if (s.has_value)
            for (const Band& b : rule.bands)
                if (s.value >= b.from && s.value <= b.to) {
                    s.band = b.label;
                    break;
                }
        out.push_back(std::move(s));
    }
    return out;
}

bool is_safety_answer(const Questionnaire& q, const std::string& question, int value) {
    const Question* found = find_question(q, question);
    return found && found->safety && value > q.scale.min;
}

bool raises_safety(const Questionnaire& q, const CheckResult& c) {
    for (const QuestionAnswer& a : c.answers)
        if (is_safety_answer(q, a.question, a.value)) return true;
    return false;
}

std::vector<std::string> problems_with(const Questionnaire& q) {
    std::vector<std::string> out;
    check_id(q.id, "The questionnaire", out);
    if (q.version < 1) out.push_back("The version is " + std::to_string(q.version) + "; versions start at 1.");
    check_text(q.title, "The questionnaire", "title", true, out);
    check_text(q.time_frame, "The questionnaire", "time frame", false, out);
    check_text(q.intro, "The questionnaire", "introduction", false, out);
    check_text(q.note_prompt, "The questionnaire", "note prompt", false, out);
    check_scale(q.scale, out);
    FirstAt questions;
    check_questions(q, questions, out);
    check_scores(q, questions, out);
    if (q.every_days < 0 || q.every_days > 366)
        out.push_back("The questionnaire is offered every " + std::to_string(q.every_days) +
                      " days; that can be 0 (only when asked) to 366.");
    return out;
}

std::vector<std::string> problems_with(const CheckResult& c, const Questionnaire& q) {
    std::vector<std::string> out;
    if (c.id.empty()) out.push_back("This check has no id.");
    if (c.questionnaire != q.id)
        out.push_back("This check answers " + quoted(c.questionnaire) + ", not " + quoted(q.id) + ".");
    else if (c.questionnaire_version != q.version)
        out.push_back("This check answers version " + std::to_string(c.questionnaire_version) + ", not version " +
                      std::to_string(q.version) + ".");
    std::unordered_set<std::string> answered;
    for (const QuestionAnswer& a : c.answers) {
        if (!find_question(q, a.question)) {
            out.push_back("An answer is to " + quoted(a.question) + ", which the questionnaire does not ask.");
            continue;
        }
        if (a.value < q.scale.min || a.value > q.scale.max)
            out.push_back("The answer to " + quoted(a.question) + " is " + std::to_string(a.value) +
                          "; the scale runs from " + std::to_string(q.scale.min) + " to " +
                          std::to_string(q.scale.max) + ".");
        if (!answered.insert(a.question).second) out.push_back(quoted(a.question) + " is answered twice.");
    }
    if (!is_valid_utf8(c.note)) out.push_back("The note holds characters that could not be read as text.");
    else if (c.note.size() > kMaxCheckNote && count_characters(c.note) > kMaxCheckNote)
        out.push_back("The note is longer than " + std::to_string(kMaxCheckNote) + " characters.");
    return out;
}

} // namespace onward
