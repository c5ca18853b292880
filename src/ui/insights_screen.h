// Insights: "is my coping helping me move forward?" The answer in plain words first, where
// things stand (the phase, which the person can choose), then a card per signal with its
// chart and counts (PRODUCT.md, "Reflect and see progress"). Everything drawn comes from
// Insights, worked out once per journal change: a frame loops over the weeks and days
// shown, never over the entries, so 20 000 entries draw as lightly as 20.
#pragma once
#include <string>
#include <vector>

#include "core/insights.h"
#include "core/journal.h"
#include "ui/charts.h"
#include "ui/widgets.h"

namespace onward::ui {

// What each chart has selected (a tapped week, point or day), kept while the screen is open.
struct InsightsScreenState {
    ChartState coping, distress, year, stay_minutes, stay_answers;
    std::vector<ChartState> checks; // one per Insights::checks, in its order
};

enum class InsightsAction { None, SetPhase, ClearPhase };

struct InsightsIntent {
    InsightsAction action = InsightsAction::None;
    std::string phase_key; // SetPhase: phase_key() of the phase chosen (Settings::phase_override)
};

// `journal` gives the questionnaires' bands for the checks' charts.
InsightsIntent draw_insights(Ui& ui, InsightsScreenState& state, const Insights& insights, const Journal& journal);

} // namespace onward::ui
