#include "ui/help_now_screen.h"

#include "core/crisis_lines.h"
#include "ui/theme.h"

namespace onward::ui {

HelpNowIntent draw_help_now(Ui& ui) {
    HelpNowIntent intent;
    begin_card();
    heading(ui, "If you need someone right now");
    muted_text("You do not have to go through this alone. These lines are free, and someone is there "
               "to listen, day and night.");
    for (const CrisisLine& line : default_crisis_lines()) {
        divider();
        label_text(ui, line.where);
        muted_text(line.name);
        const std::string call = std::string("Call ") + line.number;
        if (toggle_chip(ui, call.c_str(), call, false)) intent.open_link = std::string("tel:") + line.dial;
        if (line.text_too) {
            const std::string text = std::string("Text ") + line.number;
            ImGui::SameLine();
            if (toggle_chip(ui, text.c_str(), text, false)) intent.open_link = std::string("sms:") + line.dial;
        }
    }
    divider();
    muted_text("Onward does not contact anyone for you. It is a private journal, not a treatment or an "
               "emergency service.");
    end_card();
    if (primary_button(ui, "Back to today", row_width())) intent.back = true;
    return intent;
}

} // namespace onward::ui
