// The journal: every entry, newest first, one line each; search across every word;
// filters; a month calendar coloured by distress. The list is clipped: only the rows on
// screen are drawn, so 20 000 entries scroll as lightly as 20.
#pragma once
#include <string>
#include <vector>

#include "core/journal.h"
#include "core/journal_search.h"
#include "ui/widgets.h"

namespace onward::ui {

struct JournalScreenState {
    EntryFilter filter;
    std::string from_text, to_text; // the date fields as typed ("2026-11-01")
    bool show_filters = false;
    enum class Picking { None, Emotion, Trigger, Action } picking = Picking::None;
    bool calendar = false;
    int year = 0, month = 0; // the calendar's month; 0 until first shown
};

struct JournalView {
    const Journal* journal = nullptr;
    const std::vector<uint32_t>* found = nullptr; // positions in journal->entries, newest first
    CalendarDay today;
    int device_offset_minutes = 0;
    const Entry* just_deleted = nullptr; // offer Undo until the next action
};

enum class JournalAction { None, FilterChanged, OpenEntry, NewEntry, OpenLists, OpenSettings, UndoDelete };

struct JournalIntent {
    JournalAction action = JournalAction::None;
    uint32_t entry = 0; // OpenEntry: position in journal->entries
};

JournalIntent draw_journal(Ui& ui, JournalScreenState& state, const JournalView& view);

// "2026-11-01" → a day; false for anything else (or a day that does not exist).
bool parse_day(const std::string& text, CalendarDay& out);

} // namespace onward::ui
