#include "ui/crisis_lines_screen.h"

#include <string>

#include "core/say.h"
#include "ui/theme.h"

namespace onward::ui {

LinesIntent draw_crisis_lines_editor(Ui& ui, std::vector<CrisisLine>& lines, const char* locked) {
    LinesIntent intent = LinesIntent::None;
    heading(ui, tr("Crisis lines"));
    if (locked) {
        muted_text(locked);
        note(ui, tr("Why the lines cannot be changed"), "status", locked);
        ImGui::Dummy(ImVec2(0, 8));
        return primary_button(ui, tr("Back to coping tools"), row_width()) ? LinesIntent::Done : LinesIntent::None;
    }
    muted_text(tr("Keep the lines for where you live. They are shown in crisis mode and on the page itself if Onward "
                  "cannot start; if you remove them all, crisis mode shows the usual ones. Onward never calls or texts "
                  "anyone on its own."));
    ImGui::Dummy(ImVec2(0, 8));
    for (size_t i = 0; i < lines.size(); ++i) {
        CrisisLine& l = lines[i];
        const std::string n = std::to_string(i + 1);
        ImGui::PushID(int(i));
        begin_card();
        label_text(ui, tr("Where"));
        bool changed = text_field(ui, trf("Where {line}", {{"line", n}}).c_str(), l.where, 1);
        label_text(ui, tr("Name"));
        changed |= text_field(ui, trf("Name {line}", {{"line", n}}).c_str(), l.name, 1);
        label_text(ui, tr("Number"));
        changed |= text_field(ui, trf("Number {line}", {{"line", n}}).c_str(), l.number, 1);
        if (toggle_chip(ui, tr("Takes texts too"), trf("Takes texts {line}", {{"line", n}}), l.text_too)) {
            l.text_too = !l.text_too;
            changed = true;
        }
        ImGui::SameLine();
        if (toggle_chip(ui, tr("Remove"), trf("Remove line {line}", {{"line", n}}), false)) {

            lines.erase(lines.begin() + long(i));
            end_card();
            ImGui::PopID();
            return LinesIntent::Changed;
        }
        end_card();
        ImGui::PopID();
        if (changed) intent = LinesIntent::Changed;
    }
    if (secondary_button(ui, tr("Add a line"), row_width())) {
        lines.push_back({});
        intent = LinesIntent::Changed;
    }
    if (secondary_button(ui, tr("Restore the usual lines"), row_width())) intent = LinesIntent::RestoreDefaults;
    ImGui::Dummy(ImVec2(0, 8));
    if (primary_button(ui, tr("Done"), row_width()) && intent == LinesIntent::None) intent = LinesIntent::Done;
    return intent;
}

} // namespace onward::ui
