#include "core/timed_steps.h"

#include <cmath>

namespace onward {

double total_seconds(const std::vector<TimedStep>& steps) {
    double s = 0;
    for (const TimedStep& t : steps) s += t.seconds;
    return s;
}

StepAt step_at(const std::vector<TimedStep>& steps, double elapsed_ms, bool repeat) {
    StepAt at;
    const double cycle = total_seconds(steps);
    if (steps.empty() || cycle <= 0) {
        at.ended = true;
        return at;
    }
    double t = elapsed_ms > 0 ? elapsed_ms / 1000.0 : 0.0;
    if (repeat) {
        at.round = int(std::floor(t / cycle));
        t -= at.round * cycle;
    } else if (t >= cycle) {
        at.index = int(steps.size());
        at.progress = 1;
        at.ended = true;
        return at;
    }
    for (const TimedStep& s : steps) {
        if (t < s.seconds || &s == &steps.back()) {
            at.progress = s.seconds > 0 ? std::fmin(t / s.seconds, 1.0) : 1.0;
            at.seconds_left = std::fmax(s.seconds - t, 0.0);
            return at;
        }
        t -= s.seconds;
        ++at.index;
    }
    return at;
}

PracticeClock start_clock(double now_ms) { return {now_ms, -1, 0}; }

void pause_clock(PracticeClock& c, double now_ms) {
    if (!is_paused(c)) c.paused_at_ms = now_ms;
}

void resume_clock(PracticeClock& c, double now_ms) {
    if (!is_paused(c)) return;
    c.paused_total_ms += now_ms - c.paused_at_ms;
    c.paused_at_ms = -1;
}

bool is_paused(const PracticeClock& c) { return c.paused_at_ms >= 0; }

double elapsed_ms(const PracticeClock& c, double now_ms) {
    const double until = is_paused(c) ? c.paused_at_ms : now_ms;
    const double e = until - c.started_ms - c.paused_total_ms;
    return e > 0 ? e : 0;
}

} // namespace onward
