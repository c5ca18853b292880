// The safety plan: the person's own words, written on a calmer day, for the hardest one.
// Sections follow the common safety-planning outline; the words are theirs.
#pragma once
#include <array>
#include <string>
#include <vector>

#include "core/local_time.h"

namespace onward {

enum class PlanSection {
    WarningSigns,
    OnMyOwn,
    PeopleAndPlaces,
    AskForHelp,
    Professionals,
    SaferSurroundings,
    LiveFor,
};
constexpr int kPlanSections = 7;

struct PlanSectionWords {
    const char* key;    // stored: "warning_signs"
    const char* title;  // "Warning signs"
    const char* prompt; // a gentle question that helps the person write it
    bool has_contacts;  // the section lists people or services with numbers
};
const std::array<PlanSectionWords, kPlanSections>& plan_sections();

struct PlanContact {
    PlanSection section = PlanSection::AskForHelp;
    std::string name;   // "Sam", "Dr Reyes' office"
    std::string number; // as the person wrote it; dialled as its digits
};

struct SafetyPlan {
    std::array<std::string, kPlanSections> words; // by PlanSection
    std::vector<PlanContact> contacts;
    LocalTime updated;
};

constexpr const char* kSafetyPlanId = "safety-plan";
constexpr size_t kMaxPlanCharacters = 20000; // per section

bool is_empty(const SafetyPlan& p);
std::vector<std::string> problems_with(const SafetyPlan& p);

} // namespace onward
