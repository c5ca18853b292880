// Crisis mode, and the home of the coping tools: the safety plan first, then calm large
// choices (breathing, grounding, body scan, stay with it), then the crisis lines. Nothing
// here needs typing, and nothing here depends on storage having worked.
#pragma once
#include <string>
#include <vector>

#include "core/crisis_lines.h"
#include "core/safety_plan.h"
#include "ui/widgets.h"

namespace onward::ui {

struct CopeView {
    const SafetyPlan* plan = nullptr;
    const std::vector<CrisisLine>* lines = nullptr;
    bool storage_failed = false; // the saved plan could not be read: say so, show the lines anyway
    bool plan_unreadable = false; // a saved plan this version cannot read: left as it is
    bool jump_to_lines = false;  // scroll the crisis lines into view this frame
    // Opened by a safety answer in a check: said so at the top, the lines come straight
    // after the plan, and only a deliberate tap leads back to the check.
    bool after_safety_answer = false;
};

enum class CopeChoice { None, Breathing, Grounding, BodyScan, StayWithIt, EditPlan, EditLines, JumpToLines, BackToCheck };

struct CopeIntent {
    CopeChoice choice = CopeChoice::None;
    std::string open_link; // tel: or sms:
};

CopeIntent draw_cope(Ui& ui, const CopeView& view);

// The crisis lines with a call (and text) button each, and what Onward does not do.
void draw_crisis_lines(Ui& ui, const std::vector<CrisisLine>& lines, std::string& open_link);

} // namespace onward::ui
