// A valid check-in to start each test from, so a test changes only what it is about.
#pragma once
#include "core/checkin.h"

inline onward::CheckIn sample_checkin() {
    onward::CheckIn c;
    c.id = "checkin-abc-00000001";
    c.created = {1764090245123, 60}; // 2025-11-25T18:04:05.123+01:00
    c.updated = c.created;
    c.distress = 6;
    c.emotions = {{"Anxious", 4}, {"Tired", 2}};
    c.body = onward::BodyState::Activated;
    c.note = "Long day.";
    return c;
}
