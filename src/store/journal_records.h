// Turning the records storage hands back at start into a Journal, and back.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "core/journal.h"
#include "store/checkin_record.h"
#include "store/storage_port.h"

namespace onward {

struct LoadedJournal {
    Journal journal;
    // What each record carried that this version does not understand, by id, so a
    // rewrite keeps it.
    std::map<std::string, nlohmann::json> unknown_fields;
    std::vector<std::string> read_only; // written by a newer Onward: shown, never rewritten
    // Records that could not be read. They stay in storage untouched; the person is told.
    std::vector<std::string> unreadable; // "key: what is wrong"
};

LoadedJournal load_journal(const std::vector<StoredRecord>& records);

} // namespace onward
