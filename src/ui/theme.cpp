#include "ui/theme.h"

namespace onward::ui {
namespace {

Palette palette_of(Theme t) {
    const ThemeColours& c = theme_colours(t);
    return {colour(c.page),         colour(c.card),        colour(c.card_border), colour(c.text),
            colour(c.muted),        colour(c.accent),      colour(c.accent_hover), colour(c.accent_active),
            colour(c.on_accent),    colour(c.chip),        colour(c.chip_hover),  colour(c.chip_active),
            colour(c.field),        colour(c.field_border), colour(c.warning),    colour(c.focus),
            colour(c.breath_form),  colour(c.mark_soft),   colour(c.mark_quiet)};
}

Theme active = Theme::Light;
Palette active_palette = palette_of(Theme::Light);

void apply_colours(ImGuiStyle& s) {
    const Palette& p = active_palette;
    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted;
    c[ImGuiCol_WindowBg] = p.page; // also the canvas's clear colour
    c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0); // the scrolling page shows the page colour; cards draw their own
    c[ImGuiCol_PopupBg] = p.card;
    c[ImGuiCol_Border] = p.card_border;
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = p.field;
    c[ImGuiCol_FrameBgHovered] = p.field;
    c[ImGuiCol_FrameBgActive] = p.card;
    c[ImGuiCol_Button] = p.chip;
    c[ImGuiCol_ButtonHovered] = p.chip_hover;
    c[ImGuiCol_ButtonActive] = p.chip_active;
    c[ImGuiCol_Header] = p.chip;
    c[ImGuiCol_HeaderHovered] = p.chip_hover;
    c[ImGuiCol_HeaderActive] = p.chip_active;
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = p.field_border;
    c[ImGuiCol_ScrollbarGrabHovered] = p.muted;
    c[ImGuiCol_ScrollbarGrabActive] = p.accent;
    c[ImGuiCol_CheckMark] = p.accent;
    c[ImGuiCol_SliderGrab] = p.accent;
    c[ImGuiCol_SliderGrabActive] = p.accent_active;
    c[ImGuiCol_Separator] = p.card_border;
    c[ImGuiCol_TextSelectedBg] = ImVec4(p.accent.x, p.accent.y, p.accent.z, 0.25f);
    c[ImGuiCol_NavHighlight] = p.focus;
}

} // namespace

ImVec4 colour(uint32_t rgb, float alpha) {
    return ImVec4(float((rgb >> 16) & 0xFF) / 255.0f, float((rgb >> 8) & 0xFF) / 255.0f, float(rgb & 0xFF) / 255.0f,
                  alpha);
}

const Palette& palette() { return active_palette; }
Theme current_theme() { return active; }

void use_theme(Theme t, ImGuiStyle& style) {
    active = t;
    active_palette = palette_of(t);
    apply_colours(style);
}

void apply_theme(ImGuiStyle& s) {
    s = ImGuiStyle();
    s.WindowPadding = ImVec2(16, 16);
    s.FramePadding = ImVec2(14, 12);
    s.ItemSpacing = ImVec2(8, 10);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.ScrollbarSize = 10;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 1;
    s.FrameBorderSize = 1;
    s.WindowRounding = 0;
    s.ChildRounding = 14;
    s.FrameRounding = 10;
    s.GrabRounding = 10;
    s.ScrollbarRounding = 10;
    s.TouchExtraPadding = ImVec2(0, 0);
    apply_colours(s);
}

} // namespace onward::ui
