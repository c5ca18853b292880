#include "core/practice.h"

#include <cmath>
#include <cstdio>

#include "core/breathing.h"
#include "core/entry.h"
#include "core/keys.h"
#include "core/say.h"
#include "core/text.h"

namespace onward {

CopingFunction coping_function(Practice p) {
    return p == Practice::StayWithIt ? CopingFunction::Face : CopingFunction::Soothe;
}

const char* practice_key(Practice p) {
    switch (p) {
    case Practice::Grounding: return "grounding";
    case Practice::BodyScan: return "body_scan";
    case Practice::StayWithIt: return "stay_with_it";
    case Practice::Breathing: break;
    }
    return "breathing";
}

bool practice_from_key(const std::string& key, Practice& out) {
    static constexpr Practice kPractices[] = {Practice::Breathing, Practice::Grounding, Practice::BodyScan,
                                              Practice::StayWithIt};
    return from_key(kPractices, practice_key, key, out);
}

std::string practice_name(const PracticeSession& s) {
    switch (s.practice) {
    case Practice::Grounding: return tr("Grounding 5-4-3-2-1");
    case Practice::BodyScan: return tr("Body scan");
    case Practice::StayWithIt: return tr("Stay with it");
    case Practice::Breathing: break;
    }
    const BreathingPattern* p = find_breathing_pattern(s.pattern.c_str());
    return p ? tr(p->name) : tr("Breathing");

}

std::vector<std::string> problems_with(const PracticeSession& s) {
    std::vector<std::string> out;
    auto distress_ok = [](int d) { return d == -1 || (d >= kMinDistress && d <= kMaxDistress); };
    if (s.id.empty()) out.push_back(tr("The practice has no id."));
    if (!distress_ok(s.distress_before) || !distress_ok(s.distress_after))
        out.push_back(tr("Distress is a number from 0 to 10."));
    for (const DistressMoment& m : s.during)
        if (!distress_ok(m.distress) || m.distress < 0) out.push_back(tr("Distress is a number from 0 to 10."));
    if (!(s.duration_ms >= 0) || s.duration_ms > 7 * 24 * 3600e3)
        out.push_back(tr("The practice's length is not a possible time."));
    bool text_ok = is_valid_utf8(s.id) && is_valid_utf8(s.pattern);
    for (const std::string& w : s.words) {
        text_ok = text_ok && is_valid_utf8(w);
        if (text_ok && count_characters(w) > kMaxTextCharacters)
            out.push_back(trf("What you wrote is longer than {max} characters.", {{"max", std::to_string(kMaxTextCharacters)}}));
    }
    if (!text_ok) out.push_back(tr("The practice holds text that is not valid UTF-8."));
    if (s.practice == Practice::Breathing && !find_breathing_pattern(s.pattern.c_str()))
        out.push_back(trf("\"{pattern}\" is not a breathing pattern Onward knows.", {{"pattern", s.pattern}}));
    return out;
}

const std::vector<GroundingStep>& grounding_steps() {
    static const std::vector<GroundingStep> kSteps = {
        {5, tr_later("see"), tr_later("Look around you. Find five things you can see.")},
        {4, tr_later("touch"), tr_later("Notice four things you can touch or feel: your clothes, the chair, the floor under your feet.")},
        {3, tr_later("hear"), tr_later("Listen for three things you can hear, near or far.")},
        {2, tr_later("smell"), tr_later("Find two things you can smell, or two smells you like.")},
        {1, tr_later("taste"), tr_later("Notice one thing you can taste, or take a sip of something.")},
    };
    return kSteps;
}

const std::vector<TimedStep>& body_scan_steps() {
    static const std::vector<TimedStep> kSteps = {
        {tr_later("Sit or stand however is comfortable. Let your eyes rest on one spot."), 15},
        {tr_later("Feel your feet on the floor. Press them down a little, and let go."), 20},
        {tr_later("Notice where your body is supported: the chair, the bed, the wall."), 20},
        {tr_later("Let your shoulders drop. Unclench your jaw. Soften your hands."), 20},
        {tr_later("Notice your breath, without changing it. Just let it come and go."), 20},
        {tr_later("Slowly turn your head and look around the room. Name three colours you see."), 25},
        {tr_later("Find something that tells you it is today, and that you are here, now."), 20},
        {tr_later("When you are ready, wriggle your fingers and toes, and come back to the room."), 15},
    };
    return kSteps;
}

std::string duration_words(double ms) {
    const long total = std::lround(ms / 1000.0);
    const long minutes = total / 60, seconds = total % 60;
    const Blanks blanks = {{"minutes", std::to_string(minutes)}, {"seconds", std::to_string(seconds)}};
    if (minutes == 0) return trf("{seconds} s", blanks);
    if (seconds == 0) return trf("{minutes} min", blanks);
    return trf("{minutes} min {seconds} s", blanks);

}

std::string timer_words(double ms) {
    const long total = long(std::floor((ms > 0 ? ms : 0) / 1000.0));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02ld:%02ld", total / 60, total % 60);
    return buf;
}

} // namespace onward
