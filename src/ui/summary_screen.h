// Making a summary to share: the period, which entries to include in full, and the two
// forms it comes in (a page to print or save as PDF, and a Markdown file).
#pragma once
#include <set>
#include <string>
#include <vector>

#include "core/entry.h"
#include "ui/widgets.h"

namespace onward::ui {

struct SummaryScreenState {
    int period_days = 28;            // the period ends today
    std::set<std::string> included; // entries to include in full, by id
    std::string message;
};

struct SummaryView {
    std::vector<const Entry*> in_period; // newest first
    bool busy = false;
};

enum class SummaryAction { None, Back, PeriodChanged, OpenPage, DownloadMarkdown };

SummaryAction draw_summary(Ui& ui, SummaryScreenState& state, const SummaryView& view);

constexpr size_t kMaxListedForSummary = 60; // the newest of the period, to choose from

} // namespace onward::ui
