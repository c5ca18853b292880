#include "core/breathing.h"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "core/say.h"

namespace onward {
namespace {

TimedStep phase(BreathPhase b, double seconds) {
    const char* words = "";
    switch (b) {
    case BreathPhase::In: words = tr("Breathe in"); break;
    case BreathPhase::TopUp: words = tr("A little more in"); break;
    case BreathPhase::HoldFull:
    case BreathPhase::HoldEmpty: words = tr("Hold"); break;
    case BreathPhase::Out: words = tr("Breathe out"); break;
    }
    return {words, seconds, int(b)};
}

// In a sigh the first breath in fills the lungs most of the way; the second tops them up.
constexpr double kSighFirstBreath = 0.75;

double eased(double t) { return 0.5 - 0.5 * std::cos(3.14159265358979323846 * t); }

} // namespace

const std::vector<BreathingPattern>& breathing_patterns() {
    using P = BreathPhase;
    static const std::vector<BreathingPattern> kPatterns = {
        {"box", tr_later("Box breathing"), tr_later("In for 4, hold for 4, out for 4, hold for 4."),
         {phase(P::In, 4), phase(P::HoldFull, 4), phase(P::Out, 4), phase(P::HoldEmpty, 4)}},
        {"4-7-8", tr_later("4-7-8 breathing"), tr_later("In for 4, hold for 7, a long breath out for 8."),
         {phase(P::In, 4), phase(P::HoldFull, 7), phase(P::Out, 8)}},
        {"sigh", tr_later("Physiological sigh"), tr_later("Two breaths in through the nose, then a long, slow breath out."),
         {phase(P::In, 2), phase(P::TopUp, 1), phase(P::Out, 6)}},
        // 5.5 breaths a minute: one breath every 60 / 5.5 s, half in and half out.
        {"slow", tr_later("Slow breathing"), tr_later("Five and a half breaths a minute, in and out evenly."),
         {phase(P::In, 30.0 / 5.5), phase(P::Out, 30.0 / 5.5)}},
    };
    return kPatterns;
}

const BreathingPattern* find_breathing_pattern(const char* key) {
    for (const BreathingPattern& p : breathing_patterns())
        if (std::strcmp(p.key, key) == 0) return &p;
    return nullptr;
}

double session_length_ms(const BreathingPattern& p, int minutes) {
    const double cycle = total_seconds(p.steps);
    if (cycle <= 0 || minutes <= 0) return 0;
    return std::ceil(minutes * 60.0 / cycle - 1e-9) * cycle * 1000.0;
}

BreathMoment breath_at(const BreathingPattern& p, double elapsed_ms, double session_ms) {
    BreathMoment m;
    if (p.steps.empty()) return m;
    m.finished = elapsed_ms >= session_ms;
    if (m.finished) {
        // A finished session rests at the end of its last breath out, lungs empty.
        const TimedStep& last = p.steps.back();
        m.phase = BreathPhase(last.kind);
        m.words = last.words;
        m.count = 1;
        m.phase_progress = 1;
        m.session_progress = 1;
        m.breath = session_ms > 0 ? int(std::ceil(session_ms / 1000.0 / total_seconds(p.steps) - 1e-9)) - 1 : 0;
        return m;
    }
    const StepAt at = step_at(p.steps, elapsed_ms, true);
    const TimedStep& s = p.steps[at.index];
    m.phase = BreathPhase(s.kind);
    m.words = s.words;
    m.phase_progress = at.progress;
    m.count = std::max(1, int(std::ceil(at.seconds_left - 1e-9)));
    m.breath = at.round;
    m.session_progress = std::clamp(elapsed_ms / session_ms, 0.0, 1.0);
    bool tops_up = false;
    for (const TimedStep& t : p.steps) tops_up = tops_up || BreathPhase(t.kind) == BreathPhase::TopUp;
    const double full_after_in = tops_up ? kSighFirstBreath : 1.0;
    switch (m.phase) {
    case BreathPhase::In: m.fill = full_after_in * eased(m.phase_progress); break;
    case BreathPhase::TopUp: m.fill = full_after_in + (1 - full_after_in) * eased(m.phase_progress); break;
    case BreathPhase::HoldFull: m.fill = 1; break;
    case BreathPhase::Out: m.fill = 1 - eased(m.phase_progress); break;
    case BreathPhase::HoldEmpty: m.fill = 0; break;
    }
    return m;
}

} // namespace onward
