#include "store/checkin_record.h"

#include "core/text.h"

namespace onward {
namespace {

using nlohmann::json;

const char* body_key(BodyState b) {
    switch (b) {
    case BodyState::Activated: return "activated";
    case BodyState::Settled: return "settled";
    case BodyState::ShutDown: return "shut_down";
    case BodyState::Unsaid: break;
    }
    return "";
}

bool body_from_key(const std::string& k, BodyState& out) {
    for (BodyState b : {BodyState::Unsaid, BodyState::Activated, BodyState::Settled, BodyState::ShutDown})
        if (k == body_key(b)) {
            out = b;
            return true;
        }
    return false;
}

// The fields this version understands; anything else in a record is someone else's and kept.
const char* const kKnownFields[] = {"kind", "v", "id", "created", "updated", "distress", "emotions", "body", "note"};

bool read_string(const json& r, const char* key, std::string& out, std::string& error) {
    auto it = r.find(key);
    if (it == r.end() || !it->is_string()) {
        error = std::string("\"") + key + "\" is missing or is not text";
        return false;
    }
    out = it->get<std::string>();
    return true;
}

bool read_time(const json& r, const char* key, LocalTime& out, std::string& error) {
    std::string text;
    if (!read_string(r, key, text, error)) return false;
    if (!from_iso8601(text, out)) {
        error = std::string("\"") + key + "\" is not a date and time like 2026-11-25T18:04:05.000+01:00";
        return false;
    }
    return true;
}

bool read_int(const json& r, const char* key, int& out, std::string& error) {
    auto it = r.find(key);
    if (it == r.end() || !it->is_number_integer()) {
        error = std::string("\"") + key + "\" is missing or is not a whole number";
        return false;
    }
    const auto v = it->get<int64_t>();
    if (v < -1000000 || v > 1000000) {
        error = std::string("\"") + key + "\" is far outside any value Onward writes";
        return false;
    }
    out = int(v);
    return true;
}

} // namespace

std::string encode_checkin(const CheckIn& c, const json& unknown) {
    json r = unknown.is_object() ? unknown : json::object();
    r["kind"] = kCheckInKind;
    r["v"] = kCheckInSchemaVersion;
    r["id"] = c.id;
    r["created"] = to_iso8601(c.created);
    r["updated"] = to_iso8601(c.updated);
    r["distress"] = c.distress;
    json emotions = json::array();
    for (const EmotionRating& e : c.emotions) emotions.push_back({{"name", e.name}, {"intensity", e.intensity}});
    r["emotions"] = std::move(emotions);
    r["body"] = body_key(c.body);
    r["note"] = c.note;
    // Check-ins are validated (UTF-8 included) before they are encoded; `replace` only
    // guards against a bug, so a mistake shows as U+FFFD instead of stopping the app.
    return r.dump(-1, ' ', false, json::error_handler_t::replace);
}

bool decode_checkin(const json& r, CheckInRecord& out, std::string& error) {
    if (!r.is_object()) {
        error = "the record is not a JSON object";
        return false;
    }
    CheckInRecord rec;
    std::string kind;
    if (!read_string(r, "kind", kind, error)) return false;
    if (kind != kCheckInKind) {
        error = "the record is a \"" + kind + "\", not a check-in";
        return false;
    }
    if (!read_int(r, "v", rec.version, error)) return false;
    if (rec.version < 1) {
        error = "schema version " + std::to_string(rec.version) + " is not one Onward ever wrote";
        return false;
    }
    CheckIn& c = rec.checkin;
    if (!read_string(r, "id", c.id, error) || !read_time(r, "created", c.created, error) ||
        !read_time(r, "updated", c.updated, error) || !read_int(r, "distress", c.distress, error))
        return false;
    auto em = r.find("emotions");
    if (em != r.end()) {
        if (!em->is_array()) {
            error = "\"emotions\" is not a list";
            return false;
        }
        for (size_t i = 0; i < em->size(); ++i) {
            EmotionRating e;
            const json& item = (*em)[i];
            if (!item.is_object() || !read_string(item, "name", e.name, error) ||
                !read_int(item, "intensity", e.intensity, error)) {
                error = "emotion " + std::to_string(i + 1) + ": " + (item.is_object() ? error : "not an object");
                return false;
            }
            c.emotions.push_back(std::move(e));
        }
    }
    std::string body;
    if (r.contains("body")) {
        if (!read_string(r, "body", body, error)) return false;
        if (!body_from_key(body, c.body)) {
            error = "\"body\" is \"" + body + "\", not activated, settled or shut_down";
            return false;
        }
    }
    if (r.contains("note") && !read_string(r, "note", c.note, error)) return false;

    const std::vector<std::string> problems = problems_with(c);
    if (!problems.empty()) {
        error = problems.front();
        return false;
    }
    for (auto it = r.begin(); it != r.end(); ++it) {
        bool known = false;
        for (const char* k : kKnownFields) known = known || it.key() == k;
        if (!known) rec.unknown[it.key()] = it.value();
    }
    out = std::move(rec);
    return true;
}

} // namespace onward
