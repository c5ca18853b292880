// Today: a relief re-check when one is due, the quick check-in, a way into a full entry,
// and what I have done so far today.
#pragma once
#include <string>
#include <vector>

#include "core/entry.h"
#include "core/practice.h"
#include "core/insights.h"
#include "core/questionnaire.h"
#include "store/save_queue.h"
#include "ui/entry_fields.h"
#include "ui/widgets.h"

namespace onward::ui {

// The answer being given to a relief re-check.
struct RecheckForm {
    std::string entry_id; // which entry it is for; a new one starts afresh
    int distress = -1;
    Answer lasted = Answer::Unsaid;
};

struct TodayView {
    CalendarDay day;
    const std::vector<const Entry*>* entries = nullptr;          // today's, newest first
    const std::vector<const PracticeSession*>* practices = nullptr; // today's, newest first
    const Library* library = nullptr;
    SaveState save_state = SaveState::Nothing;
    const Entry* recheck = nullptr;     // an entry whose relief re-check is due now
    const Entry* kept_draft = nullptr;  // a full entry left unsaved, offered back
    const Questionnaire* due_check = nullptr; // a check whose time has come (core/check_due.h)
    const PhaseInsight* phase = nullptr;      // where things stand, once there is something to go by
    // Keeping the journal safe: a month since the last backup with something new, or a
    // Safari tab not yet told that Safari may erase site data.
    bool backup_due = false;
    bool tell_safari = false;
    int device_offset_minutes = 0;
};

enum class TodayAction {
    None,
    CheckInChanged, // the draft is kept
    SaveCheckIn,
    SaveRecheck,
    SkipRecheck,
    WriteEntry,    // open a new full entry
    ContinueDraft, // open the full entry left unsaved
    DiscardDraft,
    OpenEntry, // a row of today's was tapped
    TakeCheck,  // the due check
    SnoozeCheck, // "Not now": until tomorrow
    OpenCope,     // the phase suggests the coping tools first
    OpenInsights,
    OpenData, // the backup reminder, or Safari's warning
};

struct TodayIntent {
    TodayAction action = TodayAction::None;
    std::string entry; // OpenEntry: its id
};

TodayIntent draw_today(Ui& ui, EntryForm& form, RecheckForm& recheck, const TodayView& view);

} // namespace onward::ui
