// How Onward looks: a calm light theme, a dark one and a high-contrast one, as plain
// 0xRRGGBB colours, with the WCAG arithmetic that proves every pair the UI draws is readable.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace onward {

enum class Theme { Light, Dark, Contrast };

// The colours of one theme. Every field is drawn somewhere; theme_pairs() lists on what.
struct ThemeColours {
    uint32_t page, card, card_border, text, muted, accent, accent_hover, accent_active, on_accent, chip, chip_hover,
        chip_active, field, field_border, warning, focus;
    uint32_t breath_form;              // the breathing guide's form, with the count on it
    uint32_t mark_soft, mark_quiet;    // chart series beside the accent
    uint32_t distress_low, distress_mid, distress_high; // the calendar's calm-to-hard ramp
};

const ThemeColours& theme_colours(Theme t);
const char* theme_key(Theme t); // "light", "dark", "contrast": as stored in Settings::theme
bool theme_from_key(const std::string& key, Theme& out);

// What the device asks for (prefers-color-scheme, prefers-contrast / forced-colors).
struct DeviceLook {
    bool dark = false;
    bool more_contrast = false;
};
// The person's choice (Settings::theme) wins; without one, the device's preference.
Theme chosen_theme(const std::string& setting, DeviceLook device);

// a..b in sRGB steps, as the UI blends colours.
uint32_t mix_colour(uint32_t a, uint32_t b, double t);
// A day's highest distress 0..10 as a calendar colour: calm, through sand, to a soft
// rose; never an alarm red, as a hard day is not an error.
uint32_t distress_colour(const ThemeColours& c, int peak);

// WCAG 2.2 relative luminance and contrast ratio (1 to 21).
double relative_luminance(uint32_t rgb);
double contrast_ratio(uint32_t a, uint32_t b);

// One foreground drawn on one background somewhere in the UI.
struct ColourPair {
    const char* where;
    uint32_t ThemeColours::*fg;
    uint32_t ThemeColours::*bg;
    bool text; // text needs 4.5:1 (7:1 in high contrast); a part one must see needs 3:1
};
const std::vector<ColourPair>& theme_pairs();
// The contrast a pair needs in a theme (WCAG 1.4.3, 1.4.6 for high contrast, 1.4.11).
double needed_contrast(Theme t, const ColourPair& pair);

} // namespace onward
