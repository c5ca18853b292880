// When Today offers a check: one gentle card, at the questionnaire's interval counted in
// the person's own calendar days since the last time they took it (or at once if they
// never have), unless they said "not now" today.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/questionnaire.h"
#include "core/settings.h"

namespace onward {

// How often a questionnaire is offered: the person's own choice (CheckPlan) if they made
// one, else the definition's every_days. 0 means only when the person asks.
int every_days(const Questionnaire& q, const Settings& s);

// The questionnaire Today should offer now, or nullptr. `latest` holds the newest version
// of each questionnaire the person has (the weekly check first: it wins a tie).
const Questionnaire* due_check(const std::vector<const Questionnaire*>& latest, const std::vector<CheckResult>& checks,
                               const Settings& s, LocalTime now);
// When the next check falls due after `now` (so an open Today can wake for it), or -1.
int64_t next_check_due_at(const std::vector<const Questionnaire*>& latest, const std::vector<CheckResult>& checks,
                          const Settings& s, LocalTime now);
// "Not now": the card stays away until the start of the person's next day.
void snooze_check(Settings& s, const std::string& questionnaire, LocalTime now);
// The newest check of a questionnaire, any version, or nullptr.
const CheckResult* last_check(const std::vector<CheckResult>& checks, const std::string& questionnaire);
// The instant the calendar day of `t` (in t's own offset) starts, plus `days` days.
int64_t start_of_day_ms(LocalTime t, int days = 0);

} // namespace onward
