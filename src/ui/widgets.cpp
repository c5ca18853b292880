#include "ui/widgets.h"

#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstring>

#include "core/say.h"
#include "ui/theme.h"


namespace onward::ui {

void begin_ui_frame(Ui& ui, float screen_width) {
    ui.drawn.clear();
    ui.phone = screen_width < 600.0f;
}

bool keyboard_on_item() {
    // ImGui also keeps a quiet focus on the first control of a new window, which neither
    // shows nor takes Enter: that one does not count.
    return ImGui::IsItemFocused() && !ImGui::GetCurrentContext()->NavDisableHighlight;
}

void focus_ring(ImVec2 min, ImVec2 max, float rounding) {
    if (!keyboard_on_item()) return;
    // As thick as ImGui's own ring and a little further out, so it stands clear of a
    // face's own border.
    const float thickness = 2.5f, gap = 2.0f + thickness / 2;
    ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - gap, min.y - gap), ImVec2(max.x + gap, max.y + gap),
                                        ImGui::GetColorU32(palette().focus), rounding + gap, 0, thickness);
}

void note(Ui& ui, std::string label, const char* role, std::string value, bool selected) {
    // Focused means the ring shows.
    ui.drawn.push_back({std::move(label), role, std::move(value), selected, keyboard_on_item(),
                        ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), {}, {}, false});
    ui.drawn.back().editing = ImGui::IsItemActive() && ImGui::GetInputTextState(ImGui::GetItemID());
}

float chip_width(const char* text) {
    const float w = ImGui::CalcTextSize(text, nullptr, true).x + 2.0f * ImGui::GetStyle().FramePadding.x;
    return w < kTouchTarget ? kTouchTarget : w;
}

float control_height() { return std::max(kTouchTarget, ImGui::GetFrameHeight()); }

namespace {
float right_edge_local();

// `text` broken into lines at most `width` wide, at spaces where it can be.
std::string wrapped(const char* text, float width) {
    const ImFont* font = ImGui::GetFont();
    const float scale = ImGui::GetFontSize() / font->FontSize;
    const char* end = text + std::strlen(text);
    std::string out;
    for (const char* s = text; s < end;) {
        const char* cut = font->CalcWordWrapPositionA(scale, s, end, width);
        if (cut == s) ++cut; // one glyph wider than the line: it goes alone
        if (!out.empty()) out += '\n';
        out.append(s, cut);
        for (s = cut; s < end && *s == ' ';) ++s;
    }
    return out;
}

float widest_word(const char* text) {
    float widest = 0;
    for (const char* s = text; *s;) {
        const char* e = s;
        while (*e && *e != ' ') ++e;
        widest = std::max(widest, ImGui::CalcTextSize(s, e).x);
        s = *e ? e + 1 : e;
    }
    return widest;
}

// A button's face `width` wide (0: its words' width), at least `height` tall. Words too
// long for it or for the line (a long name with large text on a phone) wrap inside it,
// which grows taller, rather than being cut or running past the edge; a word that does
// not fit beside what is on the line moves to the next one.
bool pill(const char* text, float width, float height) {
    float room = right_edge_local() - ImGui::GetCursorPosX();
    const float pad = ImGui::GetStyle().FramePadding.x;
    const bool line_start = ImGui::GetCursorPosX() <= ImGui::GetCurrentWindowRead()->DC.Indent.x + 0.5f;
    if (!line_start && width <= 0 && widest_word(text) + 2 * pad > room) {
        ImGui::NewLine();
        room = right_edge_local() - ImGui::GetCursorPosX();
    }
    const float w = std::min(width > 0 ? width : chip_width(text), room);
    if (chip_width(text) <= w + 0.5f) return ImGui::Button(text, ImVec2(w, height));
    const std::string lines = wrapped(text, w - 2 * pad);
    const float h = ImGui::CalcTextSize(lines.c_str()).y + 2 * ImGui::GetStyle().FramePadding.y;
    return ImGui::Button(lines.c_str(), ImVec2(w, std::max(height, h)));
}
// A one-line field as tall as a control: a finger's size, or its text's with padding.
void push_field_padding() {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(ImGui::GetStyle().FramePadding.x,
                                                           (control_height() - ImGui::GetFontSize()) / 2));
}
} // namespace

bool toggle_chip(Ui& ui, const char* text, const std::string& label, bool selected, float width) {
    const Palette& p = palette();
    if (selected) {
        ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_hover);
        ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_active);
        ImGui::PushStyleColor(ImGuiCol_Text, p.on_accent);
        ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
    }
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, control_height() / 2);
    ImGui::PushID(label.c_str());
    const bool pressed = pill(text, width, control_height());
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
    const bool pressed = pill(text, width, control_height() + 8);
    ImGui::PopID();
    ImGui::PopFont();
    ImGui::PopStyleColor(5);
    note(ui, label ? label : text, "button");
    return pressed;
}

bool secondary_button(Ui& ui, const char* text, float width, const char* label) {
    ImGui::PushStyleVar(ImGuiStyleVar_FrameRounding, control_height() / 2);
    ImGui::PushID(label ? label : "");
    const bool pressed = pill(text, width, control_height());
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
    focus_ring(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), 8.0f);
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
    focus_ring(at, ImVec2(at.x + size.x, at.y + size.y), 16.0f);
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
    // Else as few even rows as keep each chip a finger's width and "10" whole: two at
    // most sizes, three or four with large text on a phone.
    const float least = std::max(kTouchTarget, chip_width("10"));
    const int fit = std::clamp(int((avail + spacing) / (least + spacing)), 1, 11);
    const int rows = (11 + fit - 1) / fit;
    const int per_row = (11 + rows - 1) / rows;
    const float w = std::min(std::max(64.0f, least), (avail - float(per_row - 1) * spacing) / float(per_row));
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
    if (ui.focus_field == label) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_field.clear();
    }
    ImGui::PushID(label);
    const float w = width > 0 ? width : row_width();
    bool changed = false;
    if (lines > 1) {
        changed = ImGui::InputTextMultiline("##field", &text, ImVec2(w, float(lines) * ImGui::GetTextLineHeight() + 24));
    } else {
        ImGui::SetNextItemWidth(w);
        push_field_padding();
        changed = ImGui::InputTextWithHint("##field", hint ? hint : "", &text);
        ImGui::PopStyleVar();
    }
    ImGui::PopID();
    note(ui, label, "text-field", text);
    return changed;
}

bool passphrase_field(Ui& ui, const char* label, std::string& text) {
    ImGui::PushID(label);
    ImGui::SetNextItemWidth(row_width());
    // Its name shows inside while it is empty: dots alone would not say what it is for.
    push_field_padding();
    const bool changed = ImGui::InputTextWithHint("##field", label, &text, ImGuiInputTextFlags_Password);
    ImGui::PopStyleVar();
    ImGui::PopID();
    note(ui, label, "text-field",
         std::string(text.empty() ? 0 : 1, '*') + trf("{n} characters", {{"n", std::to_string(text.size())}}));

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

// Titles and labels wrap like the rest of the text: with large text on a phone one line
// seldom holds them.
void heading(Ui& ui, const char* text) {
    // A word longer than the line ("coping-or-healing" at 200 % on a phone) would be cut
    // in two: such a title takes the smaller semibold face, crisp at its own size.
    ImGui::PushFont(ui.fonts.heading);
    if (widest_word(text) > row_width()) {
        ImGui::PopFont();
        ImGui::PushFont(ui.fonts.strong);
    }
    ImGui::TextWrapped("%s", text);
    ImGui::PopFont();
    note(ui, text, "heading", text);
}

void label_text(Ui& ui, const char* text) {
    ImGui::PushFont(ui.fonts.strong);
    ImGui::TextWrapped("%s", text);
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
