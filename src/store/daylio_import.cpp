#include "store/daylio_import.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "core/csv.h"
#include "core/say.h"
#include "core/text.h"
#include "store/entry_record.h"
#include "store/library_record.h"

namespace onward {

namespace {

// FNV-1a, 64 bits, as 16 hex digits: a stable name for a row or an activity, so importing
// the same file twice makes the same ids (and so adds nothing twice).
std::string hash_hex(const std::string& s) {
    uint64_t h = 14695981039346656037ull;
    for (char c : s) h = (h ^ uint8_t(c)) * 1099511628211ull;
    char buf[17];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

std::string daylio_action_id(const std::string& activity) { return "action-daylio-" + hash_hex(folded(activity)); }

// The library's action for an activity: one by that name, else the one an earlier import
// made (the person may have renamed or merged it since).
const LibraryItem* known_action(const Library& lib, const std::string& activity) {
    const LibraryItem* item = find_by_name(lib, LibraryKind::Action, activity);
    return item ? item : resolve(lib, daylio_action_id(activity));
}

// Names that are the same ignoring case share one rule, kept in order of first appearance.
template <class Rule> struct Rules {
    std::vector<Rule> list;
    std::map<std::string, size_t> at; // folded name → place in list

    Rule& operator[](const std::string& name) {
        const auto found = at.emplace(folded(name), list.size());
        if (found.second) {
            list.emplace_back();
            list.back().name = name;
        }
        return list[found.first->second];
    }
    explicit Rules(const std::vector<Rule>& rules = {}) {
        for (const Rule& r : rules) (*this)[r.name] = r;
    }
    const Rule* find(const std::string& name) const {
        const auto found = at.find(folded(name));
        return found == at.end() ? nullptr : &list[found->second];
    }
};

// "20:15", "08:15", "8:15 pm", "8:15 PM" → minutes into the day; -1 for anything else.
int minutes_of(const std::string& time) {
    const auto digit = [&](size_t i) { return i < time.size() && time[i] >= '0' && time[i] <= '9'; };
    size_t i = 0;
    int h = 0;
    for (; i < 2 && digit(i); ++i) h = h * 10 + (time[i] - '0');
    if (i == 0 || i >= time.size() || time[i] != ':' || !digit(i + 1) || !digit(i + 2)) return -1;
    const int m = (time[i + 1] - '0') * 10 + (time[i + 2] - '0');
    const std::string half = folded(trimmed(time.substr(i + 3)));
    if (m > 59) return -1;
    if (half.empty()) return h < 24 ? h * 60 + m : -1;
    if ((half != "am" && half != "pm") || h < 1 || h > 12) return -1;
    return (h % 12 + (half == "pm" ? 12 : 0)) * 60 + m;
}

// Daylio writes line breaks in notes as HTML.
std::string with_line_breaks(const std::string& s) {
    std::string out;
    for (size_t i = 0; i < s.size();) {
        size_t tag = 0;
        for (const char* br : {"<br>", "<br/>", "<br />"})
            if (s.compare(i, std::char_traits<char>::length(br), br) == 0) tag = std::char_traits<char>::length(br);
        if (tag) {
            out += '\n';
            i += tag;
        } else {
            out += s[i++];
        }
    }
    return trimmed(out);
}

std::vector<std::string> split_activities(const std::string& cell) {
    std::vector<std::string> out;
    std::set<std::string> seen; // the same activity twice in a row is one
    for (size_t from = 0; from <= cell.size();) {
        size_t to = cell.find(" | ", from);
        if (to == std::string::npos) to = cell.size();
        const std::string name = trimmed(cell.substr(from, to - from));
        if (!name.empty() && seen.insert(folded(name)).second) out.push_back(name);
        from = to + 3;
    }
    return out;
}

// A value quoted in a message, cut short (on a character's edge) when it is long.
std::string quoted(const std::string& value) {
    size_t end = std::min<size_t>(value.size(), 40);
    while (end < value.size() && end > 0 && (uint8_t(value[end]) & 0xC0) == 0x80) --end;
    return "\"" + value.substr(0, end) + (end < value.size() ? "…" : "") + "\"";
}

} // namespace

bool read_daylio(const std::string& text, DaylioFile& out, std::string& error) {
    out = {};
    std::vector<CsvRow> rows;
    if (!read_csv(text, rows, error)) return false;
    if (rows.empty()) {
        error = tr("This file is empty: there are no entries in it.");
        return false;
    }
    enum Column { Date, Time, Mood, Activities, NoteTitle, Note, kColumns };
    static const char* const kNames[kColumns] = {"full_date", "time", "mood", "activities", "note_title", "note"};
    size_t at[kColumns];
    std::fill(std::begin(at), std::end(at), std::string::npos);
    for (size_t c = rows[0].size(); c-- > 0;) // a name written twice: the first one counts
        for (int k = 0; k < kColumns; ++k)
            if (folded(trimmed(rows[0][c])) == kNames[k]) at[k] = c;
    for (int k : {Date, Time, Mood})
        if (at[k] == std::string::npos) {
            error = trf("This does not look like a Daylio export: there is no \"{column}\" column. Daylio's export "
                        "starts with full_date,date,weekday,time,mood,activities,note_title,note.",
                        {{"column", kNames[k]}});
            return false;
        }
    for (size_t r = 1; r < rows.size(); ++r) {
        const CsvRow& row = rows[r];
        if (std::all_of(row.begin(), row.end(), [](const std::string& s) { return trimmed(s).empty(); })) continue;
        const auto cell = [&](int k) { return at[k] < row.size() ? trimmed(row[at[k]]) : std::string(); };
        const std::string where = std::to_string(r + 1);
        // `missing` and `wrong` are marked with tr_later where they are written.
        const auto refuse = [&](const char* missing, const std::string& value, const char* wrong) {
            error = trf(value.empty() ? missing : wrong, {{"row", where}, {"value", quoted(value)}});
            return false;
        };
        DaylioEntry e;
        e.row = int(r + 1);
        LocalTime midnight;
        const std::string date = cell(Date), time = cell(Time);
        if (!from_iso8601(date + "T00:00:00Z", midnight))
            return refuse(tr_later("Row {row} has no date."), date,
                          tr_later("Row {row}: the date {value} is not a date like 2024-03-05."));
        const int minutes = minutes_of(time);
        if (minutes < 0)
            return refuse(tr_later("Row {row} has no time."), time, tr_later("Row {row}: the time {value} is not a time of day."));
        e.local_ms = midnight.unix_ms + int64_t(minutes) * 60000;
        e.mood = cell(Mood);
        if (e.mood.empty()) return refuse(tr_later("Row {row} has no mood."), e.mood, "");
        e.activities = split_activities(cell(Activities));
        for (const std::string& a : e.activities)
            if (count_characters(a) > kMaxLibraryNameCharacters) {
                error = trf("Row {row}: the activity {activity} is longer than {max} characters.",
                            {{"row", where}, {"activity", quoted(a)}, {"max", std::to_string(kMaxLibraryNameCharacters)}});
                return false;
            }
        e.note_title = with_line_breaks(cell(NoteTitle));
        e.note = with_line_breaks(cell(Note));
        out.entries.push_back(std::move(e));
    }
    if (out.entries.empty()) {
        error = tr("There are no entries in this Daylio export.");
        return false;
    }
    return true;
}

std::vector<MoodRule> default_mood_rules(const DaylioFile& file) {
    static const char* const kDaylioMoods[] = {"rad", "good", "meh", "bad", "awful"}; // distress 1, 3, 5, 7, 9
    Rules<MoodRule> rules;
    for (const DaylioEntry& e : file.entries) ++rules[e.mood].entries;
    const auto rank = [](const MoodRule& r) {
        const std::string name = folded(r.name);
        int k = 0;
        while (k < 5 && name != kDaylioMoods[k]) ++k;
        return k; // 5 for a mood of the person's own
    };
    for (MoodRule& r : rules.list) r.distress = rank(r) < 5 ? 1 + 2 * rank(r) : -1;
    std::stable_sort(rules.list.begin(), rules.list.end(),
                     [&](const MoodRule& a, const MoodRule& b) { return rank(a) < rank(b); });
    return rules.list;
}

std::vector<ActivityRule> default_activity_rules(const DaylioFile& file, const Library& existing) {
    Rules<ActivityRule> rules;
    for (const DaylioEntry& e : file.entries)
        for (const std::string& a : e.activities) {
            ActivityRule& r = rules[a];
            if (r.entries++ > 0) continue;
            if (const LibraryItem* known = known_action(existing, a)) {
                r.function = known->function;
                r.avoid = known->avoid;
            }
        }
    return rules.list;
}

bool daylio_records(const DaylioFile& file, const std::vector<MoodRule>& moods,
                    const std::vector<ActivityRule>& activities, const Library& existing, const OffsetAt& offset_at,
                    std::vector<StoredRecord>& out, std::string& error) {
    out.clear();
    const Rules<MoodRule> mood_rules(moods);
    const Rules<ActivityRule> activity_rules(activities);
    std::map<std::string, LibraryItem> new_items; // by id
    std::map<std::string, int> seen;              // rows alike so far, by id
    std::vector<StoredRecord> entries;
    for (const DaylioEntry& d : file.entries) {
        const MoodRule* mood = mood_rules.find(d.mood);
        if (!mood || mood->distress < kMinDistress || mood->distress > kMaxDistress) {
            error = trf("Choose a number for {mood} first.", {{"mood", quoted(d.mood)}});
            return false;
        }
        Entry e;
        const int offset = offset_at(d.local_ms);
        e.created = e.updated = {d.local_ms - int64_t(offset) * 60000, offset};
        e.distress = mood->distress;
        e.note = d.note_title + (d.note_title.empty() || d.note.empty() ? "" : "\n\n") + d.note;
        std::string activity_words;
        for (const std::string& a : d.activities) {
            const ActivityRule* rule = activity_rules.find(a);
            if (!rule) {
                error = trf("Choose what {activity} usually did first.", {{"activity", quoted(a)}});
                return false;
            }
            ActionTaken taken;
            taken.function = rule->function;
            taken.avoid = rule->function == CopingFunction::Avoid ? rule->avoid : AvoidKind::Unsaid;
            if (const LibraryItem* known = known_action(existing, a)) {
                taken.action = known->id;
            } else {
                taken.action = daylio_action_id(a);
                LibraryItem& item = new_items[taken.action];
                if (item.id.empty()) { // first used here: made at this entry's time
                    item.id = taken.action;
                    item.kind = LibraryKind::Action;
                    item.name = rule->name;
                    item.function = taken.function;
                    item.avoid = taken.avoid;
                    item.updated = e.created;
                }
            }
            e.actions.push_back(taken);
            (activity_words += activity_words.empty() ? "" : " | ") += a;
        }
        // The day and time as the file gives them ("2024-03-05T20:15:00.000+00:00").
        const std::string when = to_iso8601({d.local_ms, 0});
        e.id = "entry-daylio-" + hash_hex(when.substr(0, 10) + "|" + when.substr(11, 5) + "|" + d.mood + "|" +
                                          activity_words + "|" + d.note_title + "|" + d.note);
        const int alike = ++seen[e.id];
        if (alike > 1) e.id += "-" + std::to_string(alike);
        if (!free_of_problems(problems_with(e), error)) {
            error = trf("Row {row}: {problem}", {{"row", std::to_string(d.row)}, {"problem", error}});
            return false;
        }
        entries.push_back({e.id, encode_entry(e)});
    }
    for (const auto& item : new_items) out.push_back({item.first, encode_library_item(item.second)});
    out.insert(out.end(), entries.begin(), entries.end());
    return true;
}

} // namespace onward
