#include "ui/body_scan_screen.h"

#include <string>

#include "ui/theme.h"

namespace onward::ui {

PracticeIntent draw_body_scan(Ui& ui, PracticeRun& run, const PracticeView& view) {
    PracticeIntent intent = PracticeIntent::None;
    const auto& steps = body_scan_steps();
    begin_card();
    switch (run.stage) {
    case PracticeRun::Stage::Ready:
        heading(ui, "Body scan");
        muted_text(("A few minutes of noticing your body and the room around you. Each step moves on by itself; "
                    "it takes about " + duration_words(total_seconds(steps) * 1000) + ".").c_str());
        ImGui::Dummy(ImVec2(0, 6));
        intent = draw_practice_start(ui, run, "Start the body scan");
        break;
    case PracticeRun::Stage::Running: {
        const StepAt at = step_at(steps, elapsed_ms(run.clock, view.now_ms), false);
        if (at.ended) {
            intent = PracticeIntent::Finish;
            break;
        }
        muted_text(("Step " + std::to_string(at.index + 1) + " of " + std::to_string(steps.size())).c_str());
        ImGui::PushFont(ui.fonts.heading);
        ImGui::TextWrapped("%s", steps[size_t(at.index)].words);
        ImGui::PopFont();
        note(ui, "Body scan step", "status", steps[size_t(at.index)].words);
        ImGui::Dummy(ImVec2(0, 10));
        progress_bar(ui, "This step", float(at.progress), std::to_string(int(at.seconds_left + 0.999)) + " s left");
        ImGui::Dummy(ImVec2(0, 10));
        if (is_paused(run.clock)) muted_text("Paused.");
        intent = draw_practice_controls(ui, run, true, "Finish");
        break;
    }
    case PracticeRun::Stage::Done:
        intent = draw_practice_done(ui, run, "You spent " + duration_words(run.spent_ms) + " with your body.", view);
        break;
    }
    end_card();
    return intent;
}

} // namespace onward::ui
