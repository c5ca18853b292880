// Writing the safety plan: seven sections in the person's own words, and the people and
// services to call, each saved as soon as it is typed.
#pragma once
#include "core/safety_plan.h"
#include "ui/widgets.h"

namespace onward::ui {

enum class PlanIntent { None, Changed, Done };

PlanIntent draw_safety_plan(Ui& ui, SafetyPlan& plan);

} // namespace onward::ui
