#include <doctest/doctest.h>

#include "core/journal.h"
#include "test_data.h"

using namespace onward;

TEST_CASE("putting a check-in adds it, putting it again replaces it") {
    Journal j;
    CheckIn c = sample_checkin();
    REQUIRE(put_checkin(j, c));
    c.distress = 2;
    REQUIRE(put_checkin(j, c));
    REQUIRE(j.checkins.size() == 1);
    CHECK(find_checkin(j, c.id)->distress == 2);
}

TEST_CASE("a check-in with problems is not put, and the journal is unchanged") {
    Journal j;
    CheckIn c = sample_checkin();
    REQUIRE(put_checkin(j, c));
    CheckIn bad = c;
    bad.distress = 42;
    CHECK_FALSE(put_checkin(j, bad));
    CHECK(find_checkin(j, c.id)->distress == 6);
}

TEST_CASE("today's check-ins are those of the person's own day, newest first") {
    Journal j;
    CheckIn morning = sample_checkin(), evening = sample_checkin(), yesterday = sample_checkin();
    morning.id = "a";
    morning.created = morning.updated = {1764054000000, 60}; // 2025-11-25 08:00 +01:00
    evening.id = "b";
    evening.created = evening.updated = {1764097200000, 60}; // 2025-11-25 20:00 +01:00
    yesterday.id = "c";
    yesterday.created = yesterday.updated = {1764021600000, 60}; // 2025-11-24 23:00 +01:00
    for (auto* c : {&morning, &yesterday, &evening}) REQUIRE(put_checkin(j, *c));
    auto today = checkins_on(j, {2025, 11, 25});
    REQUIRE(today.size() == 2);
    CHECK(today[0]->id == "b");
    CHECK(today[1]->id == "a");
}

TEST_CASE("record ids start with the kind, sort by time, and differ by randomness") {
    const std::string a = make_record_id("checkin", 1764090245123, 0x1234abcd);
    CHECK(a.rfind("checkin-", 0) == 0);
    CHECK(a.substr(a.size() - 9) == "-1234abcd");
    CHECK(make_record_id("checkin", 1764090245123, 1) != make_record_id("checkin", 1764090245123, 2));
    CHECK(make_record_id("checkin", 1764090245123, 0) < make_record_id("checkin", 1764090245999, 0));
}
