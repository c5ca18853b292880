#include "core/questionnaire.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

#include "core/say.h"
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
    if (id.empty()) out.push_back(trf("{owner} has no id.", {{"owner", owner}}));
    else if (!is_plain_id(id))
        out.push_back(trf("{owner}'s id can only hold a–z, 0–9 and hyphens, at most {max} of them.",
                          {{"owner", owner}, {"max", std::to_string(kMaxIdCharacters)}}));
}

// `owner` ("Question 3") and `field` ("text", marked with tr_later where it is written) name
// the words in the message. Optional text may be empty; required text must hold more than spaces.
void check_text(const std::string& text, const std::string& owner, const char* field, bool required,
                std::vector<std::string>& out) {
    const Blanks blanks = {{"owner", owner}, {"field", tr(field)}, {"max", std::to_string(kMaxQuestionnaireText)}};
    if (!is_valid_utf8(text)) out.push_back(trf("{owner}'s {field} holds characters that could not be read as text.", blanks));
    else if (required && trimmed(text).empty()) out.push_back(trf("{owner} has no {field}.", blanks));
    else if (count_characters(text) > kMaxQuestionnaireText)
        out.push_back(trf("{owner}'s {field} is longer than {max} characters.", blanks));
}

std::string span(int64_t from, int64_t to) { return std::to_string(from) + "–" + std::to_string(to); }

void check_scale(const Scale& s, std::vector<std::string>& out) {
    const int64_t steps = int64_t(s.max) - s.min;
    const int64_t points = steps + 1;
    const Blanks blanks = {{"min", std::to_string(s.min)},
                           {"max", std::to_string(s.max)},
                           {"labels", std::to_string(s.labels.size())},
                           {"points", std::to_string(points)}};
    if (steps <= 0) {
        out.push_back(trf("The scale's lowest point ({min}) must be below its highest ({max}).", blanks));
        return;
    }
    if (s.min < -1000 || s.max > 1000) out.push_back(tr("The scale's points must lie between -1000 and 1000."));
    if (steps > 100) {
        out.push_back(trf("The scale runs from {min} to {max}, more than 100 points apart.", blanks));
        return;
    }
    if (!s.labels.empty() && int64_t(s.labels.size()) != points) {
        out.push_back(trf("The scale has {labels} labels but {points} points ({min} to {max}).", blanks));
        return;
    }
    for (size_t i = 0; i < s.labels.size(); ++i)
        check_text(s.labels[i], trf("Scale point {n}", {{"n", std::to_string(s.min + int64_t(i))}}), tr_later("label"),
                   true, out);
}

// Where each id is first listed; a repeat is told with both places. Ids repeat in a
// broken definition only, but such a file may hold thousands: no quadratic search.
using FirstAt = std::unordered_map<std::string, size_t>;

// `sentence` (marked with tr_later where it is written) has blanks {first}, {second} and {id}.
void check_repeat(FirstAt& first, const std::string& id, size_t i, const char* sentence, std::vector<std::string>& out) {
    if (id.empty()) return;
    const auto [it, added] = first.emplace(id, i);
    if (!added)
        out.push_back(trf(sentence, {{"first", std::to_string(it->second + 1)}, {"second", std::to_string(i + 1)}, {"id", id}}));
}

void check_questions(const Questionnaire& q, FirstAt& questions, std::vector<std::string>& out) {
    if (q.questions.empty()) out.push_back(tr("The questionnaire has no questions."));
    if (q.questions.size() > kMaxQuestions)
        out.push_back(trf("The questionnaire has {count} questions; at most {max} are kept.",
                          {{"count", std::to_string(q.questions.size())}, {"max", std::to_string(kMaxQuestions)}}));
    for (size_t i = 0; i < q.questions.size(); ++i) {
        const Question& question = q.questions[i];
        const std::string owner = trf("Question {n}", {{"n", std::to_string(i + 1)}});
        check_id(question.id, owner, out);
        check_repeat(questions, question.id, i, tr_later("Questions {first} and {second} share the id \"{id}\"."), out);
        check_text(question.text, owner, tr_later("text"), true, out);
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
            out.push_back(trf("{owner}: band {band} goes beyond the possible scores {low} to {high}.",
                              {{"owner", owner},
                               {"band", span(b.from, b.to)},
                               {"low", std::to_string(range.low)},
                               {"high", std::to_string(range.high)}}));
            return;
        }
        if (previous && b.from <= previous->to) {
            out.push_back(trf("{owner}: bands {band} and {other} overlap.",
                              {{"owner", owner}, {"band", span(previous->from, previous->to)}, {"other", span(b.from, b.to)}}));
            return;
        }
        if (b.from > next) {
            out.push_back(trf("{owner}: no band covers {low} to {high}.",
                              {{"owner", owner}, {"low", std::to_string(next)}, {"high", std::to_string(b.from - 1)}}));
            return;
        }
        next = int64_t(b.to) + 1;
        previous = &b;
    }
    if (next <= range.high)
        out.push_back(trf("{owner}: no band covers {low} to {high}.",
                          {{"owner", owner}, {"low", std::to_string(next)}, {"high", std::to_string(range.high)}}));
}

// What a score is made of: existing questions once each, or two scores before it.
void check_score_parts(const ScoreRule& rule, const std::string& owner, const FirstAt& questions,
                       const RangeById& earlier, std::vector<std::string>& out) {
    if (rule.sum.empty() == rule.difference.empty()) {
        out.push_back(rule.sum.empty()
                          ? trf("{owner} is neither a sum of questions nor a difference of two scores.", {{"owner", owner}})
                          : trf("{owner} has both a sum and a difference; it can only be one.", {{"owner", owner}}));
        return;
    }
    if (!rule.sum.empty()) {
        std::unordered_set<std::string> seen;
        for (const std::string& id : rule.sum) {
            if (!questions.count(id))
                out.push_back(trf("{owner}: \"{id}\" in its sum is not a question.", {{"owner", owner}, {"id", id}}));
            else if (!seen.insert(id).second)
                out.push_back(trf("{owner}: \"{id}\" is in its sum twice.", {{"owner", owner}, {"id", id}}));
        }
        const int64_t n = int64_t(rule.sum.size());
        if (rule.max_missing < 0 || rule.max_missing > n - 1)
            out.push_back(trf("{owner} allows {missing} unanswered questions (max_missing); a sum of {n} allows 0 to {most}.",
                              {{"owner", owner},
                               {"missing", std::to_string(rule.max_missing)},
                               {"n", std::to_string(n)},
                               {"most", std::to_string(n - 1)}}));
        return;
    }
    if (rule.difference.size() != 2) {
        out.push_back(trf("{owner}: a difference takes exactly two scores, not {count}.",
                          {{"owner", owner}, {"count", std::to_string(rule.difference.size())}}));
        return;
    }
    for (const std::string& id : rule.difference)
        if (!earlier.count(id))
            out.push_back(trf("{owner}: \"{id}\" is not a score listed before it.", {{"owner", owner}, {"id", id}}));
    if (rule.max_missing != 0)
        out.push_back(trf("{owner} is a difference: unanswered questions are counted in its sums (max_missing must be 0).",
                          {{"owner", owner}}));
}

void check_bands(const ScoreRule& rule, const std::string& owner, Range range, std::vector<std::string>& out) {
    bool readable = true;
    for (const Band& b : rule.bands) {
        if (b.from > b.to) {
            out.push_back(trf("{owner}: band {band} runs backwards.", {{"owner", owner}, {"band", span(b.from, b.to)}}));
            readable = false;
        }
        check_text(b.label, trf("{owner}: band {band}", {{"owner", owner}, {"band", span(b.from, b.to)}}),
                   tr_later("label"), true, out);
    }
    if (readable && !rule.bands.empty()) check_band_cover(owner, rule.bands, range, out);
}

void check_scores(const Questionnaire& q, const FirstAt& questions, std::vector<std::string>& out) {
    FirstAt scores;
    RangeById earlier;
    for (size_t i = 0; i < q.scores.size(); ++i) {
        const ScoreRule& rule = q.scores[i];
        const std::string numbered = trf("Score {n}", {{"n", std::to_string(i + 1)}});
        check_id(rule.id, numbered, out);
        check_repeat(scores, rule.id, i, tr_later("Scores {first} and {second} share the id \"{id}\"."), out);
        // Named by its id once that is plain enough to show.
        const std::string owner = is_plain_id(rule.id) ? trf("Score \"{id}\"", {{"id", rule.id}}) : numbered;
        check_text(rule.name, owner, tr_later("name"), true, out);

        const size_t before = out.size();
        check_score_parts(rule, owner, questions, earlier, out);
        const Range range = range_of(q, rule, earlier);
        earlier.emplace(rule.id, range);
        if (out.size() != before) continue; // its range means nothing yet: its bands can wait
        if (range.low < -kMaxScore || range.high > kMaxScore)
            out.push_back(trf("{owner} can range from {low} to {high}, beyond the {max} either way a score can hold.",
                              {{"owner", owner},
                               {"low", std::to_string(range.low)},
                               {"high", std::to_string(range.high)},
                               {"max", std::to_string(kMaxScore)}}));
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
    const std::string owner = tr("The questionnaire");
    check_id(q.id, owner, out);
    if (q.version < 1)
        out.push_back(trf("The version is {version}; versions start at 1.", {{"version", std::to_string(q.version)}}));
    check_text(q.title, owner, tr_later("title"), true, out);
    check_text(q.time_frame, owner, tr_later("time frame"), false, out);
    check_text(q.intro, owner, tr_later("introduction"), false, out);
    check_text(q.note_prompt, owner, tr_later("note prompt"), false, out);
    check_scale(q.scale, out);
    FirstAt questions;
    check_questions(q, questions, out);
    check_scores(q, questions, out);
    if (q.every_days < 0 || q.every_days > 366)
        out.push_back(trf("The questionnaire is offered every {days} days; that can be 0 (only when asked) to 366.",
                          {{"days", std::to_string(q.every_days)}}));
    return out;
}

std::vector<std::string> problems_with(const CheckResult& c, const Questionnaire& q) {
    std::vector<std::string> out;
    if (c.id.empty()) out.push_back(tr("This check has no id."));
    if (c.questionnaire != q.id)
        out.push_back(trf("This check answers \"{answers}\", not \"{questionnaire}\".",
                          {{"answers", c.questionnaire}, {"questionnaire", q.id}}));
    else if (c.questionnaire_version != q.version)
        out.push_back(trf("This check answers version {answers}, not version {version}.",
                          {{"answers", std::to_string(c.questionnaire_version)}, {"version", std::to_string(q.version)}}));
    std::unordered_set<std::string> answered;
    for (const QuestionAnswer& a : c.answers) {
        if (!find_question(q, a.question)) {
            out.push_back(trf("An answer is to \"{question}\", which the questionnaire does not ask.",
                              {{"question", a.question}}));
            continue;
        }
        if (a.value < q.scale.min || a.value > q.scale.max)
            out.push_back(trf("The answer to \"{question}\" is {value}; the scale runs from {min} to {max}.",
                              {{"question", a.question},
                               {"value", std::to_string(a.value)},
                               {"min", std::to_string(q.scale.min)},
                               {"max", std::to_string(q.scale.max)}}));
        if (!answered.insert(a.question).second)
            out.push_back(trf("\"{question}\" is answered twice.", {{"question", a.question}}));
    }
    if (!is_valid_utf8(c.note)) out.push_back(tr("The note holds characters that could not be read as text."));
    else if (c.note.size() > kMaxCheckNote && count_characters(c.note) > kMaxCheckNote)
        out.push_back(trf("The note is longer than {max} characters.", {{"max", std::to_string(kMaxCheckNote)}}));
    return out;
}

} // namespace onward
