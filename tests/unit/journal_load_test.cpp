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

namespace {

Questionnaire two_questions() {
    Questionnaire q;
    q.id = "two-questions";
    q.version = 2;
    q.title = "Two questions";
    q.time_frame = "Today";
    q.scale = {0, 4, {}};
    q.questions = {{"calm", "I felt calm.", true, false}, {"tense", "I felt tense.", false, false}};
    q.scores = {{"total", "Tension", {"calm", "tense"}, {}, 0, {}}};
    return q;
}

CheckResult check_of(const std::string& id, const std::string& questionnaire, int version,
                     std::vector<QuestionAnswer> answers) {
    CheckResult c;
    c.id = id;
    c.questionnaire = questionnaire;
    c.questionnaire_version = version;
    c.taken = c.updated = {1764090245123, 60};
    c.answers = std::move(answers);
    return c;
}

} // namespace

TEST_CASE("loading starts from the weekly check, and reads questionnaires and the checks taken with them") {
    const Questionnaire q = two_questions();
    const LocalTime added{1764000000000, 60};
    json newer_check = json::parse(encode_check(check_of("check-2", "two-questions", 2, {{"tense", 1}})));
    newer_check["v"] = 2;
    newer_check["felt"] = "steady";
    // Checks before the questionnaire they answer: storage keeps no order.
    const LoadedJournal l = load_journal({
        {"check-1", encode_check(check_of("check-1", "two-questions", 2, {{"calm", 4}, {"tense", 0}}))},
        {"check-2", newer_check.dump()},
        {"check-3", encode_check(check_of("check-3", kWeeklyCheckId, 1, {{"safety", 0}}))},
        {questionnaire_record_id(q), encode_questionnaire(q, added, json{{"source", "Dr Reyes"}})},
        {sample_checkin().id, encode_entry(sample_checkin())},
    });
    CHECK(l.unreadable.empty());
    const Journal& j = l.journal;
    REQUIRE(j.questionnaires.size() == 2);
    CHECK(j.questionnaires[0].id == kWeeklyCheckId);
    CHECK(j.questionnaires[0].questions.size() == 9);
    const Questionnaire* kept = find_questionnaire(j, "two-questions", 2);
    REQUIRE(kept != nullptr);
    CHECK(kept->questions[0].reversed);
    CHECK(j.checks.size() == 3);
    REQUIRE(find_check(j, "check-1") != nullptr);
    CHECK(find_answer(*find_check(j, "check-1"), "calm")->value == 4);
    CHECK(find_check(j, "check-3") != nullptr);
    CHECK(j.entries.size() == 1);
    CHECK(l.unknown_fields.at("questionnaire-two-questions-v2") == json{{"source", "Dr Reyes"}});
    CHECK(l.unknown_fields.at("check-2") == json{{"felt", "steady"}});
    CHECK(l.keep_as_is == std::map<std::string, KeepAsIs>{{"check-2", KeepAsIs::Newer}});

    // With nothing stored, the weekly check is there all the same.
    const LoadedJournal nothing = load_journal({});
    REQUIRE(nothing.journal.questionnaires.size() == 1);
    CHECK(nothing.journal.questionnaires[0].id == kWeeklyCheckId);
}

TEST_CASE("loading keeps as it is a check whose questionnaire is missing, or whose answers do not fit it") {
    const Questionnaire q = two_questions();
    json odd = json::parse(encode_check(check_of("check-odd", "two-questions", 2, {{"tense", 9}})));
    odd["felt"] = "steady";
    const LoadedJournal l = load_journal({
        {"check-lost", encode_check(check_of("check-lost", "sleep-and-worry", 1, {{"slow-to-sleep", 2}}))},
        {"check-v1", encode_check(check_of("check-v1", "two-questions", 1, {{"tense", 1}}))},
        {"check-odd", odd.dump()},
        {"check-ok", encode_check(check_of("check-ok", "two-questions", 2, {{"tense", 1}}))},
        {questionnaire_record_id(q), encode_questionnaire(q, {1764000000000, 60})},
        {"check-bad", R"({"kind":"check","v":1,"id":"check-bad","questionnaire":"two-questions",
                          "questionnaire_version":2,"taken":"2025-11-25T18:04:05.123+01:00",
                          "updated":"2025-11-25T18:04:05.123+01:00","answers":[1,2]})"},
    });
    REQUIRE(l.unreadable.size() == 4);
    // The record that is broken in itself is told as it is read; the rest once every
    // questionnaire is in.
    CHECK(l.unreadable[0] == "check-bad: \"answers\" is missing or is not an object");
    CHECK(l.unreadable[1] == "check-lost: it answers version 1 of \"sleep-and-worry\", which is not here");
    CHECK(l.unreadable[2] == "check-v1: it answers version 1 of \"two-questions\", which is not here");
    CHECK(l.unreadable[3] == "check-odd: The answer to \"tense\" is 9; the scale runs from 0 to 4.");
    CHECK(l.keep_as_is == std::map<std::string, KeepAsIs>{{"check-bad", KeepAsIs::Unreadable},
                                                          {"check-lost", KeepAsIs::Unreadable},
                                                          {"check-v1", KeepAsIs::Unreadable},
                                                          {"check-odd", KeepAsIs::Unreadable}});
    // Kept as it is, so what it carried needs no keeping for a rewrite.
    CHECK(l.unknown_fields.empty());
    REQUIRE(l.journal.checks.size() == 1);
    CHECK(l.journal.checks[0].id == "check-ok");
}

TEST_CASE("loading a questionnaire record that is broken, or under the wrong key, leaves it unread") {
    const Questionnaire q = two_questions();
    json broken = json::parse(encode_questionnaire(q, {1764000000000, 60}));
    broken["definition"]["scores"][0]["sum"] = {"calm", "sleep"};
    const LoadedJournal l = load_journal({
        {questionnaire_record_id(q), broken.dump()},
        {"questionnaire-two", encode_questionnaire(q, {1764000000000, 60})},
        {"check-1", encode_check(check_of("check-1", "two-questions", 2, {{"tense", 1}}))},
    });
    REQUIRE(l.unreadable.size() == 3);
    CHECK(l.unreadable[0] ==
          "questionnaire-two-questions-v2: definition: Score \"total\": \"sleep\" in its sum is not a question.");
    CHECK(l.unreadable[1] == "questionnaire-two: stored under a key that is not its id");
    CHECK(l.unreadable[2] == "check-1: it answers version 2 of \"two-questions\", which is not here");
    CHECK(l.journal.questionnaires.size() == 1);
    CHECK(l.journal.checks.empty());
}

TEST_CASE("a check being answered at the last close comes back as the draft, not as a check taken") {
    CheckResult draft = check_of(kCheckDraftId, kWeeklyCheckId, 1, {{"relief-faded", 2}, {"safety", 0}});
    draft.note = "a walk by the río helped";
    const LoadedJournal l = load_journal({
        {kCheckDraftId, encode_check(draft)},
        {"check-1", encode_check(check_of("check-1", kWeeklyCheckId, 1, {{"safety", 0}}))},
    });
    CHECK(l.unreadable.empty());
    REQUIRE(l.check_draft.has_value());
    CHECK(l.check_draft->note == "a walk by the río helped");
    REQUIRE(find_answer(*l.check_draft, "relief-faded") != nullptr);
    CHECK(find_answer(*l.check_draft, "relief-faded")->value == 2);
    CHECK(l.journal.checks.size() == 1);
    CHECK(find_check(l.journal, kCheckDraftId) == nullptr);

    CHECK_FALSE(load_journal({{"check-1", encode_check(check_of("check-1", kWeeklyCheckId, 1, {}))}}).check_draft);
}

TEST_CASE("a check another tab saved, arriving on its own, is read beside the questionnaire already known") {
    const Questionnaire q = two_questions();
    const std::vector<StoredRecord> alone = {
        {"check-9", encode_check(check_of("check-9", "two-questions", 2, {{"calm", 3}}))}};
    const LoadedJournal l = load_journal(alone, {q});
    CHECK(l.unreadable.empty());
    REQUIRE(find_check(l.journal, "check-9") != nullptr);
    // Without it the check cannot be read, and says why.
    const LoadedJournal without = load_journal(alone);
    REQUIRE(without.unreadable.size() == 1);
    CHECK(without.unreadable[0] == "check-9: it answers version 2 of \"two-questions\", which is not here");
}
