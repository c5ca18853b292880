#include "ui/journal_screen.h"

#include <imgui.h>
#include <imgui_internal.h> // ImTextCountUtf8BytesFromChar

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "core/say.h"
#include "core/words.h"
#include "ui/charts.h"
#include "ui/entry_fields.h"
#include "ui/theme.h"

namespace onward::ui {

namespace {

constexpr float kRowPad = 14, kRowDot = 12, kRowText = kRowPad + kRowDot + 10; // the text's left edge

// Whether a row's date needs two lines: with large text on a phone a long one ("Wed 30 Sep
// 2026, 23:59") does not fit beside the distress square. Every row is as tall as the
// longest, so the list can skip the rows it does not show.
bool dates_wrap() {
    const std::string longest = when_text({int64_t(1790812740000), 0}, 0); // a Wednesday in September, 23:59
    return ImGui::CalcTextSize(longest.c_str()).x * 1.08f > row_width() - kRowText - kRowPad;
}

// Two lines of text (three when dates wrap) and their padding: taller with larger text.
float row_height() { return std::max(76.0f, float(dates_wrap() ? 3 : 2) * ImGui::GetTextLineHeight() + 42); }
constexpr float kRowGap = 8.0f;

bool entry_row(Ui& ui, const Journal& j, const Entry& e, int device_offset) {
    const float w = row_width();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::PushID(e.id.c_str());
    const bool pressed = ImGui::Selectable("##row", false, 0, ImVec2(w, row_height()));
    ImGui::PopID();
    const std::string when = when_text(e.created, device_offset);
    const std::string details = entry_details(e, j.library);
    const std::string words = glimpse(e);
    note(ui, trf("Entry {when}", {{"when", when}}), "row", distress_words(e) + (details.empty() ? "" : " · " + details));
    ui.drawn.back().key = e.id;
    ui.drawn.back().more = words; // heard with the row: entries of the same minute differ by their words

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Palette& p = palette();
    const ImVec2 b(at.x + w, at.y + row_height());
    if (!ImGui::IsItemHovered()) dl->AddRectFilled(at, b, ImGui::GetColorU32(p.card), 12);
    dl->AddRect(at, b, ImGui::GetColorU32(p.card_border), 12);
    // ImGui's thin ring lies under the row's own card: a clear one around the whole row.
    focus_ring(ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), 12);
    // A small square of the entry's distress, so a scroll reads like the calendar.
    const float pad = kRowPad, dot = kRowDot;
    dl->AddRectFilled(ImVec2(at.x + pad, at.y + pad + 4), ImVec2(at.x + pad + dot, at.y + pad + 4 + dot),
                      ImGui::GetColorU32(distress_colour(e.distress)), 3);
    const float x = at.x + kRowText, line = ImGui::GetTextLineHeight();
    const bool wrap = dates_wrap();
    const ImVec4 clip(at.x, at.y, b.x - pad, b.y);
    const float size = ImGui::GetFontSize();
    const std::string distress = distress_words(e);
    const float distress_w = ImGui::CalcTextSize(distress.c_str()).x;
    const float when_w = ImGui::CalcTextSize(when.c_str()).x; // regular width: close enough for bold
    // The distress sits at the right when the date leaves room (it does on a desktop),
    // else it leads the second line: the date is never cut.
    const bool distress_right = !wrap && x + when_w * 1.08f + 16 + distress_w < b.x - pad;
    dl->AddText(ui.fonts.strong, size, ImVec2(x, at.y + pad), ImGui::GetColorU32(p.text), when.c_str(), nullptr,
                wrap ? b.x - pad - x : 0, &clip);
    if (distress_right)
        dl->AddText(ImVec2(b.x - pad - distress_w, at.y + pad), ImGui::GetColorU32(p.text), distress.c_str());
    std::string second = distress_right ? "" : distress;
    for (const std::string* part : {&details, &words})
        if (!part->empty()) second += (second.empty() ? "" : " \xC2\xB7 ") + *part;
    dl->AddText(nullptr, size, ImVec2(x, at.y + pad + (wrap ? 2 : 1) * line + 4), ImGui::GetColorU32(p.muted),
                second.c_str(), nullptr, 0, &clip);
    return pressed;
}

// The filters on library items: a row of chips saying what each is set to; tapping one
// opens its choices below the row.
struct ItemFilter {
    LibraryKind kind;
    const char* what;
    std::string* chosen;
    JournalScreenState::Picking picking;
};

bool item_filters(Ui& ui, const Library& library, JournalScreenState& state, const ItemFilter (&filters)[3]) {
    for (size_t i = 0; i < 3; ++i) {
        const ItemFilter& f = filters[i];
        const std::string current = trf("{filter}: {value}", {{"filter", tr(f.what)},
                                        {"value", f.chosen->empty() ? tr("any") : item_name(library, *f.chosen)}});
        flow(chip_width(current.c_str()), i == 0);
        if (toggle_chip(ui, current.c_str(), trf("Filter {filter}", {{"filter", tr(f.what)}}), !f.chosen->empty()))
            state.picking = state.picking == f.picking ? JournalScreenState::Picking::None : f.picking;
    }
    for (const ItemFilter& f : filters) {
        if (state.picking != f.picking) continue;
        bool changed = false;
        flow(chip_width(tr("Any")), true);
        if (toggle_chip(ui, tr("Any"), trf("{filter} any", {{"filter", tr(f.what)}}), f.chosen->empty())) {
            f.chosen->clear();
            changed = true;
        }
        // Archived items too: old entries still name them. Merged ones read as their twin.
        for (const LibraryItem& item : library) {
            if (item.kind != f.kind || !item.merged_into.empty()) continue;
            flow(chip_width(item.name.c_str()), false);
            if (toggle_chip(ui, item.name.c_str(), trf("{filter} {name}", {{"filter", tr(f.what)}, {"name", item.name}}),
                            *f.chosen == item.id)) {
                *f.chosen = item.id;
                changed = true;
            }
        }
        if (changed) state.picking = JournalScreenState::Picking::None;
        return changed;
    }
    return false;
}

bool date_field(Ui& ui, const char* label, std::string& text, std::optional<CalendarDay>& day, float width) {
    if (!text_field(ui, label, text, 1, width, tr("YYYY-MM-DD"))) return false;
    CalendarDay d;
    const bool ok = parse_day(text, d);
    const bool had = day.has_value();
    day = ok ? std::optional<CalendarDay>(d) : std::nullopt;
    return ok || had; // a half-typed date changes nothing until it is a day
}

bool filters_panel(Ui& ui, JournalScreenState& s, const Library& library) {
    EntryFilter& f = s.filter;
    bool changed = false;
    begin_card();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float half = (row_width() - spacing) / 2;
    const float x0 = ImGui::GetCursorPosX();
    label_text(ui, tr("From"));
    ImGui::SameLine();
    ImGui::SetCursorPosX(x0 + half + spacing);
    label_text(ui, tr("To"));
    changed |= date_field(ui, tr("From"), s.from_text, f.from, half);
    ImGui::SameLine();
    changed |= date_field(ui, tr("To"), s.to_text, f.to, half);
    CalendarDay scratch;
    if ((!s.from_text.empty() && !parse_day(s.from_text, scratch)) || (!s.to_text.empty() && !parse_day(s.to_text, scratch)))
        muted_text(tr("Write a day as year-month-day, like 2026-11-01."));
    ImGui::Dummy(ImVec2(0, 4));
    using P = JournalScreenState::Picking;
    const ItemFilter items[] = {{LibraryKind::Emotion, tr_later("Emotion"), &f.emotion, P::Emotion},
                                {LibraryKind::Trigger, tr_later("Trigger"), &f.trigger, P::Trigger},
                                {LibraryKind::Action, tr_later("Action"), &f.action, P::Action}};

    changed |= item_filters(ui, library, s, items);
    ImGui::Dummy(ImVec2(0, 4));
    label_text(ui, tr("What it did"));
    if (toggle_chip(ui, tr("Any"), tr("Function any"), !f.function)) {
        f.function.reset();
        changed = true;
    }
    for (CopingFunction fn : kCopingFunctions) {
        const char* words = coping_function_words(fn);
        flow(chip_width(words), false);
        if (toggle_chip(ui, words, trf("Function {name}", {{"name", words}}), f.function == fn)) {

            f.function = fn;
            changed = true;
        }
    }
    ImGui::Dummy(ImVec2(0, 4));
    int lowest = f.distress_min > kMinDistress ? f.distress_min : -1;
    int highest = f.distress_max < kMaxDistress ? f.distress_max : -1;
    if (distress_picker(ui, tr("Distress at least"), nullptr, lowest, tr("Lowest"))) {
        f.distress_min = lowest < 0 ? kMinDistress : lowest;
        f.distress_max = std::max(f.distress_max, f.distress_min);
        changed = true;
    }
    if (distress_picker(ui, tr("Distress at most"), nullptr, highest, tr("Highest"))) {
        f.distress_max = highest < 0 ? kMaxDistress : highest;
        f.distress_min = std::min(f.distress_min, f.distress_max);
        changed = true;
    }
    ImGui::Dummy(ImVec2(0, 4));
    if (secondary_button(ui, tr("Clear filters"), row_width())) {
        const std::string words = f.words;
        s.filter = {};
        s.filter.words = words; // the search stays; it has its own field
        s.from_text.clear();
        s.to_text.clear();
        changed = true;
    }
    end_card();
    return changed;
}

// The month as a grid of days, each coloured by its hardest moment; a tap opens the day.
bool calendar(Ui& ui, JournalScreenState& s, const JournalView& view) {
    const Journal& j = *view.journal;
    if (s.year == 0) {
        s.year = view.today.year;
        s.month = view.today.month;
    }
    begin_card();
    const std::string title = month_year_words(s.year, s.month);
    const float nav_w = chip_width(tr("\xE2\x80\xB9 Earlier"));
    const float row_x = ImGui::GetCursorPosX(), row_w = row_width();
    ImGui::PushFont(ui.fonts.strong);
    const float title_w = ImGui::CalcTextSize(title.c_str()).x;
    ImGui::PopFont();
    // The month between its buttons when they fit beside it; with large text on a phone,
    // the month above them, and the buttons each on a line of its own if need be.
    const bool one_line = 2 * nav_w + title_w + 2 * ImGui::GetStyle().ItemSpacing.x <= row_w;
    const auto month = [&] {
        ImGui::PushFont(ui.fonts.strong);
        ImGui::TextUnformatted(title.c_str());
        ImGui::PopFont();
        note(ui, tr("Month"), "heading", title);
    };
    if (!one_line) month();
    if (secondary_button(ui, tr("\xE2\x80\xB9 Earlier"), nav_w, tr("Earlier month"))) {
        if (--s.month == 0) s.month = 12, --s.year;
    }
    if (one_line) {
        ImGui::SameLine();
        ImGui::SetCursorPosX(row_x + std::max(nav_w, (row_w - title_w) / 2));
        ImGui::AlignTextToFramePadding();
        month();
        ImGui::SameLine();
        ImGui::SetCursorPosX(row_x + row_w - nav_w);
    } else if (2 * nav_w + ImGui::GetStyle().ItemSpacing.x <= row_w) {
        ImGui::SameLine();
        ImGui::SetCursorPosX(row_x + row_w - nav_w);
    }
    if (secondary_button(ui, tr("Next \xE2\x80\xBA"), nav_w, tr("Next month"))) {
        if (++s.month == 13) s.month = 1, ++s.year;
    }

    const std::vector<DayDistress> days = month_distress(j, *view.found, s.year, s.month);
    // Each day a fingertip wide where the week fits that way (a 390 px phone, just), the
    // days then touching.
    const float spacing = std::clamp((row_width() - 7 * kTouchTarget) / 6, 0.0f, 4.0f);
    const float cell = std::floor((row_width() - 6 * spacing) / 7);
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, spacing));
    const float x0 = ImGui::GetCursorPosX();
    for (int d = 0; d < 7; ++d) {
        std::string name = weekday_letters(d); // "Mo", "Tu", …

        // Large text: the first letter alone, "M", "T", … (a whole character, however many bytes).
        if (ImGui::CalcTextSize(name.c_str()).x > cell) name.resize(ImTextCountUtf8BytesFromChar(name.c_str(), nullptr));
        ImGui::SetCursorPosX(x0 + float(d) * (cell + spacing) + (cell - ImGui::CalcTextSize(name.c_str()).x) / 2);
        ImGui::TextUnformatted(name.c_str());
        if (d < 6) ImGui::SameLine();
    }
    bool picked = false;
    const int first = weekday({s.year, s.month, 1});
    for (int i = 0; i < int(days.size()); ++i) {
        const int column = (first + i) % 7;
        if (column != 0 && i != 0) ImGui::SameLine();
        else if (i == 0) ImGui::SetCursorPosX(x0);
        ImGui::SetCursorPosX(x0 + float(column) * (cell + spacing));
        const DayDistress& d = days[size_t(i)];
        const ImVec4 bg = d.entries ? distress_colour(d.peak) : palette().chip;
        ImGui::PushStyleColor(ImGuiCol_Button, bg);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, palette().chip_hover);
        ImGui::PushStyleColor(ImGuiCol_Text, palette().text);
        const std::string number = std::to_string(i + 1);
        ImGui::PushID(i);
        const bool tapped = ImGui::Button(number.c_str(), ImVec2(cell, std::max(kTouchTarget, cell * 0.8f)));
        ImGui::PopID();
        ImGui::PopStyleColor(3);
        char day_label[16];
        std::snprintf(day_label, sizeof day_label, "%04d-%02d-%02d", s.year, s.month, i + 1);
        note(ui, trf("Day {date}", {{"date", day_label}}), "button",
             d.entries ? trn("{n} entry, highest distress {peak}", "{n} entries, highest distress {peak}", d.entries,
                             {{"peak", std::to_string(d.peak)}})
                       : tr("no entries"));
        if (tapped && d.entries) {
            const CalendarDay day{s.year, s.month, i + 1};
            s.filter.from = s.filter.to = day;
            char buf[16];
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", day.year, day.month, day.day);
            s.from_text = s.to_text = buf;
            s.calendar = false;
            picked = true;
        }
    }
    ImGui::PopStyleVar();
    ImGui::Dummy(ImVec2(0, 4));
    muted_text(tr("Each day shows its highest distress: calm teal, sand in the middle, deep rose for the hardest. Tap a "
                  "day to read it."));
    end_card();
    return picked;
}

} // namespace

bool parse_day(const std::string& text, CalendarDay& out) {
    int y = 0, m = 0, d = 0;
    char tail = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3) return false;
    if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return false;
    out = {y, m, d};
    return true;
}

JournalIntent draw_journal(Ui& ui, JournalScreenState& s, const JournalView& view) {
    JournalIntent intent;
    const Journal& j = *view.journal;
    const auto set = [&](JournalAction a) {
        if (intent.action == JournalAction::None || intent.action == JournalAction::FilterChanged) intent.action = a;
    };

    if (view.just_deleted) {
        begin_card();
        const std::string words = trf("The entry from {when} was deleted.",
                                      {{"when", when_text(view.just_deleted->created, view.device_offset_minutes)}});
        ImGui::TextWrapped("%s", words.c_str());
        note(ui, tr("Deleted"), "status", words);
        if (primary_button(ui, tr("Undo"), chip_width(tr("Undo")) + 24)) set(JournalAction::UndoDelete);
        end_card();
    }

    // Three across while each one's words fit a third of the row; else one under another,
    // across the row, so large text never breaks a word.
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const char* const words[] = {tr("New entry"), tr("Your lists"), tr("Settings")};
    float widest = 0;
    for (const char* w : words) widest = std::max(widest, chip_width(w));
    const bool across = widest <= (row_width() - 2 * spacing) / 3;
    const float w = across ? (row_width() - 2 * spacing) / 3 : row_width();
    if (primary_button(ui, words[0], w)) set(JournalAction::NewEntry);
    if (across) ImGui::SameLine();
    if (secondary_button(ui, words[1], w)) set(JournalAction::OpenLists);
    if (across) ImGui::SameLine();
    if (secondary_button(ui, words[2], w)) set(JournalAction::OpenSettings);
    ImGui::Dummy(ImVec2(0, 4));

    if (text_field(ui, tr("Search"), s.filter.words, 1, 0, tr("Search every word you have written")))
        intent.action = JournalAction::FilterChanged;
    EntryFilter without_words = s.filter;
    without_words.words.clear();
    const char* filters_words = is_empty(without_words) ? tr("Filters") : tr("Filters (on)");
    if (toggle_chip(ui, filters_words, tr("Filters"), s.show_filters)) s.show_filters = !s.show_filters;
    ImGui::SameLine();
    if (toggle_chip(ui, tr("List"), tr("Show list"), !s.calendar)) s.calendar = false;
    ImGui::SameLine();
    if (toggle_chip(ui, tr("Calendar"), tr("Show calendar"), s.calendar)) s.calendar = true;
    if (s.show_filters && filters_panel(ui, s, j.library)) intent.action = JournalAction::FilterChanged;

    const std::vector<uint32_t>& found = *view.found;
    const long total = long(j.entries.size());
    const std::string count =
        found.size() == j.entries.size()
            ? trn("{n} entry", "{n} entries", total)
            : trf("{found} of {total} entries",
                  {{"found", number_text(long(found.size()))}, {"total", number_text(total)}});
    muted_text(count.c_str());
    note(ui, tr("Entries found"), "status", count);

    if (s.calendar) {
        if (calendar(ui, s, view)) intent.action = JournalAction::FilterChanged;
        return intent;
    }
    if (j.entries.empty()) {
        muted_text(tr("Your entries will be listed here, newest first. Start with a quick check-in on Today, or a new "
                      "entry above."));
        return intent;
    }
    if (found.empty()) muted_text(tr("Nothing matches. Try fewer words or clear a filter."));

    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(spacing, kRowGap));
    ImGuiListClipper clipper;
    clipper.Begin(int(found.size()), row_height() + kRowGap);
    while (clipper.Step())
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
            if (entry_row(ui, j, j.entries[found[size_t(i)]], view.device_offset_minutes)) {
                intent.action = JournalAction::OpenEntry;
                intent.entry = found[size_t(i)];
            }
    clipper.End();
    ImGui::PopStyleVar();
    return intent;
}

} // namespace onward::ui
