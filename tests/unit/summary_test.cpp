#include <doctest/doctest.h>

#include <cmath>

#include "core/insights.h"
#include "core/summary.h"
#include "store/questionnaire_record.h" // weekly_check(): the definition Onward ships
#include "test_data.h"

using namespace onward;

// Every expected figure below is worked out by hand from the records each test makes.
// November 2026: Monday the 2nd, 9th, 16th, 23rd and 30th; 1 December is a Tuesday.

namespace {

const char* const kNow = "2026-12-01T09:00:00.000+01:00";

PracticeSession practice(const char* id, const char* iso, Practice p, int before, int after) {
    PracticeSession s;
    s.id = id;
    s.created = s.updated = at(iso);
    s.practice = p;
    if (p == Practice::Breathing) s.pattern = "box";
    s.duration_ms = 300000;
    s.distress_before = before;
    s.distress_after = after;
    return s;
}

CheckResult weekly(const char* id, const char* iso, int s1, int s2, int s3, int s4, int h1, int h2, int h3, int h4,
                   int safety) {
    CheckResult c;
    c.id = id;
    c.questionnaire = kWeeklyCheckId;
    c.taken = c.updated = at(iso);
    c.answers = {{"kept-feelings-away", s1}, {"relief-faded", s2}, {"understood-not-shifted", s3},
                 {"outside-fixes", s4},      {"let-feelings-be-felt", h1}, {"new-response", h2},
                 {"deep-relief", h3},        {"stayed-with-discomfort", h4}, {"safety", safety}};
    return c;
}

// A clinician's questionnaire (docs/questionnaires.md): 0–4, two questions reversed, a
// total with bands.
Questionnaire sleep_and_worry() {
    Questionnaire q;
    q.id = "sleep-and-worry";
    q.title = "Sleep and worry";
    q.time_frame = "Over the last two weeks";
    q.scale = {0, 4, {"Never", "Rarely", "Sometimes", "Often", "Always"}};
    q.questions = {{"slow-to-sleep", "It took me a long time to fall asleep.", false, false},
                   {"woke-rested", "I woke up feeling rested.", true, false},
                   {"worry-spiral", "One worry led to the next.", false, false},
                   {"set-worry-aside", "I could put a worry aside.", true, false},
                   {"too-tired", "I was too tired to do what I had planned.", false, false}};
    ScoreRule sleep;
    sleep.id = "sleep";
    sleep.name = "Sleep";
    sleep.sum = {"slow-to-sleep", "woke-rested", "too-tired"};
    ScoreRule total;
    total.id = "total";
    total.name = "Sleep and worry together";
    total.sum = {"slow-to-sleep", "woke-rested", "worry-spiral", "set-worry-aside", "too-tired"};
    total.bands = {{0, 6, "Low"}, {7, 13, "Some"}, {14, 20, "High"}};
    q.scores = {sleep, total};
    REQUIRE(problems_with(q).empty());
    return q;
}

// The journal of the whole-document test. Records just outside the period (e0, e8) would
// each change a figure if they leaked in: the first week's highest, the relief counts, a
// second recurring trigger, the last week's entries.
Journal november() {
    Journal j;
    put_item(j.library, library_item("trigger-work", LibraryKind::Trigger, "Work email <urgent>"));
    put_item(j.library, library_item("trigger-mum", LibraryKind::Trigger, "Calls with Mum"));
    put_item(j.library, library_item("action-run", LibraryKind::Action, "Run | 5 km"));
    put_item(j.library, library_item("action-jog", LibraryKind::Action, "Jog", "action-run"));
    put_item(j.library, library_item("emotion-toska", LibraryKind::Emotion, "Тоска"));

    Entry e0 = with_action(entry("e0", "2026-11-02T22:00:00.000+01:00", 9), "action-run", CopingFunction::Soothe);
    e0.distress_after = 1;
    e0.trigger = "trigger-mum";
    Entry e1 = entry("e1", "2026-11-03T08:30:00.000+01:00", 4);
    e1.emotions = {{"emotion-anxious", 3}};

    Entry e2 = entry("e2", "2026-11-04T21:05:00.000+01:00", 7);
    e2.emotions = {{"emotion-anxious", 4}, {"emotion-toska", 2}};
    e2.body = BodyState::Activated;
    e2.happened = "Boss emailed at 9pm: \"urgent\" & <b>now</b>";
    e2.trigger = "trigger-work";
    e2 = with_action(e2, "action-run", CopingFunction::Soothe);
    e2 = with_action(e2, "action-scrolled", CopingFunction::Avoid, AvoidKind::Screens);
    e2.distress_after = 4;
    e2.relief = Relief::ShortLived;
    e2.recheck = {at("2026-11-04T23:30:00.000+01:00"), 5, Answer::No};
    e2.new_response = Answer::No;
    e2.stayed_with_feeling = Answer::Yes;
    e2.stayed_minutes = 10;
    e2.feeling_says = "That I *never* get a break \xF0\x9F\x98\x94";
    e2.what_i_need = "Rest.\nA boundary at 8pm.";
    e2.note = "# Not a heading\r\n- not a list\n\n  1. not numbered";

    Entry e3 = with_action(entry("e3", "2026-11-10T19:00:00.000+01:00", 6), "action-jog", CopingFunction::Soothe);
    e3.trigger = "trigger-work";
    e3.distress_after = 3;
    e3.recheck = {at("2026-11-10T22:00:00.000+01:00"), 3, Answer::Yes};
    e3.new_response = Answer::Yes;
    Entry e4 = with_action(entry("e4", "2026-11-12T20:00:00.000+01:00", 5), "action-run", CopingFunction::Soothe);
    e4 = with_action(e4, "action-talked-it-through", CopingFunction::Face);
    e4.distress_after = 3;
    e4.recheck = {at("2026-11-12T23:00:00.000+01:00"), -1, Answer::Yes};
    Entry e5 = entry("e5", "2026-11-18T12:00:00.000+01:00", 3);
    e5.trigger = "trigger-mum";

    Entry e6 = entry("e6", "2026-11-24T18:00:00.000-05:00", 8);
    e6.trigger = "trigger-work";
    e6 = with_action(e6, "action-talked-it-through", CopingFunction::Face);
    e6 = with_action(e6, "action-kept-busy", CopingFunction::Avoid);
    e6.distress_after = 6;
    e6.new_response = Answer::Yes;
    e6.what_was_new = "Told my manager | asked for help";

    const Entry e7 = entry("e7", "2026-11-30T23:59:00.000+01:00", 2);
    const Entry e8 = entry("e8", "2026-12-01T00:00:00.000+01:00", 10);
    for (const Entry& e : {e0, e1, e2, e3, e4, e5, e6, e7, e8}) REQUIRE(put_entry(j, e));

    REQUIRE(put_practice(j, practice("p1", "2026-11-05T07:00:00.000+01:00", Practice::Breathing, 6, 4)));
    REQUIRE(put_practice(j, practice("p2", "2026-11-20T19:00:00.000+01:00", Practice::StayWithIt, 5, 4)));

    put_questionnaire(j, weekly_check());
    put_questionnaire(j, sleep_and_worry());
    REQUIRE(put_check(j, weekly("c1", "2026-11-15T10:00:00.000+01:00", 2, 1, 1, 0, 1, 2, 1, 1, 0)));
    REQUIRE(put_check(j, weekly("c2", "2026-11-22T10:00:00.000+01:00", 1, 1, 1, 1, 2, 2, 2, 2, 1)));
    CheckResult sleep;
    sleep.id = "c3";
    sleep.questionnaire = "sleep-and-worry";
    sleep.taken = sleep.updated = at("2026-11-20T08:00:00.000+01:00");
    sleep.answers = {{"slow-to-sleep", 2}, {"woke-rested", 1}, {"worry-spiral", 3}, {"set-worry-aside", 2},
                     {"too-tired", 1}};
    REQUIRE(put_check(j, sleep));
    j.settings.phase_override = "stabilising";
    return j;
}

SummaryRequest november_request(std::vector<std::string> ids = {}) {
    return {{2026, 11, 3}, {2026, 11, 30}, std::move(ids)};
}

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The cells of each Markdown table row, counted by the pipes that are not escaped.
int unescaped_pipes(const std::string& line) {
    int n = 0;
    for (size_t i = 0; i < line.size(); ++i)
        if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++n;
    return n;
}

// As the summary writes figures (one decimal only when it says something).
std::string figure(double v) {
    const long tenths = std::lround(v * 10);
    return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : "");
}

} // namespace

TEST_CASE("summary: the whole Markdown document of a month, worked out by hand") {
    const Journal j = november();
    // e6 was written at UTC-05:00, so its time says so (now is at +01:00); the missing id is
    // left out, and the chosen entries come oldest first.
    const std::string md = summary_markdown(j, november_request({"e6", "entry-missing", "e2"}), at(kNow));
    const std::string expected =
        "# My Onward summary: 3 November \xE2\x80\x93 30 November 2026\n"
        "\n"
        "Made on 1 December 2026 from my own journal. Onward is a private journal, not an assessment.\n"
        "\n"
        "## The period in numbers\n"
        "\n"
        "- Entries: 7 (2 check-ins and 5 full entries), on 7 of 28 days.\n"
        "- Practices: 2.\n"
        "- Distress: average 5 over 7 entries, highest 8.\n"
        "\n"
        "### My distress by week\n"
        "\n"
        "Weeks start on Monday; only days in the period count.\n"
        "\n"
        "| Week of | Entries | Average | Highest |\n"
        "| --- | --- | --- | --- |\n"
        "| 2 November 2026 | 2 | 5.5 | 7 |\n"
        "| 9 November 2026 | 2 | 5.5 | 6 |\n"
        "| 16 November 2026 | 1 | 3 | 3 |\n"
        "| 23 November 2026 | 1 | 8 | 8 |\n"
        "| 30 November 2026 | 1 | 2 | 2 |\n"
        "\n"
        "## Coping in the period\n"
        "\n"
        "I noted 9 things I did to cope, practices included.\n"
        "\n"
        "- Soothe: 4 (44%).\n"
        "- Face: 3 (33%).\n"
        "- Avoid: 2 (22%); by kind: numbing: screens 1, no kind named 1.\n"
        "\n"
        "### What helped\n"
        "\n"
        "The drop is distress before minus after: the middle one of the times I rated both.\n"
        "\n"
        "| What I did | Median drop | Relief lasted when re-checked | Times rated |\n"
        "| --- | --- | --- | --- |\n"
        "| Run \\| 5 km | 3 | 2 of 3 | 3 |\n"
        "\n"
        "Not enough data yet (3 times rated before and after are needed): Talked it through (2), Box breathing (1), "
        "Kept busy (1), Scrolled my phone (1), Stay with it (1).\n"
        "\n"
        "### Triggers that came back\n"
        "\n"
        "- Work email \\<urgent>: 3 times, 2 with a new response.\n"
        "\n"
        "## My self-checks\n"
        "\n"
        "On Sun 22 November 2026 I said I had thoughts of hurting myself or not wanting to be alive.\n"
        "\n"
        "### Weekly coping-or-healing check\n"
        "\n"
        "| Taken | Scores |\n"
        "| --- | --- |\n"
        "| Sun 15 November 2026, 10:00 | Signs of being stuck 4 (0 to 12); Signs of moving toward healing 5 (0 to 12); "
        "Balance (healing minus stuck) +1 (\xE2\x88\x92" "12 to 12) |\n"
        "| Sun 22 November 2026, 10:00 | Signs of being stuck 4 (0 to 12); Signs of moving toward healing 8 (0 to 12); "
        "Balance (healing minus stuck) +4 (\xE2\x88\x92" "12 to 12) |\n"
        "\n"
        "### Sleep and worry\n"
        "\n"
        "| Taken | Scores |\n"
        "| --- | --- |\n"
        "| Fri 20 November 2026, 08:00 | Sleep 6 (0 to 12); Sleep and worry together 11 (0 to 20): Some |\n"
        "\n"
        "## Where things stand now\n"
        "\n"
        "I chose: Stabilising. From my records alone, Onward would suggest: Crisis. In a check in the last 14 days, "
        "a safety question was answered above its lowest point.\n"
        "\n"
        "## Entries I chose to share\n"
        "\n"
        "### Wed 4 November 2026, 21:05\n"
        "\n"
        "- **Distress:** 7 of 10\n"
        "- **Emotions:** Anxious 4 of 5, Тоска 2 of 5\n"
        "- **Body:** Activated\n"
        "- **What happened:** Boss emailed at 9pm: \"urgent\" & \\<b>now\\</b>\n"
        "- **Trigger:** Work email \\<urgent>\n"
        "- **What I did:** Run \\| 5 km (soothe), Scrolled my phone (avoid, numbing: screens)\n"
        "- **Distress after:** 4 of 10\n"
        "- **Relief:** Short-lived\n"
        "- **When I checked again:** distress 5 of 10; the relief did not last\n"
        "- **New response to an old trigger:** No\n"
        "- **Stayed with the feeling:** Yes, about 10 min\n"
        "- **What the feeling is telling me:** That I \\*never\\* get a break \xF0\x9F\x98\x94\n"
        "- **What I need:** Rest.\\\n"
        "  A boundary at 8pm.\n"
        "- **Note:** \\# Not a heading\\\n"
        "  \\- not a list\\\n"
        "  \\\n"
        "  1\\. not numbered\n"
        "\n"
        "### Tue 24 November 2026, 18:00 (UTC-05:00)\n"
        "\n"
        "- **Distress:** 8 of 10\n"
        "- **Trigger:** Work email \\<urgent>\n"
        "- **What I did:** Talked it through (face), Kept busy (avoid)\n"
        "- **Distress after:** 6 of 10\n"
        "- **New response to an old trigger:** Yes\n"
        "- **What was new:** Told my manager \\| asked for help\n";
    CHECK(md == expected);
}

TEST_CASE("summary: the period's edges are the first day's 00:00 and the last day's 23:59, in each record's offset") {
    Journal j;
    for (const Entry& e : {entry("before", "2026-11-02T23:59:00.000+01:00", 9),      // the day before: out
                           entry("first", "2026-11-03T00:00:00.000+01:00", 1),       // in
                           entry("last", "2026-11-30T23:59:00.000+01:00", 2),        // in
                           entry("after", "2026-12-01T00:00:00.000+01:00", 10),      // the next day: out
                           // 30 November 23:30 in UTC, but 1 December where it was written: out
                           entry("east", "2026-12-01T00:30:00.000+01:00", 10),
                           // 1 December 04:30 in UTC, but 30 November where it was written: in
                           entry("west", "2026-11-30T23:30:00.000-05:00", 3)})
        REQUIRE(put_entry(j, e));
    REQUIRE(put_practice(j, practice("p-in", "2026-11-30T23:59:59.000+01:00", Practice::Grounding, -1, -1)));
    REQUIRE(put_practice(j, practice("p-out", "2026-12-01T00:00:00.000+01:00", Practice::Grounding, -1, -1)));
    const std::string md = summary_markdown(j, november_request(), at(kNow));
    CHECK(contains(md, "- Entries: 3 (3 check-ins and 0 full entries), on 2 of 28 days.\n"));
    CHECK(contains(md, "- Practices: 1.\n"));
    CHECK(contains(md, "- Distress: average 2 over 3 entries, highest 3.\n"));
    CHECK(contains(md, "| 2 November 2026 | 1 | 1 | 1 |\n"));
    CHECK(contains(md, "| 30 November 2026 | 2 | 2.5 | 3 |\n"));

    // One day, and the two ends given the wrong way round, are periods too.
    const std::string one_day = summary_markdown(j, {{2026, 11, 30}, {2026, 11, 30}, {}}, at(kNow));
    CHECK(contains(one_day, "# My Onward summary: 30 November 2026\n"));
    CHECK(contains(one_day, "- Entries: 2 (2 check-ins and 0 full entries), on 1 of 1 day.\n"));
    const std::string swapped = summary_markdown(j, {{2026, 11, 30}, {2026, 11, 3}, {}}, at(kNow));
    CHECK(swapped == md);
    // Across a year's end both years are named.
    CHECK(contains(summary_markdown(j, {{2026, 12, 28}, {2027, 1, 3}, {}}, at(kNow)),
                   "# My Onward summary: 28 December 2026 \xE2\x80\x93 3 January 2027\n"));
    // A day that does not exist is taken as today.
    CHECK(contains(summary_markdown(j, {{2026, 2, 30}, {2026, 12, 1}, {}}, at(kNow)),
                   "# My Onward summary: 1 December 2026\n"));
}

TEST_CASE("summary: hostile text is escaped in both forms, emoji and Cyrillic kept") {
    Journal j;
    const std::string hostile = "<script>alert('x')</script> | *bold* _it_ & more &amp; `code` [link](x) "
                                "\xF0\x9F\x99\x82 \xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82";
    put_item(j.library, library_item("action-x", LibraryKind::Action, "A | B <i>"));
    for (int i = 0; i < 3; ++i) {
        Entry e = with_action(entry(("h" + std::to_string(i)).c_str(), "2026-11-10T12:00:00.000+01:00", 6),
                              "action-x", CopingFunction::Soothe);
        e.distress_after = 2;
        e.note = hostile + "\n## second line";
        REQUIRE(put_entry(j, e));
    }
    const SummaryRequest r = november_request({"h0"});

    const std::string md = summary_markdown(j, r, at(kNow));
    CHECK(contains(md, "- **Note:** \\<script>alert('x')\\</script> \\| \\*bold\\* \\_it\\_ & more \\&amp; \\`code\\` "
                       "\\[link\\](x) \xF0\x9F\x99\x82 \xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82\\\n"
                       "  \\## second line\n"));
    for (size_t i = md.find('<'); i != std::string::npos; i = md.find('<', i + 1)) CHECK(md[i - 1] == '\\');
    // A pipe in a name stays inside its cell: every row of a table has as many cell borders.
    CHECK(contains(md, "| A \\| B \\<i> | 4 | not re-checked | 3 |\n"));
    size_t start = 0;
    while ((start = md.find("\n|", start)) != std::string::npos) {
        const size_t end = md.find('\n', start + 1);
        CHECK(unescaped_pipes(md.substr(start + 1, end - start - 1)) == 5);
        start = end;
    }

    const std::string html = summary_html(j, r, at(kNow), "summary.css?v=\"1\"&x='2'");
    CHECK(contains(html, "<dt>Note</dt><dd>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; | *bold* _it_ &amp; more "
                         "&amp;amp; `code` [link](x) \xF0\x9F\x99\x82 "
                         "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82<br>## second line</dd>"));
    CHECK(contains(html, "<tr><th scope=\"row\">A | B &lt;i&gt;</th><td>4</td><td>not re-checked</td><td>3</td></tr>"));
    CHECK(contains(html, "<link rel=\"stylesheet\" href=\"summary.css?v=&quot;1&quot;&amp;x=&#39;2&#39;\">"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<i>"));
}

TEST_CASE("summary: the HTML page is complete, semantic and needs no inline style or script") {
    const Journal j = november();
    const std::string html = summary_html(j, november_request({"e2"}), at(kNow), "summary.css");
    CHECK(html.rfind("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", 0) == 0);
    CHECK(contains(html, "<title>My Onward summary: 3 November \xE2\x80\x93 30 November 2026</title>"));
    CHECK(contains(html, "<link rel=\"stylesheet\" href=\"summary.css\">"));
    CHECK(contains(html, "<h1>My Onward summary: 3 November \xE2\x80\x93 30 November 2026</h1>"));
    CHECK(contains(html, "<h2>The period in numbers</h2>"));
    CHECK(contains(html, "<li>Entries: 7 (2 check-ins and 5 full entries), on 7 of 28 days.</li>"));
    CHECK(contains(html, "<thead>\n<tr><th scope=\"col\">Week of</th><th scope=\"col\">Entries</th>"
                         "<th scope=\"col\">Average</th><th scope=\"col\">Highest</th></tr>\n</thead>\n<tbody>\n"
                         "<tr><th scope=\"row\">2 November 2026</th><td>2</td><td>5.5</td><td>7</td></tr>\n"));
    CHECK(contains(html, "<p>On Sun 22 November 2026 I said I had thoughts of hurting myself or not wanting to be "
                         "alive.</p>"));
    CHECK(contains(html, "<article class=\"entry\">\n<h3>Wed 4 November 2026, 21:05</h3>\n<dl>\n"
                         "<dt>Distress</dt><dd>7 of 10</dd>\n"));
    CHECK(contains(html, "<dt>What I need</dt><dd>Rest.<br>A boundary at 8pm.</dd>"));
    CHECK(contains(html, "<dt>What happened</dt><dd>Boss emailed at 9pm: &quot;urgent&quot; &amp; "
                         "&lt;b&gt;now&lt;/b&gt;</dd>"));
    const std::string end = "</main>\n</body>\n</html>\n";
    CHECK(html.substr(html.size() - end.size()) == end);
    for (const char* inline_code : {"style=", "<style", "<script", "onload", "onclick", "javascript:"})
        CHECK_FALSE(contains(html, inline_code));

}

TEST_CASE("summary: a safety answer in a check is said plainly, in both forms") {
    Journal j;
    put_questionnaire(j, weekly_check());
    REQUIRE(put_check(j, weekly("c", "2026-11-18T21:00:00.000+01:00", 0, 0, 0, 0, 0, 0, 0, 0, 2)));
    REQUIRE(put_check(j, weekly("d", "2026-11-24T21:00:00.000+01:00", 0, 0, 0, 0, 0, 0, 0, 0, 0)));
    const std::string sentence =
        "On Wed 18 November 2026 I said I had thoughts of hurting myself or not wanting to be alive.";
    const std::string md = summary_markdown(j, november_request(), at(kNow));
    CHECK(contains(md, "\n" + sentence + "\n"));
    CHECK(md.find(sentence) == md.rfind(sentence)); // once: the check of the 24th had none
    CHECK(contains(summary_html(j, november_request(), at(kNow), "s.css"), "<p>" + sentence + "</p>"));
    // The check of the 18th is within the last 14 days, so where things stand says why.
    CHECK(contains(md, "## Where things stand now\n\nMy records suggest: Crisis. In a check in the last 14 days"));
}

TEST_CASE("summary: an empty period says so kindly, and still says where things stand") {
    Journal j;
    REQUIRE(put_entry(j, entry("old", "2026-10-01T12:00:00.000+02:00", 5)));
    const std::string md = summary_markdown(j, november_request(), at(kNow));
    CHECK(md == "# My Onward summary: 3 November \xE2\x80\x93 30 November 2026\n"
                "\n"
                "Made on 1 December 2026 from my own journal. Onward is a private journal, not an assessment.\n"
                "\n"
                "My journal holds nothing from these days: no entries, practices or self-checks.\n"
                "\n"
                "## Where things stand now\n"
                "\n"
                "My records suggest: Stabilising. Ready for healing work is suggested after 2 weekly checks in the "
                "last 4 weeks with a balance above 0; there are 0 with a balance.\n");
    CHECK(contains(summary_html(j, november_request(), at(kNow), "s.css"),
                   "<p>My journal holds nothing from these days: no entries, practices or self-checks.</p>"));
}

TEST_CASE("summary: only the chosen entries are shown in full, oldest first, each once") {
    Journal j;
    const char* const ids[] = {"entry-a", "entry-b", "entry-c"};
    const char* const notes[] = {"alpha words", "beta words", "gamma words"};
    const char* const times[] = {"2026-11-05T10:00:00.000+01:00", "2026-11-06T10:00:00.000+01:00",
                                 "2026-11-07T10:00:00.000+01:00"};
    for (int i = 0; i < 3; ++i) {
        Entry e = entry(ids[i], times[i], 3);
        e.note = notes[i];
        REQUIRE(put_entry(j, e));
    }
    const std::string none = summary_markdown(j, november_request(), at(kNow));
    CHECK_FALSE(contains(none, "Entries I chose to share"));
    CHECK_FALSE(contains(none, "words"));

    const std::string md = summary_markdown(j, november_request({"entry-c", "entry-b", "entry-c"}), at(kNow));
    CHECK_FALSE(contains(md, "alpha"));
    const size_t beta = md.find("### Fri 6 November 2026, 10:00\n\n- **Distress:** 3 of 10\n- **Note:** beta words\n");
    const size_t gamma =
        md.find("### Sat 7 November 2026, 10:00\n\n- **Distress:** 3 of 10\n- **Note:** gamma words\n");
    REQUIRE(beta != std::string::npos);
    REQUIRE(gamma != std::string::npos);
    CHECK(beta < gamma);
    CHECK(md.find("gamma words") == md.rfind("gamma words"));
}

TEST_CASE("summary: for the 28 days that end today, the figures are the Insights screen's") {
    // Five weeks of varied records, all in the last 28 days, so the all-time figures of
    // Insights (relief, triggers) are the period's too.
    Journal j;
    put_item(j.library, library_item("trigger-t", LibraryKind::Trigger, "Deadlines"));
    const char* const actions[] = {"action-walk", "action-scrolled", "action-talked-it-through", "action-kept-busy"};
    const CopingFunction functions[] = {CopingFunction::Soothe, CopingFunction::Avoid, CopingFunction::Face,
                                        CopingFunction::Avoid};
    const LocalTime now = at(kNow);
    for (int i = 0; i < 40; ++i) {
        Entry e;
        e.id = "g" + std::to_string(i);
        e.created = e.updated = {now.unix_ms - int64_t(i) * 16 * 3600 * 1000 - 3600 * 1000, 60};
        e.distress = (i * 7) % 11;
        if (i % 3) {
            e.actions.push_back({actions[i % 4], functions[i % 4],
                                 functions[i % 4] == CopingFunction::Avoid && i % 2 ? AvoidKind::Screens
                                                                                     : AvoidKind::Unsaid});
            e.distress_after = std::max(0, e.distress - i % 4);
        }
        if (i % 5 == 0) e.trigger = "trigger-t";
        if (i % 4 == 0) e.new_response = Answer::Yes;
        if (i % 6 == 1) e.recheck = {{e.created.unix_ms + 7200000, 60}, 3, i % 12 == 1 ? Answer::Yes : Answer::No};
        REQUIRE(put_entry(j, e));
    }
    REQUIRE(put_practice(j, practice("p", "2026-11-20T10:00:00.000+01:00", Practice::Breathing, 7, 3)));

    const Insights in = compute_insights(j, now);
    const std::string md = summary_markdown(j, {{2026, 11, 4}, {2026, 12, 1}, {}}, now);
    INFO(md);
    REQUIRE(in.distress.mean.recent_count == 40); // every entry is in the last 4 weeks
    int peak = -1;
    for (const DistressWeek& w : in.distress.weeks) peak = std::max(peak, w.peak);
    CHECK(contains(md, "- Distress: average " + figure(in.distress.mean.recent) + " over 40 entries, highest " +
                           std::to_string(peak) + ".\n"));
    for (const DistressWeek& w : in.distress.weeks) // every Monday is in November
        if (w.entries)
            CHECK(contains(md, "| " + std::to_string(w.monday.day) + " November 2026 | " + std::to_string(w.entries) +
                                   " | " + figure(w.mean) + " | " + std::to_string(w.peak) + " |\n"));

    const Comparison& share = in.avoidance.share;
    CHECK(contains(md, "I noted " + std::to_string(share.recent_count) + " things I did to cope"));
    CHECK(contains(md, "- Avoid: " + std::to_string(share.recent_part) + " ("));

    int ranked = 0;
    for (const ActionRelief& a : in.relief.actions) {
        if (!a.enough) continue;
        ++ranked;
        const std::string lasted =
            a.rechecked ? std::to_string(a.lasted) + " of " + std::to_string(a.rechecked) : "not re-checked";
        CHECK(contains(md, "| " + a.name + " | " + figure(a.median_drop) + " | " + lasted + " | " +
                               std::to_string(a.measured) + " |\n"));
    }
    CHECK(ranked >= 2);
    REQUIRE(in.triggers.triggers.size() == 1);
    const TriggerInsight& t = in.triggers.triggers[0];
    CHECK(contains(md, "- Deadlines: " + std::to_string(t.times) + " times, " + std::to_string(t.new_responses) +
                           " with a new response.\n"));
}
