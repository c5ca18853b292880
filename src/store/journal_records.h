// Turning the records storage hands back at start into a Journal, and back.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/journal.h"
#include "store/draft_record.h"
#include "store/entry_record.h"
#include "store/library_record.h"
#include "store/practice_record.h"
#include "store/questionnaire_record.h"
#include "store/safety_records.h"
#include "store/settings_record.h"
#include "store/storage_port.h"

namespace onward {

enum class KeepAsIs { Unreadable, Newer };

struct LoadedJournal {
    Journal journal; // its questionnaires: the weekly check first, then those the person added
    // What each record carried that this version does not understand, by id, so a
    // rewrite keeps it.
    std::map<std::string, nlohmann::json> unknown_fields;
    // Records that could not be read (a check, too, that does not fit the questionnaire
    // version it answers). They stay in storage untouched; the person is told.
    std::vector<std::string> unreadable; // "key: what is wrong"
    // Records this version must not write again, by id, and why: unreadable, or written by
    // a newer version (its fields would be downgraded). For the single-record kinds (the
    // safety plan, the crisis lines, the settings) it means: show if readable, never edit.
    std::map<std::string, KeepAsIs> keep_as_is;
    bool safety_plan_found = false;
    bool settings_found = false;
    // Library items made while reading version-1 check-ins (which named their emotions):
    // the app saves them, so entries rewritten as version 2 keep pointing at something.
    std::vector<std::string> new_library_items;
    // Entries being written when the app last closed, by draft id (see draft_record.h).
    std::map<std::string, Entry> drafts;
    // A check being answered when the app last closed (kCheckDraftId), if any.
    std::optional<CheckResult> check_draft;
    // Versions a restore set aside rather than overwrite (store/backup.h): kept, not shown.
    size_t kept_versions = 0;
};

// `known`: questionnaires already read, for a check that arrives on its own (another tab
// saved it) to be read beside the questionnaire it answers.
LoadedJournal load_journal(const std::vector<StoredRecord>& records, const std::vector<Questionnaire>& known = {});

// Onward's records are a few levels deep. Anything much deeper is refused before parsing:
// copying or printing it would recurse deep enough to exhaust the wasm stack.
constexpr int kMaxRecordNesting = 32;
int nesting_depth(const std::string& json_text);

} // namespace onward
