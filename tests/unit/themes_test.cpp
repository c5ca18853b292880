#include <doctest/doctest.h>

#include "core/themes.h"

using namespace onward;

namespace {
constexpr Theme kThemes[] = {Theme::Light, Theme::Dark, Theme::Contrast};
}

TEST_CASE("WCAG arithmetic: luminance and contrast match the standard's known values") {
    CHECK(relative_luminance(0x000000) == doctest::Approx(0.0));
    CHECK(relative_luminance(0xFFFFFF) == doctest::Approx(1.0));
    CHECK(relative_luminance(0x808080) == doctest::Approx(0.2158).epsilon(0.001));
    CHECK(contrast_ratio(0x000000, 0xFFFFFF) == doctest::Approx(21.0));
    CHECK(contrast_ratio(0xFFFFFF, 0x000000) == doctest::Approx(21.0)); // order does not matter
    CHECK(contrast_ratio(0x777777, 0xFFFFFF) == doctest::Approx(4.48).epsilon(0.005)); // the famous near miss
    CHECK(contrast_ratio(0x123456, 0x123456) == doctest::Approx(1.0));
}

TEST_CASE("every text and background pair the UI draws meets WCAG AA, and AAA in high contrast") {
    for (Theme t : kThemes) {
        const ThemeColours& c = theme_colours(t);
        for (const ColourPair& pair : theme_pairs()) {
            CAPTURE(theme_key(t));
            CAPTURE(pair.where);
            const double ratio = contrast_ratio(c.*pair.fg, c.*pair.bg);
            CAPTURE(ratio);
            CHECK(ratio >= needed_contrast(t, pair));
        }
    }
}

TEST_CASE("a calendar day's number is readable on every distress colour in every theme") {
    for (Theme t : kThemes) {
        const ThemeColours& c = theme_colours(t);
        const double needed = t == Theme::Contrast ? 7.0 : 4.5;
        for (int peak = 0; peak <= 10; ++peak) {
            CAPTURE(theme_key(t));
            CAPTURE(peak);
            CHECK(contrast_ratio(c.text, distress_colour(c, peak)) >= needed);
        }
        // The ramp runs from calm to hard: its ends differ, and it stays put beyond 0..10.
        CHECK(distress_colour(c, 0) == c.distress_low);
        CHECK(distress_colour(c, 5) == c.distress_mid);
        CHECK(distress_colour(c, 10) == c.distress_high);
        CHECK(distress_colour(c, 42) == c.distress_high);
    }
}

TEST_CASE("the pairs cover text, quiet text, warnings, main buttons, fields, the focus ring and charts") {
    using C = ThemeColours;
    const auto listed = [](uint32_t C::*fg, uint32_t C::*bg) {
        for (const ColourPair& p : theme_pairs())
            if (p.fg == fg && p.bg == bg) return true;
        return false;
    };
    for (auto bg : {&C::page, &C::card}) {
        CHECK(listed(&C::text, bg));
        CHECK(listed(&C::muted, bg));
        CHECK(listed(&C::warning, bg));
        CHECK(listed(&C::accent, bg));
        CHECK(listed(&C::field_border, bg));
        CHECK(listed(&C::focus, bg));
    }
    for (auto bg : {&C::accent, &C::accent_hover, &C::accent_active}) CHECK(listed(&C::on_accent, bg));
    CHECK(listed(&C::text, &C::field));
    CHECK(listed(&C::mark_soft, &C::card));
    CHECK(listed(&C::mark_quiet, &C::card));
}

TEST_CASE("high contrast asks 7:1 of text; the other themes 4.5:1; outlines and marks 3:1 everywhere") {
    const ColourPair text{"t", &ThemeColours::text, &ThemeColours::page, true};
    const ColourPair mark{"m", &ThemeColours::focus, &ThemeColours::page, false};
    CHECK(needed_contrast(Theme::Light, text) == 4.5);
    CHECK(needed_contrast(Theme::Dark, text) == 4.5);
    CHECK(needed_contrast(Theme::Contrast, text) == 7.0);
    for (Theme t : kThemes) CHECK(needed_contrast(t, mark) == 3.0);
}

TEST_CASE("the themes really are light, dark and high contrast") {
    const ThemeColours &light = theme_colours(Theme::Light), &dark = theme_colours(Theme::Dark),
                       &contrast = theme_colours(Theme::Contrast);
    CHECK(relative_luminance(light.page) > relative_luminance(light.text));
    CHECK(relative_luminance(dark.page) < relative_luminance(dark.text));
    CHECK(dark.page != 0x000000); // deep ink, not pure black
    CHECK(contrast_ratio(contrast.text, contrast.page) >= 15.0);
    CHECK(contrast_ratio(contrast.card_border, contrast.card) >= 7.0); // cards keep a visible edge
}

TEST_CASE("the person's theme wins; without one the device decides, more contrast first") {
    CHECK(chosen_theme("", {}) == Theme::Light);
    CHECK(chosen_theme("", {true, false}) == Theme::Dark);
    CHECK(chosen_theme("", {false, true}) == Theme::Contrast);
    CHECK(chosen_theme("", {true, true}) == Theme::Contrast);
    CHECK(chosen_theme("light", {true, true}) == Theme::Light);
    CHECK(chosen_theme("dark", {}) == Theme::Dark);
    CHECK(chosen_theme("contrast", {true, false}) == Theme::Contrast);
    for (Theme t : kThemes) {
        Theme back;
        REQUIRE(theme_from_key(theme_key(t), back));
        CHECK(back == t);
    }
    Theme unchanged = Theme::Dark;
    CHECK_FALSE(theme_from_key("sepia", unchanged));
    CHECK(unchanged == Theme::Dark);
}

TEST_CASE("colours blend channel by channel") {
    CHECK(mix_colour(0x000000, 0xFFFFFF, 0.0) == 0x000000);
    CHECK(mix_colour(0x000000, 0xFFFFFF, 1.0) == 0xFFFFFF);
    CHECK(mix_colour(0x000000, 0xFF8040, 0.5) == 0x804020);
}
