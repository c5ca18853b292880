#include "store/safety_records.h"

namespace onward {

using nlohmann::json;

std::string encode_safety_plan(const SafetyPlan& p, const json& unknown) {
    json r = start_record(unknown, kSafetyPlanKind, kSafetyPlanSchemaVersion, kSafetyPlanId);
    r["updated"] = to_iso8601(p.updated);
    json sections = json::object();
    for (size_t i = 0; i < p.words.size(); ++i) sections[plan_sections()[i].key] = p.words[i];
    r["sections"] = std::move(sections);
    json contacts = json::array();
    for (const PlanContact& c : p.contacts)
        contacts.push_back({{"section", plan_sections()[size_t(c.section)].key}, {"name", c.name}, {"number", c.number}});
    r["contacts"] = std::move(contacts);
    return record_text(r);
}

bool decode_safety_plan(const json& r, Decoded<SafetyPlan>& out, std::string& error) {
    Decoded<SafetyPlan> rec;
    if (!read_header(r, kSafetyPlanKind, tr_later("a safety plan"), rec.version, error)) return false;
    SafetyPlan& p = rec.value;
    if (!read_time(r, "updated", p.updated, error)) return false;
    auto sections = r.find("sections");
    if (sections == r.end() || !sections->is_object()) {
        error = tr("\"sections\" is missing or is not an object");
        return false;
    }
    for (size_t i = 0; i < p.words.size(); ++i)
        if (!read_optional_string(*sections, plan_sections()[i].key, p.words[i], error)) {
            error = "in \"sections\": " + error;
            return false;
        }
    const bool contacts_ok = read_list(r, "contacts", "contact", false, [&](const json& item, std::string& e) {
        PlanContact contact;
        std::string section;
        if (!is_object(item, e) || !read_string(item, "section", section, e) ||
            !read_string(item, "name", contact.name, e) || !read_string(item, "number", contact.number, e))
            return false;
        for (size_t s = 0; s < plan_sections().size(); ++s)
            if (section == plan_sections()[s].key && plan_sections()[s].has_contacts) {
                contact.section = PlanSection(s);
                p.contacts.push_back(std::move(contact));
                return true;
            }
        e = trf("\"{section}\" is not a section that lists people", {{"section", section}});
        return false;
    }, error);
    if (!contacts_ok) return false;
    if (!free_of_problems(problems_with(p), error)) return false;
    rec.unknown = unknown_fields(r, {"kind", "v", "id", "updated", "sections", "contacts"});
    out = std::move(rec);
    return true;
}

std::string encode_crisis_lines(const std::vector<CrisisLine>& lines, const json& unknown) {
    json r = start_record(unknown, kCrisisLinesKind, kCrisisLinesSchemaVersion, kCrisisLinesId);
    json list = json::array();
    for (const CrisisLine& l : lines)
        list.push_back({{"where", l.where}, {"name", l.name}, {"number", l.number}, {"text_too", l.text_too}});
    r["lines"] = std::move(list);
    return record_text(r);
}

bool decode_crisis_lines(const json& r, Decoded<std::vector<CrisisLine>>& out, std::string& error) {
    Decoded<std::vector<CrisisLine>> rec;
    if (!read_header(r, kCrisisLinesKind, tr_later("a list of crisis lines"), rec.version, error)) return false;
    const bool lines_ok = read_list(r, "lines", "line", true, [&](const json& item, std::string& e) {
        CrisisLine l;
        if (!is_object(item, e) || !read_string(item, "where", l.where, e) || !read_string(item, "name", l.name, e) ||
            !read_string(item, "number", l.number, e) || !read_bool(item, "text_too", l.text_too, e))
            return false;
        rec.value.push_back(std::move(l));
        return true;
    }, error);
    if (!lines_ok) return false;
    if (!free_of_problems(problems_with(rec.value), error)) return false;
    rec.unknown = unknown_fields(r, {"kind", "v", "id", "lines"});
    out = std::move(rec);
    return true;
}

} // namespace onward
