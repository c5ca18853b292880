#include "core/journal.h"

#include <algorithm>
#include <cstdio>

namespace onward {

bool put_checkin(Journal& j, const CheckIn& c) {
    if (!problems_with(c).empty()) return false;
    for (CheckIn& existing : j.checkins)
        if (existing.id == c.id) {
            existing = c;
            return true;
        }
    j.checkins.push_back(c);
    return true;
}

const CheckIn* find_checkin(const Journal& j, const std::string& id) {
    for (const CheckIn& c : j.checkins)
        if (c.id == id) return &c;
    return nullptr;
}

std::vector<const CheckIn*> checkins_on(const Journal& j, const CalendarDay& day) {
    std::vector<const CheckIn*> out;
    for (const CheckIn& c : j.checkins)
        if (calendar_day(c.created) == day) out.push_back(&c);
    std::sort(out.begin(), out.end(), [](const CheckIn* a, const CheckIn* b) {
        return a->created.unix_ms != b->created.unix_ms ? a->created.unix_ms > b->created.unix_ms : a->id > b->id;
    });
    return out;
}

std::string make_record_id(const char* kind, int64_t unix_ms, uint32_t random_bits) {
    char time36[16];
    int n = 0;
    uint64_t t = unix_ms < 0 ? 0 : uint64_t(unix_ms);
    do {
        time36[n++] = "0123456789abcdefghijklmnopqrstuvwxyz"[t % 36];
        t /= 36;
    } while (t && n < 15);
    std::string id = kind;
    id += '-';
    while (n) id += time36[--n];
    char rnd[10];
    std::snprintf(rnd, sizeof rnd, "-%08x", random_bits);
    return id + rnd;
}

} // namespace onward
