// The lock screen: the journal is sealed with a passphrase. Coping tools and the crisis
// lines are one tap away here too; nothing else opens without the passphrase.
#pragma once
#include <string>
#include <vector>

#include "core/crisis_lines.h"
#include "ui/widgets.h"

namespace onward::ui {

struct LockView {
    const std::vector<CrisisLine>* lines = nullptr;
    std::string problem; // the last attempt was refused: why
    bool opening = false; // a passphrase is being tried (or everything is being deleted)
};

struct LockState {
    std::string passphrase;
    bool forgetting = false;    // the delete confirmation is open
    std::string confirm_delete; // "delete everything", typed
};

enum class LockAction { None, Unlock, OpenCope, CallLine, DeleteEverything };

struct LockIntent {
    LockAction action = LockAction::None;
    std::string open_link; // CallLine: tel: or sms:
};

LockIntent draw_lock(Ui& ui, LockState& state, const LockView& view);

} // namespace onward::ui
