#include "ui/reflect_screen.h"

#include <imgui.h>

#include <iterator>

#include "core/check_due.h"
#include "core/say.h"
#include "ui/check_view_screen.h"
#include "ui/entry_fields.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

struct Rhythm {
    int days;
    const char* words;
};
constexpr Rhythm kRhythms[] = {{7, tr_later("Every week")},
                               {14, tr_later("Every 2 weeks")},
                               {28, tr_later("Every 4 weeks")},
                               {0, tr_later("Only when I ask")}};

std::string last_taken_words(const ReflectView& view, const Questionnaire& q) {
    const CheckResult* last = last_check(view.journal->checks, q.id);
    if (!last) return tr("Not taken yet.");
    const int64_t days = (start_of_day_ms({view.now_ms, view.device_offset_minutes}) -
                          start_of_day_ms(last->taken)) / (24LL * 60 * 60 * 1000);
    if (days <= 0) return tr("Last taken today.");
    if (days == 1) return tr("Last taken yesterday.");
    return trn("Last taken {n} day ago.", "Last taken {n} days ago.", long(days));
}

void questionnaire_card(Ui& ui, const ReflectView& view, const Questionnaire& q, ReflectIntent& intent) {
    begin_card();
    heading(ui, q.title.c_str());
    const std::string last = last_taken_words(view, q);
    muted_text(trn("{n} question. {last}", "{n} questions. {last}", long(q.questions.size()), {{"last", last}}).c_str());
    note(ui, trf("{check} last taken", {{"check", q.title}}), "status", last);
    ImGui::Dummy(ImVec2(0, 4));
    ImGui::PushID(q.id.c_str());
    const bool half_done = view.in_progress == q.id;
    const std::string take =
        half_done ? trf("Continue {check}", {{"check", q.title}}) : trf("Take {check}", {{"check", q.title}});
    if (primary_button(ui, half_done ? tr("Continue the check") : tr("Take it now"), row_width(), take.c_str())) {
        intent.action = ReflectAction::Take;
        intent.id = q.id;
    }
    const std::string afresh = trf("Start {check} afresh", {{"check", q.title}});
    if (half_done && secondary_button(ui, tr("Start afresh"), row_width(), afresh.c_str())) {
        intent.action = ReflectAction::StartAfresh;
        intent.id = q.id;
    }
    ImGui::Dummy(ImVec2(0, 2));
    label_text(ui, tr("Offer it on Today"));
    const int every = every_days(q, view.journal->settings);
    bool listed = false;
    for (size_t i = 0; i < std::size(kRhythms); ++i) {
        const Rhythm& r = kRhythms[i];
        const bool on = every == r.days;
        listed = listed || on;
        const char* words = tr(r.words);
        flow(chip_width(words), i == 0);
        if (toggle_chip(ui, words, trf("{check}: {rhythm}", {{"check", q.title}, {"rhythm", words}}), on) && !on) {
            intent.action = ReflectAction::SetRhythm;
            intent.id = q.id;
            intent.every_days = r.days;
        }
    }
    if (!listed)
        muted_text(trn("Every {n} day, as its definition suggests.", "Every {n} days, as its definition suggests.", every)
                       .c_str());

    ImGui::PopID();
    end_card();
}

void add_card(Ui& ui, AddQuestionnaireState& add, ReflectIntent& intent) {
    begin_card();
    heading(ui, tr("Add a questionnaire"));
    muted_text(tr("If someone you work with, like a therapist, gave you a questionnaire as an Onward file, add it here "
                  "and take it like the weekly check. It stays on this device."));
    ImGui::Dummy(ImVec2(0, 4));
    if (secondary_button(ui, tr("Choose a file"), row_width())) intent.action = ReflectAction::ChooseFile;
    label_text(ui, tr("Or paste it here"));
    if (text_field(ui, tr("Questionnaire text"), add.pasted, 4)) add.message.clear();
    if (!add.pasted.empty() && secondary_button(ui, tr("Add what I pasted"), row_width()))
        intent.action = ReflectAction::AddPasted;
    if (!add.message.empty()) {
        if (add.refused) ImGui::PushStyleColor(ImGuiCol_Text, palette().warning);
        ImGui::TextWrapped("%s", add.message.c_str());
        if (add.refused) ImGui::PopStyleColor();
        note(ui, tr("Adding a questionnaire"), add.refused ? tr("alert") : tr("status"), add.message);
    }
    end_card();
}

// True when tapped: the row opens the check.
bool check_row(Ui& ui, const ReflectView& view, const CheckResult& c) {
    const Questionnaire* q = find_questionnaire(*view.journal, c.questionnaire, c.questionnaire_version);
    const std::string when = when_text(c.taken, view.device_offset_minutes);
    std::string scores;
    if (q)
        for (const Score& s : score_check(*q, c)) scores += (scores.empty() ? "" : " \xC2\xB7 ") + score_words(*q, s, true);
    const std::string title = q ? q->title : c.questionnaire;
    ImGui::BeginGroup();
    ImGui::PushFont(ui.fonts.strong);
    ImGui::TextWrapped("%s", when.c_str());
    ImGui::PopFont();
    muted_text(title.c_str());
    if (!scores.empty()) ImGui::TextWrapped("%s", scores.c_str());
    ImGui::EndGroup();
    return group_as_row(ui, c.id, trf("Check on {when}", {{"when", when}}),
                        title + (scores.empty() ? "" : " \xC2\xB7 " + scores));

}

} // namespace

ReflectIntent draw_reflect(Ui& ui, AddQuestionnaireState& add, const ReflectView& view) {
    ReflectIntent intent;
    heading(ui, tr("Reflect"));
    muted_text(tr("Short checks you answer now and then. Over the weeks they can show whether your coping is helping "
                  "you move forward. They are for you to notice, never a grade."));
    if (primary_button(ui, tr("See my insights"), row_width())) intent.action = ReflectAction::Insights;
    if (secondary_button(ui, tr("About coping and healing"))) intent.action = ReflectAction::About;
    ImGui::Dummy(ImVec2(0, 4));
    for (const Questionnaire* q : view.latest) questionnaire_card(ui, view, *q, intent);
    add_card(ui, add, intent);

    begin_card();
    heading(ui, tr("Every check so far"));
    if (view.checks.empty()) muted_text(tr("None yet. Your first one will be here, with its answers."));
    for (size_t i = 0; i < view.checks.size(); ++i) {
        if (i) divider();
        if (check_row(ui, view, *view.checks[i])) {
            intent.action = ReflectAction::OpenCheck;
            intent.id = view.checks[i]->id;
        }
    }
    end_card();
    return intent;
}

} // namespace onward::ui
