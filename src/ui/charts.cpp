#include "ui/charts.h"

#include <algorithm>
#include <cmath>

#include "core/insights.h"   // day_from_number, monday_of
#include "core/say.h"
#include "core/words.h"      // month and weekday names, decimal_words
#include "ui/entry_fields.h" // day_month_text, short_day_text
#include "ui/theme.h"

namespace onward::ui {

ImVec4 mix(ImVec4 a, ImVec4 b, float t) {
    return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t);
}

// Never red-alarm: a hard day is not an error.
ImVec4 distress_colour(int peak) { return colour(onward::distress_colour(theme_colours(current_theme()), peak)); }

namespace {

ImU32 u32(const ImVec4& c) { return ImGui::GetColorU32(c); }

// A step of 1, 2 or 5 times a power of ten that cuts `range` into about `ticks` parts, so
// the axis reads at a glance; never below 1, as counts and scores are whole numbers.
float nice_step(float range, int ticks) {
    const float raw = std::max(range, 1.0f) / float(ticks);
    const float magnitude = std::pow(10.0f, std::floor(std::log10(raw)));
    const float n = raw / magnitude;
    return std::max(1.0f, (n <= 1 ? 1.0f : n <= 2 ? 2.0f : n <= 5 ? 5.0f : 10.0f) * magnitude);
}

std::string tick_text(float v) { return decimal_words(std::round(double(v))); }

// Room above every chart for its reading, so a reading never moves the page.
float reading_height() { return ImGui::GetTextLineHeight() + 10; }

void legend(const std::vector<ChartSeries>& series) {
    if (series.size() < 2) return;
    const float square = 10, h = ImGui::GetTextLineHeight();
    for (size_t i = 0; i < series.size(); ++i) {
        flow(square + 6 + ImGui::CalcTextSize(series[i].name).x, i == 0);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + (h - square) / 2),
                                                  ImVec2(at.x + square, at.y + (h + square) / 2),
                                                  u32(series[i].colour), 2);
        ImGui::Dummy(ImVec2(square + 6, h));
        ImGui::SameLine(0, 0);
        ImGui::TextUnformatted(series[i].name);
    }
}

// Which value a chart reads out after ImGui::InvisibleButton covered it: the one under the
// mouse, else the one tapped last. On a phone a finger leaves no hover, and the pointer it
// leaves behind must not hold a reading the person tapped away; tapping the selected one
// again clears it.
int shown_index(Ui& ui, ChartState& state, bool pressed, int under_pointer, int count) {
    if (state.selected >= count) state.selected = -1; // the chart has fewer values than last frame
    if (pressed && under_pointer >= 0) state.selected = under_pointer == state.selected ? -1 : under_pointer;
    // Enter or Space on the focused chart reads the next value, and after the last, none.
    if (pressed && !ImGui::IsItemHovered() && count > 0) state.selected = state.selected + 1 < count ? state.selected + 1 : -1;
    return !ui.phone && ImGui::IsItemHovered() && under_pointer >= 0 ? under_pointer : state.selected;
}

// Notes the chart (the item drawn last) with every value, and shows the reading of the one
// shown in a small box at the chart's top, over it where it fits; without one, a hint.
void finish_chart(Ui& ui, const char* label, const std::string& all_words, const std::string* reading,
                  float anchor_x) {
    const Palette& p = palette();
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    focus_ring(min, max, 6);
    note(ui, label, "chart", all_words);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (!reading) {
        dl->AddText(ImVec2(min.x, min.y + 2), u32(p.muted),
                    ui.phone ? tr("Tap the chart to read a value.") : tr("Point at the chart to read a value."));
        return;
    }
    const float pad_x = 8, pad_y = 4;
    const ImVec2 size = ImGui::CalcTextSize(reading->c_str(), nullptr, false, max.x - min.x - 2 * pad_x);
    const float w = size.x + 2 * pad_x;
    const float x = std::clamp(anchor_x - w / 2, min.x, std::max(min.x, max.x - w));
    dl->AddRectFilled(ImVec2(x, min.y), ImVec2(x + w, min.y + size.y + 2 * pad_y), u32(p.card), 6);
    dl->AddRect(ImVec2(x, min.y), ImVec2(x + w, min.y + size.y + 2 * pad_y), u32(p.accent), 6);
    dl->AddText(nullptr, 0, ImVec2(x + pad_x, min.y + pad_y), u32(p.text), reading->c_str(), nullptr,
                max.x - min.x - 2 * pad_x);
    note(ui, trf("{chart} reading", {{"chart", label}}), "status", *reading);

}

// The frame the bar and line charts share: value axis with round ticks and grid lines at
// the left, a slot per column with some of their ticks under it, the hovered or tapped
// column on a soft band. The marks go on top, then finish_plot.
struct Plot {
    ImVec2 min; // the marks' box
    float w = 0, h = 0, column = 0;
    float low = 0, high = 1;
    int shown = -1;
    float x(int i) const { return min.x + column * (float(i) + 0.5f); }
    float y(float v) const { return min.y + h * (1 - (std::clamp(v, low, high) - low) / (high - low)); }
};

Plot begin_plot(Ui& ui, ChartState& state, const char* label, const std::vector<ChartColumn>& columns, float low,
                float high, float step) {
    const Palette& p = palette();
    const float line_h = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = row_width();
    const float first_tick = std::ceil(low / step) * step;
    float axis_w = 0;
    for (float v = first_tick; v <= high + 0.001f; v += step)
        axis_w = std::max(axis_w, ImGui::CalcTextSize(tick_text(v).c_str()).x);
    axis_w += 8;

    Plot plot;
    plot.min = ImVec2(at.x + axis_w, at.y + reading_height() + line_h / 2); // half a line: room for the top tick
    plot.w = std::max(1.0f, width - axis_w);
    plot.h = ui.phone ? 120.0f : 160.0f;
    plot.column = plot.w / float(std::max<size_t>(1, columns.size()));
    plot.low = low;
    plot.high = high > low ? high : low + 1;
    const float height = plot.min.y - at.y + plot.h + 6 + line_h;

    const bool pressed = ImGui::InvisibleButton(label, ImVec2(width, height));
    const float mx = ImGui::GetIO().MousePos.x;
    const int under = ImGui::IsItemHovered() && mx >= plot.min.x
                          ? std::min(int((mx - plot.min.x) / plot.column), int(columns.size()) - 1)
                          : -1;
    plot.shown = shown_index(ui, state, pressed, under, int(columns.size()));

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bottom = plot.min.y + plot.h;
    for (size_t i = 0; i < columns.size(); ++i) {
        const int c = int(i);
        if (!columns[i].highlight && c != plot.shown) continue;
        dl->AddRectFilled(ImVec2(plot.x(c) - plot.column / 2, plot.min.y), ImVec2(plot.x(c) + plot.column / 2, bottom),
                          u32(c == plot.shown ? p.chip_hover : p.chip), 3);
    }
    for (float v = first_tick; v <= plot.high + 0.001f; v += step) {
        const float y = plot.y(v);
        dl->AddLine(ImVec2(plot.min.x, y), ImVec2(plot.min.x + plot.w, y),
                    u32(std::lround(v) == 0 ? p.field_border : p.card_border));
        const std::string t = tick_text(v);
        dl->AddText(ImVec2(plot.min.x - 8 - ImGui::CalcTextSize(t.c_str()).x, y - line_h / 2), u32(p.muted), t.c_str());
    }
    // Ticks under every k-th column, counted back from the newest so it always has one.
    float tick_w = 0;
    for (const ChartColumn& c : columns) tick_w = std::max(tick_w, ImGui::CalcTextSize(c.tick.c_str()).x);
    const int every = std::max(1, int(std::ceil((tick_w + 12) / plot.column)));
    for (int i = int(columns.size()) - 1; i >= 0; i -= every) {
        const char* t = columns[size_t(i)].tick.c_str();
        const float tw = ImGui::CalcTextSize(t).x;
        const float x = std::clamp(plot.x(i) - tw / 2, at.x, at.x + width - tw);
        dl->AddText(ImVec2(x, bottom + 6), u32(p.muted), t);
    }
    return plot;
}

void finish_plot(Ui& ui, const char* label, const Plot& plot, const std::vector<ChartColumn>& columns) {
    std::string words;
    for (const ChartColumn& c : columns) words += (words.empty() ? "" : "; ") + c.words;
    finish_chart(ui, label, words, plot.shown >= 0 ? &columns[size_t(plot.shown)].words : nullptr,
                 plot.shown >= 0 ? plot.x(plot.shown) : 0);
}

} // namespace

void stacked_bars(Ui& ui, ChartState& state, const char* label, const std::vector<ChartSeries>& series,
                  const std::vector<ChartColumn>& columns) {
    const size_t n = std::min<size_t>(series.size(), 3);
    float tallest = 0;
    for (const ChartColumn& c : columns) {
        float total = 0;
        for (size_t s = 0; s < n; ++s) total += std::max(0.0f, c.values[s]);
        tallest = std::max(tallest, total);
    }
    const float step = nice_step(tallest, ui.phone ? 3 : 4);
    legend(series);
    const Plot plot = begin_plot(ui, state, label, columns, 0, std::max(step, std::ceil(tallest / step) * step), step);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float bar_w = std::clamp(plot.column * 0.7f, 2.0f, 28.0f);
    for (size_t i = 0; i < columns.size(); ++i) {
        const float x = plot.x(int(i)) - bar_w / 2;
        size_t top = n; // the highest segment drawn gets the rounded corners
        for (size_t s = 0; s < n; ++s)
            if (columns[i].values[s] > 0) top = s;
        float base = 0;
        for (size_t s = 0; s < n; ++s) {
            const float v = columns[i].values[s];
            if (v <= 0) continue;
            // A hairline of card between segments, so neighbours read apart in any theme.
            const float y0 = plot.y(base) - (base > 0 ? 1.0f : 0.0f);
            dl->AddRectFilled(ImVec2(x, plot.y(base + v)), ImVec2(x + bar_w, y0), u32(series[s].colour),
                              s == top ? 2.0f : 0.0f, s == top ? ImDrawFlags_RoundCornersTop : ImDrawFlags_RoundCornersNone);
            base += v;
        }
    }
    finish_plot(ui, label, plot, columns);
}

void line_chart(Ui& ui, ChartState& state, const char* label, const std::vector<ChartSeries>& series,
                const std::vector<ChartColumn>& points, float low, float high, const std::vector<Band>& bands) {
    const Palette& p = palette();
    legend(series);
    const Plot plot = begin_plot(ui, state, label, points, low, high, nice_step(high - low, ui.phone ? 3 : 5));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // Every other band softly shaded, each named at its top left where it is tall enough.
    const float line_h = ImGui::GetTextLineHeight();
    for (size_t b = 0; b < bands.size(); ++b) {
        const float top = plot.y(float(bands[b].to) + 0.5f), bottom = plot.y(float(bands[b].from) - 0.5f);
        if (b % 2 == 1)
            dl->AddRectFilled(ImVec2(plot.min.x, top), ImVec2(plot.min.x + plot.w, bottom), u32(mix(p.chip, p.card, 0.4f)));
        if (bottom - top >= line_h)
            dl->AddText(nullptr, 0, ImVec2(plot.min.x + 4, top + 1), u32(p.muted), bands[b].label.c_str(), nullptr);
    }
    const size_t n = std::min<size_t>(series.size(), 3);
    for (size_t s = 0; s < n; ++s) {
        const ImU32 colour = u32(series[s].colour);
        const float thickness = s == 0 ? 2.0f : 1.5f; // the first series is the one the chart is about
        for (size_t i = 1; i < points.size(); ++i)
            if (points[i - 1].has[s] && points[i].has[s])
                dl->AddLine(ImVec2(plot.x(int(i) - 1), plot.y(points[i - 1].values[s])),
                            ImVec2(plot.x(int(i)), plot.y(points[i].values[s])), colour, thickness);
        for (size_t i = 0; i < points.size(); ++i)
            if (points[i].has[s])
                dl->AddCircleFilled(ImVec2(plot.x(int(i)), plot.y(points[i].values[s])),
                                    int(i) == plot.shown ? 5.0f : 3.0f, colour);
    }
    finish_plot(ui, label, plot, points);
}

namespace {
std::string day_words(const DayDistress& d) {
    if (d.entries == 0) return tr("no entries");
    return trn("{n} entry, highest distress {peak}", "{n} entries, highest distress {peak}", d.entries,
               {{"peak", std::to_string(d.peak)}});
}
} // namespace

void year_grid(Ui& ui, ChartState& state, const char* label, int64_t first_day, const std::vector<DayDistress>& days) {
    if (days.empty()) return;
    const Palette& p = palette();
    const int count = int(days.size());
    const int offset = int(first_day - monday_of(first_day)); // the first day's row: 0 is Monday
    const int weeks = (offset + count - 1) / 7 + 1;
    const float line_h = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float width = row_width();
    // Weekday names only where there is room: on a phone every pixel goes to the squares.
    const float names_w = ui.phone ? 0.0f : ImGui::CalcTextSize("Wed").x + 8;
    const float pitch = (width - names_w) / float(weeks);
    const float gap = pitch >= 8 ? 2.0f : 1.0f;
    const ImVec2 grid(at.x + names_w, at.y + reading_height() + line_h + 2);
    const float height = grid.y - at.y + 7 * pitch;

    const bool pressed = ImGui::InvisibleButton(label, ImVec2(width, height));
    int under = -1;
    if (ImGui::IsItemHovered()) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        const int column = int(std::floor((m.x - grid.x) / pitch)), row = int(std::floor((m.y - grid.y) / pitch));
        const int i = column * 7 + row - offset;
        if (column >= 0 && row >= 0 && row < 7 && i >= 0 && i < count) under = i;
    }
    const int shown = shown_index(ui, state, pressed, under, count);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (!ui.phone)
        for (int row : {0, 2, 4}) {
            dl->AddText(ImVec2(at.x, grid.y + float(row) * pitch + (pitch - line_h) / 2), u32(p.muted),
                        weekday_short_name(row));
        }
    std::string words = trf("From {first} to {last}. ", {{"first", short_day_text(day_from_number(first_day))},
                                                         {"last", short_day_text(day_from_number(first_day + count - 1))}});
    int quiet_days = 0;
    float month_label_end = -1e9f;
    for (int i = 0; i < count; ++i) {
        const DayDistress& d = days[size_t(i)];
        const CalendarDay day = day_from_number(first_day + i);
        const float x = grid.x + float((offset + i) / 7) * pitch, y = grid.y + float((offset + i) % 7) * pitch;
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + pitch - gap, y + pitch - gap),
                          u32(d.entries ? distress_colour(d.peak) : p.chip), pitch >= 8 ? 2.0f : 0.0f);
        if (i == shown) dl->AddRect(ImVec2(x - 1, y - 1), ImVec2(x + pitch - gap + 1, y + pitch - gap + 1), u32(p.text), 0, 0, 1.5f);
        // A month's name over the week its 1st falls in, unless the last name is still there.
        if (day.day == 1 && x >= month_label_end) {
            const char* m = month_short_name(day.month);
            dl->AddText(ImVec2(x, grid.y - line_h - 2), u32(p.muted), m);
            month_label_end = x + ImGui::CalcTextSize(m).x + 6;
        }
        if (d.entries) words += day_month_text(day) + ": " + day_words(d) + "; ";
        else ++quiet_days;
    }
    words += trn("{n} day without entries.", "{n} days without entries.", quiet_days);
    const std::string reading =
        shown >= 0 ? short_day_text(day_from_number(first_day + shown)) + ": " + day_words(days[size_t(shown)]) : "";
    finish_chart(ui, label, words, shown >= 0 ? &reading : nullptr,
                 grid.x + float((offset + std::max(shown, 0)) / 7) * pitch + pitch / 2);
}

void distress_key(Ui& ui) {
    const Palette& p = palette();
    const float square = 10, h = ImGui::GetTextLineHeight();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const auto swatch = [&](ImVec4 colour) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        dl->AddRectFilled(ImVec2(at.x, at.y + (h - square) / 2), ImVec2(at.x + square, at.y + (h + square) / 2),
                          u32(colour), 2);
        ImGui::Dummy(ImVec2(square, h));
        ImGui::SameLine(0, 2);
    };
    ImGui::BeginGroup();
    swatch(p.chip);
    ImGui::SameLine(0, 6);
    ImGui::TextUnformatted(tr("no entries"));
    ImGui::SameLine(0, 20);
    ImGui::TextUnformatted("0");
    ImGui::SameLine(0, 6);
    for (int d = 0; d <= 10; ++d) swatch(distress_colour(d));
    ImGui::SameLine(0, 6);
    ImGui::TextUnformatted("10");
    ImGui::EndGroup();
    note(ui, tr("Distress key"), "text",
         tr("Days without entries are plain; the highest distress of a day goes from calm teal at 0 through sand to deep "
            "rose at 10."));
}

void value_bar(Ui& ui, const std::string& label, float fraction, const std::string& text) {
    const Palette& p = palette();
    const float h = 8, line_h = ImGui::GetTextLineHeight();
    // One track width for every bar, whatever its words, so bars compare by length.
    const float track = std::floor(row_width() * (ui.phone ? 0.45f : 0.55f));
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float y = at.y + (line_h - h) / 2;
    dl->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + track, y + h), u32(p.chip), h / 2);
    const float f = std::clamp(fraction, 0.0f, 1.0f);
    if (f > 0) dl->AddRectFilled(ImVec2(at.x, y), ImVec2(at.x + std::max(h, track * f), y + h), u32(p.accent), h / 2);
    ImGui::Dummy(ImVec2(track, line_h));
    ImGui::SameLine(0, 10);
    ImGui::TextWrapped("%s", text.c_str());
    note(ui, label, "text", text);
}

void ranked_bars(Ui& ui, const char* label, const std::vector<BarRow>& rows) {
    float largest = 0;
    for (const BarRow& r : rows) largest = std::max(largest, r.value);
    std::string words;
    ImGui::BeginGroup();
    for (size_t i = 0; i < rows.size(); ++i) {
        const BarRow& r = rows[i];
        if (i) ImGui::Dummy(ImVec2(0, 2));
        label_text(ui, r.name.c_str());
        value_bar(ui, r.name, largest > 0 ? r.value / largest : 0.0f, r.value_text);
        if (!r.detail.empty()) muted_text(r.detail.c_str());
        words += (i ? "; " : "") + r.name + ": " + r.value_text + (r.detail.empty() ? "" : ", " + r.detail);
    }
    ImGui::EndGroup();
    note(ui, label, "chart", words);
}

} // namespace onward::ui
