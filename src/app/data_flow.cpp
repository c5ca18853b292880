// Owning the data: backups, restoring and importing, exports, the summary, storage
// health, the passphrase and its lock, and deleting everything. Each job storage runs
// (reading every record, writing many in one transaction, re-sealing) answers with one
// JobDone; only one runs at a time, and its buttons wait meanwhile.
#include <algorithm>
#include <cctype>
#include <cstdio>

#include "app/app_actions.h"
#include "core/backup_reminder.h"
#include "core/locale.h"
#include "core/say.h"

#include "core/summary.h"
#include "platform/browser.h"
#include "platform/files.h"
#include "platform/frame_loop.h"
#include "platform/page.h"
#include "platform/sealing.h"
#include "platform/storage_health.h"
#include "store/backup.h"
#include "store/daylio_import.h"
#include "store/entries_csv.h"
#include "ui/entry_fields.h"

namespace onward {
namespace {

using Kind = App::Job::Kind;

void start_job(App& app, Kind kind) {
    app.job = {kind, app.next_job_ticket++};
    app.data_screen.message.clear();
    platform::wake();
}

void say(App& app, const std::string& words, bool problem) {
    app.data_screen.message = words;
    app.data_screen.message_is_problem = problem;
    widen_text(app, words);
}

// "2026-11-26", for file names.
std::string iso_day(const CalendarDay& d) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day);
    return text;
}

std::string date_words(int64_t ms) { return ui::day_text(calendar_day(LocalTime{ms, platform::utc_offset_minutes(double(ms))})); }

// ---- Backup ----

void download_backup(App& app, const std::string& text, const std::string& name, size_t records) {
    platform::download_file(name, "application/json", text);
    app.journal.settings.last_backup_ms = local_now().unix_ms;
    save_settings(app);
    say(app,
        trn("Your backup is downloading as {name}, with {n} record. Keep it somewhere safe, away from this device too.",
            "Your backup is downloading as {name}, with {n} records. Keep it somewhere safe, away from this device too.",
            long(records), {{"name", name}}),
        false);
}

struct SealingBackup {
    uint32_t ticket = 0;
    std::string name;
    size_t records = 0;
} sealing;

void backup_read(App& app, const std::vector<StoredRecord>& records) {
    const LocalTime now = local_now();
    std::vector<std::string> skipped;
    const std::string text = backup_json(records, now, &skipped);
    const std::string name = backup_file_name(now);
    const size_t count = records.size() - skipped.size();
    if (app.data_screen.seal_backup) {
        sealing = {app.next_job_ticket++, name, count};
        platform::seal(sealing.ticket, text, app.data_screen.backup_passphrase);
    } else {
        download_backup(app, text, name, count);
    }
    if (!skipped.empty())
        tell(app, trf("{n} saved records could not be read, so they are not in the backup. They stay in this browser "
                      "untouched.",
                      {{"n", number_text(long(skipped.size()))}}));
}

// ---- Restoring a backup, importing from Daylio ----

void plan_import(App& app) {
    App::PendingImport& p = app.pending;
    p.writes.clear();
    p.conflict_lines.clear();
    p.problem.clear();
    std::vector<StoredRecord> incoming = p.incoming;
    if (p.daylio) {
        DaylioFile file;
        std::string error;
        read_daylio(p.bytes, file, error);
        std::vector<MoodRule> moods = default_mood_rules(file);
        for (MoodRule& m : moods)
            for (const ui::MoodRow& row : app.import_state.moods)
                if (row.mood == m.name) m.distress = row.distress;
        std::vector<ActivityRule> activities = default_activity_rules(file, app.journal.library);
        for (ActivityRule& a : activities)
            for (const ui::ActivityRow& row : app.import_state.activities)
                if (row.activity == a.name) {
                    a.function = row.function;
                    a.avoid = row.avoid;
                }
        incoming.clear();
        // The zone's offset at each row's wall-clock time (asked twice: the first answer
        // is for that time read as UTC, close enough to find the right side of a change).
        const auto offset_at = [](int64_t local_ms) {
            const int first = platform::utc_offset_minutes(double(local_ms));
            return platform::utc_offset_minutes(double(local_ms - int64_t(first) * 60000));
        };
        if (!daylio_records(file, moods, activities, app.journal.library, offset_at, incoming, p.problem))
            widen_text(app, p.problem);
    }
    const RestorePlan plan = plan_restore(p.existing, incoming, local_now());
    p.writes = plan.writes;
    p.added = int(plan.added);
    p.same = int(plan.already_there);
    p.conflicts = int(plan.conflicts.size());
    for (const RestoreConflict& c : plan.conflicts) {
        std::string kind = tr(c.kind_words); // "an entry": the line starts with it
        if (!kind.empty()) kind[0] = char(std::toupper(static_cast<unsigned char>(kind[0])));
        const Blanks blanks = {{"kind", kind}, {"id", c.id}};
        p.conflict_lines.push_back(
            c.incoming_shown ? trf("{kind} ({id}): the backup's newer version is shown; the other is kept.", blanks)
                             : trf("{kind} ({id}): yours is shown; the other is kept.", blanks));
    }
}

void open_daylio(App& app) {
    DaylioFile file;
    std::string error;
    if (!read_daylio(app.pending.bytes, file, error)) {
        say(app,
            trf("\xE2\x80\x9C{file}\xE2\x80\x9D could not be imported: {error} Nothing was changed.",
                {{"file", app.pending.source}, {"error", error}}),
            true);
        return;
    }
    app.import_state = {};
    for (const MoodRule& m : default_mood_rules(file)) app.import_state.moods.push_back({m.name, m.entries, m.distress});
    for (const ActivityRule& a : default_activity_rules(file, app.journal.library))
        app.import_state.activities.push_back({a.name, a.entries, a.function, a.avoid});
    for (const ui::MoodRow& m : app.import_state.moods) widen_text(app, m.mood);
    for (const ui::ActivityRow& a : app.import_state.activities) widen_text(app, a.activity);
    app.pending.source = trn("{file}: {n} entry from Daylio.", "{file}: {n} entries from Daylio.",
                             long(file.entries.size()), {{"file", app.pending.source}});
    plan_import(app);
    go_to(app, App::Screen::Import);
}

// A backup's bytes, sealed or not: refused with its reason, or planned and shown.
void open_backup(App& app, const std::string& bytes) {
    App::PendingImport& p = app.pending;
    const BackupRead read = read_backup(bytes);
    if (read.what == BackupRead::What::Refused) {
        if (p.sealed) {
            p.problem = read.error;
            return;
        }
        say(app,
            trf("\xE2\x80\x9C{file}\xE2\x80\x9D could not be restored: {error} Nothing was changed.",
                {{"file", p.source}, {"error", read.error}}),
            true);
        return;
    }
    if (read.what == BackupRead::What::Encrypted) {
        if (p.sealed && p.bytes != bytes) { // opened, and found sealed again inside: not a backup Onward makes
            p.problem = tr("This backup is sealed twice over; Onward cannot open it.");
            return;
        }
        p.sealed = true;
        p.bytes = bytes;
        app.import_state = {};
        go_to(app, App::Screen::Import);
        return;
    }
    p.sealed = false;
    p.bytes.clear();
    p.incoming = read.records;
    for (const StoredRecord& r : p.incoming) widen_text(app, r.text);
    p.source = trn("{file}: a backup made on {date}, with {n} record.", "{file}: a backup made on {date}, with {n} records.",
                   long(read.records.size()), {{"file", p.source}, {"date", date_words(read.made.unix_ms)}});
    plan_import(app);
    go_to(app, App::Screen::Import);
}

void file_chosen(App& app, const platform::ChosenFile& file) {
    app.pending.source = file.name;
    if (!file.error.empty()) {
        say(app,
            trf("\xE2\x80\x9C{file}\xE2\x80\x9D could not be read: {error}. Nothing was changed.",
                {{"file", file.name}, {"error", file.error}}),
            true);
        return;
    }
    app.pending.bytes = file.bytes;
    // What is here now, to tell new from already here: read fresh from storage.
    start_job(app, app.pending.daylio ? Kind::ReadForDaylio : Kind::ReadForRestore);
    app.storage.read_all(app.job.ticket);
}

void applied(App& app) {
    const App::PendingImport& p = app.pending;
    // Shown here at once, as another tab's changes are.
    take_changed_records(app, p.writes, {});
    const std::string done =
        p.conflicts ? trf("{records} brought in, and {versions} kept beside yours.",
                          {{"records", trn("{n} record was", "{n} records were", p.added)},
                           {"versions", trn("{n} different version is", "{n} different versions are", p.conflicts)}})
                    : trn("{n} record was brought in.", "{n} records were brought in.", p.added);
    app.pending = {};
    go_to(app, App::Screen::Data);
    say(app, done, false);
}

// ---- Exports ----

void export_csv(App& app) {
    const std::string name = "onward-entries-" + iso_day(calendar_day(local_now())) + ".csv";
    platform::download_file(name, "text/csv;charset=utf-8", entries_csv(app.journal));
    say(app, trf("Your entries are downloading as {name}.", {{"name", name}}), false);
}

SummaryRequest summary_request(const App& app) {
    SummaryRequest r;
    const LocalTime now = local_now();
    r.to = calendar_day(now);
    r.from = calendar_day({now.unix_ms - int64_t(app.summary_screen.period_days - 1) * 24 * 60 * 60 * 1000,
                           now.utc_offset_minutes});
    r.entry_ids.assign(app.summary_screen.included.begin(), app.summary_screen.included.end());
    return r;
}

} // namespace

bool backup_due(App& app) {
    App::BackupReminder& r = app.backup_reminder;
    const int64_t now = local_now().unix_ms;
    if (r.at_change != app.journal_changes || r.minute != now / 60000) {
        r = {app.journal_changes, now / 60000, backup_reminder_due(app.journal, now)};
    }
    return r.due;
}

bool take_data_event(App& app, const StorageEvent& e) {
    using K = StorageEvent::Kind;
    if (e.kind == K::Locked) {
        app.locked = app.has_passphrase = true;
        take_loaded(app, e.records); // the safety plan and crisis lines, for the lock screen
        go_to(app, App::Screen::Lock);
        return true;
    }
    if (e.kind == K::UnlockFailed) {
        app.unlocking = false;
        app.lock_problem = e.reason;
        return true;
    }
    if (e.kind == K::Loaded && app.locked) {
        app.locked = app.unlocking = false;
        app.lock = {};
        app.lock_problem.clear();
        take_loaded(app, e.records);
        go_to(app, App::Screen::Today);
        return true;
    }
    if (e.kind != K::JobDone || e.ticket != app.job.ticket || app.job.kind == Kind::None) return false;
    const Kind kind = std::exchange(app.job, {}).kind;
    if (!e.reason.empty()) {
        const Blanks reason = {{"reason", e.reason}};
        const std::string why =
            kind == Kind::Apply
                ? trf("Nothing was brought in: the browser refused to write it ({reason}). Your journal is as it was.",
                      reason)
            : kind == Kind::SetPassphrase
                ? trf("The passphrase was not changed ({reason}). Your journal is as it was.", reason)
            : kind == Kind::DeleteEverything ? trf("Not everything could be deleted ({reason}). Please try again.", reason)
                                             : trf("Your saved journal could not be read ({reason}). Nothing was changed.",
                                                   reason);
        if (app.screen == App::Screen::Lock) app.lock_problem = why;
        else say(app, why, true);
        if (app.screen == App::Screen::Import) go_to(app, App::Screen::Data);
        return true;
    }
    switch (kind) {
    case Kind::None: break;
    case Kind::Backup: backup_read(app, e.records); break;
    case Kind::ReadForRestore:
        app.pending.existing = e.records;
        open_backup(app, app.pending.bytes);
        break;
    case Kind::ReadForDaylio:
        app.pending.existing = e.records;
        open_daylio(app);
        break;
    case Kind::Apply: applied(app); break;
    case Kind::SetPassphrase:
        app.has_passphrase = !app.data_screen.passphrase.empty();
        say(app, app.has_passphrase ? tr("Your journal is now sealed with your passphrase.") : tr("The passphrase is off."),
            false);
        app.data_screen.passphrase.clear();
        app.data_screen.repeat.clear();
        break;
    case Kind::DeleteEverything:
        // Everything is gone from storage; starting again clears this page's memory too.
        platform::start_afresh(tr("Everything you wrote is gone from this browser. Onward is empty, and here if you want "
                                  "to begin again."));
        break;
    }
    return true;
}

void draw_data_screen(App& app) {
    platform::ChosenFile file;
    while (platform::take_chosen_file(file)) file_chosen(app, file);
    platform::CryptoAnswer answer;
    while (platform::take_crypto_answer(answer)) {
        if (answer.ticket == sealing.ticket) {
            if (!answer.error.empty() || answer.parts.size() != 3)
                say(app, trf("The backup could not be sealed ({error}).", {{"error", answer.error}}), true);

            else download_backup(app, encrypted_backup_json(600000, answer.parts[0], answer.parts[1], answer.parts[2]),
                                 sealing.name, sealing.records);
            sealing = {};
            app.data_screen.backup_passphrase.clear();
        }
    }
    const platform::StorageHealth& health = platform::storage_health();
    ui::DataView view;
    view.settings = &app.journal.settings;
    view.has_passphrase = app.has_passphrase;
    view.busy = app.job.kind != Kind::None || sealing.ticket != 0;
    view.last_backup = app.journal.settings.last_backup_ms ? date_words(app.journal.settings.last_backup_ms) : "";
    view.backup_due = backup_due(app);
    view.persisted = health.persisted;
    view.used_bytes = health.used_bytes;
    view.quota_bytes = health.quota_bytes;
    view.safari = platform::is_safari_tab();
    view.kept_versions = app.kept_versions;
    const ui::DataIntent intent = ui::draw_data(app.ui, app.data_screen, view);
    switch (intent.action) {
    case ui::DataAction::None: break;
    case ui::DataAction::Back: go_to(app, App::Screen::Settings); break;
    case ui::DataAction::Backup:
        if (app.data_screen.seal_backup && app.data_screen.backup_passphrase.size() < 8) {
            say(app, tr("A sealed backup needs a passphrase of at least 8 characters."), true);
            break;
        }
        start_job(app, Kind::Backup);
        app.storage.read_all(app.job.ticket);
        break;
    case ui::DataAction::Restore:
        app.pending = {};
        platform::choose_file(".json,application/json");
        break;
    case ui::DataAction::ImportDaylio:
        app.pending = {};
        app.pending.daylio = true;
        platform::choose_file(".csv,text/csv");
        break;
    case ui::DataAction::ExportCsv: export_csv(app); break;
    case ui::DataAction::Summary:
        app.summary_screen = {};
        go_to(app, App::Screen::Summary);
        break;
    case ui::DataAction::SetPassphrase:
        start_job(app, Kind::SetPassphrase);
        app.storage.set_passphrase(app.job.ticket, app.data_screen.passphrase);
        break;
    case ui::DataAction::RemovePassphrase:
        app.data_screen.passphrase.clear();
        start_job(app, Kind::SetPassphrase);
        app.storage.set_passphrase(app.job.ticket, "");
        break;
    case ui::DataAction::LockAfter:
        app.journal.settings.lock_after_minutes = intent.minutes;
        save_settings(app);
        break;
    case ui::DataAction::SafariTold:
        app.journal.settings.safari_told = true;
        save_settings(app);
        break;
    case ui::DataAction::DeleteEverything:
        start_job(app, Kind::DeleteEverything);
        app.storage.delete_everything(app.job.ticket);
        break;
    }
}

void draw_import_screen(App& app) {
    App::PendingImport& p = app.pending;
    platform::CryptoAnswer answer;
    while (platform::take_crypto_answer(answer)) {
        if (answer.ticket != p.unseal_ticket) continue;
        p.unseal_ticket = 0;
        if (!answer.error.empty()) p.problem = answer.error;
        else open_backup(app, answer.parts.front());
    }
    ui::ImportView view;
    view.title = p.daylio ? tr("Import from Daylio") : tr("Restore a backup");
    view.source = p.source;
    view.needs_passphrase = p.sealed;
    view.problem = p.problem;
    view.added = p.added;
    view.same = p.same;
    view.conflicts = p.conflicts;
    view.conflict_lines = p.conflict_lines;
    view.busy = app.job.kind != Kind::None || p.unseal_ticket != 0;
    switch (ui::draw_import(app.ui, app.import_state, view)) {
    case ui::ImportAction::None: break;
    case ui::ImportAction::Cancel:
        app.pending = {};
        go_to(app, App::Screen::Data);
        say(app, tr("Nothing was brought in."), false);
        break;
    case ui::ImportAction::Unseal: {
        const BackupRead read = read_backup(p.bytes);
        p.problem.clear();
        p.unseal_ticket = app.next_job_ticket++;
        platform::unseal(p.unseal_ticket, read.encrypted.salt_b64, read.encrypted.iv_b64, read.encrypted.data_b64,
                         read.encrypted.iterations, app.import_state.passphrase);
        app.import_state.passphrase.clear();
        break;
    }
    case ui::ImportAction::RulesChanged: plan_import(app); break;
    case ui::ImportAction::Apply:
        start_job(app, Kind::Apply);
        app.storage.put_all(app.job.ticket, p.writes);
        break;
    }
}

void draw_summary_screen(App& app) {
    const SummaryRequest request = summary_request(app);
    ui::SummaryView view;
    for (const Entry& e : app.journal.entries) {
        const CalendarDay d = calendar_day(e.created);
        if (!(d < request.from) && !(request.to < d)) view.in_period.push_back(&e);
    }
    std::sort(view.in_period.begin(), view.in_period.end(),
              [](const Entry* a, const Entry* b) { return a->created.unix_ms > b->created.unix_ms; });
    switch (ui::draw_summary(app.ui, app.summary_screen, view)) {
    case ui::SummaryAction::None: break;
    case ui::SummaryAction::Back: go_to(app, App::Screen::Data); break;
    case ui::SummaryAction::PeriodChanged: app.summary_screen.included.clear(); break;
    case ui::SummaryAction::OpenPage:
        app.summary_screen.message =
            platform::open_document(summary_html(app.journal, request, local_now(), platform::site_url("summary.css")))
                ? tr("The summary opened in a new tab. Use the browser's Print to print it or save it as PDF.")
                : tr("The browser did not open a new tab. It may be blocking pop-ups for Onward; \"Download as "
                     "Markdown\" gives you the same summary as a file.");
        break;
    case ui::SummaryAction::DownloadMarkdown: {
        const std::string name = "onward-summary-" + iso_day(request.to) + ".md";
        platform::download_file(name, "text/markdown;charset=utf-8", summary_markdown(app.journal, request, local_now()));
        app.summary_screen.message = trf("The summary is downloading as {name}.", {{"name", name}});

        break;
    }
    }
}

void draw_lock_screen(App& app) {
    ui::LockView view;
    view.lines = &crisis_lines(app.journal);
    view.problem = app.lock_problem;
    view.opening = app.unlocking || app.job.kind != Kind::None;
    const ui::LockIntent intent = ui::draw_lock(app.ui, app.lock, view);
    switch (intent.action) {
    case ui::LockAction::None: break;
    case ui::LockAction::Unlock:
        app.unlocking = true;
        app.lock_problem.clear();
        app.storage.unlock(app.lock.passphrase);
        app.lock.passphrase.clear();
        break;
    case ui::LockAction::OpenCope: go_to(app, App::Screen::Cope); break;
    case ui::LockAction::CallLine: platform::open_link(intent.open_link.c_str()); break;
    case ui::LockAction::DeleteEverything:
        start_job(app, Kind::DeleteEverything);
        app.storage.delete_everything(app.job.ticket);
        break;
    }
}

} // namespace onward
