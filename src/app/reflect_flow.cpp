// Reflect's screens, applied: taking a check (a safety answer opens crisis mode before
// anything else), reading one back, changing it the same day, how often each is offered,
// adding a questionnaire from a file, and the page on the idea behind it all.
#include <algorithm>

#include "app/app_actions.h"
#include "core/check_due.h"
#include "core/say.h"
#include "core/text.h"
#include "platform/browser.h"
#include "platform/files.h"
#include "store/questionnaire_record.h"
#include "ui/about_screen.h"
#include "ui/check_view_screen.h"

namespace onward {

namespace {

const Questionnaire* newest(const Journal& j, const std::string& id) {
    for (const Questionnaire* q : latest_questionnaires(j))
        if (q->id == id) return q;
    return nullptr;
}

// A reason as a sentence of its own, before what follows it.
std::string sentence(std::string words) {
    if (!words.empty() && words.back() != '.') words += '.';
    return words;
}

void add_definition(App& app, const std::string& text, const std::string& from) {
    ui::AddQuestionnaireState& add = app.add_questionnaire;
    add.refused = true;
    Questionnaire q;
    std::string error;
    bool already_there = false;
    if (!read_definition(text, q, error)) {
        const Blanks blanks = {{"file", from}, {"error", sentence(error)}};
        add.message = from.empty()
                          ? trf("This is not a questionnaire Onward can read: {error} Nothing was added.", blanks)
                          : trf("\xE2\x80\x9C{file}\xE2\x80\x9D is not a questionnaire Onward can read: {error} Nothing "
                                "was added.",
                                blanks);
    } else if (!can_add_definition(q, app.journal.questionnaires, already_there, error)) {
        add.message = trf("{error} Nothing was added.", {{"error", sentence(error)}});
    } else if (already_there) {
        add.refused = false;
        add.message = trf("You already have \xE2\x80\x9C{title}\xE2\x80\x9D. Nothing changed.", {{"title", q.title}});
    } else {
        add.refused = false;
        put_questionnaire(app.journal, q);
        widen_questionnaire_text(app, q);
        save_now(app, questionnaire_record_id(q), encode_questionnaire(q, local_now()));
        add.message = trn("Added \xE2\x80\x9C{title}\xE2\x80\x9D, with {n} question. You can take it from its card above.",
                          "Added \xE2\x80\x9C{title}\xE2\x80\x9D, with {n} questions. You can take it from its card above.",
                          long(q.questions.size()), {{"title", q.title}});
        add.pasted.clear();
    }
    widen_text(app, add.message);
}

// A new check is kept as a draft record on every change; emptied again, it has none.
void keep_check_draft(App& app) {
    const ui::CheckForm& form = app.check_form;
    if (form.editing) return;
    if (form.result.answers.empty() && form.result.note.empty()) {
        save_now(app, kCheckDraftId, "");
        return;
    }
    CheckResult draft = form.result;
    draft.id = kCheckDraftId;
    draft.taken = draft.updated = local_now();
    widen_text(app, draft.note);
    save_now(app, kCheckDraftId, encode_check(draft));
}

void save_check(App& app) {
    ui::CheckForm& form = app.check_form;
    CheckResult c = form.result;
    const Questionnaire* q = find_questionnaire(app.journal, c.questionnaire, c.questionnaire_version);
    if (!q) return;
    const LocalTime now = local_now();
    if (c.id.empty()) {
        c.id = make_record_id(kCheckKind, now.unix_ms, platform::random32());
        c.taken = now;
    }
    c.updated = now;
    form.problems = problems_with(c, *q);
    if (form.problems.empty() && c.answers.empty())
        form.problems.push_back(tr("Answer at least one question, then save."));
    if (!form.problems.empty()) return;
    put_check(app.journal, c);
    widen_text(app, c.note);
    save_now(app, c.id, encode_check(c, app.unknown_fields[c.id]));
    if (!form.editing) save_now(app, kCheckDraftId, "");
    form = {};
    app.viewing_check = c.id;
    app.check_just_saved = true;
    go_to(app, App::Screen::CheckView);
}

bool is_weekly(const Questionnaire& q) { return q.id == kWeeklyCheckId; }

void open_about(App& app) {
    app.about_return = app.screen;
    go_to(app, App::Screen::About);
}

} // namespace

void widen_questionnaire_text(App& app, const Questionnaire& q) {
    for (const std::string* t : {&q.title, &q.time_frame, &q.intro, &q.note_prompt}) widen_text(app, *t);
    for (const std::string& l : q.scale.labels) widen_text(app, l);
    for (const Question& question : q.questions) widen_text(app, question.text);
    for (const ScoreRule& r : q.scores) {
        widen_text(app, r.name);
        for (const Band& b : r.bands) widen_text(app, b.label);
    }
}

void take_check_draft(App& app, const CheckResult& draft) {
    if (!find_questionnaire(app.journal, draft.questionnaire, draft.questionnaire_version)) return;
    app.check_form = {};
    app.check_form.result = draft;
    app.check_form.result.id.clear(); // it gets its own when saved
    widen_text(app, draft.note);
}

void take_check(App& app, const std::string& questionnaire) {
    ui::CheckForm& form = app.check_form;
    const Questionnaire* q = newest(app.journal, questionnaire);
    if (!q) return;
    // A check already begun is taken up where it was left.
    if (form.result.questionnaire != questionnaire) {
        form = {};
        form.result.questionnaire = q->id;
        form.result.questionnaire_version = q->version;
    }
    go_to(app, App::Screen::Check);
}

void snooze_due_check(App& app, const std::string& questionnaire) {
    snooze_check(app.journal.settings, questionnaire, local_now());
    save_settings(app);
}

void draw_reflect_screen(App& app) {
    const LocalTime now = local_now();
    ui::ReflectView view;
    view.journal = &app.journal;
    view.latest = latest_questionnaires(app.journal);
    for (const Questionnaire* q : view.latest)
        for (const CheckResult* c : checks_of(app.journal, q->id)) view.checks.push_back(c);
    std::sort(view.checks.begin(), view.checks.end(), [](const CheckResult* a, const CheckResult* b) {
        return a->taken.unix_ms != b->taken.unix_ms ? a->taken.unix_ms > b->taken.unix_ms : a->id > b->id;
    });
    if (!app.check_form.result.answers.empty() || !app.check_form.result.note.empty())
        view.in_progress = app.check_form.result.questionnaire;
    view.device_offset_minutes = now.utc_offset_minutes;
    view.now_ms = now.unix_ms;

    // A file the person chose a moment ago.
    platform::ChosenFile file;
    while (platform::take_chosen_file(file)) {
        if (!file.error.empty()) {
            app.add_questionnaire = {app.add_questionnaire.pasted,
                                     trf("\xE2\x80\x9C{file}\xE2\x80\x9D could not be read: {error}. Nothing was added.",
                                         {{"file", file.name}, {"error", file.error}}),

                                     true};
            widen_text(app, app.add_questionnaire.message);
        } else {
            add_definition(app, file.bytes, file.name);
        }
    }

    const ui::ReflectIntent intent = ui::draw_reflect(app.ui, app.add_questionnaire, view);
    switch (intent.action) {
    case ui::ReflectAction::None: break;
    case ui::ReflectAction::Take: take_check(app, intent.id); break;
    case ui::ReflectAction::StartAfresh:
        app.check_form = {};
        keep_check_draft(app); // none
        take_check(app, intent.id);
        break;
    case ui::ReflectAction::SetRhythm:
        check_plan(app.journal.settings, intent.id).every_days = intent.every_days;
        save_settings(app);
        break;
    case ui::ReflectAction::OpenCheck:
        app.viewing_check = intent.id;
        app.check_just_saved = false;
        go_to(app, App::Screen::CheckView);
        break;
    case ui::ReflectAction::ChooseFile: platform::choose_file(".json,application/json,text/plain"); break;
    case ui::ReflectAction::AddPasted: add_definition(app, app.add_questionnaire.pasted, ""); break;
    case ui::ReflectAction::About: open_about(app); break;
    case ui::ReflectAction::Insights: go_to(app, App::Screen::Insights); break;
    }
}

void draw_check_screen(App& app) {
    ui::CheckForm& form = app.check_form;
    const CheckResult& c = form.result;
    const Questionnaire* q = find_questionnaire(app.journal, c.questionnaire, c.questionnaire_version);
    if (!q) {
        go_to(app, App::Screen::Reflect);
        return;
    }
    switch (ui::draw_check(app.ui, form, *q, is_weekly(*q))) {
    case ui::CheckAction::None: break;
    case ui::CheckAction::Changed: keep_check_draft(app); break;
    case ui::CheckAction::SafetyAnswer:
        // Nothing waits for storage: crisis mode opens with the very next frame.
        go_to(app, App::Screen::Cope);
        app.safety_from_check = true;
        keep_check_draft(app);
        break;
    case ui::CheckAction::Save: save_check(app); break;
    case ui::CheckAction::Leave:
        // A saved check left unchanged is as it was; a new one waits, kept as a draft.
        if (form.editing) {
            form = {};
            go_to(app, App::Screen::CheckView);
        } else {
            go_to(app, App::Screen::Reflect);
        }
        break;
    case ui::CheckAction::About: open_about(app); break;
    }
}

void draw_check_view_screen(App& app) {
    const CheckResult* c = find_check(app.journal, app.viewing_check);
    const Questionnaire* q = c ? find_questionnaire(app.journal, c->questionnaire, c->questionnaire_version) : nullptr;
    if (!q) {
        go_to(app, App::Screen::Reflect);
        return;
    }
    const LocalTime now = local_now();
    ui::CheckViewData view;
    view.questionnaire = q;
    view.check = c;
    for (const CheckResult* e : checks_of(app.journal, c->questionnaire))
        if (e->taken.unix_ms < c->taken.unix_ms) view.earlier.push_back(e);
    view.lines = &crisis_lines(app.journal);
    // The same day, in the person's own day: a week's answers are not rewritten later.
    view.can_change = calendar_day(c->taken) == calendar_day(now) && !app.keep_as_is.count(c->id);
    view.just_saved = app.check_just_saved;
    view.save_state = save_status(app.saves).state;
    view.device_offset_minutes = now.utc_offset_minutes;
    const ui::CheckViewIntent intent = ui::draw_check_view(app.ui, view, is_weekly(*q));
    if (!intent.open_link.empty()) platform::open_link(intent.open_link.c_str());
    switch (intent.action) {
    case ui::CheckViewAction::None: break;
    case ui::CheckViewAction::OpenSafetyPlan: go_to(app, App::Screen::Cope); break;
    case ui::CheckViewAction::Change:
        app.check_form = {};
        app.check_form.result = *c;
        app.check_form.editing = true;
        go_to(app, App::Screen::Check);
        break;
    case ui::CheckViewAction::Back: go_to(app, App::Screen::Reflect); break;
    case ui::CheckViewAction::About: open_about(app); break;
    }
}

const Insights& current_insights(App& app) {
    const LocalTime now = local_now();
    App::InsightsCache& c = app.insights;
    if (c.at_change != app.journal_changes || c.day != calendar_day(now)) {
        c.value = compute_insights(app.journal, now);
        c.at_change = app.journal_changes;
        c.day = calendar_day(now);
    }
    return c.value;
}

void draw_insights_screen(App& app) {
    const ui::InsightsIntent intent =
        ui::draw_insights(app.ui, app.insights_screen, current_insights(app), app.journal);
    if (intent.action == ui::InsightsAction::None) return;
    app.journal.settings.phase_override = intent.action == ui::InsightsAction::SetPhase ? intent.phase_key : "";
    save_settings(app);
}

void draw_about_screen(App& app) {
    const ui::AboutIntent intent = ui::draw_about(app.ui);
    if (!intent.open_link.empty()) platform::open_link(intent.open_link.c_str());
    if (intent.back) go_to(app, app.about_return);
}

} // namespace onward
