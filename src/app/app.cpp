#include "app/app.h"

#include "app/app_actions.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

#include "core/say.h"
#include "core/text.h"
#include "platform/breathing_visual.h"
#include "platform/browser.h"
#include "platform/frame_loop.h"
#include "platform/input.h"
#include "platform/page.h"
#include "platform/screen_reader.h"
#include "platform/storage_health.h"
#include "store/journal_records.h"
#include "store/questionnaire_record.h"
#include "core/breathing.h"
#include "ui/body_scan_screen.h"
#include "ui/breathing_screen.h"
#include "ui/cope_screen.h"
#include "ui/crisis_lines_screen.h"
#include "ui/grounding_screen.h"
#include "ui/header.h"
#include "ui/safety_plan_screen.h"
#include "ui/stay_with_it_screen.h"
#include "ui/theme.h"

namespace onward {

std::string drawn_widgets_json(const App& app) {
    nlohmann::json list = nlohmann::json::array();
    for (const ui::DrawnWidget& w : app.ui.drawn)
        list.push_back({{"label", w.label}, {"role", w.role}, {"value", w.value}, {"selected", w.selected},
                        {"focused", w.focused}, {"x", w.min.x}, {"y", w.min.y}, {"w", w.max.x - w.min.x},
                        {"h", w.max.y - w.min.y}, {"key", w.key}, {"editing", w.editing}});
    return list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

LocalTime local_now() {
    const double ms = platform::now_ms();
    return {int64_t(ms), platform::utc_offset_minutes(ms)};
}

void widen_text(App& app, const std::string& s) {
    app.text_beyond_latin1 = app.text_beyond_latin1 || find_code_point(s, ui::beyond_starting_glyphs) != 0;
}

namespace {

// The font must cover everything the journal may show.
void note_text_width(App& app, const Journal& j) {
    for (const Entry& e : j.entries)
        for (const std::string* t : {&e.note, &e.happened, &e.what_was_new, &e.feeling_says, &e.what_i_need})
            widen_text(app, *t);
    for (const LibraryItem& item : j.library) widen_text(app, item.name);
    for (const PracticeSession& s : j.practices)
        for (const std::string& w : s.words) widen_text(app, w);
    for (const std::string& w : j.safety_plan.words) widen_text(app, w);
    for (const PlanContact& c : j.safety_plan.contacts) widen_text(app, c.name + c.number);
    for (const CrisisLine& l : j.crisis_lines) widen_text(app, l.where + l.name + l.number);
    for (const CheckResult& c : j.checks) widen_text(app, c.note);
    for (const Questionnaire& q : j.questionnaires) widen_questionnaire_text(app, q);
}

// Records another tab saved (or that arrived while the full read was under way): each
// replaces ours unless this tab is still saving its own, newer change to it.
void take_records(App& app, LoadedJournal&& l) {
    for (const auto& [id, why] : l.keep_as_is) app.keep_as_is[id] = why;
    const auto ours = [&](const std::string& id) { return app.saves.waiting.count(id) > 0; };
    auto keep_unknown = [&](const std::string& id) {
        if (auto u = l.unknown_fields.find(id); u != l.unknown_fields.end()) app.unknown_fields[id] = u->second;
    };
    // In bulk: at start this is the whole journal.
    const auto not_ours = [&](auto& list) {
        list.erase(std::remove_if(list.begin(), list.end(), [&](const auto& r) { return ours(r.id); }), list.end());
        return std::move(list);
    };
    for (const std::string& id : put_entries(app.journal, not_ours(l.journal.entries))) keep_unknown(id);
    for (const std::string& id : put_practices(app.journal, not_ours(l.journal.practices))) keep_unknown(id);
    // Definitions before checks: a check is only taken in beside what it answers.
    for (const Questionnaire& q : l.journal.questionnaires)
        if (!ours(questionnaire_record_id(q))) put_questionnaire(app.journal, q);
    for (const CheckResult& c : l.journal.checks)
        if (!ours(c.id) && put_check(app.journal, c)) keep_unknown(c.id);
    for (const LibraryItem& item : l.journal.library)
        if (item.updated.unix_ms != 0 && !ours(item.id)) {
            put_item(app.journal.library, item);
            keep_unknown(item.id);
        }
    if (l.safety_plan_found && !ours(kSafetyPlanId)) {
        app.journal.safety_plan = l.journal.safety_plan;
        keep_unknown(kSafetyPlanId);
    }
    if (l.settings_found && !ours(kSettingsId)) {
        app.journal.settings = l.journal.settings;
        keep_unknown(kSettingsId);
        // What the person chose last time is chosen again.
        app.breathing.pattern = app.journal.settings.breathing_pattern;
        app.breathing.minutes = app.journal.settings.breathing_minutes;
        app.breathing.still = app.journal.settings.still_breathing;
    }
    if (l.journal.crisis_lines_edited && !ours(kCrisisLinesId)) {
        app.journal.crisis_lines = l.journal.crisis_lines;
        app.journal.crisis_lines_edited = true;
        keep_unknown(kCrisisLinesId);
    }
    note_text_width(app, l.journal);
    ++app.journal_changes;
}

} // namespace

void take_loaded(App& app, const std::vector<StoredRecord>& records) {
    LoadedJournal l = load_journal(records);
    app.kept_versions = int(l.kept_versions);
    if (!l.unreadable.empty())
        app.notices.push_back(
            trn("{n} saved record could not be read by this version of Onward. Nothing was changed or removed.",
                "{n} saved records could not be read by this version of Onward. Nothing was changed or removed.",
                long(l.unreadable.size())));
    // What this tab already holds (announced by another tab, or changed here while the
    // read was under way) stays; everything else comes from storage.
    Journal mine = std::move(app.journal);
    app.journal = {};
    const bool l_plan_found = l.safety_plan_found;
    const bool l_settings_found = l.settings_found;
    // Emotions named by old check-ins became library items: kept, so entries rewritten
    // in the new form still point at something. Queued only after take_records, which
    // passes over records still waiting to be saved.
    std::vector<std::pair<std::string, std::string>> made;
    for (const std::string& id : l.new_library_items)
        if (const LibraryItem* item = find_item(l.journal.library, id)) made.emplace_back(id, encode_library_item(*item));
    const std::map<std::string, Entry> drafts = std::move(l.drafts);
    const std::optional<CheckResult> check_draft = std::move(l.check_draft);
    take_records(app, std::move(l));
    for (auto& [id, text] : made) keep_record(app.saves, id, std::move(text));
    for (const Entry& c : mine.entries)
        if (!find_entry(app.journal, c.id)) put_entry(app.journal, c);
    for (const PracticeSession& s : mine.practices)
        if (!find_practice(app.journal, s.id)) put_practice(app.journal, s);
    for (const Questionnaire& q : mine.questionnaires)
        if (!find_questionnaire(app.journal, q.id, q.version)) put_questionnaire(app.journal, q);
    for (const CheckResult& c : mine.checks)
        if (!find_check(app.journal, c.id)) put_check(app.journal, c);
    if (!l_plan_found && mine.safety_plan.updated.unix_ms != 0) app.journal.safety_plan = mine.safety_plan;
    // None readable (none yet, or sealed while locked): the look remembered at start stays.
    if (!l_settings_found) app.journal.settings = mine.settings;
    if (!app.journal.crisis_lines_edited && mine.crisis_lines_edited) {
        app.journal.crisis_lines = mine.crisis_lines;
        app.journal.crisis_lines_edited = true;
    }
    take_drafts(app, drafts);
    if (check_draft) take_check_draft(app, *check_draft);
    app.loaded = true;
}

namespace {

// With a passphrase, Onward left alone locks itself: the page starts afresh, so the key
// and every word in memory are gone, and the lock screen asks again. Never while words
// wait to be saved.
double lock_at_ms(const App& app) {
    const int minutes = app.journal.settings.lock_after_minutes;
    if (!app.has_passphrase || app.locked || minutes <= 0) return -1;
    return double(app.last_input_ms) + minutes * 60000.0;
}

// One timer serves both a save's retry and a practice's next tick: the sooner wins.
void schedule_timer(const App& app, double now) {
    double next = next_send_ms(app.saves);
    if (app.redraw_at_ms > now && (next < 0 || app.redraw_at_ms < next)) next = app.redraw_at_ms;
    const double lock_at = lock_at_ms(app);
    if (lock_at > now && (next < 0 || lock_at < next)) next = lock_at;
    if (next > now) platform::wake_after(next - now);
}

} // namespace

void take_changed_records(App& app, const std::vector<StoredRecord>& changed, const std::vector<std::string>& removed) {
    // Drafts belong to the tab writing them; another tab's are left to it.
    std::vector<StoredRecord> records;
    for (const StoredRecord& r : changed)
        if (!is_draft_id(r.key)) records.push_back(r);
    LoadedJournal l = load_journal(records, app.journal.questionnaires);
    app.kept_versions += int(l.kept_versions);
    take_records(app, std::move(l));
    for (const std::string& key : removed)
        if (!app.saves.waiting.count(key) && remove_entry(app.journal, key)) ++app.journal_changes;
}

void keep_saving(App& app) {
    const double now = platform::now_ms();
    for (const StorageEvent& e : app.storage.take_events()) {
        if (take_data_event(app, e)) continue;
        // The browser is asked to keep the journal once there is something to keep.
        if (e.kind == StorageEvent::Kind::WriteSucceeded && !app.saves.ever_saved) platform::check_storage_health(true);
        switch (e.kind) {
        case StorageEvent::Kind::Loaded: take_loaded(app, e.records); break;
        case StorageEvent::Kind::OpenFailed:
            app.loaded = true;
            app.storage_failed = true;
            app.notices.push_back(trf("Onward could not open your saved journal ({reason}). You can still check in and "
                                      "use every coping tool: what you add is kept in this window and saved as soon as "
                                      "the browser allows. Reloading the page may help.",
                                      {{"reason", e.reason}}));
            break;
        case StorageEvent::Kind::ChangedElsewhere: take_changed_records(app, e.records, e.removed); break;
        case StorageEvent::Kind::WriteSucceeded:
        case StorageEvent::Kind::WriteFailed: note_result(app.saves, e, now); break;
        default: break;
        }
    }
    const double lock_at = lock_at_ms(app);
    if (lock_at >= 0 && now >= lock_at && !has_unsaved_words(app)) {
        platform::start_afresh(trf("Onward locked itself after {minutes} minutes without use.",
                                   {{"minutes", std::to_string(app.journal.settings.lock_after_minutes)}}));
        app.last_input_ms = int64_t(now); // once
    }
    send_due(app.saves, app.storage, now);
    schedule_timer(app, now);
}

bool has_unsaved_words(const App& app) {
    // What is being written is kept as a draft at once, so it counts as unsaved only
    // until that draft (like any save) is on disk. A practice under way holds words only if the person gave some: a distress number,
    // check-ins, what they noticed. Closing in the middle of plain breathing loses nothing.
    const auto running = [](const ui::PracticeRun& r) {
        if (r.stage != ui::PracticeRun::Stage::Running) return false;
        bool wrote = r.before >= 0 || !r.during.empty();
        for (const std::string& w : r.words) wrote = wrote || !trimmed(w).empty();
        return wrote;
    };
    return !app.saves.waiting.empty() || running(app.breathing) || running(app.grounding) || running(app.body_scan) ||
           running(app.stay_with_it);
}

void tell(App& app, const std::string& words) {
    if (std::find(app.notices.begin(), app.notices.end(), words) == app.notices.end()) app.notices.push_back(words);
}

// Why a record cannot be changed now, or null when it can: writing would overwrite what
// this tab never read (the safety plan, the crisis lines and the settings are single
// records, rewritten whole), or downgrade what a newer version wrote.
const char* why_not_editable(const App& app, const std::string& id) {
    if (app.storage_failed) return tr("This can be changed once your saved journal opens. Reloading the page may help.");
    const auto kept = app.keep_as_is.find(id);
    if (kept == app.keep_as_is.end()) return nullptr;
    if (kept->second == KeepAsIs::Unreadable)
        return tr("What was saved here could not be read by this version of Onward, so it is left exactly as it is.");
    return tr("This was saved by a newer version of Onward. To keep everything in it, change it there.");
}

void save_now(App& app, const std::string& id, const std::string& text) {
    keep_record(app.saves, id, text);
    // A draft changes a form, not the journal: typing does not recompute what the journal
    // shows (Today's lists, search, insights).
    if (!is_draft_id(id)) ++app.journal_changes;
    send_due(app.saves, app.storage, platform::now_ms());
    platform::wake();
}

void save_settings(App& app) {
    if (why_not_editable(app, kSettingsId) || !problems_with(app.journal.settings).empty()) {
        ++app.journal_changes;
        return;
    }
    save_now(app, kSettingsId, encode_settings(app.journal.settings, app.unknown_fields[kSettingsId]));
}

void go_to(App& app, App::Screen s) {
    app.screen = s;
    app.scroll_to_top = true;
    app.safety_from_check = false; // said once, where it was opened
}

namespace {

// The practice as the journal keeps it: written when it ends, rewritten when the person
// adds how they feel after.
void save_practice(App& app, ui::PracticeRun& run, Practice practice) {
    PracticeSession s;
    const LocalTime now = local_now();
    s.id = run.session_id.empty() ? make_record_id(kPracticeKind, now.unix_ms, platform::random32()) : run.session_id;
    s.created = {int64_t(run.clock.started_ms), platform::utc_offset_minutes(run.clock.started_ms)};
    s.updated = now;
    s.practice = practice;
    if (practice == Practice::Breathing) s.pattern = run.pattern;
    s.duration_ms = run.spent_ms;
    s.distress_before = run.before;
    s.distress_after = run.after;
    s.during = run.during;
    for (const std::string& w : run.words)
        if (!trimmed(w).empty()) s.words = run.words;
    if (const auto problems = problems_with(s); !problems.empty()) {
        tell(app, trf("This practice could not be put in your journal: {problem}", {{"problem", problems.front()}}));
        return;
    }
    put_practice(app.journal, s);
    run.session_id = s.id;
    save_now(app, s.id, encode_practice(s, app.unknown_fields[s.id]));
}

// A new run, keeping what the person chose.
void fresh(ui::PracticeRun& run) {
    ui::PracticeRun next;
    next.pattern = run.pattern;
    next.minutes = run.minutes;
    next.still = run.still;
    run = std::move(next);
}

// A practice opens where it was if it is under way, else ready for a new one.
void open_practice(App& app, ui::PracticeRun& run, App::Screen s) {
    if (run.stage == ui::PracticeRun::Stage::Done) fresh(run);
    go_to(app, s);
}

void apply_practice(App& app, ui::PracticeRun& run, Practice practice, ui::PracticeIntent intent) {
    using Stage = ui::PracticeRun::Stage;
    const double now = platform::now_ms();
    switch (intent) {
    case ui::PracticeIntent::None: break;
    case ui::PracticeIntent::Start: {
        const int before = run.before;
        fresh(run);
        run.before = before;
        run.stage = Stage::Running;
        run.clock = start_clock(now);
        if (practice == Practice::Breathing)
            if (const BreathingPattern* p = find_breathing_pattern(run.pattern.c_str()))
                run.length_ms = session_length_ms(*p, run.minutes);
        if (practice == Practice::BodyScan) run.length_ms = total_seconds(body_scan_steps()) * 1000.0;
        break;
    }
    case ui::PracticeIntent::Pause: pause_clock(run.clock, now); break;
    case ui::PracticeIntent::Resume: resume_clock(run.clock, now); break;
    case ui::PracticeIntent::Finish: {
        const double spent = elapsed_ms(run.clock, now);
        run.spent_ms = run.length_ms > 0 ? std::min(spent, run.length_ms) : spent;
        run.stage = Stage::Done;
        save_practice(app, run, practice);
        break;
    }
    case ui::PracticeIntent::LogAfter: save_practice(app, run, practice); break;
    case ui::PracticeIntent::Again: fresh(run); break;
    case ui::PracticeIntent::Leave:
        fresh(run);
        app.screen = App::Screen::Cope;
        app.scroll_to_top = true;
        break;
    }
}

// How soon a running practice next changes what is on screen: every frame while the
// breathing form moves, a few times a second for bars, once a second for a timer. With
// reduced motion a bar steps once a second, with its count, instead of creeping along.
double practice_redraw_in_ms(const App& app, double now) {
    using Stage = ui::PracticeRun::Stage;
    const auto live = [](const ui::PracticeRun& r) { return r.stage == Stage::Running && !is_paused(r.clock); };
    const auto next_second = [&](const ui::PracticeRun& r) {
        return 1000 - std::fmod(elapsed_ms(r.clock, now), 1000.0) + 5;
    };
    switch (app.screen) {
    case App::Screen::Breathing:
        if (!live(app.breathing)) return -1;
        return ui::breathing_is_still(app.ui, app.breathing) ? 100 : 0;
    case App::Screen::BodyScan:
        if (!live(app.body_scan)) return -1;
        return app.ui.system_reduced_motion ? next_second(app.body_scan) : 100;
    case App::Screen::StayWithIt: return live(app.stay_with_it) ? next_second(app.stay_with_it) : -1;
    default: return -1;
    }
}

void draw_screen(App& app, double now) {
    using Screen = App::Screen;
    const ui::PracticeView practice_view{now, save_status(app.saves).state};
    switch (app.screen) {
    case Screen::Today: draw_today_screen(app); break;
    case Screen::Journal: draw_journal_screen(app); break;
    case Screen::Entry: draw_entry_screen(app); break;
    case Screen::EntryView: draw_entry_view_screen(app); break;
    case Screen::Library: draw_library_screen(app); break;
    case Screen::Settings: draw_settings_screen(app); break;
    case Screen::Reflect: draw_reflect_screen(app); break;
    case Screen::Check: draw_check_screen(app); break;
    case Screen::CheckView: draw_check_view_screen(app); break;
    case Screen::About: draw_about_screen(app); break;
    case Screen::Insights: draw_insights_screen(app); break;
    case Screen::Data: draw_data_screen(app); break;
    case Screen::Import: draw_import_screen(app); break;
    case Screen::Summary: draw_summary_screen(app); break;
    case Screen::Lock: draw_lock_screen(app); break;
    case Screen::Cope: {
        ui::CopeView view;
        view.plan = &app.journal.safety_plan;
        view.lines = &crisis_lines(app.journal);
        view.storage_failed = app.storage_failed;
        const auto kept = app.keep_as_is.find(kSafetyPlanId);
        view.plan_unreadable = kept != app.keep_as_is.end() && kept->second == KeepAsIs::Unreadable;
        view.jump_to_lines = std::exchange(app.jump_to_lines, false);
        view.after_safety_answer = app.safety_from_check;
        const ui::CopeIntent intent = ui::draw_cope(app.ui, view);
        if (!intent.open_link.empty()) platform::open_link(intent.open_link.c_str());
        switch (intent.choice) {
        case ui::CopeChoice::None: break;
        case ui::CopeChoice::JumpToLines:
            app.jump_to_lines = true;
            platform::wake();
            break;
        case ui::CopeChoice::Breathing: open_practice(app, app.breathing, Screen::Breathing); break;
        case ui::CopeChoice::Grounding: open_practice(app, app.grounding, Screen::Grounding); break;
        case ui::CopeChoice::BodyScan: open_practice(app, app.body_scan, Screen::BodyScan); break;
        case ui::CopeChoice::StayWithIt: open_practice(app, app.stay_with_it, Screen::StayWithIt); break;
        case ui::CopeChoice::EditPlan: go_to(app, Screen::SafetyPlan); break;
        case ui::CopeChoice::BackToCheck: go_to(app, Screen::Check); break;
        case ui::CopeChoice::EditLines:
            if (!app.journal.crisis_lines_edited || app.journal.crisis_lines.empty())
                app.journal.crisis_lines = default_crisis_lines();
            go_to(app, Screen::CrisisLines);
            break;
        }
        break;
    }
    case Screen::Breathing: {
        apply_practice(app, app.breathing, Practice::Breathing, ui::draw_breathing(app.ui, app.breathing, practice_view));
        // The choices made here are remembered for next time.
        Settings& s = app.journal.settings;
        const ui::PracticeRun& run = app.breathing;
        if (run.pattern != s.breathing_pattern || run.minutes != s.breathing_minutes || run.still != s.still_breathing) {
            s.breathing_pattern = run.pattern;
            s.breathing_minutes = run.minutes;
            s.still_breathing = run.still;
            save_settings(app);
        }
        break;
    }
    case Screen::Grounding:
        apply_practice(app, app.grounding, Practice::Grounding, ui::draw_grounding(app.ui, app.grounding, practice_view));
        break;
    case Screen::BodyScan:
        apply_practice(app, app.body_scan, Practice::BodyScan, ui::draw_body_scan(app.ui, app.body_scan, practice_view));
        break;
    case Screen::StayWithIt:
        apply_practice(app, app.stay_with_it, Practice::StayWithIt,
                       ui::draw_stay_with_it(app.ui, app.stay_with_it, practice_view));
        break;
    case Screen::SafetyPlan: {
        SafetyPlan& plan = app.journal.safety_plan;
        const ui::PlanIntent intent = ui::draw_safety_plan(app.ui, plan, why_not_editable(app, kSafetyPlanId));
        if (intent == ui::PlanIntent::Changed) {
            plan.updated = local_now();
            for (const std::string& w : plan.words) widen_text(app, w);
            // Too long to store is said, not silently cut: the words stay on screen.
            const auto problems = problems_with(plan);
            for (const std::string& p : problems)
                tell(app, trf("{problem} It is kept on screen but not saved until it is shorter.", {{"problem", p}}));
            if (problems.empty())
                save_now(app, kSafetyPlanId, encode_safety_plan(plan, app.unknown_fields[kSafetyPlanId]));
        }
        if (intent == ui::PlanIntent::Done) go_to(app, Screen::Cope);
        break;
    }
    case Screen::CrisisLines: {
        std::vector<CrisisLine>& lines = app.journal.crisis_lines;
        const ui::LinesIntent intent =
            ui::draw_crisis_lines_editor(app.ui, lines, why_not_editable(app, kCrisisLinesId));
        if (intent == ui::LinesIntent::RestoreDefaults) lines = default_crisis_lines();
        if (intent == ui::LinesIntent::Changed || intent == ui::LinesIntent::RestoreDefaults) {
            app.journal.crisis_lines_edited = true;
            for (const CrisisLine& l : lines) widen_text(app, l.where + l.name + l.number);
            const auto problems = problems_with(lines);
            for (const std::string& p : problems)
                tell(app, trf("{problem} The lines are kept on screen but not saved yet.", {{"problem", p}}));
            if (problems.empty())
                save_now(app, kCrisisLinesId, encode_crisis_lines(lines, app.unknown_fields[kCrisisLinesId]));
        }
        if (intent == ui::LinesIntent::Done) go_to(app, Screen::Cope);
        break;
    }
    }
}

// What a screen reader says when the screen opens, and calls the controls' group.
const char* screen_title(App::Screen s) {
    using S = App::Screen;
    switch (s) {
    case S::Today: return tr("Today");
    case S::Journal: return tr("Journal");
    case S::Entry: return tr("Writing an entry");
    case S::EntryView: return tr("An entry");
    case S::Library: return tr("Your lists");
    case S::Settings: return tr("Settings");
    case S::Reflect: return tr("Reflect");
    case S::Check: return tr("A check");
    case S::CheckView: return tr("A check you took");
    case S::About: return tr("About coping and healing");
    case S::Insights: return tr("Your insights");
    case S::Data: return tr("Your data");
    case S::Import: return tr("Bringing data in");
    case S::Summary: return tr("A summary to share");
    case S::Lock: return tr("Onward is locked");
    case S::Cope: return tr("Coping tools");
    case S::Breathing: return tr("Guided breathing");
    case S::Grounding: return tr("Grounding");
    case S::BodyScan: return tr("Body scan");
    case S::StayWithIt: return tr("Stay with it");
    case S::SafetyPlan: return tr("Safety plan");
    case S::CrisisLines: return tr("Crisis lines");
    }
    return "Onward";
}

ui::Tab tab_of(App::Screen s) {
    switch (s) {
    case App::Screen::Today: return ui::Tab::Today;
    case App::Screen::Journal:
    case App::Screen::Entry:
    case App::Screen::EntryView:
    case App::Screen::Library:
    case App::Screen::Settings:
    case App::Screen::Data:
    case App::Screen::Import:
    case App::Screen::Summary: return ui::Tab::Journal;
    case App::Screen::Lock: return ui::Tab::Today;
    case App::Screen::Reflect:
    case App::Screen::Check:
    case App::Screen::CheckView:
    case App::Screen::About:
    case App::Screen::Insights: return ui::Tab::Reflect;
    case App::Screen::SafetyPlan: return ui::Tab::SafetyPlan;
    default: return ui::Tab::Cope;
    }
}

void draw_tabs(App& app, float width) {
    ui::Tab pressed;
    if (!ui::draw_tabs(app.ui, tab_of(app.screen), width, pressed)) return;
    const App::Screen home = pressed == ui::Tab::Today     ? App::Screen::Today
                             : pressed == ui::Tab::Journal ? App::Screen::Journal
                             : pressed == ui::Tab::Reflect ? App::Screen::Reflect
                             : pressed == ui::Tab::Cope    ? App::Screen::Cope
                                                           : App::Screen::SafetyPlan;
    if (home != app.screen) go_to(app, home);
}

// Where Escape leads: where the screen's Back or Done button leads. Nowhere from the tabs'
// own screens and crisis mode, nor where leaving would let go of words or choices (changes
// to a saved check, an import's preview): there the screen's own buttons decide.
std::optional<App::Screen> back_from(const App& app) {
    using S = App::Screen;
    switch (app.screen) {
    case S::Entry: return app.entry_form.editing ? S::EntryView : S::Journal; // the draft stays
    case S::EntryView:
    case S::Settings: return S::Journal;
    case S::Library: return app.lists_return;
    case S::Data: return S::Settings;
    case S::Summary: return S::Data;
    case S::Check:
        if (app.check_form.editing) return std::nullopt;
        return S::Reflect; // a new check waits as a draft
    case S::CheckView:
    case S::Insights: return S::Reflect;
    case S::About: return app.about_return;
    case S::Breathing: // a practice under way opens again where it was
    case S::Grounding:
    case S::BodyScan:
    case S::StayWithIt:
    case S::SafetyPlan:
    case S::CrisisLines: return S::Cope;
    default: return std::nullopt;
    }
}

// The keyboard's shortcuts (README, "Keyboard"), from any screen and also while typing:
// Alt+N a new entry, Alt+S search the journal, Alt+H crisis mode. Escape leaves a text
// field, and otherwise goes back.
void follow_shortcuts(App& app, bool was_typing) {
    // A lone Alt would take the keyboard to a menu bar on its release, which Onward does
    // not have: it would only lose the control (or the field a shortcut just opened).
    ImGui::GetCurrentContext()->NavWindowingToggleLayer = false;
    if (ImGui::IsKeyChordPressed(ImGuiMod_Alt | ImGuiKey_H)) {
        go_to(app, App::Screen::Cope);
    } else if (ImGui::IsKeyChordPressed(ImGuiMod_Alt | ImGuiKey_N)) {
        go_to(app, App::Screen::Entry); // an entry already being written is opened, never replaced
        app.ui.focus_field = tr("What happened"); // the field's label, as the screen writes it
    } else if (ImGui::IsKeyChordPressed(ImGuiMod_Alt | ImGuiKey_S)) {
        go_to(app, App::Screen::Journal);
        app.ui.focus_field = tr("Search");
    } else if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        // Out of the field with every word kept: ImGui's own Escape would put back the text
        // the field had when typing began.
        if (was_typing) ImGui::ClearActiveID();
        else if (const std::optional<App::Screen> back = back_from(app)) go_to(app, *back);
    }
}

// The person's theme, else the device's, with the page around the canvas in it too.
// `always`: even when it is the one already in use (the page may still show another).
void follow_theme(const Settings& settings, bool always) {
    const Theme t =
        chosen_theme(settings.theme, {platform::prefers_dark(), platform::prefers_more_contrast()});
    if (!always && t == ui::current_theme()) return;
    ui::use_theme(t, ImGui::GetStyle());
    platform::show_page_colour(theme_colours(t).page, t != Theme::Light);
}

} // namespace

void start_app(App& app) {
    ui::apply_theme(ImGui::GetStyle());
    // The look chosen last time, until the journal's own settings are read: the first frame,
    // and a locked journal's lock screen, are drawn at the person's text size and theme.
    Settings look = app.journal.settings;
    if (platform::remembered_look(look.theme, look.text_percent) && problems_with(look).empty()) {
        app.journal.settings.theme = look.theme;
        app.journal.settings.text_percent = look.text_percent;
    }
    follow_theme(app.journal.settings, true);
    // Onward's own check is there even when the saved journal cannot be opened.
    put_questionnaire(app.journal, weekly_check());
    const std::string notice = platform::take_start_notice();
    if (!notice.empty()) app.notices.push_back(notice);
    platform::check_storage_health(false);
    app.storage.open_and_load();
}

void draw_app_frame(App& app) {
    const double now = platform::now_ms();
    keep_saving(app);
    // New text (typed, pasted, loaded, from another tab) beyond Latin-1 widens the font.
    bool wider = app.text_beyond_latin1 && !app.ui.fonts.every_script;
    for (const uint32_t cp : platform::take_typed_code_points()) wider = wider || !ui::covers(app.ui.fonts, cp);
    // So does a new text size: glyphs are rasterised anew at it, never stretched.
    const float text_scale = ui::text_scale_of(app.journal.settings.text_percent);
    if (platform::pixel_ratio_changed() || wider || text_scale != app.ui.fonts.text_scale) {
        ui::build_fonts(app.ui.fonts, platform::display().pixel_ratio, text_scale, app.ui.fonts.every_script || wider);
        platform::upload_fonts();
    }
    // Until every record is in, the page's own "Opening Onward…" stays up and nothing is
    // drawn: the journal is never shown half-loaded, and no slow early frame holds up the
    // storage callbacks. (The fonts above are built meanwhile.)
    if (!app.loaded) return;
    platform::begin_imgui_frame(now);
    const ImGuiIO& io = ImGui::GetIO();
    if (app.last_input_ms == 0 || io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || ImGui::IsAnyMouseDown() ||
        io.InputQueueCharacters.Size > 0 || ImGui::IsKeyPressed(ImGuiKey_Tab) || ImGui::IsKeyPressed(ImGuiKey_Enter) ||
        ImGui::IsKeyPressed(ImGuiKey_Space) || ImGui::IsKeyPressed(ImGuiKey_Backspace))
        app.last_input_ms = int64_t(now);
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ui::begin_ui_frame(app.ui, vp->Size.x);
    app.ui.system_reduced_motion = platform::prefers_reduced_motion();
    follow_theme(app.journal.settings, false);
    platform::remember_look(app.journal.settings.theme, app.journal.settings.text_percent);
    follow_shortcuts(app, ImGui::GetInputTextState(ImGui::GetActiveID()) != nullptr);
    // The breathing shader is built when its screen first opens, not at start.
    if (app.screen == App::Screen::Breathing)
        app.ui.paint_breath = platform::prepare_breathing_visual() ? platform::add_breathing_visual : nullptr;

    // The bar stays at the top; below it one column, at most 720 px wide, centred, that
    // scrolls (its scrollbar at the window's edge). A phone's notch, rounded corners and
    // home indicator (the safe-area insets) are kept clear: the bar below the top one,
    // the tabs above the bottom one, the column inside the sides.
    const platform::Display& screen = platform::display();
    const float margin = 16.0f + std::max(screen.inset_left, screen.inset_right);
    const float column = std::min(720.0f, vp->Size.x - 2 * margin);
    const float side = std::max(margin, (vp->Size.x - column) / 2);
    ImGui::SetNextWindowPos(vp->Pos);
    ImGui::SetNextWindowSize(vp->Size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("Onward", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    const ui::HeaderView header{save_status(app.saves), app.notices, platform::new_version_ready(), app.restarting};
    ImGui::SetCursorPosY(screen.inset_top);
    if (ui::draw_header_bar(app.ui, header, side)) {
        // Crisis mode: the same place every time, from its top, the safety plan first.
        go_to(app, App::Screen::Cope);
    }
    const float tabs_width = vp->Size.x - 2 * side;
    const float bottom_bar = (app.ui.phone ? ui::tab_bar_height(app.ui, tabs_width) : 0.0f) + screen.inset_bottom;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(side, app.ui.phone ? 16.0f : 24.0f));
    // Flattened for keyboard navigation, so Tab runs from the bar into the page and on;
    // the scrollbar is always there, so the bar above can line up with the page below.
    // A new screen starts at its top, in its very first frame.
    // The keyboard starts a new screen from the top of the whole window: left inside the
    // page, where the last screen's controls are gone, Tab would find nothing to go to.
    if (app.scroll_to_top) ImGui::SetWindowFocus();
    if (std::exchange(app.scroll_to_top, false)) ImGui::SetNextWindowScroll(ImVec2(0, 0));
    ImGui::BeginChild("page", ImVec2(0, -bottom_bar), ImGuiChildFlags_AlwaysUseWindowPadding,
                      ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_AlwaysVerticalScrollbar);
    ImGui::PopStyleVar();
    if (!app.ui.phone) {
        draw_tabs(app, 0);
        ImGui::Dummy(ImVec2(0, 6));
    }
    if (ui::draw_alerts(app.ui, header)) app.restarting = true;
    // Locked, only the lock screen and what helps in a crisis open.
    using S = App::Screen;
    if (app.locked && app.screen != S::Lock && app.screen != S::Cope && app.screen != S::Breathing &&
        app.screen != S::Grounding && app.screen != S::BodyScan && app.screen != S::StayWithIt &&
        app.screen != S::SafetyPlan && app.screen != S::CrisisLines)
        go_to(app, S::Lock);
    draw_screen(app, now);
    app.ui.focus_field.clear(); // asked for this frame only: a screen without that field ignores it
    ImGui::Dummy(ImVec2(0, 24));
    ImGui::EndChild();
    if (app.ui.phone) {
        // The phone's tab bar: at the bottom, within thumb reach, above a thin line.
        const ImVec2 at(vp->Pos.x, vp->Pos.y + vp->Size.y - bottom_bar);
        ImGui::GetWindowDrawList()->AddLine(at, ImVec2(at.x + vp->Size.x, at.y),
                                            ImGui::GetColorU32(ui::palette().card_border));
        ImGui::SetCursorScreenPos(ImVec2(at.x + side, at.y + ui::kTabBarPadding));
        draw_tabs(app, tabs_width);
    }
    ImGui::End();
    ImGui::PopStyleVar();
    platform::render_imgui_frame();
    platform::tell_screen_reader(screen_title(app.screen), app.ui.drawn);

    // A running practice asks for its next frame: now, or at its next tick. Today, left
    // open, wakes when the next relief re-check or check falls due.
    const double redraw_in = practice_redraw_in_ms(app, now);
    app.redraw_at_ms = redraw_in > 0 ? now + redraw_in : -1;
    const double due_at = double(app.today.next_due_ms);
    if (app.screen == App::Screen::Today && due_at > now && (app.redraw_at_ms < 0 || due_at < app.redraw_at_ms))
        app.redraw_at_ms = due_at;
    if (redraw_in == 0) platform::wake(1);
    if (app.redraw_at_ms > now) schedule_timer(app, now);

    // Into the new version only once nothing is waiting to be saved, drafts included.
    if (app.restarting && app.saves.waiting.empty()) {
        app.restarting = false;
        platform::restart_with_new_version();
    }

    if (!app.announced_ready) {
        app.announced_ready = true;
        platform::mark_ready();
    }
}

} // namespace onward
