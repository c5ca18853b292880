#include "core/journal_search.h"

#include <algorithm>

#include "core/text.h"

namespace onward {

namespace {

// Everything a person might search for in one entry, folded once: their own words and the
// names of what it points at (so searching "walk" finds entries where they went for one).
std::string searchable_text(const Journal& j, const Entry& e) {
    std::string s;
    for (const std::string* t : {&e.note, &e.happened, &e.what_was_new, &e.feeling_says, &e.what_i_need}) {
        s += *t;
        s += '\n';
    }
    // Only names that exist: a missing item's placeholder is not the person's word.
    const auto add_name = [&](const std::string& id) {
        if (const LibraryItem* item = resolve(j.library, id)) s += item->name + '\n';
    };
    if (!e.trigger.empty()) add_name(e.trigger);
    for (const ActionTaken& a : e.actions) add_name(a.action);
    for (const EmotionRating& r : e.emotions) add_name(r.emotion);
    return folded(s);
}

std::vector<std::string> words_of(const std::string& query) {
    std::vector<std::string> out;
    const std::string f = folded(query);
    size_t i = 0;
    while (i < f.size()) {
        while (i < f.size() && (f[i] == ' ' || f[i] == '\t' || f[i] == '\n')) ++i;
        size_t end = i;
        while (end < f.size() && f[end] != ' ' && f[end] != '\t' && f[end] != '\n') ++end;
        if (end > i) out.push_back(f.substr(i, end - i));
        i = end;
    }
    return out;
}

// Two ids name the same thing once merges are followed.
bool same_item(const Library& lib, const std::string& id, const LibraryItem* wanted) {
    return wanted ? resolve(lib, id) == wanted : false;
}

} // namespace

EntryIndex index_entries(const Journal& j) {
    EntryIndex index;
    const size_t n = j.entries.size();
    index.newest_first.resize(n);
    for (size_t i = 0; i < n; ++i) index.newest_first[i] = uint32_t(i);
    std::sort(index.newest_first.begin(), index.newest_first.end(), [&](uint32_t a, uint32_t b) {
        const Entry &x = j.entries[a], &y = j.entries[b];
        return x.created.unix_ms != y.created.unix_ms ? x.created.unix_ms > y.created.unix_ms : x.id > y.id;
    });
    index.folded.reserve(n);
    for (const Entry& e : j.entries) index.folded.push_back(searchable_text(j, e));
    return index;
}

bool is_empty(const EntryFilter& f) {
    return words_of(f.words).empty() && !f.from && !f.to && f.emotion.empty() && f.trigger.empty() &&
           f.action.empty() && !f.function && f.distress_min <= kMinDistress && f.distress_max >= kMaxDistress;
}

namespace {

bool same_except_words(const EntryFilter& a, const EntryFilter& b) {
    return a.from == b.from && a.to == b.to && a.emotion == b.emotion && a.trigger == b.trigger &&
           a.action == b.action && a.function == b.function && a.distress_min == b.distress_min &&
           a.distress_max == b.distress_max;
}

std::vector<uint32_t> search(const Journal& j, const EntryIndex& index, const EntryFilter& f,
                             const std::vector<uint32_t>& among) {
    const std::vector<std::string> words = words_of(f.words);
    const LibraryItem* emotion = f.emotion.empty() ? nullptr : resolve(j.library, f.emotion);
    const LibraryItem* trigger = f.trigger.empty() ? nullptr : resolve(j.library, f.trigger);
    const LibraryItem* action = f.action.empty() ? nullptr : resolve(j.library, f.action);
    std::vector<uint32_t> out;
    for (uint32_t at : among) {
        const Entry& e = j.entries[at];
        if (e.distress < f.distress_min || e.distress > f.distress_max) continue;
        if (f.from || f.to) {
            const CalendarDay day = calendar_day(e.created);
            if ((f.from && day < *f.from) || (f.to && *f.to < day)) continue;
        }
        if (!f.trigger.empty() && !same_item(j.library, e.trigger, trigger)) continue;
        if (!f.emotion.empty() && std::none_of(e.emotions.begin(), e.emotions.end(), [&](const EmotionRating& r) {
                return same_item(j.library, r.emotion, emotion);
            }))
            continue;
        if (!f.action.empty() && std::none_of(e.actions.begin(), e.actions.end(), [&](const ActionTaken& a) {
                return same_item(j.library, a.action, action);
            }))
            continue;
        if (f.function && std::none_of(e.actions.begin(), e.actions.end(),
                                       [&](const ActionTaken& a) { return a.function == *f.function; }))
            continue;
        const std::string& text = index.folded[at];
        if (std::any_of(words.begin(), words.end(),
                        [&](const std::string& w) { return text.find(w) == std::string::npos; }))
            continue;
        out.push_back(at);
    }
    return out;
}

} // namespace

std::vector<uint32_t> find_entries(const Journal& j, const EntryIndex& index, const EntryFilter& f) {
    return search(j, index, f, index.newest_first);
}

std::vector<uint32_t> refine_entries(const Journal& j, const EntryIndex& index, const EntryFilter& f,
                                     const EntryFilter& before, const std::vector<uint32_t>& earlier) {
    const std::vector<std::string> now = words_of(f.words), then = words_of(before.words);
    const bool narrower = same_except_words(f, before) && std::all_of(then.begin(), then.end(), [&](const std::string& w) {
        return std::any_of(now.begin(), now.end(), [&](const std::string& n) { return n.find(w) != std::string::npos; });
    });
    return search(j, index, f, narrower ? earlier : index.newest_first);
}

std::vector<DayDistress> month_distress(const Journal& j, const std::vector<uint32_t>& which, int year, int month) {
    std::vector<DayDistress> days(size_t(days_in_month(year, month)));
    for (uint32_t at : which) {
        const Entry& e = j.entries[at];
        const CalendarDay day = calendar_day(e.created);
        if (day.year != year || day.month != month) continue;
        DayDistress& d = days[size_t(day.day - 1)];
        ++d.entries;
        d.peak = std::max(d.peak, e.distress);
    }
    return days;
}

} // namespace onward
