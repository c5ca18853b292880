#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "core/local_time.h"
#include "core/text.h"
#include "core/words.h"

using namespace onward;

TEST_CASE("months and weekdays by name, long and short, as weekday() counts them") {
    CHECK(std::string(month_name(1)) == "January");
    CHECK(std::string(month_name(12)) == "December");
    CHECK(std::string(month_short_name(9)) == "Sep");
    CHECK(std::string(weekday_name(0)) == "Monday");
    CHECK(std::string(weekday_short_name(6)) == "Sun");
    CHECK(std::string(weekday_name(weekday({2026, 11, 25}))) == "Wednesday");
    // Out of range names nothing rather than reading past the list.
    CHECK(std::string(month_name(0)).empty());
    CHECK(std::string(month_short_name(13)).empty());
    CHECK(std::string(weekday_name(7)).empty());
    CHECK(std::string(weekday_short_name(-1)).empty());
}

TEST_CASE("figures: one decimal where it says something, a true minus sign, no minus zero") {
    CHECK(decimal_words(5.5) == "5.5");
    CHECK(decimal_words(5) == "5");
    CHECK(decimal_words(4.96) == "5");
    CHECK(decimal_words(-1) == "\xE2\x88\x92" "1");
    CHECK(decimal_words(-0.25) == "\xE2\x88\x92" "0.3");
    CHECK(decimal_words(-0.04) == "0");
    CHECK(counted(1, "entry", "entries") == "1 entry");
    CHECK(counted(0, "entry", "entries") == "0 entries");
}

TEST_CASE("sizes: rounded up, so a file over a limit never reads as the limit") {
    constexpr uint64_t kKB = 1024, kMB = kKB * 1024, kGB = kMB * 1024;
    CHECK(size_words(0) == "0 KB");
    CHECK(size_words(1) == "1 KB");
    CHECK(size_words(512 * kKB) == "512 KB");
    CHECK(size_words(512 * kKB + 1) == "513 KB");
    CHECK(size_words(kMB - 1) == "1 MB"); // not "1024 KB"
    CHECK(size_words(kMB) == "1 MB");
    CHECK(size_words(64 * kMB) == "64 MB");
    CHECK(size_words(64 * kMB + 1) == "64.1 MB");
    CHECK(size_words(1258291) == "1.2 MB");
    CHECK(size_words(kGB - 1) == "1 GB"); // not "1024 MB"
    CHECK(size_words(5 * kGB) == "5 GB");
    CHECK(size_words(uint64_t(5.5 * double(kGB))) == "5.5 GB");
    CHECK(size_words(UINT64_MAX) == "17179869184 GB");
}

TEST_CASE("first_broken_byte: where UTF-8 first breaks, or the text's size") {
    CHECK(first_broken_byte("") == 0);
    CHECK(first_broken_byte("caf\xC3\xA9") == 5);
    CHECK(first_broken_byte("caf\xE9!") == 3);
    CHECK(first_broken_byte("\xC3\xA9\xC3") == 2); // cut short at the end
    CHECK(first_broken_byte("ab\x80") == 2);       // a continuation byte with no lead
    CHECK(is_valid_utf8("caf\xC3\xA9"));
    CHECK_FALSE(is_valid_utf8("caf\xE9"));
}
