#include "ui/lock_screen.h"

#include <imgui.h>

#include "core/say.h"
#include "ui/cope_screen.h"
#include "ui/data_screen.h"
#include "ui/theme.h"

namespace onward::ui {

LockIntent draw_lock(Ui& ui, LockState& state, const LockView& view) {
    std::string& passphrase = state.passphrase;
    LockIntent intent;
    begin_card();
    heading(ui, tr("Onward is locked"));
    muted_text(tr("Your journal is sealed with your passphrase. Type it to open it."));
    passphrase_field(ui, tr("Passphrase"), passphrase);
    // Enter in the field unlocks, as a person would expect of a password box.
    const bool entered = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGuiKey_Enter);
    ImGui::BeginDisabled(view.opening || passphrase.empty());
    if ((primary_button(ui, view.opening ? tr("Opening…") : tr("Unlock"), row_width(), tr("Unlock")) || entered) &&
        !view.opening && !passphrase.empty())
        intent.action = LockAction::Unlock;
    ImGui::EndDisabled();
    if (!view.problem.empty()) {
        ImGui::TextColored(palette().warning, "%s", view.problem.c_str());
        note(ui, tr("Unlock problem"), "status", view.problem);
    }
    end_card();

    begin_card();
    heading(ui, tr("If you need help now"));
    muted_text(tr("Your safety plan, breathing and grounding open without the passphrase."));
    if (big_choice(ui, tr("Open coping tools"), tr("Your safety plan and calm exercises"), row_width()))
        intent.action = LockAction::OpenCope;
    if (view.lines) draw_crisis_lines(ui, *view.lines, intent.open_link);
    if (!intent.open_link.empty()) intent.action = LockAction::CallLine;
    end_card();

    begin_card();
    heading(ui, tr("Forgot the passphrase?"));
    muted_text(tr("Nobody can recover it: your journal stays sealed. You can start a new, empty journal instead; the "
                  "sealed one is then deleted for good."));
    if (!state.forgetting) {
        if (secondary_button(ui, tr("Start a new journal…"), row_width())) state.forgetting = true;
    } else {
        switch (confirm_delete(ui, state.confirm_delete, view.opening)) {
        case DeleteConfirm::Delete: intent.action = LockAction::DeleteEverything; break;
        case DeleteConfirm::Keep: state.forgetting = false; break;
        case DeleteConfirm::Waiting: break;
        }
    }
    end_card();
    return intent;
}

} // namespace onward::ui
