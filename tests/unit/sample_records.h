// Valid practices, safety plans and crisis lines to start each test from, so a test
// changes only what it is about (like test_data.h does for check-ins).
#pragma once
#include <string>
#include <vector>

#include "core/crisis_lines.h"
#include "core/practice.h"
#include "core/safety_plan.h"

// A finished 1-minute box-breathing session: 4 cycles of 16 s = 64 s.
inline onward::PracticeSession sample_practice() {
    onward::PracticeSession s;
    s.id = "practice-abc-00000001";
    s.created = {1764090245123, 60}; // 2025-11-25T18:04:05.123+01:00
    s.updated = {1764090309123, 60}; // 64 s later
    s.practice = onward::Practice::Breathing;
    s.pattern = "box";
    s.duration_ms = 64000;
    s.distress_before = 7;
    s.distress_after = 4;
    return s;
}

// "Stay with it": no pattern, three check-ins along the way.
inline onward::PracticeSession sample_stay_with_it() {
    onward::PracticeSession s;
    s.id = "practice-abc-00000002";
    s.created = {1764090245123, 60};
    s.updated = {1764090425123, 60}; // 3 min later
    s.practice = onward::Practice::StayWithIt;
    s.duration_ms = 180000;
    s.distress_before = 8;
    s.distress_after = 5;
    s.during = {{0, 8}, {60000, 7}, {125500, 5}};
    return s;
}

// A safety plan with every section written, in several scripts, and four contacts.
inline onward::SafetyPlan sample_safety_plan() {
    using onward::PlanSection;
    onward::SafetyPlan p;
    auto at = [&](PlanSection s) -> std::string& { return p.words[size_t(s)]; };
    at(PlanSection::WarningSigns) = "Not sleeping.\nCancelling plans.\n\"What's the point\" thoughts.";
    // Emoji with a zero-width joiner sequence (woman walking) and a variation selector.
    at(PlanSection::OnMyOwn) = "Walk to the river \xF0\x9F\x9A\xB6\xE2\x80\x8D\xE2\x99\x80\xEF\xB8\x8F, play piano";
    // "Café" written as e + U+0301 COMBINING ACUTE ACCENT, not as the precomposed é.
    at(PlanSection::PeopleAndPlaces) = "The library; Cafe\xCC\x81 on the corner";
    at(PlanSection::AskForHelp) = "Sam \xE2\x80\x94 my sister"; // em dash
    // Right-to-left text (Hebrew, Arabic) mixed with Latin and an explicit RLM mark.
    at(PlanSection::Professionals) =
        "Dr Reyes; \xD7\xA9\xD7\x99\xD7\xA8\xD7\x95\xD7\xAA \xD7\xAA\xD7\x9E\xD7\x99\xD7\x9B\xD7\x94\xE2\x80\x8F; "
        "\xD8\xAE\xD8\xB7 \xD8\xA7\xD9\x84\xD9\x85\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF\xD8\xA9";
    at(PlanSection::SaferSurroundings) = "  Ask Jo to keep the pills.\tTabs and   spaces  ";
    // Greek, a skin-tone modified emoji, and an embedded NUL byte (valid UTF-8: U+0000).
    at(PlanSection::LiveFor) = std::string("Mira \xF0\x9F\x91\xA7\xF0\x9F\x8F\xBD, the garden, \xCE\x96\xCF\x89\xCE\xAE") +
                               std::string(" a\0b", 4);
    p.contacts = {
        {PlanSection::AskForHelp, "Sam", "+44 (0)7700 900123"},
        {PlanSection::AskForHelp, "\xD7\x90\xD7\x9E\xD7\x90", "052-555-0100"}, // Hebrew "Ima" (Mum)
        {PlanSection::Professionals, "Dr Reyes' office", "(555) 010-4477 ext. 2"},
        {PlanSection::Professionals, "Crisis team \xF0\x9F\x9A\x91", "*99#"},
    };
    p.updated = {1764090245123, -300};
    return p;
}

// A person's own crisis-line list: edited, in several scripts, one taking texts.
inline std::vector<onward::CrisisLine> sample_crisis_lines() {
    return {
        {"Belgi\xC3\xAB / Belgique", "Zelfmoordlijn 1813", "1813", false},
        {"\xE6\x97\xA5\xE6\x9C\xAC", "\xE3\x81\x84\xE3\x81\xAE\xE3\x81\xA1\xE3\x81\xAE\xE9\x9B\xBB\xE8\xA9\xB1",
         "0570-783-556", false}, // Japan, "Inochi no denwa"
        {"US", "Crisis Text Line", "741741", true},
        {"\xD7\x99\xD7\xA9\xD7\xA8\xD7\x90\xD7\x9C", "\xD7\xA2\xD7\xA8\"\xD7\x9F", "1201", false}, // Israel, ERAN (a quote inside)
    };
}
