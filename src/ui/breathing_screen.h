// Guided breathing: choose a pattern and a length, breathe along with the shader's
// slowly growing and shrinking form (or the still view), then say how it is now.
#pragma once
#include "ui/practice_run.h"

namespace onward::ui {

PracticeIntent draw_breathing(Ui& ui, PracticeRun& run, const PracticeView& view);
// The still view is used when the person chose it, the system asks for less motion, or
// the shaders could not be built.
bool breathing_is_still(const Ui& ui, const PracticeRun& run);

} // namespace onward::ui
