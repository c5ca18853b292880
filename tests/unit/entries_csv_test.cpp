#include <doctest/doctest.h>

#include "store/entries_csv.h"
#include "test_data.h"

using namespace onward;

TEST_CASE("entries csv: every entry, oldest first, with the library's current names") {
    Journal j;
    LibraryItem trigger;
    trigger.id = "trigger-mine";
    trigger.kind = LibraryKind::Trigger;
    trigger.name = "Work email";
    put_item(j.library, trigger);
    LibraryItem peaceful; // merged into the starter "Calm": entries naming it read as Calm
    peaceful.id = "emotion-peaceful";
    peaceful.kind = LibraryKind::Emotion;
    peaceful.name = "Peaceful";
    peaceful.merged_into = "emotion-calm";
    put_item(j.library, peaceful);

    Entry later; // a quick check-in, written while away (UTC-5), stored first
    later.id = "entry-b";
    later.created = later.updated = at("2026-03-02T21:30:00.000-05:00");
    later.distress = 0;
    later.emotions = {{"emotion-peaceful", 3}};
    j.entries.push_back(later);

    Entry full;
    full.id = "entry-a";
    full.created = full.updated = at("2026-03-01T09:05:00.000+01:00");
    full.distress = 6;
    full.emotions = {{"emotion-anxious", 4}, {"emotion-sad", 2}};
    full.body = BodyState::Activated;
    full.note = "Woke up early, heart racing.\nCouldn't settle";
    full.happened = "=cmd|' /C calc'!A0";
    full.trigger = "trigger-mine";
    full.actions = {{"action-walk", CopingFunction::Soothe, AvoidKind::Unsaid},
                    {"action-scrolled", CopingFunction::Avoid, AvoidKind::Screens}};
    full.distress_after = 4;
    full.relief = Relief::ShortLived;
    full.new_response = Answer::Yes;
    full.what_was_new = "Named it";
    full.stayed_with_feeling = Answer::No;
    full.stayed_minutes = 0;
    full.feeling_says = "Slow down";
    full.what_i_need = "Rest, and a friend";
    full.recheck = {at("2026-03-01T11:10:00.000+01:00"), 5, Answer::No};
    j.entries.push_back(full);

    CHECK(entries_csv(j) ==
          "\xEF\xBB\xBF"
          "id,created,date,time,distress,emotions,body,note,happened,trigger,actions,distress_after,relief,"
          "new_response,what_was_new,stayed_with_feeling,stayed_minutes,feeling_says,what_i_need,recheck_at,"
          "recheck_distress,recheck_lasted\r\n"
          "entry-a,2026-03-01T09:05:00.000+01:00,2026-03-01,09:05,6,Anxious 4; Sad 2,Activated,"
          "\"Woke up early, heart racing.\nCouldn't settle\",'=cmd|' /C calc'!A0,Work email,"
          "\"Went for a walk (soothe); Scrolled my phone (avoid, numbing: screens)\",4,Short-lived,Yes,Named it,No,0,"
          "Slow down,\"Rest, and a friend\",2026-03-01T11:10:00.000+01:00,5,No\r\n"
          "entry-b,2026-03-02T21:30:00.000-05:00,2026-03-02,21:30,0,Calm 3,,,,,,,,,,,,,,,,\r\n");
}

TEST_CASE("entries csv: an empty journal is the header alone") {
    const std::string text = entries_csv(Journal{});
    CHECK(text.rfind("\xEF\xBB\xBFid,created,date,", 0) == 0);
    CHECK(text.find("\r\n") == text.size() - 2);
}
