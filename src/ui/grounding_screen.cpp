#include "ui/grounding_screen.h"

#include <algorithm>
#include <string>

#include "ui/theme.h"

namespace onward::ui {

PracticeIntent draw_grounding(Ui& ui, PracticeRun& run, const PracticeView& view) {
    PracticeIntent intent = PracticeIntent::None;
    const auto& steps = grounding_steps();
    begin_card();
    switch (run.stage) {
    case PracticeRun::Stage::Ready:
        heading(ui, "Ground myself: 5-4-3-2-1");
        muted_text("Your senses can bring you back to here and now. We will go through them one at a time, as "
                   "slowly as you like.");
        ImGui::Dummy(ImVec2(0, 6));
        intent = draw_practice_start(ui, run, "Start grounding");
        break;
    case PracticeRun::Stage::Running: {
        run.words.resize(steps.size());
        const size_t i = size_t(std::min<int>(run.step, int(steps.size()) - 1));
        const GroundingStep& s = steps[i];
        const std::string title = std::to_string(s.count) + " things you can " + s.sense;
        muted_text(("Step " + std::to_string(i + 1) + " of " + std::to_string(steps.size())).c_str());
        heading(ui, s.count == 1 ? ("1 thing you can " + std::string(s.sense)).c_str() : title.c_str());
        ImGui::TextWrapped("%s", s.prompt);
        ImGui::Dummy(ImVec2(0, 6));
        label_text(ui, "Write them down, if it helps");
        ImGui::PushID(int(i)); // each sense its own field, so an edit never carries over
        text_field(ui, "Words", run.words[i], 3);
        ImGui::PopID();
        muted_text("Optional. Noticing is enough.");
        ImGui::Dummy(ImVec2(0, 8));
        const bool last = i + 1 == steps.size();
        if (primary_button(ui, last ? "Finish" : "Next", row_width())) {
            if (last) intent = PracticeIntent::Finish;
            else ++run.step;
        }
        if (i > 0 && secondary_button(ui, "Back a step", row_width())) --run.step;
        break;
    }
    case PracticeRun::Stage::Done:
        intent = draw_practice_done(ui, run, "You went through all five senses, in " + duration_words(run.spent_ms) + ".",
                                    view);
        break;
    }
    end_card();
    return intent;
}

} // namespace onward::ui
