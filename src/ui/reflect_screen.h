// Reflect: the checks a person can take (the weekly coping-or-healing check, and any
// questionnaire they added), how often each is offered, adding one from a file, and every
// check taken so far.
#pragma once
#include <string>
#include <vector>

#include "core/journal.h"
#include "ui/widgets.h"

namespace onward::ui {

// Adding a questionnaire: pasted text, and what the last attempt came to.
struct AddQuestionnaireState {
    std::string pasted;
    std::string message; // what was added, or why it was refused
    bool refused = false;
};

struct ReflectView {
    const Journal* journal = nullptr;
    std::vector<const Questionnaire*> latest;   // newest version of each, weekly check first
    std::vector<const CheckResult*> checks;     // every check, newest first
    std::string in_progress;                    // the questionnaire of a check left half-answered
    int device_offset_minutes = 0;
    int64_t now_ms = 0;
};

enum class ReflectAction { None, Take, StartAfresh, SetRhythm, OpenCheck, ChooseFile, AddPasted, About, Insights };

struct ReflectIntent {
    ReflectAction action = ReflectAction::None;
    std::string id;     // the questionnaire (Take, StartAfresh, SetRhythm) or the check (OpenCheck)
    int every_days = 0; // SetRhythm
};

ReflectIntent draw_reflect(Ui& ui, AddQuestionnaireState& add, const ReflectView& view);

} // namespace onward::ui
