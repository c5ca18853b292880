// Everything the person has recorded, in memory. Storage is someone else's concern.
#pragma once
#include <string>
#include <vector>

#include "core/entry.h"
#include "core/library.h"
#include "core/crisis_lines.h"
#include "core/practice.h"
#include "core/questionnaire.h"
#include "core/safety_plan.h"
#include "core/settings.h"

namespace onward {

struct Journal {
    std::vector<Entry> entries;             // check-ins and full entries, in no particular order
    std::vector<PracticeSession> practices; // in no particular order
    SafetyPlan safety_plan;
    // The person's own list once they have edited it; until then (or if they removed every
    // line), crisis mode shows the defaults: it never offers no number at all.
    bool crisis_lines_edited = false;
    std::vector<CrisisLine> crisis_lines;
    Settings settings;
    Library library = starter_library();
    // Every version of every questionnaire the person has, the weekly check (which Onward
    // ships) included, and every check they took.
    std::vector<Questionnaire> questionnaires;
    std::vector<CheckResult> checks; // in no particular order
};

// Adds the entry or practice, or replaces the one with the same id. Returns false and
// changes nothing when it has problems (see problems_with).
bool put_entry(Journal& j, const Entry& e);
// Adds many at once (replacing those with the same id), in time proportional to their
// number, not to it times the journal's size: a journal of 20 000 is read this way at
// start. Those with problems are left out. Returns the ids taken.
std::vector<std::string> put_entries(Journal& j, std::vector<Entry>&& entries);
std::vector<std::string> put_practices(Journal& j, std::vector<PracticeSession>&& sessions);
// Takes the entry out; false when there was none by that id.
bool remove_entry(Journal& j, const std::string& id);
bool put_practice(Journal& j, const PracticeSession& s);
const Entry* find_entry(const Journal& j, const std::string& id);

// Adds a questionnaire version, or replaces the one with the same id and version.
void put_questionnaire(Journal& j, const Questionnaire& q);
const Questionnaire* find_questionnaire(const Journal& j, const std::string& id, int version);
// The newest version of each questionnaire, the weekly check first, the rest by title.
std::vector<const Questionnaire*> latest_questionnaires(const Journal& j);
// Adds the check, or replaces the one with the same id; false (nothing changed) when its
// questionnaire is unknown or it has problems.
bool put_check(Journal& j, const CheckResult& c);
const CheckResult* find_check(const Journal& j, const std::string& id);
// A questionnaire's checks (every version), newest first.
std::vector<const CheckResult*> checks_of(const Journal& j, const std::string& questionnaire);
const PracticeSession* find_practice(const Journal& j, const std::string& id);

// Those made on `day` (each judged by its own recorded offset), newest first.
std::vector<const Entry*> entries_on(const Journal& j, const CalendarDay& day);
std::vector<const PracticeSession*> practices_on(const Journal& j, const CalendarDay& day);

const std::vector<CrisisLine>& crisis_lines(const Journal& j);

// "entry-lq3x9a1c-5f0e2b7d": time first so ids sort roughly by creation, then
// randomness so two devices (or a restored backup) never collide.
std::string make_record_id(const char* kind, int64_t unix_ms, uint32_t random_bits);

} // namespace onward
