// A Daylio import of any bytes: reading, the default rules (every mood of the person's own
// taken as 5) and the records must never crash, must come out the same every time (so a
// second import adds nothing), and must read back as a journal with nothing unreadable.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "store/daylio_import.h"
#include "store/journal_records.h"

using namespace onward;

namespace {

bool import(const std::string& text, std::vector<StoredRecord>& out, std::string& error) {
    DaylioFile file;
    if (!read_daylio(text, file, error)) return false;
    std::vector<MoodRule> moods = default_mood_rules(file);
    for (MoodRule& m : moods)
        if (m.distress < 0) m.distress = 5;
    const Library& lib = starter_library();
    return daylio_records(file, moods, default_activity_rules(file, lib), lib, [](int64_t) { return 60; }, out, error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    std::vector<StoredRecord> first, second;
    std::string first_error, second_error;
    const bool read = import(text, first, first_error);
    if (import(text, second, second_error) != read || first_error != second_error || read != first_error.empty())
        std::abort();
    if (!read) return 0;
    if (first.size() != second.size()) std::abort();
    size_t entries = 0;
    for (size_t i = 0; i < first.size(); ++i) {
        if (first[i].key != second[i].key || first[i].text != second[i].text) std::abort();
        entries += first[i].key.rfind("entry-", 0) == 0;
    }
    const LoadedJournal loaded = load_journal(first);
    if (!loaded.unreadable.empty() || loaded.journal.entries.size() != entries) std::abort();
    return 0;
}
