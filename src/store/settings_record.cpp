#include "store/settings_record.h"

namespace onward {

using nlohmann::json;

std::string encode_settings(const Settings& s, const json& unknown) {
    json r = start_record(unknown, kSettingsKind, kSettingsSchemaVersion, kSettingsId);
    r["breathing_pattern"] = s.breathing_pattern;
    r["breathing_minutes"] = s.breathing_minutes;
    r["still_breathing"] = s.still_breathing;
    r["recheck_delay_minutes"] = s.recheck_delay_minutes;
    return record_text(r);
}

bool decode_settings(const json& r, Decoded<Settings>& out, std::string& error) {
    Decoded<Settings> rec;
    if (!read_header(r, kSettingsKind, "settings", rec.version, error)) return false;
    Settings& s = rec.value;
    // Each setting is optional: one a person never touched keeps its default.
    if (!read_optional_string(r, "breathing_pattern", s.breathing_pattern, error) ||
        !read_optional_int(r, "breathing_minutes", s.breathing_minutes, error) ||
        !read_optional_int(r, "recheck_delay_minutes", s.recheck_delay_minutes, error))
        return false;
    if (r.contains("still_breathing") && !read_bool(r, "still_breathing", s.still_breathing, error)) return false;
    if (!free_of_problems(problems_with(s), error)) return false;
    rec.unknown = unknown_fields(r, {"kind", "v", "id", "breathing_pattern", "breathing_minutes", "still_breathing",
                                           "recheck_delay_minutes"});
    out = std::move(rec);
    return true;
}

} // namespace onward
