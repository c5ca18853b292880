// Stay with it (urge surfing): a calm timer while a feeling or urge rises and falls,
// with check-ins along the way if the person wants them.
#pragma once
#include "ui/practice_run.h"

namespace onward::ui {

PracticeIntent draw_stay_with_it(Ui& ui, PracticeRun& run, const PracticeView& view);

} // namespace onward::ui
