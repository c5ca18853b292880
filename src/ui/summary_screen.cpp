#include "ui/summary_screen.h"

#include <imgui.h>

#include <iterator>

#include "ui/entry_fields.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

struct Period {
    int days;
    const char* words;
};
constexpr Period kPeriods[] = {{14, "2 weeks"}, {28, "4 weeks"}, {91, "3 months"}, {365, "A year"}};

} // namespace

SummaryAction draw_summary(Ui& ui, SummaryScreenState& state, const SummaryView& view) {
    SummaryAction action = SummaryAction::None;
    if (secondary_button(ui, "Back", 0, "Back to your data")) action = SummaryAction::Back;
    heading(ui, "A summary to share");
    muted_text("A readable page of a period: your numbers, what helped, your checks, and the entries you choose. "
               "It is made here and opened in a new tab, to print or save as PDF. Nothing is sent.");
    ImGui::Dummy(ImVec2(0, 4));
    begin_card();
    label_text(ui, "The last");
    for (size_t i = 0; i < std::size(kPeriods); ++i) {
        const Period& p = kPeriods[i];
        flow(chip_width(p.words), i == 0);
        if (toggle_chip(ui, p.words, std::string("Summary of ") + p.words, state.period_days == p.days) &&
            state.period_days != p.days) {
            state.period_days = p.days;
            action = SummaryAction::PeriodChanged;
        }
    }
    end_card();

    begin_card();
    heading(ui, "Entries to include in full");
    const std::string count = std::to_string(view.in_period.size()) +
                              (view.in_period.size() == 1 ? " entry" : " entries") + " in this period; " +
                              std::to_string(state.included.size()) + " chosen.";
    muted_text(count.c_str());
    note(ui, "Entries chosen", "status", count);
    if (view.in_period.size() > kMaxListedForSummary)
        muted_text(("The newest " + std::to_string(kMaxListedForSummary) + " are listed here.").c_str());
    for (size_t i = 0; i < view.in_period.size() && i < kMaxListedForSummary; ++i) {
        const Entry& e = *view.in_period[i];
        const bool on = state.included.count(e.id) > 0;
        std::string words = day_text(calendar_day(e.created)) + ", distress " + std::to_string(e.distress);
        const std::string text = glimpse(e);
        if (!text.empty()) words += ": " + text;
        ImGui::PushID(e.id.c_str());
        if (toggle_chip(ui, on ? "Included" : "Include", "Include " + e.id, on)) {
            if (on) state.included.erase(e.id);
            else state.included.insert(e.id);
        }
        ImGui::SameLine();
        ImGui::TextWrapped("%s", words.c_str());
        ImGui::PopID();
    }
    end_card();

    ImGui::BeginDisabled(view.busy);
    if (primary_button(ui, "Open the page to print", row_width()) && !view.busy) action = SummaryAction::OpenPage;
    if (secondary_button(ui, "Download as Markdown", row_width()) && !view.busy) action = SummaryAction::DownloadMarkdown;
    ImGui::EndDisabled();
    if (!state.message.empty()) {
        ImGui::TextWrapped("%s", state.message.c_str());
        note(ui, "Summary message", "status", state.message);
    }
    return action;
}

} // namespace onward::ui
