#include "ui/check_screen.h"

#include <imgui.h>

#include "core/say.h"
#include "ui/entry_fields.h"

namespace onward::ui {
namespace {

// One question and its scale. Tapping the chosen answer again clears it: a question may
// be left out. On a phone the answers stand one under another, each a full-width target.
CheckAction question_block(Ui& ui, CheckForm& form, const Questionnaire& q, size_t i) {
    const Question& question = q.questions[i];
    const std::string position = std::to_string(i + 1);
    const std::string number = trf("{number} of {count}", {{"number", position}, {"count", std::to_string(q.questions.size())}});
    muted_text(number.c_str());
    ImGui::PushFont(ui.fonts.strong);
    ImGui::TextWrapped("%s", question.text.c_str());
    ImGui::PopFont();
    note(ui, trf("Question {number}", {{"number", position}}), "text", question.text);
    ImGui::Dummy(ImVec2(0, 2));
    const QuestionAnswer* chosen = find_answer(form.result, question.id);
    const int was = chosen ? chosen->value : 0;
    bool tapped = false;
    int tapped_value = 0;
    for (int v = q.scale.min; v <= q.scale.max; ++v) {
        const std::string words = scale_label(q.scale, v);
        const std::string label = trf("Question {number}: {answer}", {{"number", position}, {"answer", words}});

        if (!ui.phone) flow(chip_width(words.c_str()), v == q.scale.min);
        ImGui::PushID(int(i * 1000 + size_t(v - q.scale.min)));
        if (toggle_chip(ui, words.c_str(), label, chosen && was == v, ui.phone ? row_width() : 0)) {
            tapped = true;
            tapped_value = v;
        }
        ImGui::PopID();
    }
    if (!tapped) return CheckAction::None;
    form.problems.clear();
    if (chosen && was == tapped_value) {
        clear_answer(form.result, question.id);
        return CheckAction::Changed;
    }
    set_answer(form.result, question.id, tapped_value);
    // Every time, before anything else: the safety plan and the lines.
    return is_safety_answer(q, question.id, tapped_value) ? CheckAction::SafetyAnswer : CheckAction::Changed;
}

void words_and_save(Ui& ui, CheckForm& form, const Questionnaire& q, CheckAction& action) {
    if (!q.note_prompt.empty()) {
        label_text(ui, q.note_prompt.c_str());
        if (text_field(ui, tr("Check note"), form.result.note, 3)) {
            form.problems.clear();
            action = CheckAction::Changed;
        }
        muted_text(tr("Optional. Only you can read this."));
        ImGui::Dummy(ImVec2(0, 6));
    }
    if (primary_button(ui, form.editing ? tr("Save my changes") : tr("Save my check"), row_width())) action = CheckAction::Save;
    problem_lines(ui, form.problems);
}

} // namespace

CheckAction draw_check(Ui& ui, CheckForm& form, const Questionnaire& q, bool about) {
    CheckAction action = CheckAction::None;
    heading(ui, q.title.c_str());
    if (!q.intro.empty() && (!ui.phone || form.step == 0)) {
        ImGui::TextWrapped("%s", q.intro.c_str());
        note(ui, tr("About this check"), "text", q.intro);
    }
    if (about && secondary_button(ui, tr("About coping and healing"))) action = CheckAction::About;
    ImGui::Dummy(ImVec2(0, 4));

    begin_card();
    if (!q.time_frame.empty()) {
        label_text(ui, q.time_frame.c_str());
        ImGui::Dummy(ImVec2(0, 2));
    }
    const size_t n = q.questions.size();
    if (ui.phone) {
        // One at a time, moving on by itself once answered; Back and Next to go over them.
        if (form.step > n) form.step = n;
        if (form.step < n) {
            const CheckAction a = question_block(ui, form, q, form.step);
            if (a != CheckAction::None) action = a;
            if (a != CheckAction::None && find_answer(form.result, q.questions[form.step].id)) ++form.step;
        } else {
            words_and_save(ui, form, q, action);
        }
        ImGui::Dummy(ImVec2(0, 6));
        const float spacing = ImGui::GetStyle().ItemSpacing.x;
        const float w = (row_width() - spacing) / 2;
        if (form.step > 0) {
            if (secondary_button(ui, tr("Back"), w, tr("Previous question"))) --form.step;
        } else {
            ImGui::Dummy(ImVec2(w, 0));
        }
        ImGui::SameLine();
        const bool answered = form.step < n && find_answer(form.result, q.questions[form.step].id);
        if (form.step < n && secondary_button(ui, answered ? tr("Next") : tr("Skip"), w, tr("Next question"))) ++form.step;
    } else {
        for (size_t i = 0; i < n; ++i) {
            if (i) divider();
            const CheckAction a = question_block(ui, form, q, i);
            if (a != CheckAction::None) action = a;
        }
        divider();
        words_and_save(ui, form, q, action);
    }
    end_card();
    // Answers given so far stay in memory: "Take it" later goes on from here.
    if (secondary_button(ui, form.editing ? tr("Leave without changing") : tr("Leave it for now"), row_width()))
        action = CheckAction::Leave;
    return action;
}

} // namespace onward::ui
