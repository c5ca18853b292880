// A JSON file from outside (a questionnaire a person imports, a backup to restore) passes
// the same checks before any of its fields is read, each refusal a sentence for the person
// saying what is wrong and where. Both readers stand on this one, so they refuse alike.
#pragma once
#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "core/say.h"

namespace onward {

struct JsonFileRules {
    // What the file should be, as the messages name it after "a" and "the": "questionnaire"
    // (marked with tr_later, translated where the message is made).
    const char* thing = tr_later("file");
    size_t max_bytes = 0;
    // Deeper is refused before parsing: reading it could exhaust the stack.
    int max_depth = 0;
    // A text that ends before what it opened is closed was "cut short while it was copied
    // or downloaded" (a file Onward wrote), rather than a JSON mistake (a file a person
    // writes by hand).
    bool ends_as_cut_short = false;
    // A field given twice in one object is refused: parsing would keep the last silently,
    // and the first may be the one meant.
    bool refuses_repeated_fields = false;
    // A file of another kind a person may have picked instead (a Daylio export for a
    // backup): what to tell them, or empty when it is not one. Asked once the file is
    // known to be neither too big nor empty.
    std::string (*other_kind)(const std::string& text) = nullptr;
};

// True, with the file parsed into `doc`, when the text is at most max_bytes, not empty
// (or only white space), not of another kind, UTF-8, nested no deeper than max_depth,
// JSON, and (when asked) has no field twice in one object. Otherwise false, with `error`
// saying which, and where the text breaks as a text editor counts: "line 2, column 13".
bool read_json_file(const std::string& text, const JsonFileRules& rules, nlohmann::json& doc, std::string& error);

// Text from a file as a message quotes it: "\"made\"". An id or a field name can be
// megabytes long, so a long one is cut to its start (never inside a character) and "…".
std::string in_quotes(const std::string& text);

// The fields a format has, for a message: "\"from\", \"to\" and \"label\"".
std::string fields_list(const char* const* fields, size_t count);

} // namespace onward
