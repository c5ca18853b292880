#include <doctest/doctest.h>

#include "store/daylio_import.h"

using namespace onward;

namespace {

const std::string kHeader = "full_date,date,weekday,time,mood,activities,note_title,note\r\n";

DaylioFile read(const std::string& text) {
    DaylioFile file;
    std::string error;
    CHECK_MESSAGE(read_daylio(text, file, error), error);
    return file;
}

std::string refusal(const std::string& text) {
    DaylioFile file;
    std::string error;
    CHECK_FALSE(read_daylio(text, file, error));
    return error;
}

// One row at 2024-03-05 with this time; the minutes into the day it was read as.
int64_t minutes_read(const std::string& time) {
    const DaylioFile file = read(kHeader + "2024-03-05,March 5,Tuesday," + time + ",good,,,\r\n");
    return file.entries.empty() ? -1 : (file.entries[0].local_ms - 1709596800000) / 60000; // 2024-03-05T00:00Z
}

std::vector<StoredRecord> records(const DaylioFile& file, const std::vector<MoodRule>& moods,
                                  const std::vector<ActivityRule>& activities, const Library& lib, int offset) {
    std::vector<StoredRecord> out;
    std::string error;
    CHECK_MESSAGE(daylio_records(file, moods, activities, lib, [offset](int64_t) { return offset; }, out, error), error);
    return out;
}

// Records as "key text" lines, to compare whole lists.
std::vector<std::string> lines(const std::vector<StoredRecord>& records) {
    std::vector<std::string> out;
    for (const StoredRecord& r : records) out.push_back(r.key + " " + r.text);
    return out;
}

} // namespace

TEST_CASE("daylio: columns are found by name, in any order, unknown ones ignored, note_title optional") {
    const DaylioFile file = read("mood,full_date,extra,time,activities,note,weekday,date\n"
                                 "good,2024-03-05,x,20:15,walk | reading,Fine day,Tuesday,March 5\n");
    REQUIRE(file.entries.size() == 1);
    const DaylioEntry& e = file.entries[0];
    CHECK(e.row == 2);
    CHECK(e.local_ms == 1709669700000); // 2024-03-05T20:15:00Z
    CHECK(e.mood == "good");
    CHECK(e.activities == std::vector<std::string>{"walk", "reading"});
    CHECK(e.note_title == "");
    CHECK(e.note == "Fine day");
}

TEST_CASE("daylio: 24-hour and 12-hour times") {
    CHECK(minutes_read("20:15") == 1215);
    CHECK(minutes_read("08:15") == 495);
    CHECK(minutes_read("8:15") == 495);
    CHECK(minutes_read("8:15 pm") == 1215);
    CHECK(minutes_read("8:15 PM") == 1215);
    CHECK(minutes_read("8:15 am") == 495);
    CHECK(minutes_read("12:05 am") == 5);
    CHECK(minutes_read("12:30 pm") == 750);
    CHECK(minutes_read("0:00") == 0);
    CHECK(minutes_read("23:59") == 1439);
}

TEST_CASE("daylio: notes keep their commas and line breaks, <br> becomes a line break") {
    const DaylioFile file = read(kHeader +
                                 "2024-03-05,March 5,Tuesday,20:15,meh,,Evening,\"Tired, but ok.\nSlept late\"\r\n"
                                 "2024-03-04,March 4,Monday,9:00 am,good,,,one<br>two<br/>three<br />four\r\n");
    REQUIRE(file.entries.size() == 2);
    CHECK(file.entries[0].note_title == "Evening");
    CHECK(file.entries[0].note == "Tired, but ok.\nSlept late");
    CHECK(file.entries[1].note == "one\ntwo\nthree\nfour");
    CHECK(file.entries[1].row == 3);
}

TEST_CASE("daylio: activities are split on \" | \", each kept once") {
    const DaylioFile file = read(kHeader + "2024-03-05,,,20:15,meh, Walk | walk |  | Read a book ,,\r\n");
    CHECK(file.entries[0].activities == std::vector<std::string>{"Walk", "Read a book"});
}

TEST_CASE("daylio: bad rows are refused with their row and value") {
    const std::string good = "2024-03-05,March 5,Tuesday,20:15,good,,,\r\n";
    CHECK(refusal(kHeader + good + "2024-02-30,,,20:15,good,,,\r\n") ==
          "Row 3: the date \"2024-02-30\" is not a date like 2024-03-05.");
    CHECK(refusal(kHeader + "05/03/2024,,,20:15,good,,,\r\n") ==
          "Row 2: the date \"05/03/2024\" is not a date like 2024-03-05.");
    CHECK(refusal(kHeader + good + good + "2024-03-05,,,25:70,good,,,\r\n") ==
          "Row 4: the time \"25:70\" is not a time of day.");
    CHECK(refusal(kHeader + "2024-03-05,,,13:00 pm,good,,,\r\n") == "Row 2: the time \"13:00 pm\" is not a time of day.");
    CHECK(refusal(kHeader + "2024-03-05,,,8:5,good,,,\r\n") == "Row 2: the time \"8:5\" is not a time of day.");
    CHECK(refusal(kHeader + "2024-03-05,,,,good,,,\r\n") == "Row 2 has no time.");
    CHECK(refusal(kHeader + "2024-03-05,,,20:15,,,,\r\n") == "Row 2 has no mood.");
    CHECK(refusal(kHeader + "2024-03-05\r\n") == "Row 2 has no time.");
    CHECK(refusal(kHeader + "2024-03-05,,,20:15,good," + std::string(201, 'a') + ",,\r\n") ==
          "Row 2: the activity \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa…\" is longer than 200 characters.");
    CHECK(refusal(kHeader + "2024-03-05,,,20:15,good,,,\"open\r\n") ==
          "Row 2: a field starts with a quote mark that is never closed.");
}

TEST_CASE("daylio: a file that is not an export, or has no entries, says so") {
    CHECK(refusal("full_date,date,weekday,time,feeling,activities\r\n2024-03-05,,,20:15,good,\r\n") ==
          "This does not look like a Daylio export: there is no \"mood\" column. Daylio's export starts with "
          "full_date,date,weekday,time,mood,activities,note_title,note.");
    CHECK(refusal("name,phone\r\nAda,555\r\n") ==
          "This does not look like a Daylio export: there is no \"full_date\" column. Daylio's export starts with "
          "full_date,date,weekday,time,mood,activities,note_title,note.");
    CHECK(refusal(kHeader) == "There are no entries in this Daylio export.");
    CHECK(refusal(kHeader + "\r\n,,,,,,,\r\n") == "There are no entries in this Daylio export.");
    CHECK(refusal("") == "This file is empty: there are no entries in it.");
}

TEST_CASE("daylio: mood rules, Daylio's own five first, the person's own needing a number") {
    const DaylioFile file = read(kHeader + "2024-03-09,,,10:00,gut,,,\r\n"
                                           "2024-03-08,,,10:00,RAD,,,\r\n"
                                           "2024-03-07,,,10:00,\xD1\x85\xD0\xBE\xD1\x80\xD0\xBE\xD1\x88\xD0\xBE,,,\r\n"
                                           "2024-03-06,,,10:00,awful,,,\r\n"
                                           "2024-03-05,,,10:00,Gut,,,\r\n"
                                           "2024-03-04,,,10:00,rad,,,\r\n"
                                           "2024-03-03,,,10:00,\xD0\xA5\xD0\xBE\xD1\x80\xD0\xBE\xD1\x88\xD0\xBE,,,\r\n"
                                           "2024-03-02,,,10:00,meh,,,\r\n");
    const std::vector<MoodRule> rules = default_mood_rules(file);
    REQUIRE(rules.size() == 5);
    CHECK(rules[0].name == "RAD");
    CHECK(rules[0].distress == 1);
    CHECK(rules[0].entries == 2);
    CHECK(rules[1].name == "meh");
    CHECK(rules[1].distress == 5);
    CHECK(rules[1].entries == 1);
    CHECK(rules[2].name == "awful");
    CHECK(rules[2].distress == 9);
    CHECK(rules[3].name == "gut");
    CHECK(rules[3].distress == -1);
    CHECK(rules[3].entries == 2);
    CHECK(rules[4].name == "\xD1\x85\xD0\xBE\xD1\x80\xD0\xBE\xD1\x88\xD0\xBE"); // хорошо, and Хорошо with it
    CHECK(rules[4].distress == -1);
    CHECK(rules[4].entries == 2);

    std::vector<StoredRecord> out;
    std::string error;
    CHECK_FALSE(daylio_records(file, rules, {}, starter_library(), [](int64_t) { return 0; }, out, error));
    CHECK(error == "Choose a number for \"gut\" first.");
    std::vector<MoodRule> chosen = rules;
    chosen[3].distress = 3;
    CHECK_FALSE(daylio_records(file, chosen, {}, starter_library(), [](int64_t) { return 0; }, out, error));
    CHECK(error == "Choose a number for \"\xD1\x85\xD0\xBE\xD1\x80\xD0\xBE\xD1\x88\xD0\xBE\" first.");
    chosen[4].distress = 11;
    CHECK_FALSE(daylio_records(file, chosen, {}, starter_library(), [](int64_t) { return 0; }, out, error));
    chosen[4].distress = 2;
    CHECK(records(file, chosen, {}, starter_library(), 0).size() == 8);
}

TEST_CASE("daylio: activity rules follow the library's actions, else soothe") {
    const DaylioFile file = read(kHeader + "2024-03-05,,,20:15,meh,Went for a walk | scrolled my phone,,\r\n"
                                           "2024-03-04,,,20:15,meh,Gaming | Went for a walk,,\r\n");
    const std::vector<ActivityRule> rules = default_activity_rules(file, starter_library());
    REQUIRE(rules.size() == 3);
    CHECK(rules[0].name == "Went for a walk");
    CHECK(rules[0].function == CopingFunction::Soothe);
    CHECK(rules[0].entries == 2);
    CHECK(rules[1].name == "scrolled my phone");
    CHECK(rules[1].function == CopingFunction::Avoid);
    CHECK(rules[1].avoid == AvoidKind::Screens);
    CHECK(rules[1].entries == 1);
    CHECK(rules[2].name == "Gaming");
    CHECK(rules[2].function == CopingFunction::Soothe);
    CHECK(rules[2].avoid == AvoidKind::Unsaid);

    std::vector<StoredRecord> out;
    std::string error;
    CHECK_FALSE(daylio_records(file, default_mood_rules(file), {rules[0], rules[1]}, starter_library(), [](int64_t) { return 0; }, out, error));
    CHECK(error == "Choose what \"Gaming\" usually did first.");
}

TEST_CASE("daylio: the records, exactly") {
    const DaylioFile file = read(kHeader + "2024-03-05,March 5,Tuesday,8:15 pm,meh,Went for a walk | Gaming,Evening,"
                                           "\"Tired, but ok.<br>Slept late\"\r\n");
    std::vector<ActivityRule> activities = default_activity_rules(file, starter_library());
    activities[1].function = CopingFunction::Avoid;
    activities[1].avoid = AvoidKind::Distraction;
    const std::vector<StoredRecord> out = records(file, default_mood_rules(file), activities, starter_library(), 60);
    REQUIRE(out.size() == 2);
    CHECK(out[0].key == "action-daylio-04a23c5c4efe63b0"); // FNV-1a 64 of "gaming"
    CHECK(out[0].text == R"({"avoid":"distraction","function":"avoid","id":"action-daylio-04a23c5c4efe63b0",)"
                         R"("kind":"library","name":"Gaming","of":"action","updated":"2024-03-05T20:15:00.000+01:00",)"
                         R"("v":1})");
    // FNV-1a 64 of "2024-03-05|20:15|meh|Went for a walk | Gaming|Evening|Tired, but ok.\nSlept late"
    CHECK(out[1].key == "entry-daylio-e6b0995df49e7c1e");
    CHECK(out[1].text == R"({"actions":[{"action":"action-walk","function":"soothe"},)"
                         R"({"action":"action-daylio-04a23c5c4efe63b0","avoid":"distraction","function":"avoid"}],)"
                         R"("body":"","created":"2024-03-05T20:15:00.000+01:00","distress":5,"emotions":[],)"
                         R"("id":"entry-daylio-e6b0995df49e7c1e","kind":"entry",)"
                         R"("note":"Evening\n\nTired, but ok.\nSlept late","updated":"2024-03-05T20:15:00.000+01:00",)"
                         R"("v":2})");
}

TEST_CASE("daylio: importing the same file again gives the very same records") {
    const std::string text = kHeader + "2024-03-07,7. M\xC3\xA4rz,Donnerstag,21:40,super,Spazieren | Lesen,,"
                                       "\"Sch\xC3\xB6n, ruhig\"\r\n"
                                       "2024-03-06,6. M\xC3\xA4rz,Mittwoch,08:05,gut,,Kurz,\r\n"
                                       "2024-03-06,6. M\xC3\xA4rz,Mittwoch,08:05,gut,,Kurz,\r\n";
    const DaylioFile once = read(text), twice = read(text);
    std::vector<MoodRule> moods = default_mood_rules(once);
    REQUIRE(moods.size() == 2);
    moods[0].distress = 1; // super
    moods[1].distress = 3; // gut
    const std::vector<ActivityRule> activities = default_activity_rules(once, starter_library());
    const std::vector<StoredRecord> first = records(once, moods, activities, starter_library(), 60);
    CHECK(lines(records(twice, moods, activities, starter_library(), 60)) == lines(first));
    REQUIRE(first.size() == 5); // two new actions, three entries
    // The same row twice is two entries, the second marked as such. FNV-1a 64 of "2024-03-06|08:05|gut||Kurz|":
    CHECK(first[3].key == "entry-daylio-31a1b85314175201");
    CHECK(first[4].key == "entry-daylio-31a1b85314175201-2");

    // Once the actions are in the library (even renamed), the entries come out the same
    // and no action is made twice.
    Library lib = starter_library();
    for (const StoredRecord& r : first)
        if (r.key.rfind("action-", 0) == 0) {
            LibraryItem item;
            item.id = r.key;
            item.kind = LibraryKind::Action;
            item.name = r.text.find("Lesen") != std::string::npos ? "Reading" : "Spazieren";
            put_item(lib, item);
        }
    const std::vector<StoredRecord> again = records(once, moods, default_activity_rules(once, lib), lib, 60);
    CHECK(lines(again) == lines({first.begin() + 2, first.end()}));
}

TEST_CASE("daylio: each row gets its zone's offset at its own time, across a daylight-saving change") {
    // Central Europe: +01:00 until 2024-03-31 02:00 local, +02:00 after (wall clock as if UTC).
    const auto berlin = [](int64_t local_ms) { return local_ms < 1711850400000 ? 60 : 120; };
    const DaylioFile file = read(kHeader + "2024-03-31,March 31,Sunday,09:00,good,,,\r\n"
                                           "2024-03-30,March 30,Saturday,09:00,good,,,\r\n");
    std::vector<MoodRule> moods = default_mood_rules(file);
    std::vector<StoredRecord> out;
    std::string error;
    REQUIRE(daylio_records(file, moods, {}, starter_library(), berlin, out, error));
    REQUIRE(out.size() == 2);
    CHECK(out[0].text.find("\"created\":\"2024-03-31T09:00:00.000+02:00\"") != std::string::npos);
    CHECK(out[1].text.find("\"created\":\"2024-03-30T09:00:00.000+01:00\"") != std::string::npos);
}
