#include "core/journal.h"

#include <algorithm>
#include <cstdio>
#include <unordered_map>

#include "core/text.h"

namespace onward {

namespace {

// Entries, practices and checks are kept alike: by id, newest first when listed.
template <class Record> void keep_by_id(std::vector<Record>& list, const Record& r) {
    for (Record& existing : list)
        if (existing.id == r.id) {
            existing = r;
            return;
        }
    list.push_back(r);
}

template <class Record> bool put_by_id(std::vector<Record>& list, const Record& r) {
    if (!problems_with(r).empty()) return false;
    keep_by_id(list, r);
    return true;
}

template <class Record> std::vector<std::string> put_many(std::vector<Record>& list, std::vector<Record>&& incoming) {
    std::unordered_map<std::string, size_t> at;
    at.reserve(list.size() + incoming.size());
    for (size_t i = 0; i < list.size(); ++i) at.emplace(list[i].id, i);
    std::vector<std::string> taken;
    taken.reserve(incoming.size());
    for (Record& r : incoming) {
        if (!problems_with(r).empty()) continue;
        taken.push_back(r.id);
        const auto [it, added] = at.emplace(r.id, list.size());
        if (added) list.push_back(std::move(r));
        else list[it->second] = std::move(r);
    }
    return taken;
}

template <class Record> const Record* find_by_id(const std::vector<Record>& list, const std::string& id) {
    for (const Record& r : list)
        if (r.id == id) return &r;
    return nullptr;
}

// By the moment `when`, newest first; at the same moment the larger id first, so the order
// never depends on the order records were put in.
template <class Record> void sort_newest_first(std::vector<const Record*>& list, LocalTime Record::*when) {
    std::sort(list.begin(), list.end(), [when](const Record* a, const Record* b) {
        const int64_t ta = (a->*when).unix_ms, tb = (b->*when).unix_ms;
        return ta != tb ? ta > tb : a->id > b->id;
    });
}

template <class Record> std::vector<const Record*> made_on(const std::vector<Record>& list, const CalendarDay& day) {
    std::vector<const Record*> out;
    for (const Record& r : list)
        if (calendar_day(r.created) == day) out.push_back(&r);
    sort_newest_first(out, &Record::created);
    return out;
}

// The weekly check is the one Onward ships (its definition is read by the store, which core
// does not depend on): it leads every list of questionnaires.

} // namespace

bool put_entry(Journal& j, const Entry& e) { return put_by_id(j.entries, e); }
std::vector<std::string> put_entries(Journal& j, std::vector<Entry>&& entries) {
    return put_many(j.entries, std::move(entries));
}
std::vector<std::string> put_practices(Journal& j, std::vector<PracticeSession>&& sessions) {
    return put_many(j.practices, std::move(sessions));
}
bool remove_entry(Journal& j, const std::string& id) {
    for (size_t i = 0; i < j.entries.size(); ++i)
        if (j.entries[i].id == id) {
            j.entries.erase(j.entries.begin() + long(i));
            return true;
        }
    return false;
}
bool put_practice(Journal& j, const PracticeSession& s) { return put_by_id(j.practices, s); }
const Entry* find_entry(const Journal& j, const std::string& id) { return find_by_id(j.entries, id); }
const PracticeSession* find_practice(const Journal& j, const std::string& id) { return find_by_id(j.practices, id); }
std::vector<const Entry*> entries_on(const Journal& j, const CalendarDay& day) { return made_on(j.entries, day); }
std::vector<const PracticeSession*> practices_on(const Journal& j, const CalendarDay& day) {
    return made_on(j.practices, day);
}

void put_questionnaire(Journal& j, const Questionnaire& q) {
    for (Questionnaire& existing : j.questionnaires)
        if (existing.id == q.id && existing.version == q.version) {
            existing = q;
            return;
        }
    j.questionnaires.push_back(q);
}

const Questionnaire* find_questionnaire(const Journal& j, const std::string& id, int version) {
    for (const Questionnaire& q : j.questionnaires)
        if (q.id == id && q.version == version) return &q;
    return nullptr;
}

std::vector<const Questionnaire*> latest_questionnaires(const Journal& j) {
    std::unordered_map<std::string, const Questionnaire*> newest;
    for (const Questionnaire& q : j.questionnaires) {
        const Questionnaire*& kept = newest[q.id];
        if (!kept || q.version > kept->version) kept = &q;
    }
    std::vector<const Questionnaire*> out;
    out.reserve(newest.size());
    for (const auto& [id, q] : newest) out.push_back(q);
    std::sort(out.begin(), out.end(), [](const Questionnaire* a, const Questionnaire* b) {
        const bool a_weekly = a->id == kWeeklyCheckId, b_weekly = b->id == kWeeklyCheckId;
        if (a_weekly != b_weekly) return a_weekly;
        const std::string ta = folded(a->title), tb = folded(b->title);
        return ta != tb ? ta < tb : a->id < b->id;
    });
    return out;
}

bool put_check(Journal& j, const CheckResult& c) {
    const Questionnaire* q = find_questionnaire(j, c.questionnaire, c.questionnaire_version);
    if (!q || !problems_with(c, *q).empty()) return false;
    keep_by_id(j.checks, c);
    return true;
}

const CheckResult* find_check(const Journal& j, const std::string& id) { return find_by_id(j.checks, id); }

std::vector<const CheckResult*> checks_of(const Journal& j, const std::string& questionnaire) {
    std::vector<const CheckResult*> out;
    for (const CheckResult& c : j.checks)
        if (c.questionnaire == questionnaire) out.push_back(&c);
    sort_newest_first(out, &CheckResult::taken);
    return out;
}

const std::vector<CrisisLine>& crisis_lines(const Journal& j) {
    return j.crisis_lines_edited && !j.crisis_lines.empty() ? j.crisis_lines : default_crisis_lines();
}

std::string make_record_id(const char* kind, int64_t unix_ms, uint32_t random_bits) {
    char time36[16];
    int n = 0;
    uint64_t t = unix_ms < 0 ? 0 : uint64_t(unix_ms);
    do {
        time36[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[t % 36];
        t /= 36;
    } while (t && n < 15);
    std::string id = kind;
    id += '-';
    while (n) id += time36[--n];
    char rnd[10];
    std::snprintf(rnd, sizeof rnd, "-%08x", random_bits);
    return id + rnd;
}

} // namespace onward
