#include "core/safety_plan.h"

#include "core/say.h"
#include "core/text.h"

namespace onward {

const std::array<PlanSectionWords, kPlanSections>& plan_sections() {
    static const std::array<PlanSectionWords, kPlanSections> kSections = {{
        {"warning_signs", tr_later("Warning signs"), tr_later("What tells me a hard time may be starting? Thoughts, feelings, situations."),
         false},
        {"on_my_own", tr_later("Things I can do on my own"), tr_later("What helps me take my mind off things, even a little?"), false},
        {"people_places", tr_later("People and places that help me feel better"),
         tr_later("Who or where helps me feel less alone, without having to talk about it?"), false},
        {"ask_for_help", tr_later("People I can ask for help"), tr_later("Who could I tell that I am struggling?"), true},
        {"professionals", tr_later("Professionals and services"), tr_later("Who could I call: my doctor, a therapist, a helpline?"),
         true},
        {"safer_surroundings", tr_later("Making my surroundings safer"),
         tr_later("What can I put away, or ask someone to keep, while things are hard?"), false},
        {"live_for", tr_later("What I live for"), tr_later("What matters to me, and what would I like to be here for?"), false},
    }};
    return kSections;
}

bool is_empty(const SafetyPlan& p) {
    for (const std::string& w : p.words)
        if (!trimmed(w).empty()) return false;
    return p.contacts.empty();
}

std::vector<std::string> problems_with(const SafetyPlan& p) {
    std::vector<std::string> out;
    for (size_t i = 0; i < p.words.size(); ++i) {
        const Blanks blanks = {{"section", tr(plan_sections()[i].title)}, {"max", std::to_string(kMaxPlanCharacters)}};
        if (!is_valid_utf8(p.words[i])) out.push_back(trf("{section} holds text that is not valid UTF-8.", blanks));
        else if (count_characters(p.words[i]) > kMaxPlanCharacters)
            out.push_back(trf("{section} is longer than {max} characters.", blanks));
    }
    for (const PlanContact& c : p.contacts) {
        if (!is_valid_utf8(c.name) || !is_valid_utf8(c.number)) out.push_back(tr("A contact holds text that is not valid UTF-8."));
        if (!plan_sections()[size_t(c.section)].has_contacts) out.push_back(tr("A contact is in a section without contacts."));
    }
    return out;
}

} // namespace onward
