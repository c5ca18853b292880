#include "ui/widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>

#include "ui/theme.h"

namespace onward::ui {

void begin_ui_frame(Ui& ui, float screen_width) {
    ui.drawn.clear();
    ui.phone = screen_width < 600.0f;
}

void note(Ui& ui, std::string label, const char* role, std::string value, bool selected) {
    // Focused means the ring shows: ImGui also keeps a quiet focus on the first control of
    // a new window, which neither shows nor takes Enter.
    const bool focused = ImGui::IsItemFocused() && !ImGui::GetCurrentContext()->NavDisableHighlight;
    ui.drawn.push_back({std::move(label), role, std::move(value), selected, focused, ImGui::GetItemRectMin(),
                        ImGui::GetItemRectMax(), {}});
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

bool primary_button(Ui& ui, const char* text, float width, const char* label) {
    const Palette& p = palette();
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_hover);
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_active);
    ImGui::PushStyleColor(ImGuiCol_Text, p.on_accent);
    ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
    ImGui::PushFont(ui.fonts.strong);
    ImGui::PushID(label ? label : "");
    const bool pressed = ImGui::Button(text, ImVec2(width, kTouchTarget + 8));
    ImGui::PopID();
    ImGui::PopFont();
    ImGui::PopStyleColor(5);
    note(ui, label ? label : text, "button");
    return pressed;
}

bool secondary_button(Ui& ui, const char* text, float width, const char* label) {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, kTouchTarget / 2);
    ImGui::PushID(label ? label : "");
    const bool pressed = ImGui::Button(text, ImVec2(width > 0 ? width : chip_width(text), kTouchTarget));
    ImGui::PopID();
    ImGui::PopStyleVar();
    note(ui, label ? label : text, "button");
    return pressed;
}

bool group_as_row(Ui& ui, const std::string& key, std::string label, std::string value) {
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    const ImVec2 after = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(min);
    ImGui::PushID(key.c_str());
    const bool pressed = ImGui::InvisibleButton("open", ImVec2(row_width(), max.y - min.y));
    ImGui::PopID();
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    note(ui, std::move(label), "row", std::move(value));
    ui.drawn.back().key = key;
    ImGui::SetCursorScreenPos(after);
    return pressed;
}

bool big_choice(Ui& ui, const char* title, const char* detail, float width) {
    const Palette& p = palette();
    const float pad = 18.0f;
    // Sizes as drawn: the fonts are rasterised at device pixels and scaled down.
    ImGui::PushFont(ui.fonts.strong);
    const float title_size = ImGui::GetFontSize();
    const float title_h = ImGui::GetTextLineHeight();
    ImGui::PopFont();
    const float detail_h = ImGui::CalcTextSize(detail, nullptr, false, width - 2 * pad).y;
    const ImVec2 size(width, std::max(88.0f, pad * 2 + title_h + 6 + detail_h));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushID(title);
    const bool pressed = ImGui::InvisibleButton("##choice", size);
    ImGui::PopID();
    const bool hot = ImGui::IsItemHovered() || ImGui::IsItemActive();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, ImVec2(at.x + size.x, at.y + size.y), ImGui::GetColorU32(hot ? p.chip_hover : p.card), 16.0f);
    dl->AddRect(at, ImVec2(at.x + size.x, at.y + size.y), ImGui::GetColorU32(p.accent), 16.0f, 0, 1.5f);
    dl->AddText(ui.fonts.strong, title_size, ImVec2(at.x + pad, at.y + pad), ImGui::GetColorU32(p.accent), title);
    dl->AddText(nullptr, 0, ImVec2(at.x + pad, at.y + pad + title_h + 6), ImGui::GetColorU32(p.muted), detail, nullptr,
                width - 2 * pad);
    note(ui, title, "button", detail);
    return pressed;
}

bool distress_picker(Ui& ui, const char* question, const char* hint, int& distress, const char* prefix) {
    bool changed = false;
    label_text(ui, question);
    if (hint) muted_text(hint);
    // All eleven on one line when they fit at a comfortable size, else two even rows.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float avail = row_width();
    const int per_row = (avail - 10 * spacing) / 11 >= kTouchTarget ? 11 : 6;
    const float w = std::min(64.0f, (avail - float(per_row - 1) * spacing) / float(per_row));
    ImGui::PushID(prefix);
    for (int d = 0; d <= 10; ++d) {
        if (d % per_row != 0) ImGui::SameLine();
        const std::string text = std::to_string(d);
        if (toggle_chip(ui, text.c_str(), std::string(prefix) + " " + text, distress == d, w)) {
            distress = distress == d ? -1 : d;
            changed = true;
        }
    }
    ImGui::PopID();
    return changed;
}

bool text_field(Ui& ui, const char* label, std::string& text, int lines, float width, const char* hint) {
    ImGui::PushID(label);
    const float w = width > 0 ? width : row_width();
    const bool changed =
        lines > 1 ? ImGui::InputTextMultiline("##field", &text,
                                              ImVec2(w, float(lines) * ImGui::GetTextLineHeight() + 24))
                  : (ImGui::SetNextItemWidth(w), ImGui::InputTextWithHint("##field", hint ? hint : "", &text));
    ImGui::PopID();
    note(ui, label, "text-field", text);
    return changed;
}

bool passphrase_field(Ui& ui, const char* label, std::string& text) {
    ImGui::PushID(label);
    ImGui::SetNextItemWidth(row_width());
    // Its name shows inside while it is empty: dots alone would not say what it is for.
    const bool changed = ImGui::InputTextWithHint("##field", label, &text, ImGuiInputTextFlags_Password);
    ImGui::PopID();
    note(ui, label, "text-field", std::string(text.empty() ? 0 : 1, '*') + std::to_string(text.size()) + " characters");
    return changed;
}

void progress_bar(Ui& ui, const char* label, float fraction, const std::string& words) {
    const Palette& p = palette();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float w = row_width(), h = 10.0f;
    ImGui::Dummy(ImVec2(w, h));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(at, ImVec2(at.x + w, at.y + h), ImGui::GetColorU32(p.chip), h / 2);
    const float f = std::clamp(fraction, 0.0f, 1.0f);
    if (f > 0) dl->AddRectFilled(at, ImVec2(at.x + std::max(h, w * f), at.y + h), ImGui::GetColorU32(p.accent), h / 2);
    note(ui, label, "progress", words);
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
