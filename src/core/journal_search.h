// Finding entries again: newest first, searched across every word, filtered by date,
// emotion, trigger, action, function and distress. Built for 20 000 entries and more:
// the index is made once per change to the journal, and each query is one pass over it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/journal.h"

namespace onward {

struct EntryIndex {
    std::vector<uint32_t> newest_first; // positions in Journal::entries
    std::vector<std::string> folded;    // per entry (same positions): all its words, folded
};

// Must be made again whenever the journal changes (positions and names move).
EntryIndex index_entries(const Journal& j);

struct EntryFilter {
    std::string words;                    // every word must appear (case folded); empty = any
    std::optional<CalendarDay> from, to;  // inclusive, each entry judged by its own offset
    std::string emotion, trigger, action; // library ids; merged items count as their target
    std::optional<CopingFunction> function;
    int distress_min = kMinDistress, distress_max = kMaxDistress; // the distress (before)
};

bool is_empty(const EntryFilter& f);
// Positions in Journal::entries of the entries that match, newest first.
std::vector<uint32_t> find_entries(const Journal& j, const EntryIndex& index, const EntryFilter& f);
// The same, looking only among `earlier` (an answer to `before`) when that cannot miss
// anything: the filters are the same and each earlier search word lives on inside a new
// one, as while a word is being typed. Otherwise a full search.
std::vector<uint32_t> refine_entries(const Journal& j, const EntryIndex& index, const EntryFilter& f,
                                     const EntryFilter& before, const std::vector<uint32_t>& earlier);

// One month's days for the calendar, judged by each entry's own offset.
struct DayDistress {
    int entries = 0;
    int peak = -1; // the highest distress that day, -1 without entries
};
// Index 0 is the 1st. `which` are positions in Journal::entries (e.g. a filter's answer).
std::vector<DayDistress> month_distress(const Journal& j, const std::vector<uint32_t>& which, int year, int month);

} // namespace onward
