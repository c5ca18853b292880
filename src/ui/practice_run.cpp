#include "ui/practice_run.h"

#include "core/say.h"
#include "ui/header.h"
#include "ui/theme.h"

namespace onward::ui {

namespace {

PracticeIntent draw_start(Ui& ui, PracticeRun& run, const char* start_words) {
    distress_picker(ui, tr("How much distress right now?"), tr("Optional. 0 is calm, 10 is the most you can imagine."),
                    run.before, tr("Before"));
    ImGui::Dummy(ImVec2(0, 8));
    return primary_button(ui, start_words, row_width()) ? PracticeIntent::Start : PracticeIntent::None;
}

} // namespace

PracticeIntent draw_practice_controls(Ui& ui, const PracticeRun& run, bool can_pause, const char* finish_words) {
    PracticeIntent intent = PracticeIntent::None;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = can_pause ? (row_width() - spacing) / 2 : row_width();
    if (can_pause) {
        const bool paused = is_paused(run.clock);
        if (secondary_button(ui, paused ? tr("Resume") : tr("Pause"), w))
            intent = paused ? PracticeIntent::Resume : PracticeIntent::Pause;
        ImGui::SameLine();
    }
    if (secondary_button(ui, finish_words, w)) intent = PracticeIntent::Finish;
    return intent;
}

namespace {

PracticeIntent draw_done(Ui& ui, PracticeRun& run, const std::string& summary, const PracticeView& view) {
    PracticeIntent intent = PracticeIntent::None;
    heading(ui, tr("You took this time for yourself"));
    ImGui::TextWrapped("%s", summary.c_str());
    note(ui, tr("Summary"), "status", summary);
    ImGui::Dummy(ImVec2(0, 8));
    if (distress_picker(ui, tr("How strong is it now?"), tr("Optional. One tap saves it to your journal."), run.after, tr("After")))
        intent = PracticeIntent::LogAfter;
    if (!run.session_id.empty()) {
        const bool trouble = view.save_state == SaveState::Retrying;
        ImGui::PushStyleColor(ImGuiCol_Text, trouble ? palette().warning : palette().accent);
        const std::string words = trf("In your journal. {status}", {{"status", save_status_words(view.save_state)}});

        ImGui::TextWrapped("%s", words.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::Dummy(ImVec2(0, 8));
    if (primary_button(ui, tr("Back to coping tools"), row_width())) intent = PracticeIntent::Leave;
    if (secondary_button(ui, tr("Once more"), row_width())) intent = PracticeIntent::Again;
    return intent;
}

} // namespace

PracticeIntent draw_practice(Ui& ui, PracticeRun& run, const PracticeView& view, const PracticeParts& parts) {
    PracticeIntent intent = PracticeIntent::None;
    begin_card();
    switch (run.stage) {
    case PracticeRun::Stage::Ready:
        heading(ui, parts.title);
        muted_text(parts.about.c_str());
        ImGui::Dummy(ImVec2(0, 6));
        if (parts.choices) parts.choices(ui, run);
        intent = draw_start(ui, run, parts.start_words);
        break;
    case PracticeRun::Stage::Running: intent = parts.running(ui, run, view); break;
    case PracticeRun::Stage::Done: intent = draw_done(ui, run, parts.summary, view); break;
    }
    end_card();
    return intent;
}

} // namespace onward::ui
