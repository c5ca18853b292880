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

float header_height(const Ui& ui) { return ui.phone ? 60.0f : 68.0f; }

bool draw_header_bar(Ui& ui, const HeaderView& view, float side) {
    const Palette& p = palette();
    const float h = header_height(ui);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetWindowWidth();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(origin.x, origin.y + h - 1), ImVec2(origin.x + width, origin.y + h - 1),
                                        ImGui::GetColorU32(p.card_border));

    ImGui::SetCursorScreenPos(ImVec2(origin.x + side, origin.y + (h - kHeadingSize) / 2));
    ImGui::PushFont(ui.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::TextUnformatted("Onward");
    ImGui::PopStyleColor();
    ImGui::PopFont();

    // Right to left: "I'm overwhelmed", then the save status beside it. A phone has room
    // for the short form only; the full story is in draw_alerts.
    const char* help = "I\xE2\x80\x99m overwhelmed";
    const float help_w = chip_width(help) + 8;
    // Lined up with the page below, whose scrollbar takes its width off the right.
    const float right = origin.x + width - side - ImGui::GetStyle().ScrollbarSize;
    ImGui::SetCursorScreenPos(ImVec2(right - help_w, origin.y + (h - kTouchTarget) / 2));
    ImGui::PushStyleColor(ImGuiCol_Button, p.card);
    ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent);
    ImGui::PushFont(ui.fonts.strong);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, kTouchTarget / 2);
    const bool help_pressed = ImGui::Button(help, ImVec2(help_w, kTouchTarget));
    ImGui::PopStyleVar();
    ImGui::PopFont();
    ImGui::PopStyleColor(3);
    note(ui, "I'm overwhelmed", "button");

    const bool retrying = view.save.state == SaveState::Retrying;
    const char* words = ui.phone ? (retrying ? "Not saved yet" : view.save.state == SaveState::Nothing
                                                                     ? ""
                                                                     : save_status_words(view.save.state))
                                 : save_status_words(view.save.state);
    const float w = ImGui::CalcTextSize(words).x;
    ImGui::SetCursorScreenPos(ImVec2(right - help_w - 16 - w, origin.y + (h - kBodySize) / 2 - 1));
    ImGui::PushStyleColor(ImGuiCol_Text, retrying ? p.warning : p.muted);
    ImGui::TextUnformatted(words);
    ImGui::PopStyleColor();
    note(ui, "Save status", "status", save_status_words(view.save.state));

    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + h));
    return help_pressed;
}

float tab_bar_height(const Ui& ui) { return ui.phone ? kTouchTarget + 20 : kTouchTarget + 12; }

bool draw_tabs(Ui& ui, Tab current, float width, Tab& pressed) {
    struct Item {
        Tab tab;
        const char* words;
        const char* name; // what the tab is called, however short its words
    };
    // On a phone the bar is narrow: the coping tools go by a shorter name there.
    const Item items[] = {{Tab::Today, "Today", "Today"},
                          {Tab::Journal, "Journal", "Journal"},
                          {Tab::Reflect, "Reflect", "Reflect"},
                          {Tab::Cope, ui.phone ? "Coping" : "Coping tools", "Coping tools"},
                          {Tab::SafetyPlan, "Safety plan", "Safety plan"}};
    constexpr int n = int(sizeof items / sizeof items[0]);
    bool any = false;
    // Five tabs share a phone's width: tighter gaps and padding, so every word shows whole.
    if (ui.phone) {
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(4, ImGui::GetStyle().ItemSpacing.y));
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(2, ImGui::GetStyle().FramePadding.y));
    }
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    // Across the whole of a phone's bottom bar, each tab its words' width plus an equal
    // share of the room left; each its own size on a wide screen.
    float words_w = 0;
    for (const Item& it : items) words_w += ImGui::CalcTextSize(it.words).x;
    const float share = (width - float(n - 1) * spacing - words_w) / float(n);
    for (const Item& it : items) {
        if (it.tab != Tab::Today) ImGui::SameLine();
        const float w = ui.phone ? ImGui::CalcTextSize(it.words).x + share : 0;
        if (toggle_chip(ui, it.words, std::string("Tab ") + it.name, current == it.tab, w)) {
            pressed = it.tab;
            any = true;
        }
    }
    if (ui.phone) ImGui::PopStyleVar(2);
    return any;
}

bool draw_alerts(Ui& ui, const HeaderView& view) {
    bool restart = false;
    if (view.new_version) {
        begin_card();
        label_text(ui, "A new version of Onward is ready");
        muted_text(view.restarting ? "Restarting as soon as your last words are saved\xE2\x80\xA6"
                                   : "Restart whenever it suits you. Anything you are writing is kept.");
        note(ui, "New version", "status", "A new version of Onward is ready");
        if (!view.restarting) restart = secondary_button(ui, "Restart now");
        end_card();
    }
    const Palette& p = palette();
    auto alert = [&](const char* label, const std::string& text) {
        ImGui::PushStyleColor(ImGuiCol_Text, p.warning);
        ImGui::TextWrapped("%s", text.c_str());
        ImGui::PopStyleColor();
        note(ui, label, "alert", text);
    };
    if (view.save.state == SaveState::Retrying) {
        const bool one = view.save.waiting == 1;
        alert("Not saved yet", (one ? std::string("One change is") : std::to_string(view.save.waiting) + " changes are") +
                                   " safe in this window, but the browser has not stored " + (one ? "it" : "them") +
                                   " yet (" + view.save.reason + "). Onward keeps trying; please keep this tab open.");
    }
    for (const std::string& n : view.notices) alert("Notice", n);
    return restart;
}

} // namespace onward::ui
