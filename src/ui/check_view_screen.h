// One check, as the person answered it: first, if they told of thoughts of hurting
// themselves or of not wanting to be alive, their safety plan and the crisis lines; then
// each score beside the same score of the last few checks, then the answers.
#pragma once
#include <string>
#include <vector>

#include "core/crisis_lines.h"
#include "core/questionnaire.h"
#include "store/save_queue.h"
#include "ui/widgets.h"

namespace onward::ui {

struct CheckViewData {
    const Questionnaire* questionnaire = nullptr; // the version the check was taken with
    const CheckResult* check = nullptr;
    // The same questionnaire's checks before this one, newest first (the chart shows a few).
    std::vector<const CheckResult*> earlier;
    const std::vector<CrisisLine>* lines = nullptr;
    bool can_change = false; // taken today: it can still be changed
    bool just_saved = false;
    SaveState save_state = SaveState::Nothing;
    int device_offset_minutes = 0;
};

enum class CheckViewAction { None, OpenSafetyPlan, Change, Back, About };

struct CheckViewIntent {
    CheckViewAction action = CheckViewAction::None;
    std::string open_link; // a crisis line's tel: or sms:
};

CheckViewIntent draw_check_view(Ui& ui, const CheckViewData& view, bool about);

// "Signs of being stuck 5 of 12", "Balance +2 (from −12 to 12)", "Total —": one score in
// words, with its band. Also used for the rows of past checks.
std::string score_words(const Questionnaire& q, const Score& s, bool with_name);

} // namespace onward::ui
