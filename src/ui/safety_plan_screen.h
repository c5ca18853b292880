// Writing the safety plan: seven sections in the person's own words, and the people and
// services to call, each saved as soon as it is typed.
#pragma once
#include "core/safety_plan.h"
#include "ui/widgets.h"

namespace onward::ui {

enum class PlanIntent { None, Changed, Done };

// `locked`: why the plan cannot be changed now (shown instead of the fields), or null.
PlanIntent draw_safety_plan(Ui& ui, SafetyPlan& plan, const char* locked);

} // namespace onward::ui
