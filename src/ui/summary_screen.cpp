#include "ui/summary_screen.h"

#include <imgui.h>

#include <iterator>

#include "core/say.h"
#include "ui/entry_fields.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

struct Period {
    int days;
    const char* words;
};
constexpr Period kPeriods[] = {
    {14, tr_later("2 weeks")}, {28, tr_later("4 weeks")}, {91, tr_later("3 months")}, {365, tr_later("A year")}};

} // namespace

SummaryAction draw_summary(Ui& ui, SummaryScreenState& state, const SummaryView& view) {
    SummaryAction action = SummaryAction::None;
    if (secondary_button(ui, tr("Back"), 0, tr("Back to your data"))) action = SummaryAction::Back;
    heading(ui, tr("A summary to share"));
    muted_text(tr("A readable page of a period: your numbers, what helped, your checks, and the entries you choose. "
                  "It is made here and opened in a new tab, to print or save as PDF. Nothing is sent."));
    ImGui::Dummy(ImVec2(0, 4));
    begin_card();
    label_text(ui, tr("The last"));
    for (size_t i = 0; i < std::size(kPeriods); ++i) {
        const Period& p = kPeriods[i];
        const char* words = tr(p.words);
        flow(chip_width(words), i == 0);
        if (toggle_chip(ui, words, trf("Summary of {period}", {{"period", words}}), state.period_days == p.days) &&

            state.period_days != p.days) {
            state.period_days = p.days;
            action = SummaryAction::PeriodChanged;
        }
    }
    end_card();

    begin_card();
    heading(ui, tr("Entries to include in full"));
    const std::string count = trn("{n} entry in this period; {chosen} chosen.", "{n} entries in this period; {chosen} chosen.",
                                  long(view.in_period.size()), {{"chosen", std::to_string(state.included.size())}});
    muted_text(count.c_str());
    note(ui, tr("Entries chosen"), "status", count);
    if (view.in_period.size() > kMaxListedForSummary)
        muted_text(trf("The newest {n} are listed here.", {{"n", std::to_string(kMaxListedForSummary)}}).c_str());
    for (size_t i = 0; i < view.in_period.size() && i < kMaxListedForSummary; ++i) {
        const Entry& e = *view.in_period[i];
        const bool on = state.included.count(e.id) > 0;
        std::string words = trf("{day}, distress {distress}",
                                {{"day", day_text(calendar_day(e.created))}, {"distress", std::to_string(e.distress)}});
        const std::string text = glimpse(e);
        if (!text.empty()) words += ": " + text;
        ImGui::PushID(e.id.c_str());
        if (toggle_chip(ui, on ? tr("Included") : tr("Include"), trf("Include {id}", {{"id", e.id}}), on)) {

            if (on) state.included.erase(e.id);
            else state.included.insert(e.id);
        }
        ImGui::SameLine();
        ImGui::TextWrapped("%s", words.c_str());
        ImGui::PopID();
    }
    end_card();

    ImGui::BeginDisabled(view.busy);
    if (primary_button(ui, tr("Open the page to print"), row_width()) && !view.busy) action = SummaryAction::OpenPage;
    if (secondary_button(ui, tr("Download as Markdown"), row_width()) && !view.busy) action = SummaryAction::DownloadMarkdown;
    ImGui::EndDisabled();
    if (!state.message.empty()) {
        ImGui::TextWrapped("%s", state.message.c_str());
        note(ui, tr("Summary message"), "status", state.message);
    }
    return action;
}

} // namespace onward::ui
