#include "ui/stay_with_it_screen.h"

#include <string>

#include "core/say.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

PracticeIntent with_it(Ui& ui, PracticeRun& run, const PracticeView& view) {
    const double elapsed = elapsed_ms(run.clock, view.now_ms);
    const std::string timer = timer_words(elapsed);
    muted_text(tr("You have been with it for"));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(timer.c_str());
    ImGui::PopFont();
    note(ui, tr("Time with it"), "timer", timer);
    muted_text(tr("Breathe. Notice where you feel it in your body. Let it be there."));
    ImGui::Dummy(ImVec2(0, 8));
    int now = run.latest;
    if (distress_picker(ui, tr("How strong is it now?"), tr("Optional, as often as you like."), now, tr("Now")) && now >= 0) {
        run.during.push_back({elapsed, now});
        run.latest = now;
    }
    ImGui::Dummy(ImVec2(0, 8));
    return primary_button(ui, tr("I'm done"), row_width()) ? PracticeIntent::Finish : PracticeIntent::None;
}

} // namespace

PracticeIntent draw_stay_with_it(Ui& ui, PracticeRun& run, const PracticeView& view) {
    PracticeParts parts;
    parts.title = tr("Stay with it");
    parts.about = tr("Feelings and urges rise, peak and pass, like a wave. You do not have to act on this one, or make it "
                     "go away. Just stay with it for as long as feels right. Stopping is fine too.");
    parts.start_words = tr("Start the timer");
    parts.summary = trf("You stayed with it for {duration}.", {{"duration", duration_words(run.spent_ms)}});

    parts.running = with_it;
    return draw_practice(ui, run, view, parts);
}

} // namespace onward::ui
