#include "ui/grounding_screen.h"

#include <algorithm>
#include <string>

#include "ui/theme.h"

namespace onward::ui {
namespace {

PracticeIntent one_sense(Ui& ui, PracticeRun& run, const PracticeView&) {
    const auto& steps = grounding_steps();
    run.words.resize(steps.size());
    const size_t i = size_t(std::min<int>(run.step, int(steps.size()) - 1));
    const GroundingStep& s = steps[i];
    muted_text(("Step " + std::to_string(i + 1) + " of " + std::to_string(steps.size())).c_str());
    const std::string title = std::to_string(s.count) + (s.count == 1 ? " thing" : " things") + " you can " + s.sense;
    heading(ui, title.c_str());
    ImGui::TextWrapped("%s", s.prompt);
    ImGui::Dummy(ImVec2(0, 6));
    label_text(ui, "Write them down, if it helps");
    ImGui::PushID(int(i)); // each sense its own field, so an edit never carries over
    text_field(ui, "Words", run.words[i], 3);
    ImGui::PopID();
    muted_text("Optional. Noticing is enough.");
    ImGui::Dummy(ImVec2(0, 8));
    const bool last = i + 1 == steps.size();
    PracticeIntent intent = PracticeIntent::None;
    if (primary_button(ui, last ? "Finish" : "Next", row_width())) {
        if (last) intent = PracticeIntent::Finish;
        else ++run.step;
    }
    if (i > 0 && secondary_button(ui, "Back a step", row_width())) --run.step;
    return intent;
}

} // namespace

PracticeIntent draw_grounding(Ui& ui, PracticeRun& run, const PracticeView& view) {
    PracticeParts parts;
    parts.title = "Ground myself: 5-4-3-2-1";
    parts.about = "Your senses can bring you back to here and now. We will go through them one at a time, as slowly "
                  "as you like.";
    parts.start_words = "Start grounding";
    parts.summary = "You went through all five senses, in " + duration_words(run.spent_ms) + ".";
    parts.running = one_sense;
    return draw_practice(ui, run, view, parts);
}

} // namespace onward::ui
