// Questionnaires as JSON: the definition format a person imports (documented in
// docs/questionnaires.md, with questionnaires/weekly-check.json as its example), and the
// stored records of definitions and of checks taken.
//
// A definition is read strictly: an unknown field, a wrong type, a scale whose labels do
// not match it, bands that overlap or leave gaps — each is refused with its reason, since
// a clinician's questionnaire read wrongly would score wrongly. Stored records, like every
// record, keep fields a newer Onward added.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/questionnaire.h"
#include "store/record_fields.h"

namespace onward {

constexpr const char* kDefinitionFormat = "onward-questionnaire";
constexpr int kDefinitionFormatVersion = 1;
constexpr size_t kMaxDefinitionBytes = 512 * 1024;

// The questionnaire Onward ships, read once from questionnaires/weekly-check.json (built in).
const Questionnaire& weekly_check();

// Reads a definition from a file's text. False, with `error` saying what and where
// ("question 3: \"text\" is missing"), for anything not a valid definition: not JSON,
// too big, too deep, unknown fields, wrong types, or a definition with problems_with().
bool read_definition(const std::string& text, Questionnaire& out, std::string& error);
bool decode_definition(const nlohmann::json& doc, Questionnaire& out, std::string& error);
nlohmann::json definition_json(const Questionnaire& q);

// Whether a definition just read can join those the person has: refused (false, with
// `error`) when it is the weekly check's id, or the same id and version with different
// content. `already_there` is set when the very same definition is already kept.
bool can_add_definition(const Questionnaire& q, const std::vector<Questionnaire>& have, bool& already_there,
                        std::string& error);

// Stored definitions: {"kind":"questionnaire","v":1,"id":"questionnaire-<id>-v<version>",
// "added": time, "definition": {...}}.
constexpr int kQuestionnaireSchemaVersion = 1;
constexpr const char* kQuestionnaireKind = "questionnaire";
std::string questionnaire_record_id(const Questionnaire& q);
std::string encode_questionnaire(const Questionnaire& q, const LocalTime& added,
                                 const nlohmann::json& unknown = nlohmann::json::object());
bool decode_questionnaire(const nlohmann::json& record, Decoded<Questionnaire>& out, std::string& error);

// Stored checks: {"kind":"check","v":1,"id","questionnaire","questionnaire_version",
// "taken","updated","answers":{"<question id>": value, …},"note"}. Scores are not stored:
// they are worked out from the definition version the check was taken with.
constexpr int kCheckSchemaVersion = 1;
constexpr const char* kCheckKind = "check";
// A new check being answered is kept as it goes, as a check record under this id (its
// own id comes when it is saved), so a reload or a crash loses no answer and no word.
constexpr const char* kCheckDraftId = "draft-check";
std::string encode_check(const CheckResult& c, const nlohmann::json& unknown = nlohmann::json::object());
bool decode_check(const nlohmann::json& record, Decoded<CheckResult>& out, std::string& error);

} // namespace onward
