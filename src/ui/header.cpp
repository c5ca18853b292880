#include "ui/header.h"

#include "ui/theme.h"

namespace onward::ui {
const char* save_status_words(SaveState s) {
    switch (s) {
    case SaveState::Saving: return "Saving\xE2\x80\xA6";
    case SaveState::Saved: return "Saved \xE2\x9C\x93";
    case SaveState::Retrying: return "Not saved yet \xE2\x80\x94 retrying";
    case SaveState::Nothing: break;
    }
    return "Kept on this device only";
}

void draw_header(Ui& ui, const HeaderView& view) {
    const Palette& p = palette();
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::TextUnformatted("Onward");
    ImGui::PopStyleColor();
    ImGui::PopFont();

    const char* words = save_status_words(view.save.state);
    const float w = ImGui::CalcTextSize(words).x;
    ImGui::SameLine(ImGui::GetContentRegionMax().x - w);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (kHeadingSize - kBodySize) * 0.5f);
    ImGui::PushStyleColor(ImGuiCol_Text, view.save.state == SaveState::Retrying ? p.warning : p.muted);
    ImGui::TextUnformatted(words);
    ImGui::PopStyleColor();
    note(ui, "Save status", "status", words);

    if (view.save.state == SaveState::Retrying) {
        const std::string what = view.save.waiting == 1 ? "One check-in is" : std::to_string(view.save.waiting) + " check-ins are";
        const std::string why = what + " safe in this window, but the browser has not stored " +
                                (view.save.waiting == 1 ? "it" : "them") + " yet (" +
                                view.save.reason + "). Onward keeps trying; please keep this tab open.";
        ImGui::PushStyleColor(ImGuiCol_Text, p.warning);
        ImGui::TextWrapped("%s", why.c_str());
        ImGui::PopStyleColor();
        note(ui, "Not saved yet", "alert", why);
    }
    for (const std::string& n : view.notices) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.warning);
        ImGui::TextWrapped("%s", n.c_str());
        ImGui::PopStyleColor();
        note(ui, "Notice", "alert", n);
    }
}

} // namespace onward::ui
