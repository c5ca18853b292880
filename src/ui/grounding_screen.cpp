#include "ui/grounding_screen.h"

#include <algorithm>
#include <string>

#include "core/say.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

PracticeIntent one_sense(Ui& ui, PracticeRun& run, const PracticeView&) {
    const auto& steps = grounding_steps();
    run.words.resize(steps.size());
    const size_t i = size_t(std::min<int>(run.step, int(steps.size()) - 1));
    const GroundingStep& s = steps[i];
    muted_text(trf("Step {number} of {count}", {{"number", std::to_string(i + 1)}, {"count", std::to_string(steps.size())}})
                   .c_str());

    const std::string title = trn("{n} thing you can {sense}", "{n} things you can {sense}", s.count, {{"sense", tr(s.sense)}});
    heading(ui, title.c_str());
    ImGui::TextWrapped("%s", tr(s.prompt));

    ImGui::Dummy(ImVec2(0, 6));
    label_text(ui, tr("Write them down, if it helps"));
    ImGui::PushID(int(i)); // each sense its own field, so an edit never carries over
    text_field(ui, tr("Words"), run.words[i], 3);
    ImGui::PopID();
    muted_text(tr("Optional. Noticing is enough."));
    ImGui::Dummy(ImVec2(0, 8));
    const bool last = i + 1 == steps.size();
    PracticeIntent intent = PracticeIntent::None;
    if (primary_button(ui, last ? tr("Finish") : tr("Next"), row_width())) {
        if (last) intent = PracticeIntent::Finish;
        else ++run.step;
    }
    if (i > 0 && secondary_button(ui, tr("Back a step"), row_width())) --run.step;
    return intent;
}

} // namespace

PracticeIntent draw_grounding(Ui& ui, PracticeRun& run, const PracticeView& view) {
    PracticeParts parts;
    parts.title = tr("Ground myself: 5-4-3-2-1");
    parts.about = tr("Your senses can bring you back to here and now. We will go through them one at a time, as slowly "
                     "as you like.");
    parts.start_words = tr("Start grounding");
    parts.summary = trf("You went through all five senses, in {duration}.", {{"duration", duration_words(run.spent_ms)}});
    parts.running = one_sense;
    return draw_practice(ui, run, view, parts);
}

} // namespace onward::ui
