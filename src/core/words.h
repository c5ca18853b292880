// How Onward writes dates, figures and sizes in words, the same on every screen, in every
// message and in the summary.
#pragma once
#include <cstdint>
#include <string>

namespace onward {

const char* month_name(int month);         // 1 … 12: "January" … "December"
const char* month_short_name(int month);   // "Jan" … "Dec"
const char* weekday_name(int weekday);     // 0 = Monday … 6 = Sunday, as weekday() counts
const char* weekday_short_name(int weekday); // "Mon" … "Sun"

// "3 entries", "1 entry".
std::string counted(int n, const char* one, const char* many);

// A figure with one decimal where it says something ("5.5"), none where it does not
// ("5"), and a true minus sign ("−1").
std::string decimal_words(double v);

// "512 KB", "64.1 MB", "5 GB": rounded up to a tenth (to a whole KB below a megabyte), so
// a file over a limit never reads as the limit itself, and without a trailing ".0".
std::string size_words(uint64_t bytes);

} // namespace onward
