// The core benchmark's fixture and cases (see core_cases.h). Plain on purpose: each case
// calls the same core functions the app calls (as journal_tool does), with filters a person
// would use, and folds its answer into a checksum cheaply next to the work it checks.
#include "bench/core_cases.h"

#include <chrono>
#include <cstdio>
#include <memory>

#include "core/insights.h"
#include "support/generated_journal.h"

namespace onward::bench {

namespace {

using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

uint32_t positions_checksum(const std::vector<uint32_t>& found) {
    Checksum c;
    c.add(uint64_t(found.size()));
    for (uint32_t at : found) c.add(uint64_t(at));
    return c.value();
}

uint32_t find(const CoreFixture& f, const EntryFilter& filter) {
    return positions_checksum(find_entries(f.loaded.journal, f.index, filter));
}

EntryFilter words(const char* w) {
    EntryFilter filter;
    filter.words = w;
    return filter;
}

// --- The cases ------------------------------------------------------------------------

// What the app does at start: every record's JSON parsed and decoded into the journal.
uint32_t decode(const CoreFixture& f) {
    const LoadedJournal l = load_journal(f.records);
    Checksum c;
    c.add(uint64_t(l.journal.entries.size()));
    c.add(uint64_t(l.unreadable.size()));
    for (const Entry& e : l.journal.entries) {
        c.add(e.id);
        c.add(uint64_t(e.distress));
        c.add(uint64_t(e.note.size() + e.happened.size()));
    }
    return c.value();
}

// Made again after every change to the journal: the folded text of every entry.
uint32_t reindex(const CoreFixture& f) {
    const EntryIndex i = index_entries(f.loaded.journal);
    Checksum c;
    for (uint32_t at : i.newest_first) c.add(uint64_t(at));
    size_t folded = 0;
    for (const std::string& s : i.folded) folded += s.size();
    c.add(uint64_t(folded));
    return c.value();
}

// The Insights screen, an hour after the journal ends, at home (+60).
uint32_t insights(const CoreFixture& f) {
    const Insights in = compute_insights(f.loaded.journal, LocalTime{kEndMs + 3600 * 1000, 60});
    Checksum c;
    for (const SummaryLine& line : in.summary.lines) c.add(line.words); // every figure, in words
    c.add(std::string(phase_key(in.phase.phase)));
    c.add(in.phase.why);
    for (const DistressWeek& w : in.distress.weeks) c.add(uint64_t(w.entries) << 8 | uint64_t(w.peak + 1));
    for (const ActionWeek& w : in.avoidance.weeks)
        c.add(uint64_t(w.soothe) << 40 | uint64_t(w.face) << 20 | uint64_t(w.avoid));
    return c.value();
}

// Searches: a common word (about one entry in ten), two words, a word in a handful.
uint32_t search_common(const CoreFixture& f) { return find(f, words("garden")); }
uint32_t search_two_words(const CoreFixture& f) { return find(f, words("garden walk")); }
uint32_t search_rare(const CoreFixture& f) { return find(f, words("aardvark")); }

// Filters: the year before the journal ends (every size has entries in it) and avoiding.
uint32_t filter_dates_function(const CoreFixture& f) {
    EntryFilter filter;
    filter.from = CalendarDay{2025, 11, 19};
    filter.to = CalendarDay{2026, 11, 18};
    filter.function = CopingFunction::Avoid;
    return find(f, filter);
}

// High distress with a starter emotion (it has no record: starter items are built in).
uint32_t filter_distress_emotion(const CoreFixture& f) {
    EntryFilter filter;
    filter.distress_min = 6;
    filter.distress_max = 10;
    filter.emotion = "emotion-anxious";
    return find(f, filter);
}

// The calendar: October 2026's day peaks over every entry (the 1 000-entry journal starts
// in March 2026, so every size has that month).
uint32_t month(const CoreFixture& f) {
    Checksum c;
    for (const DayDistress& d : month_distress(f.loaded.journal, f.index.newest_first, 2026, 10))
        c.add(uint64_t(d.entries) << 8 | uint64_t(d.peak + 1));
    return c.value();
}

} // namespace

const CoreFixture& core_fixture(size_t entries) {
    static std::unique_ptr<CoreFixture> current;
    if (current && current->entries == entries) return *current;
    current.reset(); // free the previous size first
    auto f = std::make_unique<CoreFixture>();
    f->entries = entries;
    const Clock::time_point t0 = Clock::now();
    f->records = generated_journal_records(entries, kSeed, kEndMs);
    const double generate_ms = ms_since(t0);
    Checksum c;
    size_t bytes = 0;
    for (const StoredRecord& r : f->records) {
        c.add(r.key);
        c.add(r.text);
        bytes += r.text.size();
    }
    f->records_checksum = c.value();
    f->loaded = load_journal(f->records);
    f->index = index_entries(f->loaded.journal);
    std::fprintf(stderr, "fixture %zu: %zu records, %.1f MB of JSON, generated in %.0f ms, all ready in %.0f ms%s\n",
                 entries, f->records.size(), double(bytes) / 1e6, generate_ms, ms_since(t0),
                 f->loaded.unreadable.empty() ? "" : " (SOME RECORDS UNREADABLE)");
    current = std::move(f);
    return *current;
}

const std::vector<CoreCase>& core_cases() {
    static const std::vector<CoreCase> cases = {
        {"decode", decode},
        {"index", reindex},
        {"insights", insights},
        {"search_common", search_common},
        {"search_two_words", search_two_words},
        {"search_rare", search_rare},
        {"filter_dates_function", filter_dates_function},
        {"filter_distress_emotion", filter_distress_emotion},
        {"month_distress", month},
    };
    return cases;
}

} // namespace onward::bench
