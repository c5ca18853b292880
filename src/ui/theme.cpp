#include "ui/theme.h"

namespace onward::ui {
namespace {

constexpr ImVec4 rgb(unsigned hex, float a = 1.0f) {
    return ImVec4(float((hex >> 16) & 0xFF) / 255.0f, float((hex >> 8) & 0xFF) / 255.0f, float(hex & 0xFF) / 255.0f, a);
}

} // namespace

const Palette& palette() {
    // Text pairs are chosen for WCAG AA on both the page and the cards (muted text is
    // 5.8:1 on white, 5.2:1 on the page; white on the accent is 6.4:1).
    static const Palette p = {
        /*page*/ rgb(0xF4F1EB), /*card*/ rgb(0xFFFFFF), /*card_border*/ rgb(0xE2DCD0),
        /*text*/ rgb(0x1F2A33), /*muted*/ rgb(0x56616B), /*accent*/ rgb(0x2E6B65),
        /*accent_hover*/ rgb(0x28605A), /*accent_active*/ rgb(0x1F4E49), /*on_accent*/ rgb(0xFFFFFF),
        /*chip*/ rgb(0xEFEBE3), /*chip_hover*/ rgb(0xE5DFD3), /*chip_active*/ rgb(0xDAD3C5),
        /*field*/ rgb(0xFBFAF7), /*field_border*/ rgb(0xCFC8BA), /*warning*/ rgb(0x8A3A10),
        /*focus*/ rgb(0x3C7FD0),
    };
    return p;
}

void apply_theme(ImGuiStyle& s) {
    const Palette& p = palette();
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

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = p.text;
    c[ImGuiCol_TextDisabled] = p.muted;
    c[ImGuiCol_WindowBg] = p.page;
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

} // namespace onward::ui
