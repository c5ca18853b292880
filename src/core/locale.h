// How the person's part of the world writes dates, times and numbers, as their browser
// reports it at start (src/platform/browser.cpp). The words themselves come from say.h;
// this is only their order and the signs between the digits.
#pragma once
#include <string>

namespace onward {

struct Locale {
    bool day_first = true; // "Tuesday, 3 March" rather than "Tuesday, March 3"
    bool clock_24 = true;  // "18:05" rather than "6:05 PM"
    std::string group = ",";   // between thousands: "100,000", "100.000", "100 000"
    std::string decimal = "."; // "5.5", "5,5"
};

const Locale& locale(); // the one in use; until the browser says, day first, 24-hour, "1,000.5"
void use_locale(Locale l);

// The browser's description, one line each: "dm" or "md" (which comes first in a date),
// "24" or "12" (the clock), the group sign, the decimal sign (web/onward_platform.js,
// onward_js_locale). Anything it cannot read keeps the default.
Locale locale_from_browser(const std::string& description);

// 100000 -> "100,000" / "100.000" / "100 000"; a negative number gets a true minus sign.
std::string number_text(long long n, const Locale& l = locale());

} // namespace onward
