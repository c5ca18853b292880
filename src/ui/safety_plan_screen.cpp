#include "ui/safety_plan_screen.h"

#include <string>

#include "core/say.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

bool contacts(Ui& ui, SafetyPlan& plan, PlanSection section) {
    bool changed = false;
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    for (size_t i = 0; i < plan.contacts.size(); ++i) {
        PlanContact& c = plan.contacts[i];
        if (c.section != section) continue;
        ImGui::PushID(int(i));
        const std::string n = std::to_string(i + 1);
        // Name and number side by side on a wide screen; stacked on a phone.
        const float w = ui.phone ? row_width() : (row_width() - 2 * spacing - chip_width(tr("Remove"))) / 2;
        changed |= text_field(ui, trf("Contact name {n}", {{"n", n}}).c_str(), c.name, 1, w, tr("Name"));
        if (!ui.phone) ImGui::SameLine();
        changed |= text_field(ui, trf("Contact number {n}", {{"n", n}}).c_str(), c.number, 1, w, tr("Phone number"));
        if (!ui.phone) ImGui::SameLine();
        if (toggle_chip(ui, tr("Remove"), trf("Remove contact {n}", {{"n", n}}), false)) {

            plan.contacts.erase(plan.contacts.begin() + long(i));
            changed = true;
            ImGui::PopID();
            break;
        }
        ImGui::PopID();
    }
    if (secondary_button(ui, section == PlanSection::Professionals ? tr("Add a service") : tr("Add a person"))) {
        plan.contacts.push_back({section, "", ""});
        changed = true;
    }
    return changed;
}

} // namespace

PlanIntent draw_safety_plan(Ui& ui, SafetyPlan& plan, const char* locked) {
    bool changed = false;
    heading(ui, tr("My safety plan"));
    if (locked) {
        muted_text(locked);
        note(ui, tr("Why the plan cannot be changed"), "status", locked);
        ImGui::Dummy(ImVec2(0, 8));
        return primary_button(ui, tr("Back to coping tools"), row_width()) ? PlanIntent::Done : PlanIntent::None;
    }
    muted_text(tr("In your own words, for a hard moment. Write as much or as little as you like; everything is saved "
                  "as you type, and shown first when you tap \xE2\x80\x9CI'm overwhelmed\xE2\x80\x9D."));
    ImGui::Dummy(ImVec2(0, 8));
    const auto& sections = plan_sections();
    for (size_t i = 0; i < sections.size(); ++i) {
        ImGui::PushID(int(i));
        begin_card();
        label_text(ui, tr(sections[i].title));
        muted_text(tr(sections[i].prompt));
        changed |= text_field(ui, tr(sections[i].title), plan.words[i], 3);

        if (sections[i].has_contacts) {
            ImGui::Dummy(ImVec2(0, 4));
            changed |= contacts(ui, plan, PlanSection(i));
        }
        end_card();
        ImGui::PopID();
    }
    // Drawn on every frame, typing or not, so the page never changes height under the caret.
    const bool done = primary_button(ui, tr("Done"), row_width());
    return changed ? PlanIntent::Changed : done ? PlanIntent::Done : PlanIntent::None;
}

} // namespace onward::ui
