#include "ui/widgets.h"

#include <imgui_internal.h>

#include "ui/theme.h"

namespace onward::ui {

void begin_ui_frame(Ui& ui, float screen_width) {
    ui.drawn.clear();
    ui.phone = screen_width < 600.0f;
}

void note(Ui& ui, std::string label, const char* role, std::string value, bool selected) {
    ui.drawn.push_back({std::move(label), role, std::move(value), selected, ImGui::IsItemFocused(),
                        ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

float chip_width(const char* text) {
    const float w = ImGui::CalcTextSize(text, nullptr, true).x + 2.0f * ImGui::GetStyle().FramePadding.x;
    return w < kTouchTarget ? kTouchTarget : w;
}

bool toggle_chip(Ui& ui, const char* text, const std::string& label, bool selected, float width) {
    const Palette& p = palette();
    if (selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_hover);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_active);
        ImGui::PushStyleColor(ImGuiCol_Text, p.on_accent);
        ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
    }
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, kTouchTarget / 2);
    ImGui::PushID(label.c_str());
    const bool pressed = ImGui::Button(text, ImVec2(width > 0 ? width : chip_width(text), kTouchTarget));
    ImGui::PopID();
    ImGui::PopStyleVar();
    if (selected) ImGui::PopStyleColor(5);
    note(ui, label, "toggle", text, selected);
    return pressed;
}

bool primary_button(Ui& ui, const char* text, float width) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_active);
    ImGui::PushStyleColor(ImGuiCol_Text, p.on_accent);
    ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
    ImGui::PushFont(ui.fonts.strong);
    const bool pressed = ImGui::Button(text, ImVec2(width, kTouchTarget + 8));
    ImGui::PopFont();
    ImGui::PopStyleColor(5);
    note(ui, text, "button");
    return pressed;
}

namespace {
constexpr float kCardPadding = 20.0f;

// Cards set a text wrap position at their inner right edge; it doubles as the edge for
// everything else laid out inside them.
float right_edge_local() {
    const float wrap = ImGui::GetCurrentWindowRead()->DC.TextWrapPos;
    return wrap > 0 ? wrap : ImGui::GetContentRegionMax().x;
}
} // namespace

float row_width() { return right_edge_local() - ImGui::GetCursorPosX(); }

void flow(float w, bool first) {
    if (first) return;
    const float right = right_edge_local() + ImGui::GetWindowPos().x - ImGui::GetScrollX();
    const float x = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x;
    if (x + w <= right + 0.5f) ImGui::SameLine();
}

void heading(Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.heading);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
    note(ui, text, "heading", text);
}

void label_text(Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.strong);
    ImGui::TextUnformatted(text);
    ImGui::PopFont();
}

void muted_text(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, palette().muted);
    ImGui::TextWrapped("%s", text); // wraps at the card's edge, set by begin_card
    ImGui::PopStyleColor();
}

void divider() {
    ImGui::Dummy(ImVec2(0, 2));
    const ImVec2 a = ImGui::GetCursorScreenPos();
    const float w = row_width();
    ImGui::GetWindowDrawList()->AddLine(a, ImVec2(a.x + w, a.y), ImGui::GetColorU32(palette().card_border));
    ImGui::Dummy(ImVec2(0, 10));
}

// Cards draw their content first on a foreground channel, then the background behind it
// once the content's height is known.
void begin_card() {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    const float pad = kCardPadding;
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - pad);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + pad);
    ImGui::Indent(pad);
    ImGui::BeginGroup();
    ImGui::PushItemWidth(-pad);
}

void end_card() {
    const float pad = kCardPadding;
    ImGui::PopItemWidth();
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::Unindent(pad);
    const ImVec2 content_min = ImGui::GetItemRectMin();
    const ImVec2 content_max = ImGui::GetItemRectMax();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->ChannelsSetCurrent(0);
    const float left = ImGui::GetWindowPos().x + ImGui::GetCursorPosX();
    const float right = left + ImGui::GetContentRegionAvail().x;
    const ImVec2 a(left, content_min.y - pad), b(right, content_max.y + pad);
    const Palette& p = palette();
    dl->AddRectFilled(a, b, ImGui::GetColorU32(p.card), 14.0f);
    dl->AddRect(a, b, ImGui::GetColorU32(p.card_border), 14.0f);
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(left, b.y));
    ImGui::Dummy(ImVec2(0, 12));
}

} // namespace onward::ui
