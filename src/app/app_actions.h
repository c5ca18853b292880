// What the app's screens share when they apply what the person asked for: the clock,
// saving, moving between screens, telling the person something. Defined in app.cpp.
#pragma once
#include <string>

#include "app/app.h"

namespace onward {

LocalTime local_now();
// The font must cover every character the journal may show.
void widen_text(App& app, const std::string& s);
// Hands a changed record to storage at once (empty text removes it), and draws the
// "Saving…" it causes.
void save_now(App& app, const std::string& id, const std::string& text);
// Saves the settings when their record may be written (see why_not_editable); when it may
// not, the change holds for this visit only.
void save_settings(App& app);
// Says something once, at the top of the page, however often it happens.
void tell(App& app, const std::string& words);
void go_to(App& app, App::Screen s);
// Why a record cannot be changed now, or null when it can (see app.cpp).
const char* why_not_editable(const App& app, const std::string& id);

// The journal's screens (journal_flow.cpp).
void draw_today_screen(App& app);
void draw_journal_screen(App& app);
void draw_entry_screen(App& app);
void draw_entry_view_screen(App& app);
void draw_library_screen(App& app);
void draw_settings_screen(App& app);
// Reflect's screens (reflect_flow.cpp).
void draw_reflect_screen(App& app);
void draw_check_screen(App& app);
void draw_check_view_screen(App& app);
void draw_about_screen(App& app);
void draw_insights_screen(App& app);
// The journal's insights as of now, worked out again only when something changed.
const Insights& current_insights(App& app);
// Opens the newest version of a questionnaire to answer (or the check already begun).
void take_check(App& app, const std::string& questionnaire);
// A check left half-answered at the last close goes back into its form.
void take_check_draft(App& app, const CheckResult& draft);
// "Not now" on Today's card: it comes back tomorrow.
void snooze_due_check(App& app, const std::string& questionnaire);
// The font must cover a questionnaire's every word (one added may be in any script).
void widen_questionnaire_text(App& app, const Questionnaire& q);

// Every stored record, read at start (or on unlocking).
void take_loaded(App& app, const std::vector<StoredRecord>& records);
// Records written elsewhere (another tab, a restore): each is shown here at once.
void take_changed_records(App& app, const std::vector<StoredRecord>& changed, const std::vector<std::string>& removed);
// Owning the data (data_flow.cpp).
// A month since the last backup, and something written since (core/backup_reminder.h).
bool backup_due(App& app);
void draw_data_screen(App& app);
void draw_import_screen(App& app);
void draw_summary_screen(App& app);
void draw_lock_screen(App& app);
// Drafts found at start go back into their forms.
void take_drafts(App& app, const std::map<std::string, Entry>& drafts);

} // namespace onward
