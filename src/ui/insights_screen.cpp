#include "ui/insights_screen.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/coping.h"
#include "core/local_time.h"
#include "core/words.h"
#include "ui/entry_fields.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

// "from 18 Mar to 23 Nov", with the years when they differ.
std::string span_words(const CalendarDay& first, const CalendarDay& last) {
    const bool years = first.year != last.year;
    const auto day = [&](const CalendarDay& d) {
        return day_month_text(d) + (years ? " " + std::to_string(d.year) : std::string());
    };
    return "from " + day(first) + " to " + day(last);
}

// --- Weeks shown --------------------------------------------------------------------------

// Half a year on a desktop; on a phone a quarter, so each week stays wide enough to tap.
size_t weeks_shown(const Ui& ui) { return ui.phone ? 12 : 26; }
// The first of the newest weeks a chart shows.
size_t first_shown(const Ui& ui, size_t weeks) { return weeks - std::min(weeks, weeks_shown(ui)); }

std::string over_weeks_words(size_t n) { return n == 1 ? "this week" : "the last " + std::to_string(n) + " weeks"; }

// A week's column: its Monday under the axis, and its reading starting with which week it
// is. The last is the week under way, on a soft band, since it is not over yet.
ChartColumn week_column(const CalendarDay& monday, bool this_week, const std::string& what) {
    ChartColumn c;
    c.tick = day_month_text(monday);
    c.words = (this_week ? std::string("This week so far") : "Week of " + c.tick) + ": " + what;
    c.highlight = this_week;
    return c;
}

// --- Cards --------------------------------------------------------------------------------

void nothing_yet(Ui& ui, const char* label, const char* words) {
    muted_text(words);
    note(ui, label, "text", words);
}

const char* signal_key(Signal s) {
    switch (s) {
    case Signal::NewResponses: return "new-responses";
    case Signal::LastingRelief: return "lasting-relief";
    case Signal::Distress: return "distress";
    case Signal::StayingWithIt: return "staying-with-it";
    case Signal::WeeklyCheck: return "weekly-check";
    case Signal::Questionnaire: return "questionnaire";
    case Signal::Avoidance: break;
    }
    return "avoidance";
}

void summary_card(Ui& ui, const Insights& in) {
    begin_card();
    heading(ui, "The answer so far");
    if (in.days.weeks == 0) {
        nothing_yet(ui, "Summary",
                    "Nothing to compare yet. As you note how you cope, this will set the last 4 weeks beside the 4 "
                    "before, in plain words and counts.");
        end_card();
        return;
    }
    for (const SummaryLine& line : in.summary.lines) {
        ImGui::TextWrapped("%s", line.words.c_str());
        note(ui, std::string("Summary ") + (line.signal == Signal::Questionnaire ? line.questionnaire : signal_key(line.signal)),
             "text", line.words);
    }
    muted_text("Each line sets the last 4 weeks beside the 4 weeks before. It describes your records, not you.");
    end_card();
}

InsightsAction phase_card(Ui& ui, const PhaseInsight& phase, std::string& key) {
    begin_card();
    heading(ui, "Where things stand");
    label_text(ui, phase_words(phase.phase));
    std::string words = phase_words(phase.phase);
    if (phase.chosen) {
        const std::string chosen = phase.inferred == phase.phase
                                       ? std::string("You chose this, and your records point the same way.")
                                       : std::string("You chose this. From your records alone, Onward would suggest: ") +
                                             phase_words(phase.inferred) + ".";
        ImGui::TextWrapped("%s", chosen.c_str());
        words += ". " + chosen;
    }
    muted_text(phase.why.c_str());
    words += (phase.chosen ? " " : ". ") + phase.why;
    note(ui, "Phase", "status", words);
    ImGui::Dummy(ImVec2(0, 4));
    label_text(ui, "Choose for yourself");
    InsightsAction action = InsightsAction::None;
    const Phase phases[] = {Phase::Crisis, Phase::Stabilising, Phase::ReadyForHealing};
    for (size_t i = 0; i < 3; ++i) {
        const char* text = phase_words(phases[i]);
        const bool on = phase.chosen && phase.phase == phases[i];
        flow(chip_width(text), i == 0);
        if (toggle_chip(ui, text, std::string("Phase ") + text, on) && !on) {
            action = InsightsAction::SetPhase;
            key = phase_key(phases[i]);
        }
    }
    flow(chip_width("Let Onward suggest"), false);
    if (toggle_chip(ui, "Let Onward suggest", "Let Onward suggest", !phase.chosen) && phase.chosen)
        action = InsightsAction::ClearPhase;
    end_card();
    return action;
}

void coping_card(Ui& ui, ChartState& state, const AvoidanceInsight& a) {
    begin_card();
    heading(ui, "How you coped, week by week");
    const size_t first = first_shown(ui, a.weeks.size());
    std::vector<ChartColumn> columns;
    int total = 0;
    for (size_t i = first; i < a.weeks.size(); ++i) {
        const ActionWeek& w = a.weeks[i];
        const int all = w.soothe + w.face + w.avoid;
        total += all;
        ChartColumn c = week_column(w.monday, i + 1 == a.weeks.size(),
                                    all == 0 ? std::string("no actions noted")
                                             : std::to_string(w.soothe) + " soothe, " + std::to_string(w.face) +
                                                   " face, " + std::to_string(w.avoid) + " avoid");
        c.values = {float(w.soothe), float(w.face), float(w.avoid)};
        columns.push_back(std::move(c));
    }
    if (total == 0) {
        nothing_yet(ui, "Coping weeks",
                    "Nothing here yet. When you note what you did to cope, each week shows how much of it soothed, "
                    "faced or avoided.");
        end_card();
        return;
    }
    const std::string intro = "What you did each week, practices included, over " + over_weeks_words(columns.size()) + ".";
    muted_text(intro.c_str());
    const Palette& p = palette();
    stacked_bars(ui, state, "Coping by week",
                 {{coping_function_words(CopingFunction::Soothe), mix(p.accent, p.card, 0.55f)},
                  {coping_function_words(CopingFunction::Face), p.accent},
                  {coping_function_words(CopingFunction::Avoid), mix(p.muted, p.card, 0.3f)}},
                 columns);

    // The kinds of avoiding in the newest 4 weeks: what the person turned to, with counts.
    std::array<int, kAvoidKindSlots> kinds{};
    for (size_t i = a.weeks.size() - std::min<size_t>(4, a.weeks.size()); i < a.weeks.size(); ++i)
        for (size_t k = 0; k < kAvoidKindSlots; ++k) kinds[k] += a.weeks[i].avoid_kinds[k];
    std::string list;
    const auto add = [&](int n, const char* name) {
        if (n > 0) list += (list.empty() ? "" : " \xC2\xB7 ") + std::string(name) + " " + std::to_string(n);
    };
    for (AvoidKind k : kAvoidKinds) add(kinds[size_t(k)], avoid_kind_words(k));
    add(kinds[size_t(AvoidKind::Unsaid)], "No kind named");
    ImGui::Dummy(ImVec2(0, 4));
    label_text(ui, "Avoiding, by kind, in the last 4 weeks");
    if (list.empty()) list = "None noted.";
    ImGui::TextWrapped("%s", list.c_str());
    note(ui, "Avoiding by kind", "text", list);
    end_card();
}

void triggers_card(Ui& ui, const TriggersInsight& t) {
    begin_card();
    heading(ui, "Old triggers, new responses");
    if (t.triggers.empty()) {
        nothing_yet(ui, "Triggers",
                    "Nothing here yet. When a trigger comes up a second time, it shows here with how often you met it "
                    "in a new way.");
        end_card();
        return;
    }
    muted_text("Each trigger that came back, and how often you met it in a new way: its earlier times beside its "
               "latest ones.");
    // The most frequent ones in full; a long tail as one line with its counts, so the card
    // stays a glance rather than a scroll.
    const size_t in_full = std::min<size_t>(t.triggers.size(), 8);
    for (size_t i = 0; i < in_full; ++i) {
        const TriggerInsight& tr = t.triggers[i];
        if (i) divider();
        else ImGui::Dummy(ImVec2(0, 4));
        label_text(ui, tr.name.c_str());
        const std::string counts = "Came up " + counted(tr.times, "time", "times") + " " +
                                   span_words(calendar_day(tr.first), calendar_day(tr.last)) + ", " +
                                   counted(tr.new_responses, "time", "times") + " with a new response.";
        muted_text(counts.c_str());
        note(ui, "Trigger " + tr.name, "text", counts);
        const float half = float(std::max(tr.half, 1));
        value_bar(ui, tr.name + " earlier", float(tr.first_half_new) / half,
                  "First " + counted(tr.half, "time", "times") + ": " + std::to_string(tr.first_half_new) + " new");
        value_bar(ui, tr.name + " latest", float(tr.second_half_new) / half,
                  "Latest " + counted(tr.half, "time", "times") + ": " + std::to_string(tr.second_half_new) + " new");
    }
    if (in_full < t.triggers.size()) {
        std::string rest;
        for (size_t i = in_full; i < t.triggers.size(); ++i) {
            const TriggerInsight& tr = t.triggers[i];
            rest += (rest.empty() ? "" : " \xC2\xB7 ") + tr.name + ": " + counted(tr.times, "time", "times") + ", " +
                    std::to_string(tr.new_responses) + " new";
        }
        divider();
        label_text(ui, "Also came back");
        ImGui::TextWrapped("%s", rest.c_str());
        note(ui, "Other triggers", "text", rest);
    }
    end_card();
}

// The middle of an action's drops, in words: "typical" says it without the statistics.
std::string drop_words(double drop) {
    if (drop > 0) return "Typically eased distress by " + decimal_words(drop);
    if (drop < 0) return "Typically distress rose by " + decimal_words(-drop);
    return "Typically no change in distress";
}

void relief_card(Ui& ui, const ReliefInsight& r) {
    begin_card();
    heading(ui, "Relief that lasted");
    if (r.actions.empty()) {
        nothing_yet(ui, "Relief",
                    "Nothing here yet. When you rate your distress before and after something you do, this shows what "
                    "eased it, and for how long.");
        end_card();
        return;
    }
    std::vector<BarRow> ranked;
    std::string unranked;
    for (const ActionRelief& a : r.actions) {
        const std::string uses = counted(a.uses, "use", "uses") + ", " + std::to_string(a.measured) +
                                 " with distress before and after";
        if (a.rank == 0) {
            unranked += (unranked.empty() ? "" : " \xC2\xB7 ") + a.name + ": " + uses;
            continue;
        }
        std::string detail = uses;
        detail += a.rechecked ? "; lasted at the re-check " + std::to_string(a.lasted) + " of " +
                                    counted(a.rechecked, "time", "times")
                              : std::string("; no re-checks yet");
        if (a.lasting + a.short_lived > 0)
            detail += "; you called it lasting " + std::to_string(a.lasting) + ", short-lived " +
                      std::to_string(a.short_lived);
        ranked.push_back({std::to_string(a.rank) + ". " + a.name, float(std::max(0.0, a.median_drop)),
                          drop_words(a.median_drop), detail});
    }
    if (!ranked.empty()) {
        muted_text("What eased distress most right after, ranked by its typical drop, with how often the relief "
                   "lasted when you checked again later.");
        ImGui::Dummy(ImVec2(0, 4));
        ranked_bars(ui, "Relief by action", ranked);
    }
    if (!unranked.empty()) {
        if (!ranked.empty()) divider();
        label_text(ui, "Not enough data yet");
        const std::string why = "An action is ranked once " + std::to_string(kMinReliefUses) +
                                " of its uses have distress before and after.";
        muted_text(why.c_str());
        ImGui::TextWrapped("%s", unranked.c_str());
        note(ui, "Relief not enough data yet", "text", unranked);
    }
    end_card();
}

void distress_card(Ui& ui, InsightsScreenState& state, const Insights& in) {
    begin_card();
    heading(ui, "Distress");
    if (in.days.weeks == 0) {
        nothing_yet(ui, "Distress",
                    "Nothing here yet. Each distress rating you give shows here, week by week and day by day.");
        end_card();
        return;
    }
    const DistressInsight& d = in.distress;
    const size_t first = first_shown(ui, d.weeks.size());
    std::vector<ChartColumn> columns;
    int entries = 0;
    for (size_t i = first; i < d.weeks.size(); ++i) {
        const DistressWeek& w = d.weeks[i];
        entries += w.entries;
        ChartColumn c = week_column(w.monday, i + 1 == d.weeks.size(),
                                    w.entries == 0 ? std::string("no entries")
                                                   : counted(w.entries, "entry", "entries") + ", average " +
                                                         decimal_words(w.mean) + ", highest " + std::to_string(w.peak));
        c.values = {float(w.mean), float(w.peak), 0};
        c.has = {w.entries > 0, w.entries > 0, false};
        columns.push_back(std::move(c));
    }
    if (entries == 0) {
        const std::string none = "No distress ratings in " + over_weeks_words(columns.size()) + ".";
        nothing_yet(ui, "Distress by week", none.c_str());
    } else {
        const std::string intro = "The average and the highest of your ratings each week, over " +
                                  over_weeks_words(columns.size()) + ".";
        muted_text(intro.c_str());
        const Palette& p = palette();
        line_chart(ui, state.distress, "Distress by week", {{"Average", p.accent}, {"Highest", mix(p.muted, p.card, 0.2f)}},
                   columns, 0, 10, {});
    }
    ImGui::Dummy(ImVec2(0, 4));
    label_text(ui, "The last 365 days");
    year_grid(ui, state.year, "Distress by day", in.days.today - (kYearDays - 1), d.year);
    distress_key(ui);
    muted_text("Each square is a day, coloured by its highest distress.");
    end_card();
}

void staying_card(Ui& ui, InsightsScreenState& state, const StayingInsight& s) {
    begin_card();
    heading(ui, "Staying with it");
    const size_t first = first_shown(ui, s.weeks.size());
    std::vector<ChartColumn> minutes, answers;
    double all_minutes = 0;
    int all_answers = 0;
    for (size_t i = first; i < s.weeks.size(); ++i) {
        const StayWeek& w = s.weeks[i];
        const bool now = i + 1 == s.weeks.size();
        all_minutes += w.session_minutes + w.stayed_minutes;
        all_answers += w.stayed_yes + w.stayed_no;
        std::string spent;
        if (w.sessions)
            spent = counted(w.sessions, "session", "sessions") + ", " + decimal_words(w.session_minutes) + " minutes";
        if (w.stayed_minutes)
            spent += (spent.empty() ? "" : "; ") + std::string("stayed with a feeling for ") +
                     std::to_string(w.stayed_minutes) + " minutes";
        ChartColumn m = week_column(w.monday, now, spent.empty() ? std::string("no minutes noted") : spent);
        m.values = {float(w.session_minutes), float(w.stayed_minutes), 0};
        minutes.push_back(std::move(m));
        ChartColumn a = week_column(w.monday, now,
                                    "stayed " + std::to_string(w.stayed_yes) + ", not this time " +
                                        std::to_string(w.stayed_no));
        a.values = {float(w.stayed_yes), float(w.stayed_no), 0};
        answers.push_back(std::move(a));
    }
    if (all_minutes <= 0 && all_answers == 0) {
        nothing_yet(ui, "Staying with it",
                    "Nothing here yet. When you practise staying with it, or note whether you stayed with a feeling, "
                    "the minutes show here week by week.");
        end_card();
        return;
    }
    const Palette& p = palette();
    if (all_minutes > 0) {
        const std::string intro = "Minutes spent staying with feelings, over " + over_weeks_words(minutes.size()) + ".";
        muted_text(intro.c_str());
        stacked_bars(ui, state.stay_minutes, "Minutes staying with it",
                     {{"Stay with it sessions", p.accent}, {"Stayed with a feeling", mix(p.accent, p.card, 0.55f)}},
                     minutes);
    }
    if (all_answers > 0) {
        ImGui::Dummy(ImVec2(0, 4));
        label_text(ui, "Did I stay with the feeling?");
        stacked_bars(ui, state.stay_answers, "Stayed with the feeling",
                     {{"Stayed", p.accent}, {"Not this time", mix(p.muted, p.card, 0.3f)}}, answers);
    }
    end_card();
}

// The newest version of a questionnaire's headline score, for its bands and its sign.
const ScoreRule* headline_rule(const Journal& j, const QuestionnaireSeries& q) {
    const Questionnaire* newest = nullptr;
    for (const Questionnaire& v : j.questionnaires)
        if (v.id == q.questionnaire && (!newest || v.version > newest->version)) newest = &v;
    if (!newest) return nullptr;
    for (const ScoreRule& r : newest->scores)
        if (r.id == q.headline) return &r;
    return nullptr;
}

void checks_card(Ui& ui, InsightsScreenState& state, const Insights& in, const Journal& j) {
    begin_card();
    heading(ui, "Checks over time");
    state.checks.resize(in.checks.size());
    bool any = false;
    for (size_t s = 0; s < in.checks.size(); ++s) {
        const QuestionnaireSeries& q = in.checks[s];
        if (q.points.empty() || q.headline.empty()) continue;
        const size_t first = q.points.size() - std::min(q.points.size(), weeks_shown(ui));
        std::vector<ChartColumn> points;
        for (size_t i = first; i < q.points.size(); ++i) {
            const Score& score = q.points[i].headline;
            ChartColumn c;
            c.tick = day_month_text(calendar_day(q.points[i].taken));
            c.words = c.tick + ": " +
                      (!score.has_value ? std::string("no score (too few answers)")
                                        : (q.low < 0 && score.value > 0 ? "+" : "") + decimal_words(score.value) +
                                              (score.band.empty() ? "" : " \xC2\xB7 " + score.band));
            c.values[0] = float(score.value);
            c.has[0] = score.has_value;
            points.push_back(std::move(c));
        }
        if (any) divider();
        any = true;
        const std::string title =
            q.headline_name.empty() || q.headline_name == q.title ? q.title : q.title + ": " + q.headline_name;
        label_text(ui, title.c_str());
        const std::string range = (points.size() < q.points.size() ? "Your last " + std::to_string(points.size()) + " checks"
                                                                    : std::string("Every check so far")) +
                                  ", on a range from " + decimal_words(q.low) + " to " + decimal_words(q.high) +
                                  ". A score to watch over time, not a grade.";
        muted_text(range.c_str());
        const ScoreRule* rule = headline_rule(j, q);
        static const std::vector<Band> no_bands;
        ImGui::PushID(int(s)); // two questionnaires may share a title
        line_chart(ui, state.checks[s], ("Check " + q.title).c_str(), {{q.headline_name.c_str(), palette().accent}},
                   points, float(q.low), float(q.high), rule ? rule->bands : no_bands);
        ImGui::PopID();
    }
    if (!any)
        nothing_yet(ui, "Checks", "Nothing here yet. Each check you take in Reflect shows here over time.");
    end_card();
}

} // namespace

InsightsIntent draw_insights(Ui& ui, InsightsScreenState& state, const Insights& insights, const Journal& journal) {
    InsightsIntent intent;
    heading(ui, "Insights");
    summary_card(ui, insights);
    intent.action = phase_card(ui, insights.phase, intent.phase_key);
    coping_card(ui, state.coping, insights.avoidance);
    triggers_card(ui, insights.triggers);
    relief_card(ui, insights.relief);
    distress_card(ui, state, insights);
    staying_card(ui, state, insights.staying);
    checks_card(ui, state, insights, journal);
    return intent;
}

} // namespace onward::ui
