// Taking a check: a questionnaire's questions on its scale, one at a time on a phone, all
// on one page on a wide screen, then the optional line of the person's own words.
#pragma once
#include <string>
#include <vector>

#include "core/questionnaire.h"
#include "store/save_queue.h"
#include "ui/widgets.h"

namespace onward::ui {

// A check being answered. A new one is kept as a draft record as it goes (see
// store/questionnaire_record.h); changes to a saved one are kept in memory until saved.
struct CheckForm {
    CheckResult result; // questionnaire and version set when it starts; id set once saved
    bool editing = false; // a check saved earlier today, opened to change
    size_t step = 0;      // phone: the question on screen (questions.size(): the words and Save)
    std::vector<std::string> problems; // why the last Save was refused
};

enum class CheckAction {
    None,
    Changed,      // an answer was given, changed or cleared, or the words changed
    SafetyAnswer, // a safety question answered above its lowest point: the safety plan opens now
    Save,
    Leave,
    About, // "About coping and healing"
};

// `about` offers the page on the idea behind the check (for Onward's own weekly check).
CheckAction draw_check(Ui& ui, CheckForm& form, const Questionnaire& q, bool about);

} // namespace onward::ui
