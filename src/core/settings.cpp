#include "core/settings.h"

#include <unordered_set>

#include "core/breathing.h"
#include "core/insights.h"
#include "core/say.h"
#include "core/themes.h"

namespace onward {

CheckPlan& check_plan(Settings& s, const std::string& questionnaire) {
    for (CheckPlan& plan : s.check_plans)
        if (plan.questionnaire == questionnaire) return plan;
    CheckPlan plan;
    plan.questionnaire = questionnaire;
    s.check_plans.push_back(plan);
    return s.check_plans.back();
}

const CheckPlan* find_check_plan(const Settings& s, const std::string& questionnaire) {
    for (const CheckPlan& plan : s.check_plans)
        if (plan.questionnaire == questionnaire) return &plan;
    return nullptr;
}

int larger_text_percent(int percent) {
    for (int p : kTextPercents)
        if (p > percent) return p;
    return percent;
}

int smaller_text_percent(int percent) {
    int smaller = percent;
    for (int p : kTextPercents)
        if (p < percent) smaller = p;
    return smaller;
}

std::vector<std::string> problems_with(const Settings& s) {
    std::vector<std::string> out;
    if (!find_breathing_pattern(s.breathing_pattern.c_str()))
        out.push_back(trf("\"{pattern}\" is not a breathing pattern Onward knows.", {{"pattern", s.breathing_pattern}}));
    if (s.breathing_minutes < 1 || s.breathing_minutes > 60) out.push_back(tr("A breathing session lasts 1 to 60 minutes."));
    if (s.recheck_delay_minutes < 15 || s.recheck_delay_minutes > 12 * 60)
        out.push_back(tr("The relief re-check comes 15 minutes to 12 hours after an entry."));
    if (s.last_backup_ms < 0) out.push_back(tr("The last backup is dated before 1970."));
    if (s.lock_after_minutes < 0 || s.lock_after_minutes > 24 * 60)
        out.push_back(tr("Onward can lock after 1 minute to 24 hours, or never (0)."));
    Theme theme;
    if (!s.theme.empty() && !theme_from_key(s.theme, theme))
        out.push_back(trf("\"{theme}\" is not a theme Onward knows: light, dark or contrast.", {{"theme", s.theme}}));
    if (s.text_percent < 80 || s.text_percent > 200) out.push_back(tr("Text size is 80% to 200%."));
    std::unordered_set<std::string> planned;
    for (const CheckPlan& plan : s.check_plans) {
        if (plan.questionnaire.empty()) out.push_back(tr("A check plan does not say which questionnaire it is for."));
        else if (!planned.insert(plan.questionnaire).second)
            out.push_back(trf("There are two check plans for \"{questionnaire}\".", {{"questionnaire", plan.questionnaire}}));
        if (plan.every_days < -1 || plan.every_days > 366)
            out.push_back(tr("A check can be offered every 1 to 366 days, only when asked (0), or as its questionnaire "
                             "says (-1)."));
        if (plan.snoozed_until_ms < 0) out.push_back(tr("A check plan's \"not now\" ends before 1970."));
    }
    Phase phase;
    if (!s.phase_override.empty() && !phase_from_key(s.phase_override, phase))
        out.push_back(trf("\"{phase}\" is not a phase Onward knows: crisis, stabilising or ready.", {{"phase", s.phase_override}}));
    return out;
}

} // namespace onward
