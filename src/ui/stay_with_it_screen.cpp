#include "ui/stay_with_it_screen.h"

#include <algorithm>
#include <string>

#include "ui/theme.h"

namespace onward::ui {

PracticeIntent draw_stay_with_it(Ui& ui, PracticeRun& run, const PracticeView& view) {
    PracticeIntent intent = PracticeIntent::None;
    begin_card();
    switch (run.stage) {
    case PracticeRun::Stage::Ready:
        heading(ui, "Stay with it");
        muted_text("Feelings and urges rise, peak and pass, like a wave. You do not have to act on this one, or make "
                   "it go away. Just stay with it for as long as feels right. Stopping is fine too.");
        ImGui::Dummy(ImVec2(0, 6));
        intent = draw_practice_start(ui, run, "Start the timer");
        break;
    case PracticeRun::Stage::Running: {
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
        if (primary_button(ui, "I'm done", row_width())) intent = PracticeIntent::Finish;
        break;
    }
    case PracticeRun::Stage::Done:
        intent = draw_practice_done(ui, run, "You stayed with it for " + duration_words(run.spent_ms) + ".", view);
        break;
    }
    end_card();
    return intent;
}

} // namespace onward::ui
