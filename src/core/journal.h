// Everything the person has recorded, in memory. Storage is someone else's concern.
#pragma once
#include <string>
#include <vector>

#include "core/checkin.h"

namespace onward {

struct Journal {
    std::vector<CheckIn> checkins; // in no particular order
};

// Adds the check-in, or replaces the one with the same id. Returns false and changes
// nothing when the check-in has problems (see problems_with).
bool put_checkin(Journal& j, const CheckIn& c);
const CheckIn* find_checkin(const Journal& j, const std::string& id);

// The check-ins made on `day` (each judged by its own recorded offset), newest first.
std::vector<const CheckIn*> checkins_on(const Journal& j, const CalendarDay& day);

// "checkin-lq3x9a1c-5f0e2b7d": time first so ids sort roughly by creation, then
// randomness so two devices (or a restored backup) never collide.
std::string make_record_id(const char* kind, int64_t unix_ms, uint32_t random_bits);

} // namespace onward
