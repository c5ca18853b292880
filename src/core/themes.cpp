#include "core/themes.h"

#include <algorithm>
#include <cmath>

namespace onward {

const ThemeColours& theme_colours(Theme t) {
    // Light: warm paper, white cards, one deep teal for what matters.
    static const ThemeColours light = {
        /*page*/ 0xF4F1EB, /*card*/ 0xFFFFFF, /*card_border*/ 0xE2DCD0, /*text*/ 0x1F2A33, /*muted*/ 0x525D67,
        /*accent*/ 0x2E6B65, /*accent_hover*/ 0x28605A, /*accent_active*/ 0x1F4E49, /*on_accent*/ 0xFFFFFF,
        /*chip*/ 0xEFEBE3, /*chip_hover*/ 0xE5DFD3, /*chip_active*/ 0xDAD3C5, /*field*/ 0xFBFAF7,
        /*field_border*/ 0x8E877A, /*warning*/ 0x8A3A10, /*focus*/ 0x3C7FD0, /*breath_form*/ 0x3D7A74,
        /*mark_soft*/ 0xA8671E, /*mark_quiet*/ 0x7E868D, /*distress_low*/ 0xC7E3DB, /*distress_mid*/ 0xF5DBA8,
        /*distress_high*/ 0xE8B4AC,
    };
    // Dark: deep blue-grey ink rather than black, warm off-white text, a lighter teal.
    static const ThemeColours dark = {
        /*page*/ 0x182026, /*card*/ 0x212A31, /*card_border*/ 0x34404A, /*text*/ 0xECE7DF, /*muted*/ 0xB6BEC5,
        /*accent*/ 0x82C8BE, /*accent_hover*/ 0x94D2C9, /*accent_active*/ 0xA8DCD4, /*on_accent*/ 0x10201E,
        /*chip*/ 0x2C363E, /*chip_hover*/ 0x35414A, /*chip_active*/ 0x3E4B55, /*field*/ 0x1C242A,
        /*field_border*/ 0x7A8793, /*warning*/ 0xF2AE80, /*focus*/ 0xF0C75E, /*breath_form*/ 0x82C8BE,
        /*mark_soft*/ 0xE0A464, /*mark_quiet*/ 0x8E98A1, /*distress_low*/ 0x2C4A45, /*distress_mid*/ 0x574828,
        /*distress_high*/ 0x5E3636,
    };
    // High contrast: white on black, white outlines, a bright cyan accent, a yellow focus.
    static const ThemeColours contrast = {
        /*page*/ 0x000000, /*card*/ 0x000000, /*card_border*/ 0xFFFFFF, /*text*/ 0xFFFFFF, /*muted*/ 0xDADADA,
        /*accent*/ 0x7FE0F0, /*accent_hover*/ 0xA6EAF5, /*accent_active*/ 0xCCF3FA, /*on_accent*/ 0x000000,
        /*chip*/ 0x1A1A1A, /*chip_hover*/ 0x2E2E2E, /*chip_active*/ 0x3D3D3D, /*field*/ 0x000000,
        /*field_border*/ 0xFFFFFF, /*warning*/ 0xFFB870, /*focus*/ 0xFFE500, /*breath_form*/ 0x7FE0F0,
        /*mark_soft*/ 0xFFB870, /*mark_quiet*/ 0xBDBDBD, /*distress_low*/ 0x00382F, /*distress_mid*/ 0x3F3200,
        /*distress_high*/ 0x551818,
    };
    return t == Theme::Dark ? dark : t == Theme::Contrast ? contrast : light;
}

const char* theme_key(Theme t) { return t == Theme::Dark ? "dark" : t == Theme::Contrast ? "contrast" : "light"; }

bool theme_from_key(const std::string& key, Theme& out) {
    for (Theme t : {Theme::Light, Theme::Dark, Theme::Contrast})
        if (key == theme_key(t)) {
            out = t;
            return true;
        }
    return false;
}

Theme chosen_theme(const std::string& setting, DeviceLook device) {
    Theme t;
    if (theme_from_key(setting, t)) return t;
    // Asking for more contrast says more than asking for dark: it wins.
    return device.more_contrast ? Theme::Contrast : device.dark ? Theme::Dark : Theme::Light;
}

uint32_t mix_colour(uint32_t a, uint32_t b, double t) {
    uint32_t out = 0;
    for (int shift : {16, 8, 0}) {
        const double x = double((a >> shift) & 0xFF), y = double((b >> shift) & 0xFF);
        out |= uint32_t(std::lround(x + (y - x) * t)) << shift;
    }
    return out;
}

uint32_t distress_colour(const ThemeColours& c, int peak) {
    const double t = double(std::clamp(peak, 0, 10)) / 10.0;
    return t < 0.5 ? mix_colour(c.distress_low, c.distress_mid, t * 2)
                   : mix_colour(c.distress_mid, c.distress_high, (t - 0.5) * 2);
}

double relative_luminance(uint32_t rgb) {
    const auto linear = [](uint32_t channel) {
        const double v = double(channel & 0xFF) / 255.0;
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * linear(rgb >> 16) + 0.7152 * linear(rgb >> 8) + 0.0722 * linear(rgb);
}

double contrast_ratio(uint32_t a, uint32_t b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const std::vector<ColourPair>& theme_pairs() {
    using C = ThemeColours;
    // Found by reading src/ui: what each screen draws on what. A blend of two surfaces
    // (a chart band between chip and card) lies between them, so the pair on each covers it.
    static const std::vector<ColourPair> pairs = {
        {"body text on the page", &C::text, &C::page, true},
        {"body text and headings on a card", &C::text, &C::card, true},
        {"a chip's words", &C::text, &C::chip, true},
        {"a hovered chip's words", &C::text, &C::chip_hover, true},
        {"a pressed chip's words", &C::text, &C::chip_active, true},
        {"typed words in a field", &C::text, &C::field, true},
        {"quiet words on the page", &C::muted, &C::page, true},
        {"quiet words and chart labels on a card", &C::muted, &C::card, true},
        {"quiet words on a chip and the calendar's empty days", &C::muted, &C::chip, true},
        {"quiet words on a hovered chip", &C::muted, &C::chip_hover, true},
        {"quiet words on a pressed chip", &C::muted, &C::chip_active, true},
        {"a field's hint", &C::muted, &C::field, true},
        {"a main button's or chosen chip's words", &C::on_accent, &C::accent, true},
        {"a hovered main button's words", &C::on_accent, &C::accent_hover, true},
        {"a pressed main button's words", &C::on_accent, &C::accent_active, true},
        {"the breathing count on its form", &C::on_accent, &C::breath_form, true},
        {"accent words on the page (header, nudges)", &C::accent, &C::page, true},
        {"accent words on a card (saved, titles of links)", &C::accent, &C::card, true},
        {"a link card's title while hovered", &C::accent, &C::chip_hover, true},
        {"a warning on the page", &C::warning, &C::page, true},
        {"a warning on a card", &C::warning, &C::card, true},
        {"a calendar day's number on an empty day", &C::text, &C::chip, true},
        {"a calendar day's number while hovered", &C::text, &C::chip_hover, true},
        {"a field's outline on the card", &C::field_border, &C::card, false},
        {"a field's outline on the page", &C::field_border, &C::page, false},
        {"a field's outline around its own face", &C::field_border, &C::field, false},
        {"the keyboard focus ring on the page", &C::focus, &C::page, false},
        {"the keyboard focus ring on a card", &C::focus, &C::card, false},
        {"a chosen chip among the others on a card", &C::accent, &C::card, false},
        {"a chart's main line and bars", &C::accent, &C::card, false},
        {"a progress bar's fill on its track", &C::accent, &C::chip, false},
        {"a chart's second series", &C::mark_soft, &C::card, false},
        {"a chart's third series", &C::mark_quiet, &C::card, false},
    };
    return pairs;
}

double needed_contrast(Theme t, const ColourPair& pair) {
    if (!pair.text) return 3.0;
    return t == Theme::Contrast ? 7.0 : 4.5;
}

} // namespace onward
