#include <doctest/doctest.h>

#include "store/journal_records.h"
#include "sample_records.h"
#include "test_data.h"

using namespace onward;
using nlohmann::json;

namespace {

std::vector<StoredRecord> a_mix() {
    json newer_practice = json::parse(encode_practice(sample_stay_with_it()));
    newer_practice["v"] = 2;
    newer_practice["felt_after"] = "lighter";
    json newer_plan = json::parse(encode_safety_plan(sample_safety_plan()));
    newer_plan["reviewed_with"] = "Dr Reyes";
    const Entry c = sample_checkin();
    const PracticeSession p = sample_practice();
    // In no particular order, as storage hands them back.
    return {
        {kCrisisLinesId, encode_crisis_lines(sample_crisis_lines())},
        {p.id, encode_practice(p)},
        {c.id, encode_entry(c)},
        {kSafetyPlanId, newer_plan.dump()},
        {sample_stay_with_it().id, newer_practice.dump()},
    };
}

} // namespace

TEST_CASE("loading puts each kind of record in its place") {
    const LoadedJournal l = load_journal(a_mix());
    CHECK(l.unreadable.empty());
    const Journal& j = l.journal;

    REQUIRE(j.entries.size() == 1);
    CHECK(j.entries[0].id == sample_checkin().id);
    CHECK(j.entries[0].distress == 6);

    REQUIRE(j.practices.size() == 2);
    const PracticeSession* box = find_practice(j, sample_practice().id);
    REQUIRE(box != nullptr);
    CHECK(box->practice == Practice::Breathing);
    CHECK(box->pattern == "box");
    CHECK(box->duration_ms == 64000.0);
    const PracticeSession* stay = find_practice(j, sample_stay_with_it().id);
    REQUIRE(stay != nullptr);
    CHECK(stay->practice == Practice::StayWithIt);
    CHECK(stay->during.size() == 3);

    CHECK(l.safety_plan_found);
    CHECK(j.safety_plan.words[size_t(PlanSection::LiveFor)] ==
          sample_safety_plan().words[size_t(PlanSection::LiveFor)]);
    CHECK(j.safety_plan.contacts.size() == 4);

    CHECK(j.crisis_lines_edited);
    REQUIRE(crisis_lines(j).size() == 4);
    CHECK(crisis_lines(j)[0].number == "1813");

    // What newer versions added is kept by id, for the next rewrite; records with nothing
    // unknown have no entry.
    CHECK(l.unknown_fields.size() == 2);
    CHECK(l.unknown_fields.at(sample_stay_with_it().id)["felt_after"] == "lighter");
    CHECK(l.unknown_fields.at("safety-plan")["reviewed_with"] == "Dr Reyes");
    CHECK(l.unknown_fields.count(sample_practice().id) == 0);
}

TEST_CASE("with no plan or list stored, there is no plan and the crisis lines are the defaults") {
    const Entry c = sample_checkin();
    const LoadedJournal l = load_journal({{c.id, encode_entry(c)}});
    CHECK(l.unreadable.empty());
    CHECK_FALSE(l.safety_plan_found);
    CHECK(is_empty(l.journal.safety_plan));
    CHECK_FALSE(l.journal.crisis_lines_edited);
    CHECK(&crisis_lines(l.journal) == &default_crisis_lines());

    const LoadedJournal nothing = load_journal({});
    CHECK(nothing.unreadable.empty());
    CHECK_FALSE(nothing.safety_plan_found);
    CHECK(nothing.journal.entries.empty());
    CHECK(nothing.journal.practices.empty());
}

TEST_CASE("with every line removed, crisis mode still offers the defaults: never no number at all") {
    const LoadedJournal l = load_journal({{kCrisisLinesId, encode_crisis_lines({})}});
    CHECK(l.unreadable.empty());
    CHECK(l.journal.crisis_lines_edited);
    CHECK(l.journal.crisis_lines.empty());
    CHECK(&crisis_lines(l.journal) == &default_crisis_lines());
}

TEST_CASE("records to leave as they are: unreadable ones, and those a newer version wrote") {
    json newer = json::parse(encode_safety_plan(sample_safety_plan()));
    newer["v"] = kSafetyPlanSchemaVersion + 1;
    const LoadedJournal l = load_journal({
        {kSafetyPlanId, newer.dump()},
        {kCrisisLinesId, R"({"kind":"crisis_lines","v":1,"id":"crisis-lines","lines":"all of them"})"},
        {sample_checkin().id, encode_entry(sample_checkin())},
    });
    CHECK(l.safety_plan_found); // a newer plan is shown…
    // …but never rewritten, and each for its own reason.
    CHECK(l.keep_as_is == std::map<std::string, KeepAsIs>{{kSafetyPlanId, KeepAsIs::Newer},
                                                          {kCrisisLinesId, KeepAsIs::Unreadable}});
    CHECK(l.unreadable.size() == 1);
}

TEST_CASE("a record stored under a key that is not its id is unreadable, whatever its kind") {
    const PracticeSession p = sample_practice();
    const LoadedJournal l = load_journal({
        {"practice-other", encode_practice(p)},
        {"plan", encode_safety_plan(sample_safety_plan())},
        {"lines", encode_crisis_lines(sample_crisis_lines())},
        {p.id, encode_practice(p)}, // the right key: read
    });
    REQUIRE(l.unreadable.size() == 3);
    CHECK(l.unreadable[0] == "practice-other: stored under a key that is not its id");
    CHECK(l.unreadable[1] == "plan: stored under a key that is not its id");
    CHECK(l.unreadable[2] == "lines: stored under a key that is not its id");
    // Nothing of them got in.
    CHECK(l.journal.practices.size() == 1);
    CHECK_FALSE(l.safety_plan_found);
    CHECK(is_empty(l.journal.safety_plan));
    CHECK_FALSE(l.journal.crisis_lines_edited);
    CHECK(l.unknown_fields.empty());

    // A plan whose own id is wrong, under the plan's key, is unreadable too.
    json odd = json::parse(encode_safety_plan(sample_safety_plan()));
    odd["id"] = "my-plan";
    const LoadedJournal l2 = load_journal({{kSafetyPlanId, odd.dump()}});
    REQUIRE(l2.unreadable.size() == 1);
    CHECK(l2.unreadable[0] == "safety-plan: stored under a key that is not its id");
    CHECK_FALSE(l2.safety_plan_found);
}

TEST_CASE("a record of an unknown kind is unreadable and nothing else is lost") {
    std::vector<StoredRecord> stored = a_mix();
    stored.insert(stored.begin() + 2, {"dream-1", R"({"kind":"dream","v":1,"id":"dream-1","text":"flying"})"});
    stored.push_back({"no-kind", R"({"v":1,"id":"no-kind"})"});
    stored.push_back({"array", "[1,2,3]"});
    stored.push_back({"number", "42"});
    const LoadedJournal l = load_journal(stored);

    REQUIRE(l.unreadable.size() == 4);
    // Said in words, with the key first and the kind named.
    CHECK(l.unreadable[0].rfind("dream-1: ", 0) == 0);
    CHECK(l.unreadable[0].find("\"dream\"") != std::string::npos);
    CHECK(l.unreadable[1] == "no-kind: \"kind\" is missing or is not text");
    CHECK(l.unreadable[2] == "array: the record is not a JSON object");
    CHECK(l.unreadable[3] == "number: the record is not a JSON object");

    // Everything readable is still there.
    CHECK(l.journal.entries.size() == 1);
    CHECK(l.journal.practices.size() == 2);
    CHECK(l.safety_plan_found);
    CHECK(l.journal.crisis_lines_edited);
    CHECK(l.journal.crisis_lines.size() == 4);
    CHECK(l.unknown_fields.size() == 2);
}

TEST_CASE("a broken practice, plan or list is unreadable with its own reason") {
    json bad_practice = json::parse(encode_practice(sample_practice()));
    bad_practice["pattern"] = "triangle";
    json bad_plan = json::parse(encode_safety_plan(sample_safety_plan()));
    bad_plan["contacts"][1]["section"] = "live_for";
    json bad_lines = json::parse(encode_crisis_lines(sample_crisis_lines()));
    bad_lines.erase("lines");
    const Entry c = sample_checkin();
    const LoadedJournal l = load_journal({
        {sample_practice().id, bad_practice.dump()},
        {kSafetyPlanId, bad_plan.dump()},
        {kCrisisLinesId, bad_lines.dump()},
        {c.id, encode_entry(c)},
    });
    REQUIRE(l.unreadable.size() == 3);
    CHECK(l.unreadable[0] == "practice-abc-00000001: \"triangle\" is not a breathing pattern Onward knows.");
    CHECK(l.unreadable[1] == "safety-plan: contact 2: \"live_for\" is not a section that lists people");
    CHECK(l.unreadable[2] == "crisis-lines: \"lines\" is missing or is not a list");
    CHECK(l.journal.practices.empty());
    CHECK_FALSE(l.safety_plan_found);
    CHECK_FALSE(l.journal.crisis_lines_edited);
    CHECK(l.journal.entries.size() == 1);
}

TEST_CASE("a plan or list whose id is not text is unreadable, and loading goes on") {
    // Those decoders never read "id" themselves: the key check must not assume it is text.
    const LoadedJournal l = load_journal({
        {"safety-plan", R"({"kind":"safety_plan","v":1,"id":5,"updated":"2025-11-25T18:04:05.123+01:00","sections":{}})"},
        {"crisis-lines", R"({"kind":"crisis_lines","v":1,"id":null,"lines":[]})"},
        {sample_checkin().id, encode_entry(sample_checkin())},
    });
    CHECK(l.unreadable.size() == 2);
    CHECK_FALSE(l.safety_plan_found);
    CHECK_FALSE(l.journal.crisis_lines_edited);
    CHECK(l.journal.entries.size() == 1);
}
