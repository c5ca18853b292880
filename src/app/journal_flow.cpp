// The journal's screens, applied: the quick check-in and the full entry (each kept as a
// draft while written), the relief re-check, the journal list, one entry, the lists and
// the settings.
#include <algorithm>

#include "app/app_actions.h"
#include "core/check_due.h"
#include "core/relief_recheck.h"
#include "core/say.h"
#include "core/text.h"
#include "platform/browser.h"
#include "platform/frame_loop.h"
#include "platform/storage_health.h"
#include "store/journal_records.h"
#include "ui/entry_screen.h"
#include "ui/entry_view_screen.h"
#include "ui/settings_screen.h"

namespace onward {

namespace {

bool holds_nothing(const Entry& e) {
    return e.distress < 0 && e.emotions.empty() && e.body == BodyState::Unsaid && e.note.empty() && !is_full_entry(e);
}

// Keeps the form as a draft under `draft_id`; a form emptied again has no draft.
void keep_draft(App& app, ui::EntryForm& form, const char* draft_id) {
    Entry& e = form.entry;
    if (!form.editing && holds_nothing(e)) {
        if (!e.id.empty()) save_now(app, draft_id, "");
        e.id.clear();
        return;
    }
    const LocalTime now = local_now();
    if (e.id.empty()) {
        e.id = make_record_id(kEntryKind, now.unix_ms, platform::random32());
        e.created = now;
    }
    e.updated = now;
    for (const std::string* t : {&e.note, &e.happened, &e.what_was_new, &e.feeling_says, &e.what_i_need})
        widen_text(app, *t);
    save_now(app, draft_id, encode_draft(draft_id, e));
}

// Saves the form as an entry and lets its draft go; returns the entry's id, or empty (with
// the form's problems set) when it cannot be saved yet.
std::string save_form(App& app, ui::EntryForm& form, const char* draft_id) {
    Entry e = form.entry;
    const LocalTime now = local_now();
    if (e.id.empty()) e.id = make_record_id(kEntryKind, now.unix_ms, platform::random32());
    // A new entry is dated when it is saved; a changed one keeps its moment.
    if (!form.editing) e.created = now;
    e.updated = now;
    form.problems = problems_with(e);
    if (!form.problems.empty()) return {};
    put_entry(app.journal, e);
    save_now(app, e.id, encode_entry(e, app.unknown_fields[e.id]));
    save_now(app, draft_id, "");
    form = {};
    app.just_deleted.clear();
    return e.id;
}

void discard_form(App& app, ui::EntryForm& form, const char* draft_id) {
    if (!form.entry.id.empty()) save_now(app, draft_id, "");
    form = {};
}

// A new trigger, action or emotion named in an entry or in the lists. An existing one by
// that name is used instead of a twin. Returns its id, or empty with `problems` set.
std::string add_library_item(App& app, LibraryKind kind, const std::string& name, std::vector<std::string>& problems) {
    Library& lib = app.journal.library;
    if (const LibraryItem* same = find_by_name(lib, kind, name)) {
        if (same->archived) { // named again: it is back in use
            LibraryItem back = *same;
            back.archived = false;
            back.updated = local_now();
            put_item(lib, back);
            save_now(app, back.id, encode_library_item(back, app.unknown_fields[back.id]));
        }
        return same->id;
    }
    LibraryItem item;
    const LocalTime now = local_now();
    item.id = make_record_id(library_kind_key(kind), now.unix_ms, platform::random32());
    item.kind = kind;
    item.name = trimmed(name);
    item.updated = now;
    problems = problems_with(item, lib);
    if (!problems.empty()) return {};
    put_item(lib, item);
    widen_text(app, item.name);
    save_now(app, item.id, encode_library_item(item));
    return item.id;
}

void change_item(App& app, LibraryItem item, std::vector<std::string>& problems) {
    if (const char* why = why_not_editable(app, item.id)) {
        problems = {why};
        return;
    }
    item.updated = local_now();
    problems = problems_with(item, app.journal.library);
    if (!problems.empty()) return;
    put_item(app.journal.library, item);
    widen_text(app, item.name);
    save_now(app, item.id, encode_library_item(item, app.unknown_fields[item.id]));
}

void open_entry_form(App& app, const Entry* to_change) {
    ui::EntryForm& f = app.entry_form;
    // Words already being written are never replaced: they are opened instead.
    if (!f.entry.id.empty() && (!to_change || f.entry.id != to_change->id)) {
        if (to_change) tell(app, tr("You were writing another entry: here it is. Save or discard it, then open this one again."));
    } else if (to_change) {
        f = {};
        f.entry = *to_change;
        f.editing = true;
    }
    go_to(app, App::Screen::Entry);
}

// An entry a newer version wrote is shown but never rewritten or removed here: says why.
bool left_as_it_is(App& app, const std::string& id) {
    if (!app.keep_as_is.count(id)) return false;
    tell(app, why_not_editable(app, id));
    return true;
}

void refresh_search(App& app) {
    App::Search& s = app.search;
    const EntryFilter& f = app.journal_screen.filter;
    if (s.at_change != app.journal_changes) {
        s.index = index_entries(app.journal);
        s.at_change = app.journal_changes;
        s.found = find_entries(app.journal, s.index, f);
    } else {
        // While a word is typed, each letter looks only among the last letter's answer.
        s.found = refine_entries(app.journal, s.index, f, s.searched, s.found);
    }
    s.searched = f;
}

} // namespace

void take_drafts(App& app, const std::map<std::string, Entry>& drafts) {
    const auto take = [&](const char* id, ui::EntryForm& form) {
        const auto it = drafts.find(id);
        if (it == drafts.end()) return;
        form.entry = it->second;
        form.editing = find_entry(app.journal, form.entry.id) != nullptr;
        for (const std::string* t : {&form.entry.note, &form.entry.happened, &form.entry.what_was_new,
                                     &form.entry.feeling_says, &form.entry.what_i_need})
            widen_text(app, *t);
    };
    take(kCheckInDraftId, app.checkin);
    take(kEntryDraftId, app.entry_form);
}

void draw_today_screen(App& app) {
    const LocalTime now = local_now();
    ui::TodayView view;
    view.day = calendar_day(now);
    const int64_t minute = now.unix_ms / 60000;
    App::TodayList& t = app.today;
    const bool fell_due = t.next_due_ms >= 0 && now.unix_ms >= t.next_due_ms;
    if (t.at_change != app.journal_changes || t.day != view.day || t.minute != minute || fell_due) {
        const Journal& j = app.journal;
        const int delay = j.settings.recheck_delay_minutes;
        const std::vector<const Questionnaire*> latest = latest_questionnaires(j);
        t.at_change = app.journal_changes;
        t.day = view.day;
        t.minute = minute;
        t.entries = entries_on(j, view.day);
        t.practices = practices_on(j, view.day);
        t.recheck = due_recheck(j, now.unix_ms, delay);
        t.due_check = due_check(latest, j.checks, j.settings, now);
        const int64_t recheck_at = next_recheck_at(j, now.unix_ms, delay);
        const int64_t check_at = next_check_due_at(latest, j.checks, j.settings, now);
        t.next_due_ms = recheck_at < 0 ? check_at : check_at < 0 ? recheck_at : std::min(recheck_at, check_at);
    }
    view.entries = &t.entries;
    view.practices = &t.practices;
    view.library = &app.journal.library;
    view.save_state = save_status(app.saves).state;
    view.recheck = t.recheck;
    view.due_check = t.due_check;
    // Where things stand, once there is something to go by (or the person chose it).
    if (!app.journal.entries.empty() || !app.journal.checks.empty() || !app.journal.settings.phase_override.empty())
        view.phase = &current_insights(app).phase;
    view.kept_draft = app.entry_form.entry.id.empty() ? nullptr : &app.entry_form.entry;
    view.device_offset_minutes = now.utc_offset_minutes;
    view.backup_due = backup_due(app);
    view.tell_safari = !app.journal.settings.safari_told && platform::is_safari_tab();
    const ui::TodayIntent intent = ui::draw_today(app.ui, app.checkin, app.recheck, view);
    switch (intent.action) {
    case ui::TodayAction::None: break;
    case ui::TodayAction::CheckInChanged: keep_draft(app, app.checkin, kCheckInDraftId); break;
    case ui::TodayAction::SaveCheckIn:
        if (!save_form(app, app.checkin, kCheckInDraftId).empty()) app.checkin.just_saved = true;
        break;
    case ui::TodayAction::SaveRecheck:
    case ui::TodayAction::SkipRecheck: {
        if (!t.recheck) break;
        Entry e = *t.recheck;
        const bool skip = app.recheck.distress < 0 && app.recheck.lasted == Answer::Unsaid;
        e.recheck = {now, skip ? -1 : app.recheck.distress, skip ? Answer::Unsaid : app.recheck.lasted};
        e.updated = now;
        app.recheck = {};
        if (put_entry(app.journal, e)) save_now(app, e.id, encode_entry(e, app.unknown_fields[e.id]));
        break;
    }
    case ui::TodayAction::WriteEntry:
    case ui::TodayAction::ContinueDraft: open_entry_form(app, nullptr); break;
    case ui::TodayAction::DiscardDraft: discard_form(app, app.entry_form, kEntryDraftId); break;
    case ui::TodayAction::OpenEntry:
        app.viewing = intent.entry;
        go_to(app, App::Screen::EntryView);
        break;
    case ui::TodayAction::TakeCheck:
        if (t.due_check) take_check(app, t.due_check->id);
        break;
    case ui::TodayAction::SnoozeCheck:
        if (t.due_check) snooze_due_check(app, t.due_check->id);
        break;
    case ui::TodayAction::OpenCope: go_to(app, App::Screen::Cope); break;
    case ui::TodayAction::OpenInsights: go_to(app, App::Screen::Insights); break;
    case ui::TodayAction::OpenData:
        platform::check_storage_health(false);
        go_to(app, App::Screen::Data);
        break;
    }
}

void draw_entry_screen(App& app) {
    ui::EntryForm& form = app.entry_form;
    const LocalTime now = local_now();
    ui::EntryView view;
    view.library = &app.journal.library;
    view.prompt_turn = (form.entry.created.unix_ms ? form.entry.created.unix_ms : now.unix_ms) / 86400000;
    view.device_offset_minutes = now.utc_offset_minutes;
    view.save_state = save_status(app.saves).state;
    const ui::EntryIntent intent = ui::draw_entry(app.ui, form, view);
    switch (intent.action) {
    case ui::EntryAction::None: break;
    case ui::EntryAction::Changed: keep_draft(app, form, kEntryDraftId); break;
    case ui::EntryAction::Save: {
        const std::string id = save_form(app, form, kEntryDraftId);
        if (id.empty()) break;
        app.viewing = id; // read back what was kept
        go_to(app, App::Screen::EntryView);
        break;
    }
    case ui::EntryAction::Discard: {
        const bool editing = form.editing;
        discard_form(app, form, kEntryDraftId);
        go_to(app, editing ? App::Screen::EntryView : App::Screen::Today);
        break;
    }
    case ui::EntryAction::AddItem: {
        std::vector<std::string> problems;
        const std::string id = add_library_item(app, intent.kind, intent.name, problems);
        if (id.empty()) {
            form.problems = problems;
            break;
        }
        Entry& e = form.entry;
        const LibraryItem& item = *find_item(app.journal.library, id);
        const auto has = [&](const std::string& x) { return resolve(app.journal.library, x) == &item; };
        if (intent.kind == LibraryKind::Trigger) {
            e.trigger = id;
            form.new_trigger.clear();
        } else if (intent.kind == LibraryKind::Action) {
            if (std::none_of(e.actions.begin(), e.actions.end(), [&](const ActionTaken& a) { return has(a.action); }))
                e.actions.push_back({id, item.function, item.avoid});
            form.new_action.clear();
        } else {
            if (std::none_of(e.emotions.begin(), e.emotions.end(), [&](const EmotionRating& r) { return has(r.emotion); }))
                e.emotions.push_back({id, 3});
            form.new_emotion.clear();
        }
        keep_draft(app, form, kEntryDraftId);
        break;
    }
    case ui::EntryAction::OpenLists:
        app.lists_return = App::Screen::Entry;
        go_to(app, App::Screen::Library);
        break;
    }
}

void draw_journal_screen(App& app) {
    const LocalTime now = local_now();
    if (app.search.at_change != app.journal_changes) refresh_search(app);
    ui::JournalView view;
    view.journal = &app.journal;
    view.found = &app.search.found;
    view.today = calendar_day(now);
    view.device_offset_minutes = now.utc_offset_minutes;
    view.just_deleted = app.just_deleted.empty() ? nullptr : &app.just_deleted.front().entry;
    const ui::JournalIntent intent = ui::draw_journal(app.ui, app.journal_screen, view);
    if (intent.action != ui::JournalAction::None && intent.action != ui::JournalAction::FilterChanged &&
        intent.action != ui::JournalAction::UndoDelete)
        app.just_deleted.clear(); // the next thing done ends the chance to undo
    switch (intent.action) {
    case ui::JournalAction::None: break;
    case ui::JournalAction::FilterChanged:
        refresh_search(app);
        platform::wake();
        break;
    case ui::JournalAction::OpenEntry:
        app.viewing = app.journal.entries[intent.entry].id;
        go_to(app, App::Screen::EntryView);
        break;
    case ui::JournalAction::NewEntry: open_entry_form(app, nullptr); break;
    case ui::JournalAction::OpenLists:
        app.lists_return = App::Screen::Journal;
        go_to(app, App::Screen::Library);
        break;
    case ui::JournalAction::OpenSettings: go_to(app, App::Screen::Settings); break;
    case ui::JournalAction::UndoDelete: {
        if (app.just_deleted.empty()) break;
        const App::Deleted d = std::move(app.just_deleted.front());
        app.just_deleted.clear();
        if (put_entry(app.journal, d.entry)) {
            app.unknown_fields[d.entry.id] = d.unknown;
            save_now(app, d.entry.id, encode_entry(d.entry, d.unknown));
        }
        break;
    }
    }
}

void draw_entry_view_screen(App& app) {
    const Entry* e = find_entry(app.journal, app.viewing);
    if (!e) { // deleted here or in another tab
        go_to(app, App::Screen::Journal);
        platform::wake();
        return;
    }
    const LocalTime now = local_now();
    switch (ui::draw_entry_view(app.ui, *e, app.journal.library, now.utc_offset_minutes)) {
    case ui::EntryViewAction::None: break;
    case ui::EntryViewAction::Back: go_to(app, App::Screen::Journal); break;
    case ui::EntryViewAction::Edit:
        if (!left_as_it_is(app, e->id)) open_entry_form(app, e);
        break;
    case ui::EntryViewAction::Delete: {
        const std::string id = e->id;
        if (left_as_it_is(app, id)) break;
        App::Deleted d{*e, app.unknown_fields[id]};
        remove_entry(app.journal, id);
        save_now(app, id, "");
        go_to(app, App::Screen::Journal);
        app.just_deleted = {std::move(d)};
        break;
    }
    }
}

void draw_library_screen(App& app) {
    ui::LibraryScreenState& s = app.library_screen;
    const ui::LibraryIntent intent = ui::draw_library(app.ui, s, app.journal.library);
    const LibraryItem* item = intent.id.empty() ? nullptr : find_item(app.journal.library, intent.id);
    std::vector<std::string> problems;
    switch (intent.action) {
    case ui::LibraryAction::None: return;
    case ui::LibraryAction::Back: go_to(app, app.lists_return); return;
    case ui::LibraryAction::Add:
        if (!add_library_item(app, intent.kind, intent.name, problems).empty()) s.new_name.clear();
        break;
    case ui::LibraryAction::Rename:
        if (!item) break;
        {
            LibraryItem renamed = *item;
            renamed.name = trimmed(intent.name);
            change_item(app, renamed, problems);
            if (problems.empty()) s.renaming.clear();
        }
        break;
    case ui::LibraryAction::Merge:
        if (!item) break;
        {
            LibraryItem merged = *item;
            merged.merged_into = intent.into;
            change_item(app, merged, problems);
            if (problems.empty()) s.merging.clear();
        }
        break;
    case ui::LibraryAction::Archive:
    case ui::LibraryAction::Restore:
        if (!item) break;
        {
            LibraryItem changed = *item;
            changed.archived = intent.action == ui::LibraryAction::Archive;
            change_item(app, changed, problems);
        }
        break;
    case ui::LibraryAction::SetFunction:
        if (!item) break;
        {
            LibraryItem changed = *item;
            changed.function = intent.function;
            changed.avoid = intent.function == CopingFunction::Avoid ? intent.avoid : AvoidKind::Unsaid;
            change_item(app, changed, problems);
        }
        break;
    }
    s.problems = problems;
}

void draw_settings_screen(App& app) {
    Settings& settings = app.journal.settings;
    switch (ui::draw_settings(app.ui, settings, why_not_editable(app, kSettingsId))) {
    case ui::SettingsAction::None: break;
    case ui::SettingsAction::Back: go_to(app, App::Screen::Journal); break;
    case ui::SettingsAction::Changed: save_settings(app); break;
    case ui::SettingsAction::OpenData:
        platform::check_storage_health(false); // fresh figures for the page
        go_to(app, App::Screen::Data);
        break;
    }
}

} // namespace onward
