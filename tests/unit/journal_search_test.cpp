#include <doctest/doctest.h>

#include "core/journal_search.h"
#include "test_data.h"

using namespace onward;

namespace {

using Ids = std::vector<std::string>;

constexpr int64_t kNov5Utc = 1762300800000; // 2025-11-05T00:00:00Z
constexpr int64_t kHour = 3600000;
constexpr int64_t kDay = 24 * kHour;

Entry at(const char* id, int64_t unix_ms, int offset, int distress) {
    Entry e = sample_checkin();
    e.id = id;
    e.created = e.updated = {unix_ms, offset};
    e.distress = distress;
    e.emotions.clear();
    e.note.clear();
    return e;
}

// Four entries, put in no particular order (their positions are 0 to 3 as listed):
//   0 late-berlin  2025-11-05 23:30+01:00 (22:30Z)  distress 7
//   1 nov7         2025-11-07 09:00Z                distress 4
//   2 nov4         2025-11-04 12:00Z                distress 2
//   3 athens       2025-11-06 00:31+02:00 (22:31Z on the 5th)  distress 9
// and a library with a trigger, and a duplicate of each kind merged into another item.
Journal search_journal() {
    Journal j;
    put_item(j.library, library_item("trigger-work", LibraryKind::Trigger, "Work deadline"));
    put_item(j.library, library_item("trigger-deadline", LibraryKind::Trigger, "Deadline", "trigger-work"));
    put_item(j.library, library_item("emotion-worried", LibraryKind::Emotion, "Worried", "emotion-anxious"));
    put_item(j.library, library_item("action-strolled", LibraryKind::Action, "Strolled", "action-walk"));

    Entry late_berlin = at("late-berlin", kNov5Utc + 22 * kHour + kHour / 2, 60, 7);
    late_berlin.emotions = {{"emotion-anxious", 4}};
    late_berlin.trigger = "trigger-work";
    late_berlin.happened = "Boss emailed at night";
    late_berlin.actions = {{"action-scrolled", CopingFunction::Avoid, AvoidKind::Screens}};
    late_berlin.feeling_says = "I feel unseen";

    Entry nov7 = at("nov7", kNov5Utc + 2 * kDay + 9 * kHour, 0, 4);
    nov7.emotions = {{"emotion-worried", 3}};
    nov7.note = "ÉTÉ plans";
    nov7.what_i_need = "A long walk";
    nov7.actions = {{"action-drink", CopingFunction::Avoid, AvoidKind::Alcohol},
                    {"action-strolled", CopingFunction::Soothe, AvoidKind::Unsaid}};

    Entry nov4 = at("nov4", kNov5Utc - 12 * kHour, 0, 2);
    nov4.emotions = {{"emotion-calm", 2}};
    nov4.note = "Quiet Sunday";
    nov4.actions = {{"action-walk", CopingFunction::Soothe, AvoidKind::Unsaid}};

    Entry athens = at("athens", kNov5Utc + 22 * kHour + 31 * 60000, 120, 9);
    athens.emotions = {{"emotion-afraid", 5}};
    athens.trigger = "trigger-deadline";
    athens.actions = {{"action-talked-it-through", CopingFunction::Face, AvoidKind::Unsaid}};
    athens.what_was_new = "Я сказала «нет»";
    athens.what_i_need = "Rest";

    for (const Entry* e : {&late_berlin, &nov7, &nov4, &athens}) REQUIRE(put_entry(j, *e));
    return j;
}

Ids ids_of(const Journal& j, const std::vector<uint32_t>& positions) {
    Ids out;
    for (uint32_t p : positions) out.push_back(j.entries[p].id);
    return out;
}

Ids find(const Journal& j, const EntryFilter& f) { return ids_of(j, find_entries(j, index_entries(j), f)); }

Ids with_words(const Journal& j, const char* words) {
    EntryFilter f;
    f.words = words;
    return find(j, f);
}

} // namespace

TEST_CASE("with no filter every entry is found, newest first") {
    const Journal j = search_journal();
    const EntryIndex index = index_entries(j);
    CHECK(index.newest_first == std::vector<uint32_t>{1, 3, 0, 2});
    CHECK(find(j, EntryFilter{}) == Ids{"nov7", "athens", "late-berlin", "nov4"});
    CHECK(find(Journal{}, EntryFilter{}).empty());
}

TEST_CASE("entries made at the same moment are ordered by id, the greater first") {
    Journal j;
    for (const char* id : {"tie-a", "tie-c", "tie-b"}) REQUIRE(put_entry(j, at(id, kNov5Utc, 0, 5)));
    REQUIRE(put_entry(j, at("earlier-z", kNov5Utc - 1, 0, 5)));
    CHECK(find(j, EntryFilter{}) == Ids{"tie-c", "tie-b", "tie-a", "earlier-z"});
}

TEST_CASE("words are found in every field the person wrote") {
    const Journal j = search_journal();
    CHECK(with_words(j, "quiet") == Ids{"nov4"});         // note
    CHECK(with_words(j, "emailed") == Ids{"late-berlin"}); // what happened
    CHECK(with_words(j, "сказала") == Ids{"athens"});      // what was new
    CHECK(with_words(j, "unseen") == Ids{"late-berlin"});  // what the feeling says
    CHECK(with_words(j, "rest") == Ids{"athens"});         // what I need
}

TEST_CASE("words are found in the names of the trigger, the actions and the emotions") {
    const Journal j = search_journal();
    // The merged trigger "Deadline" reads as "Work deadline".
    CHECK(with_words(j, "work") == Ids{"athens", "late-berlin"});
    CHECK(with_words(j, "phone") == Ids{"late-berlin"}); // "Scrolled my phone"
    // "Went for a walk" (and "Strolled", merged into it), and "A long walk" written out.
    CHECK(with_words(j, "walk") == Ids{"nov7", "nov4"});
    // "Worried" was merged into "Anxious": it reads, and is found, as Anxious.
    CHECK(with_words(j, "anxious") == Ids{"nov7", "late-berlin"});
    CHECK(with_words(j, "worried").empty());
    CHECK(with_words(j, "calm") == Ids{"nov4"});
}

TEST_CASE("every word must appear, in any case, in any order") {
    const Journal j = search_journal();
    CHECK(with_words(j, "NIGHT boss") == Ids{"late-berlin"});
    CHECK(with_words(j, "boss sunday").empty());
    CHECK(with_words(j, "  WORK\tdeadline\n") == Ids{"athens", "late-berlin"});
    CHECK(with_words(j, "été") == Ids{"nov7"});
    CHECK(with_words(j, "ÉTÉ") == Ids{"nov7"});
    CHECK(with_words(j, "ete").empty()); // accents are not folded away
    CHECK(with_words(j, "НЕТ") == Ids{"athens"});
    CHECK(with_words(j, "   ") == Ids{"nov7", "athens", "late-berlin", "nov4"});
}

TEST_CASE("renaming a library item changes what search finds once the index is made again") {
    Journal j = search_journal();
    LibraryItem walk = *find_item(j.library, "action-walk");
    walk.name = "Stroll by the canal";
    put_item(j.library, walk);
    CHECK(with_words(j, "canal") == Ids{"nov7", "nov4"}); // nov7 through the merged "Strolled"
    CHECK(with_words(j, "walk") == Ids{"nov7"});          // only its own "A long walk" is left

    LibraryItem work = *find_item(j.library, "trigger-work");
    work.name = "Office";
    put_item(j.library, work);
    CHECK(with_words(j, "deadline").empty());
    CHECK(with_words(j, "office") == Ids{"athens", "late-berlin"});
}

TEST_CASE("a date range is inclusive, each entry judged by its own offset") {
    const Journal j = search_journal();
    auto between = [&](std::optional<CalendarDay> from, std::optional<CalendarDay> to) {
        EntryFilter f;
        f.from = from;
        f.to = to;
        return find(j, f);
    };
    const CalendarDay nov4{2025, 11, 4}, nov5{2025, 11, 5}, nov6{2025, 11, 6}, nov7{2025, 11, 7}, nov8{2025, 11, 8};
    // 23:30+01:00 is the 5th even though it is 22:30Z; 00:31+02:00 is the 6th, though 22:31Z on the 5th.
    CHECK(between(nov5, nov5) == Ids{"late-berlin"});
    CHECK(between(nov6, nov6) == Ids{"athens"});
    CHECK(between(nov5, nov6) == Ids{"athens", "late-berlin"});
    CHECK(between(nov6, std::nullopt) == Ids{"nov7", "athens"});
    CHECK(between(std::nullopt, nov5) == Ids{"late-berlin", "nov4"});
    CHECK(between(nov4, nov7) == Ids{"nov7", "athens", "late-berlin", "nov4"});
    CHECK(between(nov8, std::nullopt).empty());
    CHECK(between(nov7, nov4).empty());
    CHECK(between(CalendarDay{2025, 10, 1}, CalendarDay{2026, 1, 1}).size() == 4);
}

TEST_CASE("filtering by emotion, trigger or action follows merges") {
    const Journal j = search_journal();
    EntryFilter f;
    f.emotion = "emotion-anxious";
    CHECK(find(j, f) == Ids{"nov7", "late-berlin"});
    f.emotion = "emotion-worried"; // merged into Anxious: the same entries
    CHECK(find(j, f) == Ids{"nov7", "late-berlin"});
    f.emotion = "emotion-calm";
    CHECK(find(j, f) == Ids{"nov4"});
    f.emotion = "emotion-sad";
    CHECK(find(j, f).empty());
    f.emotion = "emotion-nobody-knows";
    CHECK(find(j, f).empty());

    f = EntryFilter{};
    f.trigger = "trigger-work";
    CHECK(find(j, f) == Ids{"athens", "late-berlin"});
    f.trigger = "trigger-deadline";
    CHECK(find(j, f) == Ids{"athens", "late-berlin"});
    f.trigger = "trigger-nobody-knows";
    CHECK(find(j, f).empty());

    f = EntryFilter{};
    f.action = "action-walk";
    CHECK(find(j, f) == Ids{"nov7", "nov4"});
    f.action = "action-strolled";
    CHECK(find(j, f) == Ids{"nov7", "nov4"});
    f.action = "action-drink";
    CHECK(find(j, f) == Ids{"nov7"});
}

TEST_CASE("filtering by what an action did this time") {
    const Journal j = search_journal();
    EntryFilter f;
    f.function = CopingFunction::Avoid;
    CHECK(find(j, f) == Ids{"nov7", "late-berlin"});
    f.function = CopingFunction::Face;
    CHECK(find(j, f) == Ids{"athens"});
    f.function = CopingFunction::Soothe;
    CHECK(find(j, f) == Ids{"nov7", "nov4"});
}

TEST_CASE("filtering by the distress before, both ends inclusive") {
    const Journal j = search_journal();
    EntryFilter f;
    f.distress_min = 4;
    f.distress_max = 7;
    CHECK(find(j, f) == Ids{"nov7", "late-berlin"});
    f.distress_min = 8;
    f.distress_max = 10;
    CHECK(find(j, f) == Ids{"athens"});
    f.distress_min = 0;
    f.distress_max = 2;
    CHECK(find(j, f) == Ids{"nov4"});
    f.distress_min = f.distress_max = 5;
    CHECK(find(j, f).empty());
}

TEST_CASE("filters together must all hold") {
    const Journal j = search_journal();
    EntryFilter f;
    f.function = CopingFunction::Avoid;
    f.distress_min = 5;
    CHECK(find(j, f) == Ids{"late-berlin"});

    f = EntryFilter{};
    f.words = "walk";
    f.from = CalendarDay{2025, 11, 6};
    CHECK(find(j, f) == Ids{"nov7"});

    f = EntryFilter{};
    f.emotion = "emotion-worried";
    f.to = CalendarDay{2025, 11, 5};
    CHECK(find(j, f) == Ids{"late-berlin"});

    f = EntryFilter{};
    f.trigger = "trigger-work";
    f.function = CopingFunction::Face;
    CHECK(find(j, f) == Ids{"athens"});

    f = EntryFilter{};
    f.trigger = "trigger-deadline";
    f.action = "action-scrolled";
    f.words = "boss";
    f.from = f.to = CalendarDay{2025, 11, 5};
    f.distress_min = 7;
    f.distress_max = 7;
    CHECK(find(j, f) == Ids{"late-berlin"});
    f.distress_max = 6;
    CHECK(find(j, f).empty());
}

TEST_CASE("a filter is empty until something in it would narrow the journal") {
    CHECK(is_empty(EntryFilter{}));
    EntryFilter f;
    f.words = " \t\n ";
    CHECK(is_empty(f));
    void (*const narrow[])(EntryFilter&) = {
        [](EntryFilter& x) { x.words = "a"; },
        [](EntryFilter& x) { x.from = CalendarDay{2025, 11, 5}; },
        [](EntryFilter& x) { x.to = CalendarDay{2025, 11, 5}; },
        [](EntryFilter& x) { x.emotion = "emotion-sad"; },
        [](EntryFilter& x) { x.trigger = "trigger-work"; },
        [](EntryFilter& x) { x.action = "action-walk"; },
        [](EntryFilter& x) { x.function = CopingFunction::Soothe; },
        [](EntryFilter& x) { x.distress_min = 1; },
        [](EntryFilter& x) { x.distress_max = 9; },
    };
    for (auto n : narrow) {
        EntryFilter x;
        n(x);
        CHECK_FALSE(is_empty(x));
    }
}

TEST_CASE("a month's days count the entries and their peak distress, by each entry's own day") {
    Journal j = search_journal();
    // Another on the 5th, in the morning, less distressed than the evening one.
    REQUIRE(put_entry(j, at("nov5-morning", kNov5Utc + 8 * kHour, 0, 3)));             // position 4
    // 23:30 on 31 October at -01:00 (00:30Z on 1 November): October's.
    REQUIRE(put_entry(j, at("oct31-late", kNov5Utc - 4 * kDay + kHour / 2, -60, 10))); // position 5
    // 00:30 on 1 December at +01:00 (23:30Z on 30 November): December's.
    REQUIRE(put_entry(j, at("dec1-early", kNov5Utc + 25 * kDay + 23 * kHour + kHour / 2, 60, 1))); // position 6
    const std::vector<uint32_t> all = {0, 1, 2, 3, 4, 5, 6};

    const std::vector<DayDistress> nov = month_distress(j, all, 2025, 11);
    REQUIRE(nov.size() == 30);
    for (size_t d = 0; d < 30; ++d) {
        CAPTURE(d + 1);
        const int entries = d == 4 ? 2 : (d >= 3 && d <= 6) ? 1 : 0;
        CHECK(nov[d].entries == entries);
    }
    CHECK(nov[3].peak == 2); // the 4th
    CHECK(nov[4].peak == 7); // the 5th: 3 and 7
    CHECK(nov[5].peak == 9); // the 6th
    CHECK(nov[6].peak == 4); // the 7th
    CHECK(nov[0].peak == -1);
    CHECK(nov[29].peak == -1);

    const std::vector<DayDistress> oct = month_distress(j, all, 2025, 10);
    REQUIRE(oct.size() == 31);
    CHECK(oct[30].entries == 1);
    CHECK(oct[30].peak == 10);
    const std::vector<DayDistress> dec = month_distress(j, all, 2025, 12);
    REQUIRE(dec.size() == 31);
    CHECK(dec[0].entries == 1);
    CHECK(dec[0].peak == 1);

    // Only the entries asked about count: here nov7 (1) and late-berlin (0).
    const std::vector<DayDistress> some = month_distress(j, {1, 0}, 2025, 11);
    CHECK(some[4].entries == 1);
    CHECK(some[4].peak == 7);
    CHECK(some[6].entries == 1);
    CHECK(some[3].entries == 0);
    CHECK(some[5].entries == 0);

    CHECK(month_distress(j, {}, 2024, 2).size() == 29);
    CHECK(month_distress(j, {}, 2025, 2).size() == 28);
}

TEST_CASE("refining a search while a word is typed gives what a full search gives") {
    Journal j;
    const auto add = [&](const char* id, int64_t ms, const char* note, int distress) {
        Entry e;
        e.id = id;
        e.created = e.updated = {ms, 0};
        e.distress = distress;
        e.note = note;
        REQUIRE(put_entry(j, e));
    };
    add("a", 1000, "garden walk", 3);
    add("b", 2000, "a garage sale", 5);
    add("c", 3000, "the garden at night", 7);
    add("d", 4000, "nothing here", 2);
    const EntryIndex index = index_entries(j);

    EntryFilter ga;
    ga.words = "ga";
    const std::vector<uint32_t> first = find_entries(j, index, ga);
    CHECK(first.size() == 3); // c, b, a

    EntryFilter garden = ga;
    garden.words = "garden";
    // Narrower: looks among the earlier answer, and gives the full answer: c then a.
    const std::vector<uint32_t> refined = refine_entries(j, index, garden, ga, first);
    CHECK(refined == find_entries(j, index, garden));
    REQUIRE(refined.size() == 2);
    CHECK(j.entries[refined[0]].id == "c");
    CHECK(j.entries[refined[1]].id == "a");

    // Not narrower (a word taken back, or another filter changed): searches everything,
    // even when handed an answer that lacks what now matches.
    EntryFilter nothing;
    nothing.words = "nothing";
    CHECK(refine_entries(j, index, nothing, garden, refined).size() == 1);
    EntryFilter calmer = ga;
    calmer.distress_max = 4;
    const std::vector<uint32_t> only_c = {refined[0]};
    const std::vector<uint32_t> calm = refine_entries(j, index, calmer, garden, only_c);
    REQUIRE(calm.size() == 1);
    CHECK(j.entries[calm[0]].id == "a");
}
