#include "store/questionnaire_record.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "core/text.h"
#include "store/journal_records.h"

// The weekly check's file, built in by CMake (scripts/embed_file.cmake).
extern const unsigned char kWeeklyCheckJson[];
extern const size_t kWeeklyCheckJsonSize;

namespace onward {

using nlohmann::json;

namespace {

constexpr const char* kDefinitionFields[] = {"format", "format_version", "id",        "version", "title",
                                             "time_frame", "intro",        "note",      "scale",   "questions",
                                             "scores",     "every_days"};
constexpr const char* kScaleFields[] = {"min", "max", "labels"};
constexpr const char* kQuestionFields[] = {"id", "text", "reversed", "safety"};
constexpr const char* kScoreFields[] = {"id", "name", "sum", "difference", "max_missing", "bands"};
constexpr const char* kBandFields[] = {"from", "to", "label"};

// A field's name as a message shows it: a hostile file's can be half a megabyte long.
std::string field_words(const std::string& key) {
    if (key.size() <= 60) return "\"" + key + "\"";
    size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(key[cut]) & 0xC0) == 0x80) --cut; // not inside a character
    return "\"" + key.substr(0, cut) + "…\"";
}

// A definition is read strictly: a field Onward does not know is most likely a typo
// ("revresed"), and passing over it would score the questionnaire wrongly without a word.
// The error lists the fields there are, so the person can see what was meant.
template <size_t N>
bool only_known_fields(const json& r, const char* const (&known)[N], const char* holder, std::string& error) {
    for (auto it = r.begin(); it != r.end(); ++it) {
        if (std::any_of(std::begin(known), std::end(known), [&](const char* k) { return it.key() == k; })) continue;
        error = field_words(it.key()) + " is not a field Onward knows; " + holder + " has ";
        for (size_t i = 0; i < N; ++i)
            error += std::string(i == 0 ? "" : i + 1 == N ? " and " : ", ") + "\"" + known[i] + "\"";
        return false;
    }
    return true;
}

bool read_optional_flag(const json& r, const char* key, bool& out, std::string& error) {
    return !r.contains(key) || read_bool(r, key, out, error);
}

bool read_texts(const json& r, const char* key, const char* item_words, std::vector<std::string>& out,
                std::string& error) {
    return read_list(r, key, item_words, false, [&](const json& item, std::string& e) {
        if (!item.is_string()) {
            e = "not text";
            return false;
        }
        out.push_back(item.get<std::string>());
        return true;
    }, error);
}

bool read_scale(const json& doc, Scale& s, std::string& error) {
    const auto it = doc.find("scale");
    if (it == doc.end() || !it->is_object()) {
        error = "\"scale\" is missing or is not an object";
        return false;
    }
    const json& r = *it;
    if (!only_known_fields(r, kScaleFields, "a scale", error) || !read_int(r, "min", s.min, error) ||
        !read_int(r, "max", s.max, error) || !read_texts(r, "labels", "label", s.labels, error)) {
        error = "scale: " + error;
        return false;
    }
    return true;
}

bool read_question(const json& r, Question& q, std::string& error) {
    return is_object(r, error) && only_known_fields(r, kQuestionFields, "a question", error) &&
           read_string(r, "id", q.id, error) && read_string(r, "text", q.text, error) &&
           read_optional_flag(r, "reversed", q.reversed, error) && read_optional_flag(r, "safety", q.safety, error);
}

bool read_score(const json& r, ScoreRule& s, std::string& error) {
    return is_object(r, error) && only_known_fields(r, kScoreFields, "a score", error) &&
           read_string(r, "id", s.id, error) && read_string(r, "name", s.name, error) &&
           read_texts(r, "sum", "\"sum\" entry", s.sum, error) &&
           read_texts(r, "difference", "\"difference\" entry", s.difference, error) &&
           read_optional_int(r, "max_missing", s.max_missing, error) &&
           read_list(r, "bands", "band", false, [&](const json& item, std::string& e) {
               Band b;
               if (!is_object(item, e) || !only_known_fields(item, kBandFields, "a band", e) ||
                   !read_int(item, "from", b.from, e) || !read_int(item, "to", b.to, e) ||
                   !read_string(item, "label", b.label, e))
                   return false;
               s.bands.push_back(std::move(b));
               return true;
           }, error);
}

// What json::parse does not tell, found by reading the text once through nlohmann's SAX
// interface: where the JSON breaks, and a field given twice in one object (parse keeps
// the last one silently, and the first may be the one meant).
struct TextFaults : nlohmann::json_sax<json> {
    size_t broken_at = 0; // characters read when parsing stopped; 0 when it did not
    bool repeats = false;
    std::string repeated;
    std::vector<std::set<std::string>> open_objects;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override {
        open_objects.emplace_back();
        return true;
    }
    bool key(string_t& k) override {
        if (open_objects.back().insert(k).second) return true;
        repeats = true;
        repeated = k;
        return false;
    }
    bool end_object() override {
        open_objects.pop_back();
        return true;
    }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override {
        broken_at = position;
        return false;
    }
};

// Where the JSON breaks, as a text editor counts: line and column, from 1.
std::string not_json_words(const std::string& text, size_t broken_at) {
    // nlohmann counts the characters read, the one it stopped on included: one past the
    // end when the text ran out.
    if (broken_at > text.size()) return "The file is not valid JSON: it ends before what it opened is closed.";
    const size_t at = broken_at - 1;
    const size_t newline = at > 0 ? text.rfind('\n', at - 1) : std::string::npos;
    const size_t line_start = newline == std::string::npos ? 0 : newline + 1;
    const auto line = std::count(text.begin(), text.begin() + long(line_start), '\n') + 1;
    const size_t column = count_characters(text.substr(line_start, at - line_start)) + 1;
    return "The file is not valid JSON: something is wrong at line " + std::to_string(line) + ", column " +
           std::to_string(column) + ".";
}

std::string size_words(size_t bytes) {
    char text[32];
    if (bytes >= 1024 * 1024) std::snprintf(text, sizeof text, "%.1f MB", double(bytes) / (1024 * 1024));
    else std::snprintf(text, sizeof text, "%zu KB", (bytes + 1023) / 1024); // up, so never "512 KB" when over
    return text;
}

} // namespace

const Questionnaire& weekly_check() {
    static const Questionnaire q = [] {
        Questionnaire read;
        std::string error;
        const std::string text(reinterpret_cast<const char*>(kWeeklyCheckJson), kWeeklyCheckJsonSize);
        if (!read_definition(text, read, error)) {
            // The file is part of the build: a broken one must never reach a person.
            std::fprintf(stderr, "questionnaires/weekly-check.json: %s\n", error.c_str());
            std::abort();
        }
        return read;
    }();
    return q;
}

bool read_definition(const std::string& text, Questionnaire& out, std::string& error) {
    if (text.size() > kMaxDefinitionBytes) {
        error = "The file is " + size_words(text.size()) + "; a questionnaire is at most " +
                size_words(kMaxDefinitionBytes) + ".";
        return false;
    }
    if (trimmed(text).empty()) {
        error = "The file is empty.";
        return false;
    }
    if (!is_valid_utf8(text)) {
        error = "The file is not UTF-8 text: some of its bytes are not letters of any script.";
        return false;
    }
    // Checked before parsing: a deep enough file would exhaust the stack while being read.
    if (nesting_depth(text) > kMaxRecordNesting) {
        error = "The file is nested more than " + std::to_string(kMaxRecordNesting) +
                " levels deep; a questionnaire needs only a few.";
        return false;
    }
    TextFaults faults;
    json::sax_parse(text, &faults);
    if (faults.broken_at > 0) {
        error = not_json_words(text, faults.broken_at);
        return false;
    }
    if (faults.repeats) {
        error = field_words(faults.repeated) + " is given twice in one object, and Onward cannot tell which is meant";
        return false;
    }
    return decode_definition(json::parse(text, nullptr, /*allow_exceptions=*/false), out, error);
}

bool decode_definition(const json& doc, Questionnaire& out, std::string& error) {
    if (!doc.is_object()) {
        error = "A questionnaire is one JSON object, { … }, and this is not one.";
        return false;
    }
    std::string format;
    if (!read_string(doc, "format", format, error) || format != kDefinitionFormat) {
        error = std::string("\"format\" is not \"") + kDefinitionFormat + "\": this is not a questionnaire Onward reads";
        return false;
    }
    // Before the fields: a newer format's new fields are no typo, and should not read as one.
    int format_version = 0;
    if (!read_int(doc, "format_version", format_version, error)) return false;
    if (format_version > kDefinitionFormatVersion) {
        error = "This questionnaire is written for a newer Onward (format version " + std::to_string(format_version) +
                "); this one reads version " + std::to_string(kDefinitionFormatVersion) + ".";
        return false;
    }
    if (format_version < 1) {
        error = "\"format_version\" is " + std::to_string(format_version) + ", not one Onward ever wrote";
        return false;
    }
    Questionnaire q;
    if (!only_known_fields(doc, kDefinitionFields, "a questionnaire", error) || !read_string(doc, "id", q.id, error) ||
        !read_int(doc, "version", q.version, error) || !read_string(doc, "title", q.title, error) ||
        !read_string(doc, "time_frame", q.time_frame, error) || !read_optional_string(doc, "intro", q.intro, error) ||
        !read_optional_string(doc, "note", q.note_prompt, error) || !read_scale(doc, q.scale, error) ||
        !read_optional_int(doc, "every_days", q.every_days, error))
        return false;
    const bool lists_ok =
        read_list(doc, "questions", "question", true, [&](const json& item, std::string& e) {
            Question question;
            if (!read_question(item, question, e)) return false;
            q.questions.push_back(std::move(question));
            return true;
        }, error) &&
        read_list(doc, "scores", "score", true, [&](const json& item, std::string& e) {
            ScoreRule rule;
            if (!read_score(item, rule, e)) return false;
            q.scores.push_back(std::move(rule));
            return true;
        }, error);
    if (!lists_ok || !free_of_problems(problems_with(q), error)) return false;
    out = std::move(q);
    return true;
}

json definition_json(const Questionnaire& q) {
    json d = {{"format", kDefinitionFormat}, {"format_version", kDefinitionFormatVersion},
              {"id", q.id},                  {"version", q.version},
              {"title", q.title},            {"time_frame", q.time_frame}};
    if (!q.intro.empty()) d["intro"] = q.intro;
    if (!q.note_prompt.empty()) d["note"] = q.note_prompt;
    d["scale"] = {{"min", q.scale.min}, {"max", q.scale.max}};
    if (!q.scale.labels.empty()) d["scale"]["labels"] = q.scale.labels;
    json questions = json::array();
    for (const Question& question : q.questions) {
        json item = {{"id", question.id}, {"text", question.text}};
        if (question.reversed) item["reversed"] = true;
        if (question.safety) item["safety"] = true;
        questions.push_back(std::move(item));
    }
    d["questions"] = std::move(questions);
    json scores = json::array();
    for (const ScoreRule& rule : q.scores) {
        json item = {{"id", rule.id}, {"name", rule.name}};
        if (!rule.sum.empty()) item["sum"] = rule.sum;
        if (!rule.difference.empty()) item["difference"] = rule.difference;
        if (rule.max_missing != 0) item["max_missing"] = rule.max_missing;
        if (!rule.bands.empty()) {
            json bands = json::array();
            for (const Band& b : rule.bands) bands.push_back({{"from", b.from}, {"to", b.to}, {"label", b.label}});
            item["bands"] = std::move(bands);
        }
        scores.push_back(std::move(item));
    }
    d["scores"] = std::move(scores);
    if (q.every_days != 0) d["every_days"] = q.every_days;
    return d;
}

bool can_add_definition(const Questionnaire& q, const std::vector<Questionnaire>& have, bool& already_there,
                        std::string& error) {
    already_there = false;
    if (q.id == kWeeklyCheckId) {
        error = "That id belongs to Onward's own weekly check.";
        return false;
    }
    for (const Questionnaire& kept : have) {
        if (kept.id != q.id || kept.version != q.version) continue;
        // Checks name the version they answered: two different definitions under one
        // version would score some of them by the wrong one.
        if (definition_json(kept) != definition_json(q)) {
            error = "You already have version " + std::to_string(q.version) + " of \"" + kept.title +
                    "\", and this one differs. A changed questionnaire needs a new version number.";
            return false;
        }
        already_there = true;
        return true;
    }
    return true;
}

std::string questionnaire_record_id(const Questionnaire& q) {
    return "questionnaire-" + q.id + "-v" + std::to_string(q.version);
}

std::string encode_questionnaire(const Questionnaire& q, const LocalTime& added, const json& unknown) {
    json r = start_record(unknown, kQuestionnaireKind, kQuestionnaireSchemaVersion, questionnaire_record_id(q));
    r["added"] = to_iso8601(added);
    r["definition"] = definition_json(q);
    return record_text(r);
}

bool decode_questionnaire(const json& r, Decoded<Questionnaire>& out, std::string& error) {
    Decoded<Questionnaire> rec;
    if (!read_header(r, kQuestionnaireKind, "a questionnaire", rec.version, error)) return false;
    std::string id;
    LocalTime added;
    if (!read_string(r, "id", id, error) || !read_time(r, "added", added, error)) return false;
    const auto definition = r.find("definition");
    if (definition == r.end()) {
        error = "\"definition\" is missing";
        return false;
    }
    if (!decode_definition(*definition, rec.value, error)) {
        error = "definition: " + error;
        return false;
    }
    if (id != questionnaire_record_id(rec.value)) {
        error = "\"id\" is \"" + id + "\", but the definition it holds is " + questionnaire_record_id(rec.value);
        return false;
    }
    // The definition itself is strict; the record around it keeps what a newer Onward added.
    rec.unknown = unknown_fields(r, {"kind", "v", "id", "added", "definition"});
    out = std::move(rec);
    return true;
}

std::string encode_check(const CheckResult& c, const json& unknown) {
    json r = start_record(unknown, kCheckKind, kCheckSchemaVersion, c.id);
    r["questionnaire"] = c.questionnaire;
    r["questionnaire_version"] = c.questionnaire_version;
    r["taken"] = to_iso8601(c.taken);
    r["updated"] = to_iso8601(c.updated);
    json answers = json::object();
    for (const QuestionAnswer& a : c.answers) answers[a.question] = a.value;
    r["answers"] = std::move(answers);
    if (!c.note.empty()) r["note"] = c.note;
    return record_text(r);
}

bool decode_check(const json& r, Decoded<CheckResult>& out, std::string& error) {
    Decoded<CheckResult> rec;
    if (!read_header(r, kCheckKind, "a check", rec.version, error)) return false;
    CheckResult& c = rec.value;
    if (!read_string(r, "id", c.id, error) || !read_string(r, "questionnaire", c.questionnaire, error) ||
        !read_int(r, "questionnaire_version", c.questionnaire_version, error) ||
        !read_time(r, "taken", c.taken, error) || !read_time(r, "updated", c.updated, error) ||
        !read_optional_string(r, "note", c.note, error))
        return false;
    const auto answers = r.find("answers");
    if (answers == r.end() || !answers->is_object()) {
        error = "\"answers\" is missing or is not an object";
        return false;
    }
    for (auto it = answers->begin(); it != answers->end(); ++it) {
        QuestionAnswer a{it.key(), 0};
        if (!read_int(*answers, it.key().c_str(), a.value, error)) {
            error = "answers: " + error;
            return false;
        }
        c.answers.push_back(std::move(a));
    }
    // Whether the answers fit the questionnaire is put_check's to judge, once every
    // definition is read: records come in any order.
    rec.unknown = unknown_fields(r, {"kind", "v", "id", "questionnaire", "questionnaire_version", "taken", "updated",
                                     "answers", "note"});
    out = std::move(rec);
    return true;
}

} // namespace onward
