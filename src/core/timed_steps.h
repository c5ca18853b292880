// Practices that move on by the clock: breathing patterns (repeated) and the body scan
// (once through). Where a person is, is a pure function of the time elapsed, never of
// how many frames were drawn, so a slow device or a hidden tab keeps exact time.
#pragma once
#include <vector>

namespace onward {

struct TimedStep {
    const char* words; // what the person is invited to do
    double seconds;
    int kind = 0; // the practice's own tag for the step (breathing: a BreathPhase)
};

struct StepAt {
    int index = 0;           // which step; steps.size() when a one-way sequence has ended
    int round = 0;           // how many times a repeating sequence has come round before this
    double progress = 0;     // 0 … 1 through this step
    double seconds_left = 0; // until the next step
    bool ended = false;
};

double total_seconds(const std::vector<TimedStep>& steps);
// `repeat`: start again after the last step (breathing); else stay ended (body scan).
StepAt step_at(const std::vector<TimedStep>& steps, double elapsed_ms, bool repeat);

// A practice's own clock: wall time minus the pauses.
struct PracticeClock {
    double started_ms = 0;
    double paused_at_ms = -1; // >= 0 while paused
    double paused_total_ms = 0;
};
PracticeClock start_clock(double now_ms);
void pause_clock(PracticeClock& c, double now_ms);
void resume_clock(PracticeClock& c, double now_ms);
bool is_paused(const PracticeClock& c);
double elapsed_ms(const PracticeClock& c, double now_ms);

} // namespace onward
