#include "ui/insights_screen.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "core/coping.h"
#include "core/local_time.h"
#include "core/say.h"
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
    return trf("from {first} to {last}", {{"first", day(first)}, {"last", day(last)}});
}

// --- Weeks shown --------------------------------------------------------------------------

// Half a year on a desktop; on a phone a quarter, so each week stays wide enough to tap.
size_t weeks_shown(const Ui& ui) { return ui.phone ? 12 : 26; }
// The first of the newest weeks a chart shows.
size_t first_shown(const Ui& ui, size_t weeks) { return weeks - std::min(weeks, weeks_shown(ui)); }

std::string over_weeks_words(size_t n) {
    return n == 1 ? tr("this week") : trf("the last {n} weeks", {{"n", std::to_string(n)}});
}

// A week's column: its Monday under the axis, and its reading starting with which week it
// is. The last is the week under way, on a soft band, since it is not over yet.
ChartColumn week_column(const CalendarDay& monday, bool this_week, const std::string& what) {
    ChartColumn c;
    c.tick = day_month_text(monday);
    c.words = this_week ? trf("This week so far: {what}", {{"what", what}})
                        : trf("Week of {monday}: {what}", {{"monday", c.tick}, {"what", what}});
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
    heading(ui, tr("The answer so far"));
    if (in.days.weeks == 0) {
        nothing_yet(ui, tr("Summary"),
                    tr("Nothing to compare yet. As you note how you cope, this will set the last 4 weeks beside the 4 "
                       "before, in plain words and counts."));
        end_card();
        return;
    }
    for (const SummaryLine& line : in.summary.lines) {
        ImGui::TextWrapped("%s", line.words.c_str());
        note(ui, trf("Summary {signal}", {{"signal", line.signal == Signal::Questionnaire ? line.questionnaire
                                                                                         : signal_key(line.signal)}}),
             "text", line.words);
    }
    muted_text(tr("Each line sets the last 4 weeks beside the 4 weeks before. It describes your records, not you."));
    end_card();
}

InsightsAction phase_card(Ui& ui, const PhaseInsight& phase, std::string& key) {
    begin_card();
    heading(ui, tr("Where things stand"));
    label_text(ui, phase_words(phase.phase));
    std::string words = phase_words(phase.phase);
    if (phase.chosen) {
        const std::string chosen =
            phase.inferred == phase.phase
                ? tr("You chose this, and your records point the same way.")
                : trf("You chose this. From your records alone, Onward would suggest: {phase}.",
                      {{"phase", phase_words(phase.inferred)}});
        ImGui::TextWrapped("%s", chosen.c_str());
        words += ". " + chosen;
    }
    muted_text(phase.why.c_str());
    words += (phase.chosen ? " " : ". ") + phase.why;
    note(ui, tr("Phase"), "status", words);
    ImGui::Dummy(ImVec2(0, 4));
    label_text(ui, tr("Choose for yourself"));
    InsightsAction action = InsightsAction::None;
    const Phase phases[] = {Phase::Crisis, Phase::Stabilising, Phase::ReadyForHealing};
    for (size_t i = 0; i < 3; ++i) {
        const char* text = phase_words(phases[i]);
        const bool on = phase.chosen && phase.phase == phases[i];
        flow(chip_width(text), i == 0);
        if (toggle_chip(ui, text, trf("Phase {phase}", {{"phase", text}}), on) && !on) {
            action = InsightsAction::SetPhase;
            key = phase_key(phases[i]);
        }
    }
    flow(chip_width(tr("Let Onward suggest")), false);
    if (toggle_chip(ui, tr("Let Onward suggest"), tr("Let Onward suggest"), !phase.chosen) && phase.chosen)
        action = InsightsAction::ClearPhase;
    end_card();
    return action;
}

void coping_card(Ui& ui, ChartState& state, const AvoidanceInsight& a) {
    begin_card();
    heading(ui, tr("How you coped, week by week"));
    const size_t first = first_shown(ui, a.weeks.size());
    std::vector<ChartColumn> columns;
    int total = 0;
    for (size_t i = first; i < a.weeks.size(); ++i) {
        const ActionWeek& w = a.weeks[i];
        const int all = w.soothe + w.face + w.avoid;
        total += all;
        ChartColumn c = week_column(w.monday, i + 1 == a.weeks.size(),
                                    all == 0 ? tr("no actions noted")
                                             : trf("{soothe} soothe, {face} face, {avoid} avoid",
                                                   {{"soothe", std::to_string(w.soothe)},
                                                    {"face", std::to_string(w.face)},
                                                    {"avoid", std::to_string(w.avoid)}}));
        c.values = {float(w.soothe), float(w.face), float(w.avoid)};
        columns.push_back(std::move(c));
    }
    if (total == 0) {
        nothing_yet(ui, tr("Coping weeks"),
                    tr("Nothing here yet. When you note what you did to cope, each week shows how much of it soothed, "
                       "faced or avoided."));
        end_card();
        return;
    }
    const std::string intro = trf("What you did each week, practices included, over {weeks}.",
                                  {{"weeks", over_weeks_words(columns.size())}});
    muted_text(intro.c_str());
    const Palette& p = palette();
    stacked_bars(ui, state, tr("Coping by week"),
                 {{coping_function_words(CopingFunction::Soothe), p.mark_soft},
                  {coping_function_words(CopingFunction::Face), p.accent},
                  {coping_function_words(CopingFunction::Avoid), p.mark_quiet}},
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
    add(kinds[size_t(AvoidKind::Unsaid)], tr("No kind named"));
    ImGui::Dummy(ImVec2(0, 4));
    label_text(ui, tr("Avoiding, by kind, in the last 4 weeks"));
    if (list.empty()) list = tr("None noted.");

    ImGui::TextWrapped("%s", list.c_str());
    note(ui, tr("Avoiding by kind"), "text", list);
    end_card();
}

void triggers_card(Ui& ui, const TriggersInsight& t) {
    begin_card();
    heading(ui, tr("Old triggers, new responses"));
    if (t.triggers.empty()) {
        nothing_yet(ui, tr("Triggers"),
                    tr("Nothing here yet. When a trigger comes up a second time, it shows here with how often you met it "
                       "in a new way."));
        end_card();
        return;
    }
    muted_text(tr("Each trigger that came back, and how often you met it in a new way: its earlier times beside its "
                  "latest ones."));
    // The most frequent ones in full; a long tail as one line with its counts, so the card
    // stays a glance rather than a scroll.
    const size_t in_full = std::min<size_t>(t.triggers.size(), 8);
    for (size_t i = 0; i < in_full; ++i) {
        const TriggerInsight& trigger = t.triggers[i];
        if (i) divider();
        else ImGui::Dummy(ImVec2(0, 4));
        label_text(ui, trigger.name.c_str());
        const std::string counts =
            trf("Came up {times} {span}, {new} with a new response.",
                {{"times", trn("{n} time", "{n} times", trigger.times)},
                 {"span", span_words(calendar_day(trigger.first), calendar_day(trigger.last))},
                 {"new", trn("{n} time", "{n} times", trigger.new_responses)}});
        muted_text(counts.c_str());
        note(ui, trf("Trigger {name}", {{"name", trigger.name}}), "text", counts);
        const float half = float(std::max(trigger.half, 1));
        const std::string times = trn("{n} time", "{n} times", trigger.half);
        value_bar(ui, trf("{name} earlier", {{"name", trigger.name}}), float(trigger.first_half_new) / half,
                  trf("First {times}: {new} new", {{"times", times}, {"new", std::to_string(trigger.first_half_new)}}));
        value_bar(ui, trf("{name} latest", {{"name", trigger.name}}), float(trigger.second_half_new) / half,
                  trf("Latest {times}: {new} new", {{"times", times}, {"new", std::to_string(trigger.second_half_new)}}));
    }
    if (in_full < t.triggers.size()) {
        std::string rest;
        for (size_t i = in_full; i < t.triggers.size(); ++i) {
            const TriggerInsight& trigger = t.triggers[i];
            rest += (rest.empty() ? "" : " \xC2\xB7 ") +
                    trf("{name}: {times}, {new} new", {{"name", trigger.name},
                                                        {"times", trn("{n} time", "{n} times", trigger.times)},
                                                        {"new", std::to_string(trigger.new_responses)}});
        }

        divider();
        label_text(ui, tr("Also came back"));
        ImGui::TextWrapped("%s", rest.c_str());
        note(ui, tr("Other triggers"), "text", rest);
    }
    end_card();
}

// The middle of an action's drops, in words: "typical" says it without the statistics.
std::string drop_words(double drop) {
    if (drop > 0) return trf("Typically eased distress by {drop}", {{"drop", decimal_words(drop)}});
    if (drop < 0) return trf("Typically distress rose by {rise}", {{"rise", decimal_words(-drop)}});
    return tr("Typically no change in distress");
}

void relief_card(Ui& ui, const ReliefInsight& r) {
    begin_card();
    heading(ui, tr("Relief that lasted"));
    if (r.actions.empty()) {
        nothing_yet(ui, tr("Relief"),
                    tr("Nothing here yet. When you rate your distress before and after something you do, this shows what "
                       "eased it, and for how long."));
        end_card();
        return;
    }
    std::vector<BarRow> ranked;
    std::string unranked;
    for (const ActionRelief& a : r.actions) {
        const std::string uses = trn("{n} use, {measured} with distress before and after",
                                     "{n} uses, {measured} with distress before and after", a.uses,
                                     {{"measured", std::to_string(a.measured)}});
        if (a.rank == 0) {
            unranked += (unranked.empty() ? "" : " \xC2\xB7 ") + a.name + ": " + uses;
            continue;
        }
        std::string detail = uses;
        detail += a.rechecked ? trn("; lasted at the re-check {lasted} of {n} time",
                                    "; lasted at the re-check {lasted} of {n} times", a.rechecked,
                                    {{"lasted", std::to_string(a.lasted)}})
                              : tr("; no re-checks yet");
        if (a.lasting + a.short_lived > 0)
            detail += trf("; you called it lasting {lasting}, short-lived {short}",
                          {{"lasting", std::to_string(a.lasting)}, {"short", std::to_string(a.short_lived)}});
        ranked.push_back({trf("{rank}. {name}", {{"rank", std::to_string(a.rank)}, {"name", a.name}}),
                          float(std::max(0.0, a.median_drop)),
                          drop_words(a.median_drop), detail});
    }
    if (!ranked.empty()) {
        muted_text(tr("What eased distress most right after, ranked by its typical drop, with how often the relief "
                      "lasted when you checked again later."));
        ImGui::Dummy(ImVec2(0, 4));
        ranked_bars(ui, tr("Relief by action"), ranked);
    }
    if (!unranked.empty()) {
        if (!ranked.empty()) divider();
        label_text(ui, tr("Not enough data yet"));
        const std::string why = trf("An action is ranked once {n} of its uses have distress before and after.",
                                    {{"n", std::to_string(kMinReliefUses)}});

        muted_text(why.c_str());
        ImGui::TextWrapped("%s", unranked.c_str());
        note(ui, tr("Relief not enough data yet"), "text", unranked);
    }
    end_card();
}

void distress_card(Ui& ui, InsightsScreenState& state, const Insights& in) {
    begin_card();
    heading(ui, tr("Distress"));
    if (in.days.weeks == 0) {
        nothing_yet(ui, tr("Distress"),
                    tr("Nothing here yet. Each distress rating you give shows here, week by week and day by day."));
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
                                    w.entries == 0 ? tr("no entries")
                                                   : trn("{n} entry, average {mean}, highest {peak}",
                                                         "{n} entries, average {mean}, highest {peak}", w.entries,
                                                         {{"mean", decimal_words(w.mean)}, {"peak", std::to_string(w.peak)}}));
        c.values = {float(w.mean), float(w.peak), 0};
        c.has = {w.entries > 0, w.entries > 0, false};
        columns.push_back(std::move(c));
    }
    if (entries == 0) {
        const std::string none = trf("No distress ratings in {weeks}.", {{"weeks", over_weeks_words(columns.size())}});
        nothing_yet(ui, tr("Distress by week"), none.c_str());
    } else {
        const std::string intro = trf("The average and the highest of your ratings each week, over {weeks}.",
                                      {{"weeks", over_weeks_words(columns.size())}});
        muted_text(intro.c_str());
        const Palette& p = palette();
        line_chart(ui, state.distress, tr("Distress by week"),
                   {{tr("Average"), p.accent}, {tr("Highest"), p.mark_quiet}},
                   columns, 0, 10, {});
    }
    ImGui::Dummy(ImVec2(0, 4));
    label_text(ui, tr("The last 365 days"));
    year_grid(ui, state.year, tr("Distress by day"), in.days.today - (kYearDays - 1), d.year);
    distress_key(ui);
    muted_text(tr("Each square is a day, coloured by its highest distress."));
    end_card();
}

void staying_card(Ui& ui, InsightsScreenState& state, const StayingInsight& s) {
    begin_card();
    heading(ui, tr("Staying with it"));
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
            spent = trn("{n} session, {minutes} minutes", "{n} sessions, {minutes} minutes", w.sessions,
                        {{"minutes", decimal_words(w.session_minutes)}});
        if (w.stayed_minutes)
            spent += (spent.empty() ? "" : "; ") + trf("stayed with a feeling for {minutes} minutes",
                                                       {{"minutes", std::to_string(w.stayed_minutes)}});
        ChartColumn m = week_column(w.monday, now, spent.empty() ? tr("no minutes noted") : spent);
        m.values = {float(w.session_minutes), float(w.stayed_minutes), 0};
        minutes.push_back(std::move(m));
        ChartColumn a = week_column(w.monday, now,
                                    trf("stayed {yes}, not this time {no}",
                                        {{"yes", std::to_string(w.stayed_yes)}, {"no", std::to_string(w.stayed_no)}}));
        a.values = {float(w.stayed_yes), float(w.stayed_no), 0};
        answers.push_back(std::move(a));
    }
    if (all_minutes <= 0 && all_answers == 0) {
        nothing_yet(ui, tr("Staying with it"),
                    tr("Nothing here yet. When you practise staying with it, or note whether you stayed with a feeling, "
                       "the minutes show here week by week."));
        end_card();
        return;
    }
    const Palette& p = palette();
    if (all_minutes > 0) {
        const std::string intro =
            trf("Minutes spent staying with feelings, over {weeks}.", {{"weeks", over_weeks_words(minutes.size())}});
        muted_text(intro.c_str());
        stacked_bars(ui, state.stay_minutes, tr("Minutes staying with it"),
                     {{tr("Stay with it sessions"), p.accent}, {tr("Stayed with a feeling"), p.mark_soft}},
                     minutes);
    }
    if (all_answers > 0) {
        ImGui::Dummy(ImVec2(0, 4));
        label_text(ui, tr("Did I stay with the feeling?"));
        stacked_bars(ui, state.stay_answers, tr("Stayed with the feeling"),
                     {{tr("Stayed"), p.accent}, {tr("Not this time"), p.mark_quiet}}, answers);
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
    heading(ui, tr("Checks over time"));
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
                      (!score.has_value ? std::string(tr("no score (too few answers)"))
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
        const Blanks blanks = {{"low", decimal_words(q.low)}, {"high", decimal_words(q.high)}};
        const std::string range =
            points.size() < q.points.size()
                ? trn("Your last {n} check, on a range from {low} to {high}. A score to watch over time, not a grade.",
                      "Your last {n} checks, on a range from {low} to {high}. A score to watch over time, not a grade.",
                      long(points.size()), blanks)
                : trf("Every check so far, on a range from {low} to {high}. A score to watch over time, not a grade.",
                      blanks);

        muted_text(range.c_str());
        const ScoreRule* rule = headline_rule(j, q);
        static const std::vector<Band> no_bands;
        ImGui::PushID(int(s)); // two questionnaires may share a title
        line_chart(ui, state.checks[s], trf("Check {title}", {{"title", q.title}}).c_str(),
                   {{q.headline_name.c_str(), palette().accent}},

                   points, float(q.low), float(q.high), rule ? rule->bands : no_bands);
        ImGui::PopID();
    }
    if (!any)
        nothing_yet(ui, tr("Checks"), tr("Nothing here yet. Each check you take in Reflect shows here over time."));
    end_card();
}

} // namespace

InsightsIntent draw_insights(Ui& ui, InsightsScreenState& state, const Insights& insights, const Journal& journal) {
    InsightsIntent intent;
    heading(ui, tr("Insights"));
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
