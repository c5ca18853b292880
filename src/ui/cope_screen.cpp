#include "ui/cope_screen.h"

#include "core/say.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

// Call (and text) buttons for a number, on one line when they fit.
void dial_buttons(Ui& ui, const std::string& who, const std::string& number, bool text_too, std::string& open_link) {
    const std::string dial = dial_string(number);
    if (dial.empty()) return;
    const std::string call = trf("Call {who}", {{"who", who}}), text = trf("Text {who}", {{"who", who}});

    if (toggle_chip(ui, call.c_str(), call, false)) open_link = "tel:" + dial;
    if (text_too) {
        flow(chip_width(text.c_str()), false);
        if (toggle_chip(ui, text.c_str(), text, false)) open_link = "sms:" + dial;
    }
}

void plan_card(Ui& ui, const CopeView& view, CopeIntent& intent) {
    begin_card();
    heading(ui, tr("My safety plan"));
    if (view.storage_failed) {
        muted_text(tr("Onward could not open your saved journal just now, so your safety plan cannot be shown. The crisis "
                      "lines below still work."));
    } else if (view.plan_unreadable) {
        muted_text(tr("Your saved safety plan could not be read by this version of Onward. It is left exactly as it is. "
                      "The crisis lines below still work."));
    } else if (is_empty(*view.plan)) {
        muted_text(tr("You have not written a safety plan yet. On a steadier day, it helps to write down what helps you "
                      "and who you can reach. It will be here, first, when things get hard."));
    } else {
        const auto& sections = plan_sections();
        bool first = true;
        for (size_t i = 0; i < sections.size(); ++i) {
            const std::string& words = view.plan->words[i];
            bool has_contacts = false;
            for (const PlanContact& c : view.plan->contacts) has_contacts = has_contacts || size_t(c.section) == i;
            if (words.empty() && !has_contacts) continue;
            if (!first) divider();
            first = false;
            label_text(ui, tr(sections[i].title));
            if (!words.empty()) {
                ImGui::TextWrapped("%s", words.c_str());
                note(ui, tr(sections[i].title), "text", words);

            }
            for (size_t k = 0; k < view.plan->contacts.size(); ++k) {
                const PlanContact& c = view.plan->contacts[k];
                if (size_t(c.section) != i) continue;
                ImGui::TextWrapped("%s  %s", c.name.c_str(), c.number.c_str());
                ImGui::PushID(int(k)); // two contacts may share a name: Mum at home, Mum's mobile
                dial_buttons(ui, c.name.empty() ? c.number : c.name, c.number, true, intent.open_link);
                ImGui::PopID();
            }
        }
    }
    ImGui::Dummy(ImVec2(0, 6));
    if (!view.storage_failed && !view.plan_unreadable &&
        secondary_button(ui, is_empty(*view.plan) ? tr("Write my safety plan") : tr("Edit my safety plan")))
        intent.choice = CopeChoice::EditPlan;
    end_card();
}

void lines_card(Ui& ui, const CopeView& view, CopeIntent& intent) {
    begin_card();
    heading(ui, tr("Crisis lines"));
    if (view.jump_to_lines) ImGui::SetScrollHereY(0.0f);
    muted_text(tr("Someone is there to listen. Tap to call or text from your phone."));
    ImGui::Dummy(ImVec2(0, 4));
    draw_crisis_lines(ui, *view.lines, intent.open_link);
    divider();
    muted_text(tr("Onward contacts nobody and sends nothing. A call or text only happens when you tap, from your own "
                  "phone. Onward is a private journal, not a treatment or an emergency service."));
    ImGui::Dummy(ImVec2(0, 4));
    if (secondary_button(ui, tr("Edit crisis lines"))) intent.choice = CopeChoice::EditLines;
    end_card();
}

} // namespace

void draw_crisis_lines(Ui& ui, const std::vector<CrisisLine>& lines, std::string& open_link) {
    for (size_t i = 0; i < lines.size(); ++i) {
        const CrisisLine& line = lines[i];
        if (i) divider();
        label_text(ui, line.where.c_str());
        muted_text((line.name + (line.number.empty() ? "" : ", " + line.number)).c_str());
        ImGui::PushID(int(i));
        dial_buttons(ui, line.number, line.number, line.text_too, open_link);
        ImGui::PopID();
    }
}

CopeIntent draw_cope(Ui& ui, const CopeView& view) {
    CopeIntent intent;
    heading(ui, tr("You are not alone in this"));
    if (view.after_safety_answer) {
        const char* words = tr("Thank you for telling me. Thoughts of hurting yourself or of not wanting to be alive "
                               "are heavy to carry, and you do not have to carry them alone. Please reach out now: to "
                               "someone in your plan, or to a crisis line. Your check is kept for later.");

        ImGui::TextWrapped("%s", words);
        note(ui, tr("Safety"), "alert", words);
    } else {
        muted_text(tr("Take it one step at a time. Nothing here needs typing."));
    }
    ImGui::Dummy(ImVec2(0, 4));
    if (primary_button(ui, tr("Call or text someone now"), row_width())) intent.choice = CopeChoice::JumpToLines;
    ImGui::Dummy(ImVec2(0, 8));

    plan_card(ui, view, intent);
    // After a safety answer the lines come straight after the plan.
    if (view.after_safety_answer) lines_card(ui, view, intent);

    // Two columns on a wide screen, one on a phone.
    struct Choice {
        CopeChoice choice;
        const char* title;
        const char* detail;
    };
    const Choice choices[] = {
        {CopeChoice::Breathing, tr("Breathe with me"), tr("Box, 4-7-8, a sigh or slow breathing, with a calm guide.")},
        {CopeChoice::Grounding, tr("Ground myself"), tr("5-4-3-2-1: come back to here and now through your senses.")},
        {CopeChoice::BodyScan, tr("Body scan"), tr("A few minutes of noticing your body and the room around you.")},
        {CopeChoice::StayWithIt, tr("Stay with it"), tr("Let a feeling or urge rise and pass, with a calm timer.")},
    };
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const bool two = !ui.phone;
    const float w = two ? (ImGui::GetContentRegionAvail().x - spacing) / 2 : ImGui::GetContentRegionAvail().x;
    for (size_t i = 0; i < 4; ++i) {
        if (two && i % 2 == 1) ImGui::SameLine();
        if (big_choice(ui, choices[i].title, choices[i].detail, w)) intent.choice = choices[i].choice;
    }
    ImGui::Dummy(ImVec2(0, 12));

    if (!view.after_safety_answer) lines_card(ui, view, intent);
    else if (secondary_button(ui, tr("Back to my check"), row_width())) intent.choice = CopeChoice::BackToCheck;
    return intent;
}

} // namespace onward::ui
