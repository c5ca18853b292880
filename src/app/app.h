// The App: owns the journal, the storage port and what is on screen, and applies what
// the screens ask for. The only place the layers meet.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/journal.h"
#include "core/insights.h"
#include "core/journal_search.h"
#include "platform/indexeddb_storage.h"
#include "store/journal_records.h"
#include "store/save_queue.h"
#include "ui/entry_fields.h"
#include "ui/insights_screen.h"
#include "ui/journal_screen.h"
#include "ui/library_screen.h"
#include "ui/practice_run.h"
#include "ui/check_screen.h"
#include "ui/data_screen.h"
#include "ui/import_screen.h"
#include "ui/lock_screen.h"
#include "ui/summary_screen.h"
#include "ui/reflect_screen.h"
#include "ui/today_screen.h"
#include "ui/widgets.h"

namespace onward {

struct App {
    platform::IndexedDbStorage storage;
    bool loaded = false; // every stored record is in `journal` (or storage could not open)
    bool storage_failed = false; // it could not: nothing saved before can be shown
    bool announced_ready = false;
    Journal journal;
    uint64_t journal_changes = 0; // bumped on every change, so views know when to recompute
    bool text_beyond_latin1 = false; // the journal holds text the starting glyphs lack
    SaveQueue saves;
    // By record id: what a newer Onward wrote into a record, for when this one writes it again.
    std::map<std::string, nlohmann::json> unknown_fields;
    // Records this version must leave as they are (unreadable, or from a newer version).
    std::map<std::string, KeepAsIs> keep_as_is;
    std::vector<std::string> notices;

    ui::Ui ui;
    enum class Screen {
        Today, Journal, Entry, EntryView, Library, Settings,
        Reflect, Check, CheckView, About, Insights,
        Data, Import, Summary, Lock,
        Cope, Breathing, Grounding, BodyScan, StayWithIt, SafetyPlan, CrisisLines,
    };
    Screen screen = Screen::Today;
    bool scroll_to_top = false;  // a new screen starts at its top
    bool jump_to_lines = false;  // crisis mode: bring the crisis lines into view
    double redraw_at_ms = -1;    // a practice's next visible change (a timer tick), -1 for none
    bool restarting = false;     // into a new version, once every save is in
    ui::EntryForm checkin;    // Today's quick check-in, kept as a draft while filled in
    ui::EntryForm entry_form; // the full entry being written or changed, kept as a draft
    ui::RecheckForm recheck;
    ui::JournalScreenState journal_screen;
    ui::LibraryScreenState library_screen;
    std::string viewing;                     // the entry open to read
    Screen lists_return = Screen::Journal;   // where "Back" leads from the lists
    // The entry last deleted, offered back (Undo) until the next thing the person does.
    struct Deleted {
        Entry entry;
        nlohmann::json unknown;
    };
    std::vector<Deleted> just_deleted; // at most one
    ui::PracticeRun breathing, grounding, body_scan, stay_with_it;
    ui::CheckForm check_form; // a check being answered (its questionnaire empty when none)
    ui::AddQuestionnaireState add_questionnaire;
    std::string viewing_check;          // the check open to read
    bool check_just_saved = false;      // the open check was saved a moment ago
    bool safety_from_check = false;     // crisis mode was opened by a safety answer in a check
    Screen about_return = Screen::Reflect; // where "Back" leads from "About coping and healing"
    ui::InsightsScreenState insights_screen;

    // Owning the data (data_flow.cpp): jobs storage runs for the "Your data" screen, and
    // the lock.
    bool locked = false;          // sealed with a passphrase and not opened yet
    bool has_passphrase = false;  // the journal is sealed at rest
    ui::LockState lock;
    std::string lock_problem;
    bool unlocking = false;
    ui::DataScreenState data_screen;
    ui::ImportState import_state;
    ui::SummaryScreenState summary_screen;
    struct Job {
        enum class Kind { None, Backup, ReadForRestore, ReadForDaylio, Apply, SetPassphrase, DeleteEverything };
        Kind kind = Kind::None;
        uint32_t ticket = 0;
    } job;
    uint32_t next_job_ticket = 1u << 30; // apart from the save queue's tickets
    // An import waiting for the person's go-ahead: what it brings and what it would write.
    struct PendingImport {
        bool daylio = false;
        std::string source;            // the file, as the screen describes it
        std::string bytes;             // a sealed backup, until it is opened
        std::vector<StoredRecord> incoming;
        std::vector<StoredRecord> existing;
        std::vector<StoredRecord> writes; // what "Bring it in" writes, in one transaction
        int added = 0, same = 0, conflicts = 0;
        std::vector<std::string> conflict_lines;
        std::string problem;
        bool sealed = false;
        uint32_t unseal_ticket = 0;
    } pending;
    int kept_versions = 0;
    int64_t last_input_ms = 0; // for the idle lock

    // Today's entries, recomputed only when the journal, the day or the minute changes, or
    // when something falls due.
    struct TodayList {
        uint64_t at_change = ~uint64_t(0);
        CalendarDay day;
        int64_t minute = 0;
        std::vector<const Entry*> entries;
        std::vector<const PracticeSession*> practices;
        const Entry* recheck = nullptr;
        const Questionnaire* due_check = nullptr;
        // When the next re-check or check falls due, so an open Today can wake for it.
        int64_t next_due_ms = -1;
    } today;
    // The backup reminder, worked out again only when the journal or the minute changes.
    struct BackupReminder {
        uint64_t at_change = ~uint64_t(0);
        int64_t minute = -1;
        bool due = false;
    } backup_reminder;
    // The journal's index and the current search's answer: the index is rebuilt when the
    // journal changes, the answer when either changes.
    struct Search {
        uint64_t at_change = ~uint64_t(0);
        EntryIndex index;
        std::vector<uint32_t> found;
        EntryFilter searched; // what `found` answers
    } search;
    // Insights, recomputed only when the journal changes or a new day begins.
    struct InsightsCache {
        uint64_t at_change = ~uint64_t(0);
        CalendarDay day;
        Insights value;
    } insights;
};

void start_app(App& app);
// Storage events of the data jobs and the lock (data_flow.cpp); false if `e` is not theirs.
bool take_data_event(App& app, const StorageEvent& e);
void draw_app_frame(App& app);
// Storage answers and due retries; runs every frame, and on timers while nothing is drawn.
void keep_saving(App& app);
// Words that would be lost if the page closed now: saves (drafts included) not yet on
// disk, or a practice under way.
bool has_unsaved_words(const App& app);
// Every labelled widget of the last frame as JSON, in CSS pixels (see tests/e2e/harness.mjs).
std::string drawn_widgets_json(const App& app);

} // namespace onward
