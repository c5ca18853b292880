// How Onward writes dates, figures and sizes in words, the same on every screen, in every
// message and in the summary: the names through say.h, their order and signs from the
// person's locale (core/locale.h).
#pragma once
#include <cstdint>
#include <string>

#include "core/local_time.h"
#include "core/locale.h"

namespace onward {

const char* month_name(int month);         // 1 … 12: "January" … "December"
const char* month_short_name(int month);   // "Jan" … "Dec"
const char* weekday_name(int weekday);     // 0 = Monday … 6 = Sunday, as weekday() counts
const char* weekday_short_name(int weekday); // "Mon" … "Sun"
std::string weekday_letters(int weekday);    // "Mo" … "Su": the short name's first two characters, whole


// "3 entries", "1 entry": `one` and `many` are marked with tr_later where they are written.
std::string counted(int n, const char* one, const char* many);

// A figure with one decimal where it says something ("5.5", "5,5"), none where it does
// not ("5"), and a true minus sign ("−1").
std::string decimal_words(double v, const Locale& l = locale());

// "512 KB", "64.1 MB", "5 GB": rounded up to a tenth (to a whole KB below a megabyte), so
// a file over a limit never reads as the limit itself, and without a trailing ".0".
std::string size_words(uint64_t bytes, const Locale& l = locale());

// Dates and times as the locale orders them.
std::string clock_words(int minutes_into_day, const Locale& l = locale()); // "18:05" / "6:05 PM"
std::string day_words(const CalendarDay& d, const Locale& l = locale());   // "Tuesday, 3 March" / "Tuesday, March 3"
std::string day_month_words(const CalendarDay& d, const Locale& l = locale()); // "3 Mar" / "Mar 3"
// "Tue 3 Mar 2026" / "Tue, Mar 3, 2026"
std::string short_day_words(const CalendarDay& d, const Locale& l = locale());
std::string month_year_words(int year, int month); // "March 2026"

} // namespace onward
