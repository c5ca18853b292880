#include <doctest/doctest.h>

#include "core/entry.h"
#include "core/text.h"
#include "test_data.h"

using namespace onward;

static bool mentions(const std::vector<std::string>& problems, const std::string& words) {
    for (const auto& p : problems)
        if (p.find(words) != std::string::npos) return true;
    return false;
}

TEST_CASE("a complete check-in has no problems") { CHECK(problems_with(sample_checkin()).empty()); }

TEST_CASE("distress only and nothing else is enough") {
    Entry c = sample_checkin();
    c.emotions.clear();
    c.body = BodyState::Unsaid;
    c.note.clear();
    CHECK(problems_with(c).empty());
}

TEST_CASE("distress outside 0-10, or not chosen, is explained") {
    for (int d : {-1, 11, 100}) {
        Entry c = sample_checkin();
        c.distress = d;
        CHECK(mentions(problems_with(c), "from 0 to 10"));
    }
    for (int d : {0, 10}) {
        Entry c = sample_checkin();
        c.distress = d;
        CHECK(problems_with(c).empty());
    }
}

TEST_CASE("emotions need a library id, an intensity of 1-5, and appear once") {
    Entry c = sample_checkin();
    c.emotions = {{"", 3}};
    CHECK(mentions(problems_with(c), "An emotion is missing its name."));
    c.emotions = {{"emotion-sad", 0}};
    CHECK(mentions(problems_with(c), "Each emotion needs a strength from 1 to 5."));
    c.emotions = {{"emotion-sad", 6}};
    CHECK(mentions(problems_with(c), "Each emotion needs a strength from 1 to 5."));
    c.emotions = {{"emotion-sad", 1}, {"emotion-sad", 5}};
    CHECK(mentions(problems_with(c), "An emotion is listed twice."));
    c.emotions = {{"emotion-sa\xC3", 2}};
    CHECK(mentions(problems_with(c), "An emotion is missing its name."));
    // Ids are compared as they are: two different items may have names alike.
    c.emotions = {{"emotion-sad", 1}, {"emotion-named-sad", 5}};
    CHECK(problems_with(c).empty());
}

TEST_CASE("every text field may hold a million characters, not one more, and must be readable") {
    std::string* (*const fields[])(Entry&) = {
        [](Entry& e) { return &e.note; },         [](Entry& e) { return &e.happened; },
        [](Entry& e) { return &e.what_was_new; }, [](Entry& e) { return &e.feeling_says; },
        [](Entry& e) { return &e.what_i_need; },
    };
    const char* const names[] = {"The note", "What happened", "What was new", "What the feeling is telling me",
                                 "What I need"};
    for (size_t f = 0; f < 5; ++f) {
        CAPTURE(names[f]);
        Entry c = sample_full_entry();
        std::string& text = *fields[f](c);
        text = std::string(1000000, 'a');
        CHECK(problems_with(c).empty());
        text += "b";
        REQUIRE(problems_with(c).size() == 1);
        CHECK(problems_with(c)[0] == std::string(names[f]) +
                                         " is longer than 1000000 characters. Please split it across two entries.");
        text = "caf\xC3";
        REQUIRE(problems_with(c).size() == 1);
        CHECK(problems_with(c)[0] == std::string(names[f]) + " holds characters that could not be read as text.");
    }
}

TEST_CASE("the text limit counts characters, not bytes") {
    Entry c = sample_checkin();
    // A million Cyrillic letters are two million bytes and still fine.
    c.note.clear();
    for (int i = 0; i < 1000000; ++i) c.note += "\xD0\xB6"; // ж
    CHECK(problems_with(c).empty());
    c.note += "\xD0\xB6";
    CHECK(mentions(problems_with(c), "longer than 1000000 characters"));
    c.note = "\xED\xA0\x80"; // a lone surrogate encoded as UTF-8
    CHECK(mentions(problems_with(c), "The note holds characters that could not be read"));
    c.note = "emoji \xF0\x9F\x8C\xB1 fine";
    CHECK(problems_with(c).empty());
}

TEST_CASE("a full entry with every field given has no problems") {
    CHECK(problems_with(sample_full_entry()).empty());
    CHECK(is_full_entry(sample_full_entry()));
    CHECK_FALSE(is_full_entry(sample_checkin()));
}

TEST_CASE("any one of the fuller fields makes an entry full; the note alone does not") {
    CHECK_FALSE(is_full_entry(Entry{}));
    Entry e;
    e.note = "just a note";
    e.emotions = {{"emotion-sad", 2}};
    e.body = BodyState::Settled;
    CHECK_FALSE(is_full_entry(e));
    void (*const fill[])(Entry&) = {
        [](Entry& x) { x.happened = "h"; },
        [](Entry& x) { x.trigger = "trigger-x"; },
        [](Entry& x) { x.actions = {{"action-walk", CopingFunction::Soothe, AvoidKind::Unsaid}}; },
        [](Entry& x) { x.distress_after = 0; },
        [](Entry& x) { x.relief = Relief::None; },
        [](Entry& x) { x.new_response = Answer::No; },
        [](Entry& x) { x.stayed_with_feeling = Answer::Yes; },
        [](Entry& x) { x.feeling_says = "f"; },
        [](Entry& x) { x.what_i_need = "n"; },
    };
    for (auto f : fill) {
        Entry x = e;
        f(x);
        CHECK(is_full_entry(x));
    }
}

TEST_CASE("actions need an id, appear once, and name a kind of avoiding only when avoiding") {
    Entry e = sample_full_entry();
    e.actions = {{"", CopingFunction::Face, AvoidKind::Unsaid}};
    CHECK(problems_with(e) == std::vector<std::string>{"Something I did is missing its name."});
    e.actions = {{"action-walk", CopingFunction::Soothe, AvoidKind::Unsaid},
                 {"action-walk", CopingFunction::Avoid, AvoidKind::Distraction}};
    CHECK(problems_with(e) == std::vector<std::string>{"Something I did is listed twice."});
    e.actions = {{"action-walk", CopingFunction::Soothe, AvoidKind::Food}};
    CHECK(problems_with(e) ==
          std::vector<std::string>{"A kind of avoiding is set on something that was not avoiding."});
    e.actions = {{"action-walk", CopingFunction::Face, AvoidKind::Alcohol}};
    CHECK(problems_with(e) ==
          std::vector<std::string>{"A kind of avoiding is set on something that was not avoiding."});
    // Avoiding without saying which way is fine.
    e.actions = {{"action-walk", CopingFunction::Avoid, AvoidKind::Unsaid}};
    CHECK(problems_with(e).empty());
}

TEST_CASE("the later numbers are in range or left unsaid") {
    Entry e = sample_full_entry();
    for (int v : {-1, 0, 10}) {
        e.distress_after = v;
        CHECK(problems_with(e).empty());
    }
    for (int v : {-2, 11}) {
        e.distress_after = v;
        CHECK(problems_with(e) ==
              std::vector<std::string>{"Distress afterwards is a number from 0 to 10, or left empty."});
    }
    e = sample_full_entry();
    for (int v : {-1, 0, 1440}) {
        e.stayed_minutes = v;
        CHECK(problems_with(e).empty());
    }
    for (int v : {-5, 1441}) {
        e.stayed_minutes = v;
        CHECK(problems_with(e) == std::vector<std::string>{
                                      "How long I stayed with the feeling is a number of minutes up to a day."});
    }
    e = sample_full_entry();
    for (int v : {-1, 0, 10}) {
        e.recheck.distress = v;
        CHECK(problems_with(e).empty());
    }
    e.recheck.distress = 11;
    CHECK(problems_with(e) == std::vector<std::string>{"Distress at the later check is a number from 0 to 10."});
}

TEST_CASE("an unreadable trigger id, a missing id or a change before the making are refused") {
    Entry e = sample_full_entry();
    e.trigger = "trigger-\xFF";
    CHECK(problems_with(e) ==
          std::vector<std::string>{"The trigger holds characters that could not be read as text."});
    e = sample_full_entry();
    e.id = "";
    CHECK(problems_with(e) ==
          std::vector<std::string>{"This entry has no usable id, so it could not be kept apart from others."});
    e = sample_full_entry();
    e.updated.unix_ms = e.created.unix_ms - 1;
    CHECK(problems_with(e) == std::vector<std::string>{"This entry was changed before it was made."});
}

TEST_CASE("a re-check is answered once it has a time") {
    Entry e = sample_full_entry();
    CHECK(recheck_answered(e));
    e.recheck = ReliefRecheck{};
    CHECK_FALSE(recheck_answered(e));
}

TEST_CASE("words for relief and the body, and the messenger question for any turn") {
    CHECK(std::string(relief_words(Relief::None)) == "None");
    CHECK(std::string(relief_words(Relief::ShortLived)) == "Short-lived");
    CHECK(std::string(relief_words(Relief::Lasting)) == "Lasting");
    CHECK(std::string(relief_words(Relief::LastingWithClarity)) == "Lasting, with clarity");
    CHECK(std::string(relief_words(Relief::Unsaid)).empty());
    CHECK(std::string(answer_words(Answer::Yes)) == "Yes");
    CHECK(std::string(answer_words(Answer::No)) == "No");
    CHECK(std::string(answer_words(Answer::Unsaid)).empty());
    CHECK(std::string(body_state_words(BodyState::ShutDown)) == "Shut down");
    CHECK(std::string(body_state_words(BodyState::Unsaid)).empty());
    // Five questions, taken in turn; a negative turn wraps the same way.
    CHECK(std::string(messenger_prompt(0)) == "If this feeling could speak, what would it say?");
    CHECK(std::string(messenger_prompt(5)) == "If this feeling could speak, what would it say?");
    CHECK(std::string(messenger_prompt(6)) == "What is this feeling pointing at?");
    CHECK(std::string(messenger_prompt(-1)) == "Is there something this feeling is protecting?");
}

TEST_CASE("find_code_point finds the first code point wanted, past broken bytes") {
    const auto beyond_latin1 = [](uint32_t cp) { return cp > 0xFF; };
    CHECK(find_code_point("", beyond_latin1) == 0);
    CHECK(find_code_point("café", beyond_latin1) == 0);
    // The em dash comes first and is found first; the Cyrillic after it is not hidden by it.
    CHECK(find_code_point("sea \xE2\x80\x94 \xD0\xB5", beyond_latin1) == 0x2014);
    CHECK(find_code_point("sea \xE2\x80\x94 \xD0\xB5", [](uint32_t cp) { return cp >= 0x400 && cp < 0x500; }) == 0x435);
    CHECK(find_code_point("\xFF ok \xF0\x9F\x8C\xB1", beyond_latin1) == 0x1F331);
}
