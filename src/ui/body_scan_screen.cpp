#include "ui/body_scan_screen.h"

#include <string>

#include "ui/theme.h"

namespace onward::ui {
namespace {

PracticeIntent one_step(Ui& ui, PracticeRun& run, const PracticeView& view) {
    const auto& steps = body_scan_steps();
    const StepAt at = step_at(steps, elapsed_ms(run.clock, view.now_ms), false);
    if (at.ended) return PracticeIntent::Finish;
    const char* words = steps[size_t(at.index)].words;
    muted_text(("Step " + std::to_string(at.index + 1) + " of " + std::to_string(steps.size())).c_str());
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextWrapped("%s", words);
    ImGui::PopFont();
    note(ui, "Body scan step", "status", words);
    ImGui::Dummy(ImVec2(0, 10));
    progress_bar(ui, "This step", float(at.progress), std::to_string(int(at.seconds_left + 0.999)) + " s left");
    ImGui::Dummy(ImVec2(0, 10));
    if (is_paused(run.clock)) muted_text("Paused.");
    return draw_practice_controls(ui, run, true, "Finish");
}

} // namespace

PracticeIntent draw_body_scan(Ui& ui, PracticeRun& run, const PracticeView& view) {
    PracticeParts parts;
    parts.title = "Body scan";
    parts.about = "A few minutes of noticing your body and the room around you. Each step moves on by itself; it "
                  "takes about " + duration_words(total_seconds(body_scan_steps()) * 1000) + ".";
    parts.start_words = "Start the body scan";
    parts.summary = "You spent " + duration_words(run.spent_ms) + " with your body.";
    parts.running = one_step;
    return draw_practice(ui, run, view, parts);
}

} // namespace onward::ui
