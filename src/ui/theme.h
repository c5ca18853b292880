// Onward's themes as ImGui colours: calm light, dark, or high contrast (core/themes.h
// holds the colours and proves their contrast).
#pragma once
#include <imgui.h>

#include "core/themes.h"

namespace onward::ui {

struct Palette {
    ImVec4 page, card, card_border, text, muted, accent, accent_hover, accent_active, on_accent, chip, chip_hover,
        chip_active, field, field_border, warning, focus, breath_form, mark_soft, mark_quiet;
};

// The active theme's colours.
const Palette& palette();
Theme current_theme();
// Onward's spacing and shapes, in the active theme's colours.
void apply_theme(ImGuiStyle& style);
// Makes `t` the active theme and recolours `style`; sizes are left as they are.
void use_theme(Theme t, ImGuiStyle& style);

ImVec4 colour(uint32_t rgb, float alpha = 1.0f);

} // namespace onward::ui
