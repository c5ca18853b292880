#include <doctest/doctest.h>

#include <string>

#include "core/practice.h"
#include "core/timed_steps.h"

using namespace onward;

namespace {

// 2 s + 3 s + 5 s = a 10 s sequence. Every edge is a whole number of milliseconds and of
// seconds, so elapsed_ms / 1000 lands on the edges exactly.
const std::vector<TimedStep> kSteps = {{"a", 2}, {"b", 3}, {"c", 5}};

} // namespace

TEST_CASE("total_seconds adds the steps up") {
    CHECK(total_seconds(kSteps) == 10.0);
    CHECK(total_seconds({}) == 0.0);
    CHECK(total_seconds({{"only", 0.25}}) == 0.25);
    // The body scan: 15 + 20 + 20 + 20 + 20 + 25 + 20 + 15 = 155 s.
    CHECK(body_scan_steps().size() == 8);
    CHECK(total_seconds(body_scan_steps()) == 155.0);
}

TEST_CASE("step_at at the very start, and before it") {
    for (bool repeat : {true, false}) {
        CAPTURE(repeat);
        // Elapsed 0, and a negative elapsed (a clock read just before the start) both
        // mean: the first step, nothing of it done, all of it left.
        for (double elapsed : {0.0, -1.0, -5000.0}) {
            CAPTURE(elapsed);
            const StepAt at = step_at(kSteps, elapsed, repeat);
            CHECK(at.index == 0);
            CHECK(at.round == 0);
            CHECK(at.progress == 0.0);
            CHECK(at.seconds_left == 2.0);
            CHECK_FALSE(at.ended);
        }
    }
}

TEST_CASE("step_at inside a step and exactly on the edges between steps") {
    for (bool repeat : {true, false}) {
        CAPTURE(repeat);
        // 1 s into the 2 s step "a": half way, 1 s left.
        StepAt at = step_at(kSteps, 1000, repeat);
        CHECK(at.index == 0);
        CHECK(at.progress == doctest::Approx(0.5));
        CHECK(at.seconds_left == doctest::Approx(1.0));

        // 1 ms before the edge: still "a", almost done.
        at = step_at(kSteps, 1999, repeat);
        CHECK(at.index == 0);
        CHECK(at.progress == doctest::Approx(1.999 / 2).epsilon(1e-12));
        CHECK(at.seconds_left == doctest::Approx(0.001).epsilon(1e-9));

        // Exactly 2 s: "a" is over, "b" starts with all 3 s left.
        at = step_at(kSteps, 2000, repeat);
        CHECK(at.index == 1);
        CHECK(at.progress == 0.0);
        CHECK(at.seconds_left == 3.0);
        CHECK_FALSE(at.ended);

        // 3.5 s: 1.5 s into "b" (3 s long), half way.
        at = step_at(kSteps, 3500, repeat);
        CHECK(at.index == 1);
        CHECK(at.progress == doctest::Approx(0.5));
        CHECK(at.seconds_left == doctest::Approx(1.5));

        // Exactly 2 + 3 = 5 s: the last step "c" starts.
        at = step_at(kSteps, 5000, repeat);
        CHECK(at.index == 2);
        CHECK(at.progress == 0.0);
        CHECK(at.seconds_left == 5.0);

        // 9.999 s: still in "c", 1 ms left.
        at = step_at(kSteps, 9999, repeat);
        CHECK(at.index == 2);
        CHECK(at.round == 0);
        CHECK(at.progress == doctest::Approx(4.999 / 5).epsilon(1e-12));
        CHECK(at.seconds_left == doctest::Approx(0.001).epsilon(1e-9));
        CHECK_FALSE(at.ended);
    }
}

TEST_CASE("a repeating sequence starts again and counts the rounds") {
    // Exactly 10 s: round 1 begins, back at "a".
    StepAt at = step_at(kSteps, 10000, true);
    CHECK(at.round == 1);
    CHECK(at.index == 0);
    CHECK(at.progress == 0.0);
    CHECK(at.seconds_left == 2.0);
    CHECK_FALSE(at.ended);

    // 27.5 s = 2 whole rounds (20 s) + 7.5 s; 7.5 s is 2.5 s into "c" (which starts at 5 s).
    at = step_at(kSteps, 27500, true);
    CHECK(at.round == 2);
    CHECK(at.index == 2);
    CHECK(at.progress == doctest::Approx(0.5));
    CHECK(at.seconds_left == doctest::Approx(2.5));

    // 32 s = 3 rounds + 2 s: exactly the "a" → "b" edge of round 3.
    at = step_at(kSteps, 32000, true);
    CHECK(at.round == 3);
    CHECK(at.index == 1);
    CHECK(at.progress == 0.0);

    // An hour: 3600 / 10 = 360 whole rounds, back at the start of "a".
    at = step_at(kSteps, 3600e3, true);
    CHECK(at.round == 360);
    CHECK(at.index == 0);
    CHECK(at.progress == 0.0);
    CHECK_FALSE(at.ended);

    // Just before the hour: the end of round 359.
    at = step_at(kSteps, 3600e3 - 1, true);
    CHECK(at.round == 359);
    CHECK(at.index == 2);
}

TEST_CASE("a one-way sequence ends after its last step and stays ended") {
    // At exactly 10 s, and any time later: ended, index one past the last step (== size),
    // all done, nothing left, and no rounds (it does not repeat).
    for (double elapsed : {10000.0, 10001.0, 27500.0, 1e12}) {
        CAPTURE(elapsed);
        const StepAt at = step_at(kSteps, elapsed, false);
        CHECK(at.ended);
        CHECK(at.index == 3);
        CHECK(at.index == int(kSteps.size()));
        CHECK(at.round == 0);
        CHECK(at.progress == 1.0);
        CHECK(at.seconds_left == 0.0);
    }
}

TEST_CASE("the body scan moves through its steps once and ends at 155 s") {
    const std::vector<TimedStep>& scan = body_scan_steps();
    // Step edges: 0, 15, 35, 55, 75, 95, 120, 140, (end) 155.
    const double edges[] = {0, 15, 35, 55, 75, 95, 120, 140};
    for (int i = 0; i < 8; ++i) {
        CAPTURE(i);
        StepAt at = step_at(scan, edges[i] * 1000, false);
        CHECK(at.index == i);
        CHECK(at.progress == 0.0);
        CHECK(at.seconds_left == scan[size_t(i)].seconds);
        CHECK_FALSE(at.ended);
        if (i > 0) {
            // 1 ms earlier is still the step before, all but done.
            at = step_at(scan, edges[i] * 1000 - 1, false);
            CHECK(at.index == i - 1);
            CHECK(at.seconds_left == doctest::Approx(0.001).epsilon(1e-9));
        }
    }
    // The 25 s "look around the room" step runs 95 s … 120 s; 107.5 s is its middle.
    StepAt at = step_at(scan, 107500, false);
    CHECK(at.index == 5);
    CHECK(at.progress == doctest::Approx(0.5));
    CHECK(std::string(scan[5].words).find("three colours") != std::string::npos);

    at = step_at(scan, 154999, false);
    CHECK(at.index == 7);
    CHECK_FALSE(at.ended);
    at = step_at(scan, 155000, false);
    CHECK(at.ended);
    CHECK(at.index == 8);
}

TEST_CASE("an empty or zero-length sequence has nothing to do") {
    for (bool repeat : {true, false}) {
        CAPTURE(repeat);
        StepAt at = step_at({}, 1000, repeat);
        CHECK(at.ended);
        CHECK(at.index == 0);
        // All steps of length 0: a cycle of 0 s cannot be repeated (it would divide by 0).
        at = step_at({{"x", 0}, {"y", 0}}, 0, repeat);
        CHECK(at.ended);
        CHECK(at.round == 0);
    }
}

TEST_CASE("a zero-length step in the middle is passed over") {
    const std::vector<TimedStep> steps = {{"a", 2}, {"nothing", 0}, {"c", 3}};
    // At exactly 2 s "a" is over and "nothing" takes no time: "c" (index 2) starts.
    const StepAt at = step_at(steps, 2000, false);
    CHECK(at.index == 2);
    CHECK(at.progress == 0.0);
    CHECK(at.seconds_left == 3.0);
}

TEST_CASE("the practice clock runs from its start") {
    const PracticeClock c = start_clock(1000);
    CHECK_FALSE(is_paused(c));
    CHECK(elapsed_ms(c, 1000) == 0.0);
    CHECK(elapsed_ms(c, 4000) == 3000.0);
    // A "now" before the start (a clock that stepped back) is 0, never negative.
    CHECK(elapsed_ms(c, 500) == 0.0);
}

TEST_CASE("the practice clock leaves every pause out, and a second pause is not counted twice") {
    PracticeClock c = start_clock(1000);

    // Pause at 5 s: 4 s have passed, and the clock holds there while paused.
    pause_clock(c, 5000);
    CHECK(is_paused(c));
    CHECK(elapsed_ms(c, 5000) == 4000.0);
    CHECK(elapsed_ms(c, 9000) == 4000.0);

    // Pausing again at 7 s (a double tap) changes nothing: the pause still began at 5 s.
    pause_clock(c, 7000);
    CHECK(elapsed_ms(c, 9000) == 4000.0);

    // Resume at 8 s: the pause lasted 8 - 5 = 3 s, not 8 - 7 = 1 s.
    resume_clock(c, 8000);
    CHECK_FALSE(is_paused(c));
    CHECK(c.paused_total_ms == 3000.0);
    // At 10 s: 10 - 1 (start) - 3 (paused) = 6 s.
    CHECK(elapsed_ms(c, 10000) == 6000.0);

    // Resuming when not paused changes nothing.
    resume_clock(c, 9000);
    CHECK(c.paused_total_ms == 3000.0);
    CHECK(elapsed_ms(c, 10000) == 6000.0);

    // A second pause of 0.5 s (12 s … 12.5 s): paused 3.5 s in all.
    pause_clock(c, 12000);
    resume_clock(c, 12500);
    CHECK(c.paused_total_ms == 3500.0);
    // At 20 s: 20 - 1 - 3.5 = 15.5 s.
    CHECK(elapsed_ms(c, 20000) == 15500.0);

    // A third pause at 21 s, still paused at 30 s: held at 21 - 1 - 3.5 = 16.5 s.
    pause_clock(c, 21000);
    CHECK(elapsed_ms(c, 30000) == 16500.0);
    resume_clock(c, 30000);
    // Paused 3.5 + 9 = 12.5 s; at 31 s: 31 - 1 - 12.5 = 17.5 s.
    CHECK(elapsed_ms(c, 31000) == 17500.0);
}

TEST_CASE("a clock started and paused at time 0 is paused") {
    // paused_at_ms >= 0 marks a pause, so a pause at exactly 0 ms must still count.
    PracticeClock c = start_clock(0);
    pause_clock(c, 0);
    CHECK(is_paused(c));
    CHECK(elapsed_ms(c, 5000) == 0.0);
    resume_clock(c, 5000);
    CHECK(elapsed_ms(c, 6000) == 1000.0);
}
