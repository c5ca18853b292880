// Bringing in a Daylio CSV export. Daylio rates each day with a mood (rad, good, meh, bad,
// awful, often renamed) and tags it with activities; Onward asks for distress 0–10 and for
// what each thing done was for. So the import is in two steps: read the file and show the
// person a rule for each mood and each activity (with sensible defaults they can change),
// then turn the rows into records by those rules. The rules are in docs/data-formats.md.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/library.h"
#include "store/storage_port.h"

namespace onward {

struct DaylioEntry {
    int row = 0;          // where it is in the file, the header being row 1
    int64_t local_ms = 0; // its date and time as if they were UTC; the import adds the offset
    std::string mood;     // as the person named it
    std::vector<std::string> activities; // each once, in the file's order
    std::string note_title, note;        // Daylio's <br> already a line break
};

struct DaylioFile {
    std::vector<DaylioEntry> entries; // in the file's order
};

// Reads and checks every row. Columns are found by their header names, in any order;
// unknown columns are ignored and note_title (absent from old exports) is optional.
bool read_daylio(const std::string& text, DaylioFile& out, std::string& error);

// What distress a mood stands for.
struct MoodRule {
    std::string name;  // the mood, as first written in the file
    int distress = -1; // 0–10, or -1: the person still has to choose
    int entries = 0;   // how many entries have this mood
};

// One rule per mood in the file (names compared ignoring case): Daylio's own five first
// (rad 1, good 3, meh 5, bad 7, awful 9), then the others, which need a number, in the order
// they first appear.
std::vector<MoodRule> default_mood_rules(const DaylioFile& file);

// What an activity usually did, as the function of each of its uses.
struct ActivityRule {
    std::string name; // the activity, as first written in the file
    CopingFunction function = CopingFunction::Soothe;
    AvoidKind avoid = AvoidKind::Unsaid; // which way, when it avoids
    int entries = 0;
};

// One rule per activity in the file (names compared ignoring case), in the order they first
// appear: an action of the library with that name (or made by an earlier import of it) gives
// its usual function; anything else is taken to soothe until the person says otherwise.
std::vector<ActivityRule> default_activity_rules(const DaylioFile& file, const Library& existing);

// The records to write: first a library action for each activity the library lacks, then
// one entry per row, at its local time. Daylio writes no time zone: `offset_at` gives the
// UTC offset the person's zone had at a wall-clock time (milliseconds as if UTC), so rows
// on either side of a daylight-saving change each get their own. Ids and times come only
// from the file and the zone, so importing the same file again, in any season, gives the
// very same records. False, with the reason, when a mood still needs a number or a row
// breaks an entry's rules.
using OffsetAt = std::function<int(int64_t local_ms)>;
bool daylio_records(const DaylioFile& file, const std::vector<MoodRule>& moods,
                    const std::vector<ActivityRule>& activities, const Library& existing, const OffsetAt& offset_at,
                    std::vector<StoredRecord>& out, std::string& error);

} // namespace onward
