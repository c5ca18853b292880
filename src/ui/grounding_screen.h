// Grounding 5-4-3-2-1: one sense at a time, at the person's own pace, words optional.
#pragma once
#include "ui/practice_run.h"

namespace onward::ui {

PracticeIntent draw_grounding(Ui& ui, PracticeRun& run, const PracticeView& view);

} // namespace onward::ui
