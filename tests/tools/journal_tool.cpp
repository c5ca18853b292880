// journal_tool: makes a generated journal's records, and answers searches over a set of
// records the way the core does, so browser tests and benchmarks can compare against it.
// Usage and output formats: tests/tools/README.md.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/insights.h"
#include "core/journal_search.h"
#include "core/text.h"
#include "store/journal_records.h"
#include "support/generated_journal.h"

using namespace onward;
using nlohmann::json;
using nlohmann::ordered_json;

namespace {

const char* const kUsage =
    "usage:\n"
    "  journal_tool generate N SEED END_MS [--timings]   JSON array of {key, text} records on stdout\n"
    "  journal_tool query RECORDS.json FILTER [--timings] the core's answer to FILTER (a JSON object,\n"
    "                                                     or an array of them; @file reads it from a file)\n"
    "  journal_tool insights RECORDS.json NOW_MS [OFFSET_MIN] [--timings]\n"
    "                                                     the core's insights at NOW_MS (UTC offset OFFSET_MIN,\n"
    "                                                     0 if not given): summary, phase, the newest 26 weeks\n"
    "  journal_tool stats RECORDS.json                    counts, for sanity; exits 1 if a record is unreadable\n"
    "  journal_tool selfcheck N SEED END_MS               checks the generator; exits 1 on a failure\n"
    "RECORDS.json may be - for stdin. See tests/tools/README.md.\n";

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool parse_u64(const char* s, uint64_t& out) {
    if (!*s) return false;
    char* end = nullptr;
    out = std::strtoull(s, &end, 10);
    return *end == 0 && s[0] != '-';
}

bool parse_i64(const char* s, int64_t& out) {
    if (!*s) return false;
    char* end = nullptr;
    out = std::strtoll(s, &end, 10);
    return *end == 0;
}

bool read_all(const std::string& path, std::string& out) {
    if (path == "-") {
        out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return true;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return true;
}

std::string json_string(const std::string& s) { return json(s).dump(-1, ' ', false, json::error_handler_t::replace); }

// The "records.json" that generate writes: [{"key": …, "text": …}, …].
bool read_records(const std::string& path, std::vector<StoredRecord>& out) {
    std::string text;
    if (!read_all(path, text)) {
        std::fprintf(stderr, "journal_tool: cannot read %s\n", path.c_str());
        return false;
    }
    const json doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (doc.is_discarded() || !doc.is_array()) {
        std::fprintf(stderr, "journal_tool: %s is not a JSON array\n", path.c_str());
        return false;
    }
    out.reserve(doc.size());
    for (size_t i = 0; i < doc.size(); ++i) {
        const json& r = doc[i];
        if (!r.is_object() || !r.contains("key") || !r.contains("text") || !r["key"].is_string() ||
            !r["text"].is_string()) {
            std::fprintf(stderr, "journal_tool: record %zu is not {\"key\": string, \"text\": string}\n", i + 1);
            return false;
        }
        out.push_back({r["key"].get<std::string>(), r["text"].get<std::string>()});
    }
    return true;
}

// "YYYY-MM-DD", a real day.
bool parse_day(const std::string& s, CalendarDay& out) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    out.year = std::atoi(s.substr(0, 4).c_str());
    out.month = std::atoi(s.substr(5, 2).c_str());
    out.day = std::atoi(s.substr(8, 2).c_str());
    return out.month >= 1 && out.month <= 12 && out.day >= 1 && out.day <= days_in_month(out.year, out.month);
}

// "YYYY-MM-DD", as parse_day reads it.
std::string day_text(const CalendarDay& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
    return buf;
}

bool parse_month(const std::string& s, int& year, int& month) {
    CalendarDay d;
    if (!parse_day(s + "-01", d)) return false;
    year = d.year;
    month = d.month;
    return true;
}

// FNV-1a (32 bits) over the ids joined by '\n': easy to repeat in JS with Math.imul.
std::string ids_hash(const std::vector<std::string>& ids) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < ids.size(); ++i) {
        if (i) h = (h ^ uint32_t('\n')) * 16777619u;
        for (unsigned char c : ids[i]) h = (h ^ c) * 16777619u;
    }
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08x", h);
    return buf;
}

bool read_filter(const json& f, EntryFilter& out, int& year, int& month, std::string& error) {
    if (!f.is_object()) {
        error = "a filter is a JSON object";
        return false;
    }
    auto text = [&](const json& v, const std::string& key, std::string& to) {
        if (!v.is_string()) {
            error = "\"" + key + "\" must be a string";
            return false;
        }
        to = v.get<std::string>();
        return true;
    };
    for (auto it = f.begin(); it != f.end(); ++it) {
        const std::string& key = it.key();
        const json& v = it.value();
        std::string s;
        if (key == "words" || key == "emotion" || key == "trigger" || key == "action") {
            if (!text(v, key, s)) return false;
            (key == "words" ? out.words : key == "emotion" ? out.emotion : key == "trigger" ? out.trigger : out.action) = s;
        } else if (key == "from" || key == "to") {
            CalendarDay d;
            if (!text(v, key, s)) return false;
            if (!parse_day(s, d)) {
                error = "\"" + key + "\" must be a day as YYYY-MM-DD";
                return false;
            }
            (key == "from" ? out.from : out.to) = d;
        } else if (key == "function") {
            CopingFunction fn;
            if (!text(v, key, s)) return false;
            if (!coping_function_from_key(s, fn)) {
                error = "\"function\" must be soothe, face or avoid";
                return false;
            }
            out.function = fn;
        } else if (key == "distress_min" || key == "distress_max") {
            if (!v.is_number_integer()) {
                error = "\"" + key + "\" must be a whole number";
                return false;
            }
            const int64_t n = v.get<int64_t>();
            if (n < kMinDistress || n > kMaxDistress) {
                error = "\"" + key + "\" must be from 0 to 10";
                return false;
            }
            (key == "distress_min" ? out.distress_min : out.distress_max) = int(n);
        } else if (key == "month") {
            if (!text(v, key, s)) return false;
            if (!parse_month(s, year, month)) {
                error = "\"month\" must be YYYY-MM";
                return false;
            }
        } else {
            error = "unknown filter field \"" + key + "\"";
            return false;
        }
    }
    return true;
}

struct Loaded {
    LoadedJournal journal;
    EntryIndex index;
};

bool load(const std::string& path, Loaded& out, bool timings) {
    Clock::time_point t0 = Clock::now();
    std::vector<StoredRecord> records;
    if (!read_records(path, records)) return false;
    const double read_ms = ms_since(t0);
    t0 = Clock::now();
    out.journal = load_journal(records);
    const double load_ms = ms_since(t0);
    t0 = Clock::now();
    out.index = index_entries(out.journal.journal);
    const double index_ms = ms_since(t0);
    for (const std::string& u : out.journal.unreadable) std::fprintf(stderr, "journal_tool: unreadable: %s\n", u.c_str());
    if (timings)
        std::fprintf(stderr, "timings: read+parse file %.1f ms, load_journal %.1f ms (%zu records), index_entries %.1f ms\n",
                     read_ms, load_ms, records.size(), index_ms);
    return true;
}

int query(const std::string& path, const std::string& filter_arg, bool timings) {
    std::string filter_text = filter_arg;
    if (!filter_arg.empty() && filter_arg[0] == '@' && !read_all(filter_arg.substr(1), filter_text)) {
        std::fprintf(stderr, "journal_tool: cannot read %s\n", filter_arg.c_str() + 1);
        return 2;
    }
    const json filters = json::parse(filter_text, nullptr, false);
    if (filters.is_discarded() || !(filters.is_object() || filters.is_array())) {
        std::fprintf(stderr, "journal_tool: the filter is not a JSON object or array\n");
        return 2;
    }
    Loaded loaded;
    if (!load(path, loaded, timings)) return 2;
    const Journal& j = loaded.journal.journal;
    ordered_json answers = ordered_json::array();
    for (const json& f : filters.is_array() ? filters : json::array({filters})) {
        EntryFilter filter;
        int year = 0, month = 0;
        std::string error;
        if (!read_filter(f, filter, year, month, error)) {
            std::fprintf(stderr, "journal_tool: %s in %s\n", error.c_str(), f.dump().c_str());
            return 2;
        }
        const Clock::time_point t0 = Clock::now();
        const std::vector<uint32_t> found = find_entries(j, loaded.index, filter);
        const double find_ms = ms_since(t0);
        std::vector<std::string> ids;
        ids.reserve(found.size());
        for (uint32_t at : found) ids.push_back(j.entries[at].id);
        ordered_json a;
        a["count"] = found.size();
        a["ids"] = std::vector<std::string>(ids.begin(), ids.begin() + long(std::min<size_t>(50, ids.size())));
        a["all_ids_hash"] = ids_hash(ids);
        if (year) {
            const Clock::time_point t1 = Clock::now();
            ordered_json days = ordered_json::array();
            for (const DayDistress& d : month_distress(j, found, year, month))
                days.push_back({{"entries", d.entries}, {"peak", d.peak}});
            a["month_distress"] = std::move(days);
            if (timings) std::fprintf(stderr, "timings: month_distress %.2f ms\n", ms_since(t1));
        }
        if (timings) std::fprintf(stderr, "timings: find_entries %.2f ms -> %zu for %s\n", find_ms, found.size(), f.dump().c_str());
        answers.push_back(std::move(a));
    }
    const ordered_json& result = filters.is_array() ? answers : answers[0];
    std::printf("%s\n", result.dump(-1, ' ', false, ordered_json::error_handler_t::replace).c_str());
    return 0;
}

// The key a summary line goes by: the Insights screen labels it "Summary <key>"
// (src/ui/insights_screen.cpp); another questionnaire's line goes by its id.
std::string signal_key(const SummaryLine& line) {
    switch (line.signal) {
    case Signal::Avoidance: return "avoidance";
    case Signal::NewResponses: return "new-responses";
    case Signal::LastingRelief: return "lasting-relief";
    case Signal::Distress: return "distress";
    case Signal::StayingWithIt: return "staying-with-it";
    case Signal::WeeklyCheck: return "weekly-check";
    case Signal::Questionnaire: break;
    }
    return line.questionnaire;
}

// The newest `n` of a weekly series (every series holds the same weeks).
template <typename Week>
std::vector<Week> newest(const std::vector<Week>& weeks, size_t n) {
    return std::vector<Week>(weeks.end() - long(std::min(n, weeks.size())), weeks.end());
}

int insights(const std::string& path, int64_t now_ms, int offset_minutes, bool timings) {
    std::vector<StoredRecord> records;
    if (!read_records(path, records)) return 2;
    const LoadedJournal loaded = load_journal(records);
    for (const std::string& u : loaded.unreadable) std::fprintf(stderr, "journal_tool: unreadable: %s\n", u.c_str());
    const Journal& j = loaded.journal;
    const LocalTime now{now_ms, offset_minutes};
    const Insights in = compute_insights(j, now);
    if (timings) {
        std::vector<double> runs;
        for (int i = 0; i < 20; ++i) {
            const Clock::time_point t0 = Clock::now();
            const Insights again = compute_insights(j, now);
            runs.push_back(ms_since(t0));
            (void)again;
        }
        std::sort(runs.begin(), runs.end());
        std::fprintf(stderr, "compute_insights: %.2f ms (median of 20, %zu entries)\n", (runs[9] + runs[10]) / 2,
                     j.entries.size());
    }
    ordered_json out;
    ordered_json summary = ordered_json::array();
    for (const SummaryLine& line : in.summary.lines)
        summary.push_back({{"signal", signal_key(line)}, {"direction", direction_key(line.direction)}, {"words", line.words}});
    out["summary"] = std::move(summary);
    out["phase"] = {{"phase", phase_key(in.phase.phase)},
                    {"inferred", phase_key(in.phase.inferred)},
                    {"chosen", in.phase.chosen},
                    {"words", phase_words(in.phase.phase)},
                    {"why", in.phase.why}};
    ordered_json coping = ordered_json::array(), distress = ordered_json::array();
    for (const ActionWeek& w : newest(in.avoidance.weeks, 26))
        coping.push_back({day_text(w.monday), w.soothe, w.face, w.avoid});
    for (const DistressWeek& w : newest(in.distress.weeks, 26))
        distress.push_back({day_text(w.monday), w.entries, w.mean, w.peak});
    out["coping_weeks"] = std::move(coping);
    out["distress_weeks"] = std::move(distress);
    std::printf("%s\n", out.dump(-1, ' ', false, ordered_json::error_handler_t::replace).c_str());
    return 0;
}

bool has_non_ascii(const std::string& s) {
    for (char c : s)
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

size_t text_size(const Entry& e) {
    return e.note.size() + e.happened.size() + e.what_was_new.size() + e.feeling_says.size() + e.what_i_need.size();
}

ordered_json stats_of(const LoadedJournal& loaded, size_t records) {
    const Journal& j = loaded.journal;
    size_t full = 0, with_trigger = 0, with_note = 0, over_2000 = 0, non_ascii = 0, rechecks = 0, ratings = 0,
           actions = 0, edited = 0;
    std::map<std::string, size_t> by_function, entries_by_function, offsets, relief;
    std::set<std::string> triggers;
    std::vector<size_t> sizes;
    CalendarDay first{9999, 12, 31}, last{1, 1, 1};
    for (const Entry& e : j.entries) {
        full += is_full_entry(e);
        if (!e.trigger.empty()) {
            ++with_trigger;
            triggers.insert(e.trigger);
        }
        with_note += !e.note.empty();
        sizes.push_back(text_size(e));
        over_2000 += text_size(e) >= 2000;
        non_ascii += has_non_ascii(e.note) || has_non_ascii(e.happened) || has_non_ascii(e.what_was_new) ||
                     has_non_ascii(e.feeling_says) || has_non_ascii(e.what_i_need);
        rechecks += recheck_answered(e);
        edited += e.updated.unix_ms != e.created.unix_ms;
        ratings += e.emotions.size();
        actions += e.actions.size();
        std::set<std::string> functions;
        for (const ActionTaken& a : e.actions) {
            ++by_function[coping_function_key(a.function)];
            functions.insert(coping_function_key(a.function));
        }
        for (const std::string& f : functions) ++entries_by_function[f];
        ++offsets[std::to_string(e.created.utc_offset_minutes)];
        if (e.relief != Relief::Unsaid) ++relief[relief_words(e.relief)];
        const CalendarDay d = calendar_day(e.created);
        first = std::min(first, d);
        if (last < d) last = d;
    }
    size_t library_records = 0, merged = 0, archived = 0;
    for (const LibraryItem& item : j.library) {
        library_records += item.updated.unix_ms != 0;
        merged += !item.merged_into.empty();
        archived += item.archived;
    }
    std::sort(sizes.begin(), sizes.end());
    ordered_json s;
    s["records"] = records;
    s["unreadable"] = loaded.unreadable.size();
    s["entries"] = j.entries.size();
    s["quick_checkins"] = j.entries.size() - full;
    s["full_entries"] = full;
    s["first_day"] = j.entries.empty() ? "" : day_text(first);
    s["last_day"] = j.entries.empty() ? "" : day_text(last);
    s["library_items"] = library_records;
    s["library_merged"] = merged;
    s["library_archived"] = archived;
    s["entries_with_trigger"] = with_trigger;
    s["triggers_named"] = triggers.size();
    s["emotion_ratings"] = ratings;
    s["actions"] = actions;
    s["actions_by_function"] = by_function;
    s["entries_by_function"] = entries_by_function;
    s["relief"] = relief;
    s["rechecks"] = rechecks;
    s["edited_later"] = edited;
    s["utc_offsets"] = offsets;
    s["entries_with_note"] = with_note;
    s["entries_with_non_ascii_text"] = non_ascii;
    s["text_bytes_median"] = sizes.empty() ? 0 : sizes[sizes.size() / 2];
    s["text_bytes_p90"] = sizes.empty() ? 0 : sizes[sizes.size() * 9 / 10];
    s["text_bytes_max"] = sizes.empty() ? 0 : sizes.back();
    s["entries_with_2000_bytes_or_more"] = over_2000;
    return s;
}

int stats(const std::string& path) {
    std::vector<StoredRecord> records;
    if (!read_records(path, records)) return 2;
    const LoadedJournal loaded = load_journal(records);
    for (const std::string& u : loaded.unreadable) std::fprintf(stderr, "journal_tool: unreadable: %s\n", u.c_str());
    std::printf("%s\n", stats_of(loaded, records.size()).dump(2).c_str());
    return loaded.unreadable.empty() ? 0 : 1;
}

int generate(size_t n, uint32_t seed, int64_t end_ms, bool timings) {
    Clock::time_point t0 = Clock::now();
    const std::vector<StoredRecord> records = generated_journal_records(n, seed, end_ms);
    const double gen_ms = ms_since(t0);
    t0 = Clock::now();
    std::string out = "[\n";
    for (size_t i = 0; i < records.size(); ++i) {
        out += "{\"key\":" + json_string(records[i].key) + ",\"text\":" + json_string(records[i].text) + "}";
        out += i + 1 < records.size() ? ",\n" : "\n";
    }
    out += "]\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    if (timings)
        std::fprintf(stderr, "timings: generated %zu records in %.1f ms, wrote %zu bytes in %.1f ms\n", records.size(),
                     gen_ms, out.size(), ms_since(t0));
    return 0;
}

// What the browser tests and benchmarks rely on, checked on the generator itself.
int selfcheck(size_t n, uint32_t seed, int64_t end_ms) {
    int failures = 0;
    auto check = [&](bool ok, const std::string& what) {
        std::printf("%s %s\n", ok ? "ok:    " : "FAILED:", what.c_str());
        failures += !ok;
    };
    const std::vector<StoredRecord> records = generated_journal_records(n, seed, end_ms);
    const std::vector<StoredRecord> again = generated_journal_records(n, seed, end_ms);
    const std::vector<StoredRecord> other = generated_journal_records(n, seed + 1, end_ms);
    auto same = [](const std::vector<StoredRecord>& a, const std::vector<StoredRecord>& b) {
        if (a.size() != b.size()) return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (a[i].key != b[i].key || a[i].text != b[i].text) return false;
        return true;
    };
    check(same(records, again), "the same seed gives the same records");
    if (n > 0) check(!same(records, other), "another seed gives other records");
    check(records.size() == n + size_t(kGeneratedTriggers), "one record per entry plus the trigger records");

    const LoadedJournal loaded = load_journal(records);
    const Journal& j = loaded.journal;
    for (const std::string& u : loaded.unreadable) std::printf("        unreadable: %s\n", u.c_str());
    check(loaded.unreadable.empty() && loaded.keep_as_is.empty(), "every record is readable and current");
    check(j.entries.size() == n, "every entry record is an entry");

    std::set<std::string> ids;
    bool times_ok = true, items_ok = true;
    size_t full = 0, away = 0, long_text = 0, non_ascii = 0, naming_merged = 0;
    for (const Entry& e : j.entries) {
        ids.insert(e.id);
        times_ok = times_ok && e.created.unix_ms < end_ms && e.updated.unix_ms < end_ms &&
                   e.recheck.at.unix_ms < end_ms;
        full += is_full_entry(e);
        away += e.created.utc_offset_minutes != kGeneratedHomeOffsetMinutes;
        long_text += text_size(e) >= 2000;
        non_ascii += has_non_ascii(e.note) || has_non_ascii(e.happened);
        if (!e.trigger.empty()) {
            items_ok = items_ok && resolve(j.library, e.trigger) != nullptr;
            naming_merged += !find_item(j.library, e.trigger)->merged_into.empty();
        }
        for (const ActionTaken& a : e.actions) items_ok = items_ok && find_item(j.library, a.action) != nullptr;
        for (const EmotionRating& r : e.emotions) items_ok = items_ok && find_item(j.library, r.emotion) != nullptr;
    }
    bool library_ok = true;
    for (const LibraryItem& item : j.library) library_ok = library_ok && item.updated.unix_ms < end_ms;
    check(library_ok, "every library item was changed before END_MS");
    check(ids.size() == n, "entry ids are unique");
    check(times_ok, "every time is before END_MS");
    check(items_ok, "every trigger, action and emotion names a library item");
    if (n >= 1000) { // shares only mean something over many entries
        check(full * 100 >= n * 35 && full * 100 <= n * 45, "about 40% full entries (" + std::to_string(full) + ")");
        check(away > 0 && away * 100 < n * 25, "some entries made away from home (" + std::to_string(away) + ")");
        check(long_text > 0, "some entries hold 2 000 bytes of text or more (" + std::to_string(long_text) + ")");
        check(non_ascii > 0, "some entries hold non-ASCII text (" + std::to_string(non_ascii) + ")");
        check(naming_merged > 0, "some entries name a trigger that was merged away (" + std::to_string(naming_merged) + ")");

        const EntryIndex index = index_entries(j);
        auto count = [&](const EntryFilter& f) { return find_entries(j, index, f).size(); };
        EntryFilter f;
        f.words = "garden";
        check(count(f) > 0, "a common word is found");
        f.words = "CAFÉ";
        check(count(f) > 0, "a word with an accent is found whatever its case");
        f.words = "покой";
        check(count(f) > 0, "a Cyrillic word written in capitals is found in lower case");
        f.words = "no-such-word-anywhere";
        check(count(f) == 0, "a word nobody wrote is not found");
        f = EntryFilter{};
        f.trigger = "trigger-gen-002";
        const size_t merged_in = count(f);
        size_t direct = 0;
        for (const Entry& e : j.entries) direct += e.trigger == "trigger-gen-002";
        check(merged_in > direct, "a trigger's entries include those naming what was merged into it (" +
                                      std::to_string(direct) + " + merged = " + std::to_string(merged_in) + ")");
        f = EntryFilter{};
        size_t by_function = 0;
        for (CopingFunction fn : kCopingFunctions) {
            f.function = fn;
            by_function += count(f);
        }
        check(by_function >= full, "each full entry is found by at least one function");
    }
    std::printf("%s\n", failures ? "selfcheck FAILED" : "selfcheck passed");
    return failures ? 1 : 0;
}

} // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    bool timings = false;
    for (size_t i = 0; i < args.size(); ++i)
        if (args[i] == "--timings") {
            timings = true;
            args.erase(args.begin() + long(i));
            break;
        }
    uint64_t n = 0, seed = 0;
    int64_t end_ms = 0;
    const bool generator_args = args.size() == 4 && parse_u64(args[1].c_str(), n) &&
                                parse_u64(args[2].c_str(), seed) && seed <= 0xFFFFFFFFu &&
                                parse_i64(args[3].c_str(), end_ms);
    if (!args.empty() && args[0] == "generate" && generator_args) return generate(size_t(n), uint32_t(seed), end_ms, timings);
    if (!args.empty() && args[0] == "selfcheck" && generator_args) return selfcheck(size_t(n), uint32_t(seed), end_ms);
    if (args.size() == 3 && args[0] == "query") return query(args[1], args[2], timings);
    int64_t now_ms = 0, offset = 0;
    if ((args.size() == 3 || args.size() == 4) && args[0] == "insights" && parse_i64(args[2].c_str(), now_ms) &&
        (args.size() == 3 || (parse_i64(args[3].c_str(), offset) && offset >= -24 * 60 && offset <= 24 * 60)))
        return insights(args[1], now_ms, int(offset), timings);
    if (args.size() == 2 && args[0] == "stats") return stats(args[1]);
    std::fputs(kUsage, stderr);
    return 2;
}
