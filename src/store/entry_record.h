// An entry as a stored record: one JSON object per entry, versioned, and careful to carry
// along any field a newer Onward wrote that this one does not know.
//
// Version 2 ("kind": "entry") points at library items by id. Version 1 was the quick
// check-in ("kind": "checkin"), which named its emotions; it is read as an entry whose
// emotion ids are still those names, and load_journal links them to the library.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "core/entry.h"
#include "store/record_fields.h"

namespace onward {

constexpr int kEntrySchemaVersion = 2;
constexpr const char* kEntryKind = "entry";
constexpr const char* kCheckInKindV1 = "checkin";

std::string encode_entry(const Entry& e, const nlohmann::json& unknown = nlohmann::json::object());
nlohmann::json entry_json(const Entry& e, const nlohmann::json& unknown = nlohmann::json::object());
// Reads a record of either kind; on failure returns false and says, in plain words, what
// is wrong and where.
bool decode_entry(const nlohmann::json& record, Decoded<Entry>& out, std::string& error);

const char* body_state_key(BodyState b);

} // namespace onward
