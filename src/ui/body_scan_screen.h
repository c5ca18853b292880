// The body scan and orienting practice: short timed steps that move on by themselves.
#pragma once
#include "ui/practice_run.h"

namespace onward::ui {

PracticeIntent draw_body_scan(Ui& ui, PracticeRun& run, const PracticeView& view);

} // namespace onward::ui
