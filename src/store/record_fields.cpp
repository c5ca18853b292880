#include "store/record_fields.h"

#include <cmath>

namespace onward {

using nlohmann::json;

bool read_string(const json& r, const char* key, std::string& out, std::string& error) {
    auto it = r.find(key);
    if (it == r.end() || !it->is_string()) {
        error = trf("\"{field}\" is missing or is not text", {{"field", key}});
        return false;
    }
    out = it->get<std::string>();
    return true;
}

bool read_optional_string(const json& r, const char* key, std::string& out, std::string& error) {
    return !r.contains(key) || read_string(r, key, out, error);
}

bool read_time(const json& r, const char* key, LocalTime& out, std::string& error) {
    std::string text;
    if (!read_string(r, key, text, error)) return false;
    if (!from_iso8601(text, out)) {
        error = trf("\"{field}\" is not a date and time like 2026-11-25T18:04:05.000+01:00", {{"field", key}});
        return false;
    }
    return true;
}

bool read_int(const json& r, const char* key, int& out, std::string& error) {
    auto it = r.find(key);
    if (it == r.end() || !it->is_number_integer()) {
        error = trf("\"{field}\" is missing or is not a whole number", {{"field", key}});
        return false;
    }
    const auto v = it->get<int64_t>();
    if (v < -1000000 || v > 1000000) {
        error = trf("\"{field}\" is far outside any value Onward writes", {{"field", key}});
        return false;
    }
    out = int(v);
    return true;
}

bool read_optional_int(const json& r, const char* key, int& out, std::string& error) {
    return !r.contains(key) || read_int(r, key, out, error);
}

bool read_number(const json& r, const char* key, double& out, std::string& error) {
    auto it = r.find(key);
    if (it == r.end() || !it->is_number() || !std::isfinite(it->get<double>())) {
        error = trf("\"{field}\" is missing or is not a number", {{"field", key}});
        return false;
    }
    out = it->get<double>();
    return true;
}

bool read_bool(const json& r, const char* key, bool& out, std::string& error) {
    auto it = r.find(key);
    if (it == r.end() || !it->is_boolean()) {
        error = trf("\"{field}\" is missing or is not true or false", {{"field", key}});
        return false;
    }
    out = it->get<bool>();
    return true;
}

bool is_object(const json& item, std::string& error) {
    if (item.is_object()) return true;
    error = tr("not an object");
    return false;
}

bool free_of_problems(const std::vector<std::string>& problems, std::string& error) {
    if (problems.empty()) return true;
    error = problems.front();
    return false;
}

bool read_header(const json& r, const char* kind, const char* kind_words, int& version, std::string& error) {
    if (!r.is_object()) {
        error = tr("the record is not a JSON object");
        return false;
    }
    std::string k;
    if (!read_string(r, "kind", k, error)) return false;
    if (k != kind) {
        error = trf("the record is a \"{kind}\", not {expected}", {{"kind", k}, {"expected", tr(kind_words)}});
        return false;
    }
    if (!read_int(r, "v", version, error)) return false;
    if (version < 1) {
        error = trf("schema version {version} is not one Onward ever wrote", {{"version", std::to_string(version)}});
        return false;
    }
    return true;
}

json unknown_fields(const json& r, std::initializer_list<const char*> known) {
    json out = json::object();
    for (auto it = r.begin(); it != r.end(); ++it) {
        bool is_known = false;
        for (const char* k : known) is_known = is_known || it.key() == k;
        if (!is_known) out[it.key()] = it.value();
    }
    return out;
}

json start_record(const json& unknown, const char* kind, int version, const std::string& id) {
    json r = unknown.is_object() ? unknown : json::object();
    r["kind"] = kind;
    r["v"] = version;
    r["id"] = id;
    return r;
}

std::string record_text(const json& r) {
    // Records are validated (UTF-8 included) before they are encoded; `replace` only
    // guards against a bug, so a mistake shows as U+FFFD instead of stopping the app.
    return r.dump(-1, ' ', false, json::error_handler_t::replace);
}

} // namespace onward
