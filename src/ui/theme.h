// Onward's calm light theme: warm paper, white cards, one deep teal for what matters.
#pragma once
#include <imgui.h>

namespace onward::ui {

struct Palette {
    ImVec4 page, card, card_border, text, muted, accent, accent_hover, accent_active, on_accent,
        chip, chip_hover, chip_active, field, field_border, warning, focus;
};

const Palette& palette();
void apply_theme(ImGuiStyle& style);

} // namespace onward::ui
