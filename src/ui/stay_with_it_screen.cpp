#include "ui/stay_with_it_screen.h"

#include <string>

#include "ui/theme.h"

namespace onward::ui {
namespace {

PracticeIntent with_it(Ui& ui, PracticeRun& run, const PracticeView& view) {
    const double elapsed = elapsed_ms(run.clock, view.now_ms);
    const std::string timer = timer_words(elapsed);
    muted_text("You have been with it for");
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(timer.c_str());
    ImGui::PopFont();
    note(ui, "Time with it", "timer", timer);
    muted_text("Breathe. Notice where you feel it in your body. Let it be there.");
    ImGui::Dummy(ImVec2(0, 8));
    int now = run.latest;
    if (distress_picker(ui, "How strong is it now?", "Optional, as often as you like.", now, "Now") && now >= 0) {
        run.during.push_back({elapsed, now});
        run.latest = now;
    }
    ImGui::Dummy(ImVec2(0, 8));
    return primary_button(ui, "I'm done", row_width()) ? PracticeIntent::Finish : PracticeIntent::None;
}

} // namespace

PracticeIntent draw_stay_with_it(Ui& ui, PracticeRun& run, const PracticeView& view) {
    PracticeParts parts;
    parts.title = "Stay with it";
    parts.about = "Feelings and urges rise, peak and pass, like a wave. You do not have to act on this one, or make it "
                  "go away. Just stay with it for as long as feels right. Stopping is fine too.";
    parts.start_words = "Start the timer";
    parts.summary = "You stayed with it for " + duration_words(run.spent_ms) + ".";
    parts.running = with_it;
    return draw_practice(ui, run, view, parts);
}

} // namespace onward::ui
