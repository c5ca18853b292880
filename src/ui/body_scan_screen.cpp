#include "ui/body_scan_screen.h"

#include <string>

#include "core/say.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

PracticeIntent one_step(Ui& ui, PracticeRun& run, const PracticeView& view) {
    const auto& steps = body_scan_steps();
    const StepAt at = step_at(steps, elapsed_ms(run.clock, view.now_ms), false);
    if (at.ended) return PracticeIntent::Finish;
    const char* words = tr(steps[size_t(at.index)].words);

    muted_text(trf("Step {number} of {count}",
                   {{"number", std::to_string(at.index + 1)}, {"count", std::to_string(steps.size())}})
                   .c_str());
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextWrapped("%s", words);
    ImGui::PopFont();
    note(ui, tr("Body scan step"), "status", words);
    ImGui::Dummy(ImVec2(0, 10));
    progress_bar(ui, tr("This step"), float(at.progress),
                 trf("{seconds} s left", {{"seconds", std::to_string(int(at.seconds_left + 0.999))}}));

    ImGui::Dummy(ImVec2(0, 10));
    if (is_paused(run.clock)) muted_text(tr("Paused."));
    return draw_practice_controls(ui, run, true, tr("Finish"));
}

} // namespace

PracticeIntent draw_body_scan(Ui& ui, PracticeRun& run, const PracticeView& view) {
    PracticeParts parts;
    parts.title = tr("Body scan");
    parts.about = trf("A few minutes of noticing your body and the room around you. Each step moves on by itself; "
                      "it takes about {duration}.",
                      {{"duration", duration_words(total_seconds(body_scan_steps()) * 1000)}});
    parts.start_words = tr("Start the body scan");
    parts.summary = trf("You spent {duration} with your body.", {{"duration", duration_words(run.spent_ms)}});
    parts.running = one_step;
    return draw_practice(ui, run, view, parts);
}

} // namespace onward::ui
