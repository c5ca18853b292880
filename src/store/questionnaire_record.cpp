#include "store/questionnaire_record.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "store/journal_records.h"
#include "store/json_file.h"

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

// A definition is read strictly: a field Onward does not know is most likely a typo
// ("revresed"), and passing over it would score the questionnaire wrongly without a word.
// The error lists the fields there are, so the person can see what was meant. `holder`
// ("a scale") is marked with tr_later where it is written.
template <size_t N>
bool only_known_fields(const json& r, const char* const (&known)[N], const char* holder, std::string& error) {
    for (auto it = r.begin(); it != r.end(); ++it) {
        if (std::any_of(std::begin(known), std::end(known), [&](const char* k) { return it.key() == k; })) continue;
        error = trf("{field} is not a field Onward knows; {holder} has {fields}",
                    {{"field", in_quotes(it.key())}, {"holder", tr(holder)}, {"fields", fields_list(known, N)}});
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
        error = tr("\"scale\" is missing or is not an object");
        return false;
    }
    const json& r = *it;
    if (!only_known_fields(r, kScaleFields, tr_later("a scale"), error) || !read_int(r, "min", s.min, error) ||
        !read_int(r, "max", s.max, error) || !read_texts(r, "labels", "label", s.labels, error)) {
        error = "scale: " + error;
        return false;
    }
    return true;
}

bool read_question(const json& r, Question& q, std::string& error) {
    return is_object(r, error) && only_known_fields(r, kQuestionFields, tr_later("a question"), error) &&
           read_string(r, "id", q.id, error) && read_string(r, "text", q.text, error) &&
           read_optional_flag(r, "reversed", q.reversed, error) && read_optional_flag(r, "safety", q.safety, error);
}

bool read_score(const json& r, ScoreRule& s, std::string& error) {
    return is_object(r, error) && only_known_fields(r, kScoreFields, tr_later("a score"), error) &&
           read_string(r, "id", s.id, error) && read_string(r, "name", s.name, error) &&
           read_texts(r, "sum", "\"sum\" entry", s.sum, error) &&
           read_texts(r, "difference", "\"difference\" entry", s.difference, error) &&
           read_optional_int(r, "max_missing", s.max_missing, error) &&
           read_list(r, "bands", "band", false, [&](const json& item, std::string& e) {
               Band b;
               if (!is_object(item, e) || !only_known_fields(item, kBandFields, tr_later("a band"), e) ||
                   !read_int(item, "from", b.from, e) || !read_int(item, "to", b.to, e) ||
                   !read_string(item, "label", b.label, e))
                   return false;
               s.bands.push_back(std::move(b));
               return true;
           }, error);
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
    JsonFileRules rules;
    rules.thing = tr_later("questionnaire");
    rules.max_bytes = kMaxDefinitionBytes;
    rules.max_depth = kMaxRecordNesting;
    rules.refuses_repeated_fields = true;
    json doc;
    return read_json_file(text, rules, doc, error) && decode_definition(doc, out, error);
}

bool decode_definition(const json& doc, Questionnaire& out, std::string& error) {
    if (!doc.is_object()) {
        error = tr("A questionnaire is one JSON object, { … }, and this is not one.");
        return false;
    }
    std::string format;
    if (!read_string(doc, "format", format, error) || format != kDefinitionFormat) {
        error = trf("\"format\" is not \"{format}\": this is not a questionnaire Onward reads", {{"format", kDefinitionFormat}});
        return false;
    }
    // Before the fields: a newer format's new fields are no typo, and should not read as one.
    int format_version = 0;
    if (!read_int(doc, "format_version", format_version, error)) return false;
    if (format_version > kDefinitionFormatVersion) {
        error = trf("This questionnaire is written for a newer Onward (format version {version}); this one reads "
                    "version {reads}.",
                    {{"version", std::to_string(format_version)}, {"reads", std::to_string(kDefinitionFormatVersion)}});
        return false;
    }
    if (format_version < 1) {
        error = trf("\"format_version\" is {version}, not one Onward ever wrote", {{"version", std::to_string(format_version)}});
        return false;
    }
    Questionnaire q;
    if (!only_known_fields(doc, kDefinitionFields, tr_later("a questionnaire"), error) || !read_string(doc, "id", q.id, error) ||
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
        error = tr("That id belongs to Onward's own weekly check.");
        return false;
    }
    for (const Questionnaire& kept : have) {
        if (kept.id != q.id || kept.version != q.version) continue;
        // Checks name the version they answered: two different definitions under one
        // version would score some of them by the wrong one.
        if (definition_json(kept) != definition_json(q)) {
            error = trf("You already have version {version} of \"{title}\", and this one differs. A changed "
                        "questionnaire needs a new version number.",
                        {{"version", std::to_string(q.version)}, {"title", kept.title}});
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
    if (!read_header(r, kQuestionnaireKind, tr_later("a questionnaire"), rec.version, error)) return false;
    std::string id;
    LocalTime added;
    if (!read_string(r, "id", id, error) || !read_time(r, "added", added, error)) return false;
    const auto definition = r.find("definition");
    if (definition == r.end()) {
        error = tr("\"definition\" is missing");
        return false;
    }
    if (!decode_definition(*definition, rec.value, error)) {
        error = trf("definition: {problem}", {{"problem", error}});
        return false;
    }
    if (id != questionnaire_record_id(rec.value)) {
        error = trf("\"id\" is \"{id}\", but the definition it holds is {holds}",
                    {{"id", id}, {"holds", questionnaire_record_id(rec.value)}});
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
    if (!read_header(r, kCheckKind, tr_later("a check"), rec.version, error)) return false;
    CheckResult& c = rec.value;
    if (!read_string(r, "id", c.id, error) || !read_string(r, "questionnaire", c.questionnaire, error) ||
        !read_int(r, "questionnaire_version", c.questionnaire_version, error) ||
        !read_time(r, "taken", c.taken, error) || !read_time(r, "updated", c.updated, error) ||
        !read_optional_string(r, "note", c.note, error))
        return false;
    const auto answers = r.find("answers");
    if (answers == r.end() || !answers->is_object()) {
        error = tr("\"answers\" is missing or is not an object");
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
