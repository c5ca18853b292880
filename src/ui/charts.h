// Small charts drawn with ImDrawList, in CSS pixels like the rest of the UI (ImGui scales
// them to the device, so they stay crisp at any DPR). Every chart is as wide as the row,
// reads a value on hover (mouse) or tap (touch: the tapped column stays selected), and
// notes one "chart" widget whose value lists every value, so the test hook and a screen
// reader can read the whole chart without seeing it. Colours come from the palette (and
// the distress ramp), so a chart reads in every theme.
#pragma once
#include <imgui.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "core/journal_search.h" // DayDistress
#include "core/questionnaire.h"  // Band
#include "ui/widgets.h"

namespace onward::ui {

// Calm to strong: teal for low distress, warm sand in the middle, a deep rose for the
// hardest (0–10). Shared by the journal's calendar and the year view, so a day looks the
// same in both.
ImVec4 distress_colour(int peak);
// `a` moved toward `b` by t (0…1): a palette colour softened toward the card, so a second
// series stays in the theme's own colours.
ImVec4 mix(ImVec4 a, ImVec4 b, float t);

// What a chart shows the reading of after a tap or click: a column, point or day; -1 none.
// Owned by the screen, so the reading stays while the person looks at it.
struct ChartState {
    int selected = -1;
};

struct ChartSeries {
    const char* name; // in the legend: "Soothe"
    ImVec4 colour;
};

// One column of a bar chart, or one place along a line chart.
struct ChartColumn {
    std::string tick;  // under the axis when there is room: "3 Nov"
    std::string words; // the reading, and its part of the chart's words: "Week of 3 Nov: 4 soothe, 1 avoid"
    std::array<float, 3> values{}; // one per series
    std::array<bool, 3> has{};     // line charts: false leaves a gap (a week without entries)
    bool highlight = false;        // on a soft band: this week, still under way
};

// Columns of up to 3 series stacked from 0 (counts, minutes), the axis from 0 to a round
// number above the tallest.
void stacked_bars(Ui& ui, ChartState& state, const char* label, const std::vector<ChartSeries>& series,
                  const std::vector<ChartColumn>& columns);

// Up to 3 series as points joined by lines, from `low` to `high`; `bands` (a score's bands,
// may be empty) shade their ranges softly with their labels.
void line_chart(Ui& ui, ChartState& state, const char* label, const std::vector<ChartSeries>& series,
                const std::vector<ChartColumn>& points, float low, float high, const std::vector<Band>& bands);

// A year of days as small squares, a column per week (Monday on top), each coloured by
// its highest distress; days without entries in a neutral colour. `first_day` is the day
// number (insights.h) of days[0]. Squares shrink to fit the row.
void year_grid(Ui& ui, ChartState& state, const char* label, int64_t first_day, const std::vector<DayDistress>& days);
// The year view's key: no entries, then the ramp from 0 to 10.
void distress_key(Ui& ui);

// One item of a ranked list: its name above a bar of `value` (of the list's largest), the
// figure after the bar, and a quieter line of counts under it.
struct BarRow {
    std::string name;
    float value = 0; // below 0 draws no bar
    std::string value_text;
    std::string detail;
};
void ranked_bars(Ui& ui, const char* label, const std::vector<BarRow>& rows);

// A thin bar across the row, `fraction` of it filled, `text` above it: a part of a whole.
void value_bar(Ui& ui, const std::string& label, float fraction, const std::string& text);

} // namespace onward::ui
