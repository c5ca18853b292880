#include "store/checkin_record.h"

#include "store/record_fields.h"

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

} // namespace

std::string encode_checkin(const CheckIn& c, const json& unknown) {
    json r = start_record(unknown, kCheckInKind, kCheckInSchemaVersion, c.id);
    r["created"] = to_iso8601(c.created);
    r["updated"] = to_iso8601(c.updated);
    r["distress"] = c.distress;
    json emotions = json::array();
    for (const EmotionRating& e : c.emotions) emotions.push_back({{"name", e.name}, {"intensity", e.intensity}});
    r["emotions"] = std::move(emotions);
    r["body"] = body_key(c.body);
    r["note"] = c.note;
    return record_text(r);
}

bool decode_checkin(const json& r, Decoded<CheckIn>& out, std::string& error) {
    Decoded<CheckIn> rec;
    if (!read_header(r, kCheckInKind, "a check-in", rec.version, error)) return false;
    CheckIn& c = rec.value;
    if (!read_string(r, "id", c.id, error) || !read_time(r, "created", c.created, error) ||
        !read_time(r, "updated", c.updated, error) || !read_int(r, "distress", c.distress, error))
        return false;
    const bool emotions_ok = read_list(r, "emotions", "emotion", false, [&](const json& item, std::string& e) {
        EmotionRating rating;
        if (!is_object(item, e) || !read_string(item, "name", rating.name, e) ||
            !read_int(item, "intensity", rating.intensity, e))
            return false;
        c.emotions.push_back(std::move(rating));
        return true;
    }, error);
    if (!emotions_ok) return false;
    std::string body;
    if (!read_optional_string(r, "body", body, error)) return false;
    if (!body.empty()) {
        if (!body_from_key(body, c.body)) {
            error = "\"body\" is \"" + body + "\", not activated, settled or shut_down";
            return false;
        }
    }
    if (!read_optional_string(r, "note", c.note, error)) return false;

    if (!free_of_problems(problems_with(c), error)) return false;
    // Anything else is a newer Onward's, kept for when this one rewrites the record.
    rec.unknown = unknown_fields(r, {"kind", "v", "id", "created", "updated", "distress", "emotions", "body", "note"});
    out = std::move(rec);
    return true;
}

} // namespace onward
