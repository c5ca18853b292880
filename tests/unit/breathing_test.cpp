#include <doctest/doctest.h>

#include <cmath>
#include <string>

#include "core/breathing.h"

using namespace onward;

namespace {

const BreathingPattern& pattern(const char* key) {
    const BreathingPattern* p = find_breathing_pattern(key);
    REQUIRE(p != nullptr);
    return *p;
}

// A moment inside a long (one-hour) session, so nothing here is finished.
BreathMoment at_ms(const char* key, double elapsed_ms) { return breath_at(pattern(key), elapsed_ms, 3600e3); }

std::string words(const BreathMoment& m) { return m.words; }

// Hand-worked values of the easing 0.5 - 0.5·cos(π·t):
//   t = 0.125: cos(22.5°) = 0.92388  → 0.5 - 0.46194 = 0.0380602
//   t = 0.25:  cos(45°)   = 0.70711  → 0.5 - 0.35355 = 0.1464466
//   t = 0.5:   cos(90°)   = 0        → 0.5
//   t = 0.75:  cos(135°)  = -0.70711 → 0.8535534
//   t = 0.9375: cos(168.75°) = -0.98079 → 0.9903926
constexpr double kEase0125 = 0.0380602337;
constexpr double kEase025 = 0.1464466094;
constexpr double kEase075 = 0.8535533906;
constexpr double kEase09375 = 0.9903926402;

} // namespace

TEST_CASE("the four breathing patterns, their keys and names") {
    const auto& all = breathing_patterns();
    REQUIRE(all.size() == 4);
    CHECK(std::string(all[0].key) == "box");
    CHECK(std::string(all[0].name) == "Box breathing");
    CHECK(std::string(all[1].key) == "4-7-8");
    CHECK(std::string(all[1].name) == "4-7-8 breathing");
    CHECK(std::string(all[2].key) == "sigh");
    CHECK(std::string(all[2].name) == "Physiological sigh");
    CHECK(std::string(all[3].key) == "slow");
    CHECK(std::string(all[3].name) == "Slow breathing");
    for (const BreathingPattern& p : all) CHECK_FALSE(std::string(p.description).empty());

    CHECK(find_breathing_pattern("4-7-8") == &all[1]);
    CHECK(find_breathing_pattern("Box") == nullptr); // keys are exact
    CHECK(find_breathing_pattern("") == nullptr);
    CHECK(find_breathing_pattern("triangle") == nullptr);

    // Cycle lengths: box 16 s, 4-7-8 19 s, sigh 2 + 1 + 6 = 9 s, slow 2 × 60/11 = 120/11 s.
    CHECK(total_seconds(pattern("box").steps) == 16.0);
    CHECK(total_seconds(pattern("4-7-8").steps) == 19.0);
    CHECK(total_seconds(pattern("sigh").steps) == 9.0);
    CHECK(total_seconds(pattern("slow").steps) == doctest::Approx(120.0 / 11).epsilon(1e-12));
}

TEST_CASE("box breathing: in 4, hold 4, out 4, hold 4") {
    BreathMoment m = at_ms("box", 0);
    CHECK(m.phase == BreathPhase::In);
    CHECK(words(m) == "Breathe in");
    CHECK(m.count == 4); // 4 s left
    CHECK(m.phase_progress == 0.0);
    CHECK(m.fill == doctest::Approx(0.0));
    CHECK(m.breath == 0);
    CHECK_FALSE(m.finished);
    CHECK(m.session_progress == 0.0);

    m = at_ms("box", 500); // 3.5 s left rounds up to 4
    CHECK(m.count == 4);
    CHECK(m.phase_progress == doctest::Approx(0.125));
    CHECK(m.fill == doctest::Approx(kEase0125));

    m = at_ms("box", 1000); // exactly 3 s left: 3, not 4
    CHECK(m.count == 3);
    CHECK(m.fill == doctest::Approx(kEase025));

    m = at_ms("box", 2000); // the middle of the breath in: half full
    CHECK(m.count == 2);
    CHECK(m.fill == doctest::Approx(0.5));

    m = at_ms("box", 3000);
    CHECK(m.count == 1);
    CHECK(m.fill == doctest::Approx(kEase075));

    m = at_ms("box", 3500); // 0.5 s left: the count never shows 0
    CHECK(m.phase == BreathPhase::In);
    CHECK(m.count == 1);
    CHECK(m.phase_progress == doctest::Approx(0.875));

    m = at_ms("box", 4000); // exactly 4 s: the hold begins, lungs full
    CHECK(m.phase == BreathPhase::HoldFull);
    CHECK(words(m) == "Hold");
    CHECK(m.count == 4);
    CHECK(m.phase_progress == 0.0);
    CHECK(m.fill == 1.0);

    m = at_ms("box", 7999);
    CHECK(m.phase == BreathPhase::HoldFull);
    CHECK(m.count == 1);
    CHECK(m.fill == 1.0);

    m = at_ms("box", 8000); // breathing out starts from full
    CHECK(m.phase == BreathPhase::Out);
    CHECK(words(m) == "Breathe out");
    CHECK(m.count == 4);
    CHECK(m.fill == doctest::Approx(1.0));

    m = at_ms("box", 10000); // half way out: half full
    CHECK(m.count == 2);
    CHECK(m.fill == doctest::Approx(0.5));

    m = at_ms("box", 12000); // the hold with empty lungs
    CHECK(m.phase == BreathPhase::HoldEmpty);
    CHECK(words(m) == "Hold");
    CHECK(m.count == 4);
    CHECK(m.fill == 0.0);

    m = at_ms("box", 15999);
    CHECK(m.phase == BreathPhase::HoldEmpty);
    CHECK(m.count == 1);
    CHECK(m.breath == 0);

    m = at_ms("box", 16000); // breath 1 (the second) begins
    CHECK(m.phase == BreathPhase::In);
    CHECK(m.breath == 1);
    CHECK(m.count == 4);
    CHECK(m.fill == doctest::Approx(0.0));

    m = at_ms("box", 20000); // 16 + 4: breath 1's hold
    CHECK(m.phase == BreathPhase::HoldFull);
    CHECK(m.breath == 1);

    m = at_ms("box", 47500); // 47.5 - 2 × 16 = 15.5 s into breath 2: last 0.5 s of the empty hold
    CHECK(m.phase == BreathPhase::HoldEmpty);
    CHECK(m.breath == 2);
    CHECK(m.count == 1);
}

TEST_CASE("4-7-8 breathing: in 4, hold 7, out 8") {
    BreathMoment m = at_ms("4-7-8", 0);
    CHECK(m.phase == BreathPhase::In);
    CHECK(m.count == 4);

    m = at_ms("4-7-8", 4000);
    CHECK(m.phase == BreathPhase::HoldFull);
    CHECK(m.count == 7);
    CHECK(m.fill == 1.0);

    m = at_ms("4-7-8", 10900); // 6.9 s into the 7 s hold, 0.1 s left
    CHECK(m.phase == BreathPhase::HoldFull);
    CHECK(m.count == 1);
    CHECK(m.phase_progress == doctest::Approx(6.9 / 7));
    CHECK(m.fill == 1.0);

    m = at_ms("4-7-8", 11000); // 4 + 7: the long breath out, all 8 s of it
    CHECK(m.phase == BreathPhase::Out);
    CHECK(words(m) == "Breathe out");
    CHECK(m.count == 8);
    CHECK(m.phase_progress == 0.0);
    CHECK(m.fill == doctest::Approx(1.0));

    m = at_ms("4-7-8", 15000); // 4 s of 8 out: half full, 4 left
    CHECK(m.count == 4);
    CHECK(m.fill == doctest::Approx(0.5));

    m = at_ms("4-7-8", 18500); // 7.5 of 8 s out: progress 0.9375, fill 1 - 0.9903926
    CHECK(m.phase == BreathPhase::Out);
    CHECK(m.count == 1);
    CHECK(m.phase_progress == doctest::Approx(0.9375));
    CHECK(m.fill == doctest::Approx(1 - kEase09375));

    m = at_ms("4-7-8", 19000); // no empty hold: straight into breath 1
    CHECK(m.phase == BreathPhase::In);
    CHECK(m.breath == 1);
    CHECK(m.count == 4);
    CHECK(m.fill == doctest::Approx(0.0));

    m = at_ms("4-7-8", 68000); // 3 × 19 + 11: breath 3's breath out begins
    CHECK(m.phase == BreathPhase::Out);
    CHECK(m.breath == 3);
    CHECK(m.count == 8);

    // No empty hold and no top-up anywhere in a cycle.
    for (int ms = 0; ms < 19000; ms += 100) {
        const BreathPhase ph = at_ms("4-7-8", ms).phase;
        CHECK(ph != BreathPhase::HoldEmpty);
        CHECK(ph != BreathPhase::TopUp);
    }
}

TEST_CASE("the physiological sigh: in 2 to three quarters full, a top-up to full, out 6") {
    BreathMoment m = at_ms("sigh", 0);
    CHECK(m.phase == BreathPhase::In);
    CHECK(m.count == 2);
    CHECK(m.fill == doctest::Approx(0.0));

    m = at_ms("sigh", 500); // 1.5 s left rounds up to 2
    CHECK(m.count == 2);

    m = at_ms("sigh", 1000); // the middle of the first breath in: 0.75 × 0.5
    CHECK(m.phase == BreathPhase::In);
    CHECK(m.count == 1);
    CHECK(m.fill == doctest::Approx(0.375));

    m = at_ms("sigh", 1999); // the end of the first breath in: three quarters full
    CHECK(m.phase == BreathPhase::In);
    CHECK(m.fill == doctest::Approx(0.75));

    m = at_ms("sigh", 2000); // the top-up starts where the first breath ended
    CHECK(m.phase == BreathPhase::TopUp);
    CHECK(words(m) == "A little more in");
    CHECK(m.count == 1);
    CHECK(m.phase_progress == 0.0);
    CHECK(m.fill == doctest::Approx(0.75));

    m = at_ms("sigh", 2500); // half the top-up: 0.75 + 0.25 × 0.5
    CHECK(m.fill == doctest::Approx(0.875));

    m = at_ms("sigh", 2999); // the top-up ends full
    CHECK(m.phase == BreathPhase::TopUp);
    CHECK(m.fill == doctest::Approx(1.0));

    m = at_ms("sigh", 3000); // 2 + 1: the long breath out
    CHECK(m.phase == BreathPhase::Out);
    CHECK(words(m) == "Breathe out");
    CHECK(m.count == 6);
    CHECK(m.fill == doctest::Approx(1.0));

    m = at_ms("sigh", 6000); // 3 of 6 s out
    CHECK(m.count == 3);
    CHECK(m.fill == doctest::Approx(0.5));

    m = at_ms("sigh", 8999);
    CHECK(m.phase == BreathPhase::Out);
    CHECK(m.count == 1);
    CHECK(m.fill == doctest::Approx(0.0));

    m = at_ms("sigh", 9000); // 2 + 1 + 6 = 9 s: breath 1
    CHECK(m.phase == BreathPhase::In);
    CHECK(m.breath == 1);
    CHECK(m.fill == doctest::Approx(0.0));

    m = at_ms("sigh", 9000 * 4 + 2500); // breath 4, in its top-up
    CHECK(m.phase == BreathPhase::TopUp);
    CHECK(m.breath == 4);
    CHECK(m.fill == doctest::Approx(0.875));
}

TEST_CASE("slow breathing: 5.5 breaths a minute, 60/11 s in and 60/11 s out") {
    const BreathingPattern& p = pattern("slow");
    REQUIRE(p.steps.size() == 2);
    CHECK(p.steps[0].seconds == doctest::Approx(60.0 / 11).epsilon(1e-12));
    CHECK(p.steps[1].seconds == doctest::Approx(60.0 / 11).epsilon(1e-12));
    // 60 s / (120/11 s a breath) = 5.5 breaths.
    CHECK(60.0 / total_seconds(p.steps) == doctest::Approx(5.5).epsilon(1e-12));

    BreathMoment m = at_ms("slow", 0);
    CHECK(m.phase == BreathPhase::In);
    CHECK(m.count == 6); // 5.4545 s left: the count starts at 6
    CHECK(m.fill == doctest::Approx(0.0));

    // The count goes 6 → 5 when 5 whole seconds are left: at 60/11 - 5 = 5/11 s = 454.5 ms.
    CHECK(at_ms("slow", 454).count == 6);
    CHECK(at_ms("slow", 455).count == 5);

    m = at_ms("slow", 30000.0 / 11); // half of 60/11 s: half full
    CHECK(m.phase == BreathPhase::In);
    CHECK(m.count == 3); // 30/11 = 2.727 s left
    CHECK(m.fill == doctest::Approx(0.5));

    m = at_ms("slow", 60000.0 / 11 - 0.001);
    CHECK(m.phase == BreathPhase::In);
    CHECK(m.fill == doctest::Approx(1.0));

    m = at_ms("slow", 60000.0 / 11); // the breath out starts at 60/11 s
    CHECK(m.phase == BreathPhase::Out);
    CHECK(m.count == 6);
    CHECK(m.breath == 0);
    CHECK(m.fill == doctest::Approx(1.0));

    m = at_ms("slow", 90000.0 / 11); // half way out
    CHECK(m.phase == BreathPhase::Out);
    CHECK(m.fill == doctest::Approx(0.5));

    m = at_ms("slow", 120000.0 / 11 + 1); // just into breath 1
    CHECK(m.phase == BreathPhase::In);
    CHECK(m.breath == 1);

    // 5.5 breaths fill a minute: at 60 s five breaths are done and the sixth is half way,
    // at the turn from in to out.
    m = at_ms("slow", 59900);
    CHECK(m.breath == 5);
    CHECK(m.phase == BreathPhase::In);
    m = at_ms("slow", 60100);
    CHECK(m.breath == 5);
    CHECK(m.phase == BreathPhase::Out);
    // And 11 whole breaths fill two minutes.
    m = at_ms("slow", 119900);
    CHECK(m.breath == 10);
    CHECK(m.phase == BreathPhase::Out);
    m = at_ms("slow", 120100);
    CHECK(m.breath == 11);
    CHECK(m.phase == BreathPhase::In);
}

TEST_CASE("each breath in fills steadily and each breath out empties steadily") {
    // Box: 0 … 4 s in, 8 … 12 s out, sampled every 0.1 s.
    double last = -1;
    for (int ms = 0; ms < 4000; ms += 100) {
        const double f = at_ms("box", ms).fill;
        CHECK(f > last);
        last = f;
    }
    last = 2;
    for (int ms = 8000; ms < 12000; ms += 100) {
        const double f = at_ms("box", ms).fill;
        CHECK(f < last);
        last = f;
    }
    // The sigh's whole in-breath (first breath and top-up, 0 … 3 s) only ever fills.
    last = -1;
    for (int ms = 0; ms < 3000; ms += 50) {
        const BreathMoment m = at_ms("sigh", ms);
        CHECK(m.fill > last);
        CHECK(m.fill <= 1.0);
        last = m.fill;
    }
    // No jump where the top-up takes over (1 ms apart, both about 0.75).
    CHECK(std::fabs(at_ms("sigh", 2000).fill - at_ms("sigh", 1999).fill) < 1e-4);
    // The easing is symmetric: a quarter in and three quarters in add up to full.
    CHECK(at_ms("box", 1000).fill + at_ms("box", 3000).fill == doctest::Approx(1.0));
}

TEST_CASE("the count is the whole seconds left, from the phase's length down to 1") {
    // For every whole-second pattern, in its third cycle, each second of each phase.
    for (const char* key : {"box", "4-7-8", "sigh"}) {
        const BreathingPattern& p = pattern(key);
        const double cycle_ms = total_seconds(p.steps) * 1000;
        double start = 2 * cycle_ms;
        for (const TimedStep& s : p.steps) {
            const int len = int(s.seconds);
            for (int k = 0; k < len; ++k) {
                CAPTURE(key);
                CAPTURE(k);
                // k s in: len - k s left exactly, then just under it a moment later.
                BreathMoment m = at_ms(key, start + k * 1000);
                CHECK(m.breath == 2);
                CHECK(int(m.phase) == s.kind);
                CHECK(m.count == len - k);
                CHECK(at_ms(key, start + k * 1000 + 999).count == len - k);
            }
            start += s.seconds * 1000;
        }
    }
}

TEST_CASE("slow breathing counts whole seconds right in every breath, despite rounding") {
    // A slow breath is 120/11 s, never a whole number of milliseconds, so the moment when
    // exactly N seconds are left comes out a hair over N in floating point (from breath 3
    // on, 5.0000000000000009). It must still show N, as box breathing does at 1.0 s.
    const double in_ms = 60000.0 / 11, cycle_ms = 120000.0 / 11;
    for (int breath = 0; breath < 40; ++breath)
        for (int phase = 0; phase < 2; ++phase)
            for (int left = 5; left >= 1; --left) {
                CAPTURE(breath);
                CAPTURE(phase);
                CAPTURE(left);
                const double elapsed = breath * cycle_ms + phase * in_ms + (in_ms - left * 1000.0);
                const BreathMoment m = at_ms("slow", elapsed);
                CHECK(m.breath == breath);
                CHECK(m.phase == (phase == 0 ? BreathPhase::In : BreathPhase::Out));
                CHECK(m.count == left);
            }
}

TEST_CASE("a session is the chosen minutes rounded up to whole breaths") {
    // Box, 16 s a breath: 60 / 16 = 3.75 → 4 breaths = 64 s. 2 min: 7.5 → 8 = 128 s.
    CHECK(session_length_ms(pattern("box"), 1) == 64000.0);
    CHECK(session_length_ms(pattern("box"), 2) == 128000.0);
    // 4 min = 240 / 16 = exactly 15 breaths: no 16th.
    CHECK(session_length_ms(pattern("box"), 4) == 240000.0);
    // 4-7-8, 19 s: 60 / 19 = 3.16 → 4 breaths = 76 s. 19 min = exactly 60 breaths.
    CHECK(session_length_ms(pattern("4-7-8"), 1) == 76000.0);
    CHECK(session_length_ms(pattern("4-7-8"), 19) == 1140000.0);
    // Sigh, 9 s: 60 / 9 = 6.67 → 7 = 63 s; 3 min = exactly 20 sighs.
    CHECK(session_length_ms(pattern("sigh"), 1) == 63000.0);
    CHECK(session_length_ms(pattern("sigh"), 3) == 180000.0);
    // Slow, 120/11 s: 1 min is 5.5 breaths → 6 breaths = 720/11 s = 65.4545 s, so the
    // session ends on a breath out rather than with the lungs full.
    CHECK(session_length_ms(pattern("slow"), 1) == doctest::Approx(720000.0 / 11).epsilon(1e-12));
    // 2 min is exactly 11 breaths. 120 / (120/11) comes out a hair over 11 in floating
    // point; that must not add a 12th breath.
    CHECK(session_length_ms(pattern("slow"), 2) == doctest::Approx(120000.0).epsilon(1e-12));
    CHECK(session_length_ms(pattern("slow"), 10) == doctest::Approx(600000.0).epsilon(1e-12));

    // Nothing chosen: no session.
    CHECK(session_length_ms(pattern("box"), 0) == 0.0);
    CHECK(session_length_ms(pattern("box"), -3) == 0.0);

    // For every pattern and 1 … 60 minutes: a whole number of breaths, never shorter than
    // asked, and less than one breath longer.
    for (const BreathingPattern& p : breathing_patterns()) {
        const double cycle_ms = total_seconds(p.steps) * 1000;
        for (int minutes = 1; minutes <= 60; ++minutes) {
            CAPTURE(p.key);
            CAPTURE(minutes);
            const double len = session_length_ms(p, minutes);
            const double breaths = len / cycle_ms;
            CHECK(breaths == doctest::Approx(std::round(breaths)).epsilon(1e-12));
            CHECK(len >= minutes * 60000.0 - 1e-6);
            CHECK(len < minutes * 60000.0 + cycle_ms - 1e-6);
        }
    }
}

TEST_CASE("a finished session rests on its last breath out, lungs empty") {
    // Box, 1 min = 64 s = breaths 0 … 3, ending on the empty hold.
    const BreathingPattern& box = pattern("box");
    const double box_len = session_length_ms(box, 1);
    BreathMoment m = breath_at(box, 63999, box_len);
    CHECK_FALSE(m.finished);
    CHECK(m.phase == BreathPhase::HoldEmpty);
    CHECK(m.breath == 3);
    CHECK(m.count == 1);
    CHECK(m.session_progress == doctest::Approx(63999.0 / 64000));

    for (double elapsed : {64000.0, 64001.0, 90000.0, 1e9}) {
        CAPTURE(elapsed);
        m = breath_at(box, elapsed, box_len);
        CHECK(m.finished);
        CHECK(m.phase == BreathPhase::HoldEmpty);
        CHECK(words(m) == "Hold");
        CHECK(m.fill == 0.0);
        CHECK(m.phase_progress == 1.0);
        CHECK(m.count == 1);
        CHECK(m.breath == 3); // not a 5th breath
        CHECK(m.session_progress == 1.0); // never past the end
    }

    // 4-7-8, 1 min = 76 s = 4 breaths, ending at the end of a breath out.
    const BreathingPattern& p478 = pattern("4-7-8");
    m = breath_at(p478, 76000, session_length_ms(p478, 1));
    CHECK(m.finished);
    CHECK(m.phase == BreathPhase::Out);
    CHECK(words(m) == "Breathe out");
    CHECK(m.breath == 3);
    CHECK(m.phase_progress == 1.0);
    CHECK(m.count == 1);
    CHECK(m.fill == doctest::Approx(0.0).epsilon(1e-12));

    // Sigh, 1 min = 63 s = 7 sighs: breaths 0 … 6.
    const BreathingPattern& sigh = pattern("sigh");
    m = breath_at(sigh, 63000, session_length_ms(sigh, 1));
    CHECK(m.finished);
    CHECK(m.phase == BreathPhase::Out);
    CHECK(m.breath == 6);
    CHECK(m.fill == doctest::Approx(0.0).epsilon(1e-12));

    // Slow, 2 min = 11 breaths: breaths 0 … 10, even though the length is a hair off 120 s.
    const BreathingPattern& slow = pattern("slow");
    const double slow_len = session_length_ms(slow, 2);
    m = breath_at(slow, 120000, slow_len);
    CHECK(m.finished);
    CHECK(m.phase == BreathPhase::Out);
    CHECK(m.breath == 10);
    CHECK(m.fill == doctest::Approx(0.0).epsilon(1e-12));

    // Slow, 1 min = 6 breaths (65.45 s): still going at 60 s, in the sixth breath (5).
    const double slow_1 = session_length_ms(slow, 1);
    m = breath_at(slow, 60000, slow_1);
    CHECK_FALSE(m.finished);
    CHECK(m.breath == 5);
    m = breath_at(slow, slow_1, slow_1);
    CHECK(m.finished);
    CHECK(m.phase == BreathPhase::Out);
    CHECK(m.breath == 5);
    CHECK(m.fill == doctest::Approx(0.0).epsilon(1e-12));

    // Every pattern, every length from 1 to 10 minutes, ends with empty lungs.
    for (const BreathingPattern& p : breathing_patterns())
        for (int minutes = 1; minutes <= 10; ++minutes) {
            CAPTURE(p.key);
            CAPTURE(minutes);
            const double len = session_length_ms(p, minutes);
            m = breath_at(p, len, len);
            CHECK(m.finished);
            CHECK((m.phase == BreathPhase::Out || m.phase == BreathPhase::HoldEmpty));
            CHECK(m.fill == doctest::Approx(0.0).epsilon(1e-12));
            // The breath it ends on is the last whole one: breaths - 1.
            CHECK(m.breath == int(std::lround(len / (total_seconds(p.steps) * 1000))) - 1);
        }
}

TEST_CASE("session progress runs from 0 to 1 over the session") {
    const BreathingPattern& box = pattern("box");
    CHECK(breath_at(box, 0, 64000).session_progress == 0.0);
    CHECK(breath_at(box, 16000, 64000).session_progress == doctest::Approx(0.25));
    CHECK(breath_at(box, 32000, 64000).session_progress == doctest::Approx(0.5));
    CHECK(breath_at(box, 64000, 64000).session_progress == 1.0);
}

TEST_CASE("an empty session is finished at once, lungs empty; time before the start is no progress") {
    const BreathingPattern& box = *find_breathing_pattern("box");
    const BreathMoment m = breath_at(box, 0, 0);
    CHECK(m.finished);
    CHECK(m.fill == 0.0);
    CHECK(m.phase == BreathPhase::HoldEmpty);
    CHECK(breath_at(box, -1000, 64000).session_progress == 0.0);
}
