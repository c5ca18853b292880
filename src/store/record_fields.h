// Reading and writing the fields every record kind shares, with errors in plain words
// that say which field is wrong, and the rule that a record keeps what it does not know.
#pragma once
#include <initializer_list>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/keys.h"
#include "core/local_time.h"
#include "core/say.h"

namespace onward {

// A record as read: its value, the version that wrote it, and what a newer version added.
template <class T> struct Decoded {
    T value;
    int version = 1;                                     // a newer one is shown but never rewritten
    nlohmann::json unknown = nlohmann::json::object(); // fields kept verbatim on rewrite
};

bool read_string(const nlohmann::json& r, const char* key, std::string& out, std::string& error);
bool read_time(const nlohmann::json& r, const char* key, LocalTime& out, std::string& error);
bool read_int(const nlohmann::json& r, const char* key, int& out, std::string& error);
bool read_number(const nlohmann::json& r, const char* key, double& out, std::string& error);
bool read_bool(const nlohmann::json& r, const char* key, bool& out, std::string& error);
// An optional field: absent is fine, present must be right.
bool read_optional_string(const nlohmann::json& r, const char* key, std::string& out, std::string& error);
bool read_optional_int(const nlohmann::json& r, const char* key, int& out, std::string& error);

// Reads each item of the list r[key] with `read_item(item, error)`; an error names the
// item ("emotion 2: …"). An absent list is empty, unless `required`.
template <class ReadItem>
bool read_list(const nlohmann::json& r, const char* key, const char* item_words, bool required, ReadItem read_item,
               std::string& error) {
    auto list = r.find(key);
    if (list == r.end() && !required) return true;
    if (list == r.end() || !list->is_array()) {
        error = std::string("\"") + key + (required ? "\" is missing or is not a list" : "\" is not a list");
        return false;
    }
    for (size_t i = 0; i < list->size(); ++i)
        if (!read_item((*list)[i], error)) {
            error = std::string(item_words) + " " + std::to_string(i + 1) + ": " + error;
            return false;
        }
    return true;
}
// Reads an optional field holding one of an enum's keys; an unknown key is an error.
template <class E, size_t N>
bool read_choice(const nlohmann::json& r, const char* key, const E (&all)[N], const char* (*key_of)(E), E& out,
                 std::string& error) {
    std::string k;
    if (!read_optional_string(r, key, k, error)) return false;
    if (k.empty() || from_key(all, key_of, k, out)) return true;
    error = std::string("\"") + key + "\" is \"" + k + "\", which this version of Onward does not know";
    return false;
}

// For read_list: an item that must be an object.
bool is_object(const nlohmann::json& item, std::string& error);

// A decoded value must still follow the core's rules: the first broken one is the error.
bool free_of_problems(const std::vector<std::string>& problems, std::string& error);

// Checks "kind" and reads "v" (a version this Onward, or a later one, wrote). `kind_words`
// ("an entry") is marked with tr_later where it is written.
bool read_header(const nlohmann::json& r, const char* kind, const char* kind_words, int& version, std::string& error);
// The fields of `r` not in `known`: kept verbatim and written back on rewrite.
nlohmann::json unknown_fields(const nlohmann::json& r, std::initializer_list<const char*> known);
// A record object as stored text, starting from the fields a newer version left in it.
nlohmann::json start_record(const nlohmann::json& unknown, const char* kind, int version, const std::string& id);
std::string record_text(const nlohmann::json& r);

} // namespace onward
