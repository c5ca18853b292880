#include <doctest/doctest.h>

#include "core/journal.h"
#include "test_data.h"

using namespace onward;

TEST_CASE("putting a check-in adds it, putting it again replaces it") {
    Journal j;
    Entry c = sample_checkin();
    REQUIRE(put_entry(j, c));
    c.distress = 2;
    REQUIRE(put_entry(j, c));
    REQUIRE(j.entries.size() == 1);
    CHECK(find_entry(j, c.id)->distress == 2);
}

TEST_CASE("a check-in with problems is not put, and the journal is unchanged") {
    Journal j;
    Entry c = sample_checkin();
    REQUIRE(put_entry(j, c));
    Entry bad = c;
    bad.distress = 42;
    CHECK_FALSE(put_entry(j, bad));
    CHECK(find_entry(j, c.id)->distress == 6);
}

TEST_CASE("today's check-ins are those of the person's own day, newest first") {
    Journal j;
    Entry morning = sample_checkin(), evening = sample_checkin(), yesterday = sample_checkin();
    morning.id = "a";
    morning.created = morning.updated = {1764054000000, 60}; // 2025-11-25 08:00 +01:00
    evening.id = "b";
    evening.created = evening.updated = {1764097200000, 60}; // 2025-11-25 20:00 +01:00
    yesterday.id = "c";
    yesterday.created = yesterday.updated = {1764021600000, 60}; // 2025-11-24 23:00 +01:00
    for (auto* c : {&morning, &yesterday, &evening}) REQUIRE(put_entry(j, *c));
    auto today = entries_on(j, {2025, 11, 25});
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

TEST_CASE("removing an entry takes out that one only, and says when there was none") {
    Journal j;
    Entry a = sample_checkin(), b = sample_checkin(), c = sample_checkin();
    a.id = "a";
    b.id = "b";
    c.id = "c";
    for (auto* e : {&a, &b, &c}) REQUIRE(put_entry(j, *e));
    CHECK(remove_entry(j, "b"));
    REQUIRE(j.entries.size() == 2);
    CHECK(find_entry(j, "b") == nullptr);
    CHECK(find_entry(j, "a") != nullptr);
    CHECK(find_entry(j, "c") != nullptr);
    CHECK_FALSE(remove_entry(j, "b"));
    CHECK_FALSE(remove_entry(j, ""));
    CHECK(j.entries.size() == 2);
    CHECK(remove_entry(j, "a"));
    CHECK(remove_entry(j, "c"));
    CHECK(j.entries.empty());
}

TEST_CASE("many entries are put at once: new ones added, same ids replaced, broken ones left out") {
    Journal j;
    Entry kept = sample_checkin();
    kept.id = "kept";
    Entry old = sample_checkin();
    old.id = "changed";
    REQUIRE(put_entry(j, kept));
    REQUIRE(put_entry(j, old));

    Entry changed = old;
    changed.distress = 2;
    Entry added = sample_checkin();
    added.id = "added";
    Entry broken = sample_checkin();
    broken.id = "broken";
    broken.distress = 11;
    const std::vector<std::string> taken = put_entries(j, {changed, broken, added});
    CHECK(taken == std::vector<std::string>{"changed", "added"});
    REQUIRE(j.entries.size() == 3);
    CHECK(find_entry(j, "kept")->distress == 6);
    CHECK(find_entry(j, "changed")->distress == 2);
    CHECK(find_entry(j, "added") != nullptr);
    CHECK(find_entry(j, "broken") == nullptr);
}

TEST_CASE("a new journal starts with the starter library") {
    const Journal j;
    CHECK(j.library.size() == starter_library().size());
    CHECK(item_name(j.library, "emotion-anxious") == "Anxious");
}
