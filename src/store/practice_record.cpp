#include "store/practice_record.h"

#include <cmath>

namespace onward {

using nlohmann::json;

std::string encode_practice(const PracticeSession& s, const json& unknown) {
    json r = start_record(unknown, kPracticeKind, kPracticeSchemaVersion, s.id);
    r["created"] = to_iso8601(s.created);
    r["updated"] = to_iso8601(s.updated);
    r["practice"] = practice_key(s.practice);
    if (!s.pattern.empty()) r["pattern"] = s.pattern;
    r["action"] = {{"name", practice_name(s)}, {"function", coping_function_key(coping_function(s.practice))}};
    r["duration_ms"] = std::llround(s.duration_ms);
    if (s.distress_before >= 0) r["distress_before"] = s.distress_before;
    if (s.distress_after >= 0) r["distress_after"] = s.distress_after;
    json during = json::array();
    for (const DistressMoment& m : s.during) during.push_back({{"at_ms", std::llround(m.at_ms)}, {"distress", m.distress}});
    if (!during.empty()) r["during"] = std::move(during);
    if (!s.words.empty()) r["words"] = s.words;
    return record_text(r);
}

bool decode_practice(const json& r, Decoded<PracticeSession>& out, std::string& error) {
    Decoded<PracticeSession> rec;
    if (!read_header(r, kPracticeKind, tr_later("a practice"), rec.version, error)) return false;
    PracticeSession& s = rec.value;
    std::string practice;
    if (!read_string(r, "id", s.id, error) || !read_time(r, "created", s.created, error) ||
        !read_time(r, "updated", s.updated, error) || !read_string(r, "practice", practice, error) ||
        !read_optional_string(r, "pattern", s.pattern, error) || !read_number(r, "duration_ms", s.duration_ms, error) ||
        !read_optional_int(r, "distress_before", s.distress_before, error) ||
        !read_optional_int(r, "distress_after", s.distress_after, error))
        return false;
    if (!practice_from_key(practice, s.practice)) {
        error = trf("\"practice\" is \"{practice}\", not one Onward knows", {{"practice", practice}});
        return false;
    }
    const bool lists_ok =
        read_list(r, "during", "check-in", false, [&](const json& item, std::string& e) {
            DistressMoment m;
            if (!is_object(item, e) || !read_number(item, "at_ms", m.at_ms, e) || !read_int(item, "distress", m.distress, e))
                return false;
            s.during.push_back(m);
            return true;
        }, error) &&
        read_list(r, "words", "note", false, [&](const json& item, std::string& e) {
            if (!item.is_string()) {
                e = "not text";
                return false;
            }
            s.words.push_back(item.get<std::string>());
            return true;
        }, error);
    if (!lists_ok) return false;
    if (!free_of_problems(problems_with(s), error)) return false;
    // "action" is derived from the practice, so it is written fresh, not kept.
    rec.unknown = unknown_fields(r, {"kind", "v", "id", "created", "updated", "practice", "pattern", "action",
                                     "duration_ms", "distress_before", "distress_after", "during", "words"});
    out = std::move(rec);
    return true;
}

} // namespace onward
