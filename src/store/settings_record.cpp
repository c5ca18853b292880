#include "store/settings_record.h"

#include <cmath>

namespace onward {

using nlohmann::json;

namespace {

// An instant in ms since 1970 is beyond read_int's range. Past the year 9999 (either way)
// is no time Onward writes, and would not fit the arithmetic done on it.
bool read_optional_ms(const json& r, const char* key, int64_t& out, std::string& error) {
    const auto it = r.find(key);
    if (it == r.end()) return true;
    if (!it->is_number_integer() || std::fabs(it->get<double>()) > 253402300800000.0) {
        error = trf("\"{field}\" is not a whole number of milliseconds since 1970", {{"field", key}});
        return false;
    }
    out = it->get<int64_t>();
    return true;
}

} // namespace

std::string encode_settings(const Settings& s, const json& unknown) {
    json r = start_record(unknown, kSettingsKind, kSettingsSchemaVersion, kSettingsId);
    r["breathing_pattern"] = s.breathing_pattern;
    r["breathing_minutes"] = s.breathing_minutes;
    r["still_breathing"] = s.still_breathing;
    r["recheck_delay_minutes"] = s.recheck_delay_minutes;
    json plans = json::array();
    for (const CheckPlan& p : s.check_plans)
        plans.push_back(
            {{"questionnaire", p.questionnaire}, {"every_days", p.every_days}, {"snoozed_until_ms", p.snoozed_until_ms}});
    if (!plans.empty()) r["check_plans"] = std::move(plans);
    if (!s.phase_override.empty()) r["phase"] = s.phase_override;
    if (s.last_backup_ms) r["last_backup_ms"] = s.last_backup_ms;
    // Written only once chosen: a journal without a passphrase never needs it.
    if (s.lock_after_minutes != Settings{}.lock_after_minutes) r["lock_after_minutes"] = s.lock_after_minutes;
    if (s.safari_told) r["safari_told"] = true;
    // Appearance is written only once chosen, so the device's preference keeps leading.
    if (!s.theme.empty()) r["theme"] = s.theme;
    if (s.text_percent != Settings{}.text_percent) r["text_percent"] = s.text_percent;
    return record_text(r);
}

bool decode_settings(const json& r, Decoded<Settings>& out, std::string& error) {
    Decoded<Settings> rec;
    if (!read_header(r, kSettingsKind, tr_later("settings"), rec.version, error)) return false;
    Settings& s = rec.value;
    // Each setting is optional: one a person never touched keeps its default.
    if (!read_optional_string(r, "breathing_pattern", s.breathing_pattern, error) ||
        !read_optional_int(r, "breathing_minutes", s.breathing_minutes, error) ||
        !read_optional_int(r, "recheck_delay_minutes", s.recheck_delay_minutes, error) ||
        !read_optional_string(r, "phase", s.phase_override, error) ||
        !read_optional_ms(r, "last_backup_ms", s.last_backup_ms, error) ||
        !read_optional_int(r, "lock_after_minutes", s.lock_after_minutes, error) ||
        !read_optional_string(r, "theme", s.theme, error) ||
        !read_optional_int(r, "text_percent", s.text_percent, error))
        return false;
    if (r.contains("still_breathing") && !read_bool(r, "still_breathing", s.still_breathing, error)) return false;
    if (r.contains("safari_told") && !read_bool(r, "safari_told", s.safari_told, error)) return false;
    const bool plans_ok = read_list(r, "check_plans", "check plan", false, [&](const json& item, std::string& e) {
        CheckPlan p;
        if (!is_object(item, e) || !read_string(item, "questionnaire", p.questionnaire, e) ||
            !read_optional_int(item, "every_days", p.every_days, e) ||
            !read_optional_ms(item, "snoozed_until_ms", p.snoozed_until_ms, e))
            return false;
        s.check_plans.push_back(std::move(p));
        return true;
    }, error);
    if (!plans_ok || !free_of_problems(problems_with(s), error)) return false;
    rec.unknown = unknown_fields(r, {"kind", "v", "id", "breathing_pattern", "breathing_minutes", "still_breathing",
                                     "recheck_delay_minutes", "check_plans", "phase", "last_backup_ms",
                                     "lock_after_minutes", "safari_told", "theme", "text_percent"});
    out = std::move(rec);
    return true;
}

} // namespace onward
