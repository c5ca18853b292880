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

namespace {

Questionnaire definition(const char* id, int version, const char* title) {
    Questionnaire q;
    q.id = id;
    q.version = version;
    q.title = title;
    q.questions = {{"q1", "How was it?", false, false}};
    return q;
}

CheckResult check(const char* id, const char* questionnaire, int version, int64_t taken_ms) {
    CheckResult c;
    c.id = id;
    c.questionnaire = questionnaire;
    c.questionnaire_version = version;
    c.taken = c.updated = {taken_ms, 60};
    c.answers = {{"q1", 2}};
    return c;
}

std::vector<std::string> ids_of(const std::vector<const CheckResult*>& checks) {
    std::vector<std::string> out;
    for (const CheckResult* c : checks) out.push_back(c->id);
    return out;
}

} // namespace

TEST_CASE("every version of a questionnaire is kept; the same id and version is replaced") {
    Journal j;
    put_questionnaire(j, definition("mood", 1, "Mood"));
    put_questionnaire(j, definition("mood", 2, "Mood"));
    put_questionnaire(j, definition("mood", 1, "Mood, reworded"));
    REQUIRE(j.questionnaires.size() == 2);
    REQUIRE(find_questionnaire(j, "mood", 1) != nullptr);
    CHECK(find_questionnaire(j, "mood", 1)->title == "Mood, reworded");
    CHECK(find_questionnaire(j, "mood", 2)->title == "Mood");
    CHECK(find_questionnaire(j, "mood", 3) == nullptr);
    CHECK(find_questionnaire(j, "sleep", 1) == nullptr);
}

TEST_CASE("the latest questionnaires: the newest version of each, the weekly check first, the rest by title") {
    Journal j;
    put_questionnaire(j, definition("sleep", 1, "Sleep"));
    put_questionnaire(j, definition("mood", 3, "mood and energy"));
    put_questionnaire(j, definition("mood", 1, "Mood"));
    put_questionnaire(j, definition("onward-weekly-check", 1, "Weekly coping-or-healing check"));
    put_questionnaire(j, definition("anxiety", 2, "Anxiety"));
    put_questionnaire(j, definition("anxiety-b", 1, "Anxiety"));
    put_questionnaire(j, definition("mood", 2, "Mood"));
    const std::vector<const Questionnaire*> latest = latest_questionnaires(j);
    REQUIRE(latest.size() == 5);
    CHECK(latest[0]->id == "onward-weekly-check");
    // Two with the same title go by id; small and capital letters sort together.
    CHECK(latest[1]->id == "anxiety");
    CHECK(latest[2]->id == "anxiety-b");
    CHECK(latest[3]->id == "mood");
    CHECK(latest[3]->version == 3);
    CHECK(latest[4]->id == "sleep");
    CHECK(latest_questionnaires(Journal{}).empty());
}

TEST_CASE("a check is put only for a questionnaire version the journal has, and only without problems") {
    Journal j;
    put_questionnaire(j, definition("mood", 1, "Mood"));
    CHECK_FALSE(put_check(j, check("c1", "sleep", 1, 1764090245123)));
    CHECK_FALSE(put_check(j, check("c1", "mood", 2, 1764090245123)));
    CheckResult outside = check("c1", "mood", 1, 1764090245123);
    outside.answers = {{"q1", 4}}; // the default scale runs 0 to 3
    CHECK_FALSE(put_check(j, outside));
    CHECK(j.checks.empty());

    REQUIRE(put_check(j, check("c1", "mood", 1, 1764090245123)));
    CheckResult changed = check("c1", "mood", 1, 1764090245123);
    changed.note = "Better than I thought.";
    REQUIRE(put_check(j, changed));
    REQUIRE(j.checks.size() == 1);
    REQUIRE(find_check(j, "c1") != nullptr);
    CHECK(find_check(j, "c1")->note == "Better than I thought.");
    CHECK(find_check(j, "c2") == nullptr);

    // A broken change leaves the kept check as it was.
    CheckResult broken = changed;
    broken.answers = {{"q9", 1}};
    CHECK_FALSE(put_check(j, broken));
    CHECK(find_check(j, "c1")->answers.front().question == "q1");
}

TEST_CASE("a questionnaire's checks, of every version, newest first") {
    Journal j;
    put_questionnaire(j, definition("mood", 1, "Mood"));
    put_questionnaire(j, definition("mood", 2, "Mood"));
    put_questionnaire(j, definition("sleep", 1, "Sleep"));
    REQUIRE(put_check(j, check("b", "mood", 1, 1764090245123)));
    REQUIRE(put_check(j, check("newest", "mood", 2, 1764176645123)));
    REQUIRE(put_check(j, check("a", "mood", 1, 1764090245123))); // same moment as "b"
    REQUIRE(put_check(j, check("oldest", "mood", 1, 1764003845123)));
    REQUIRE(put_check(j, check("other", "sleep", 1, 1764200000000)));
    CHECK(ids_of(checks_of(j, "mood")) == std::vector<std::string>{"newest", "b", "a", "oldest"});
    CHECK(ids_of(checks_of(j, "sleep")) == std::vector<std::string>{"other"});
    CHECK(checks_of(j, "anxiety").empty());
}
