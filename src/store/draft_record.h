// An entry being written, kept as the person types so a reload or a crash loses nothing.
// One record per form (the quick check-in, the full entry) under a fixed id; it is removed
// once the entry is saved or thrown away.
// A draft may lack what a saved entry needs (the distress), so it is checked more gently.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "core/entry.h"
#include "store/record_fields.h"

namespace onward {

constexpr int kDraftSchemaVersion = 1;
constexpr const char* kDraftKind = "draft";
constexpr const char* kCheckInDraftId = "draft-checkin";
constexpr const char* kEntryDraftId = "draft-entry";

// Every draft's id starts "draft-" (the check's too: store/questionnaire_record.h). Drafts
// belong to the tab writing them and are not part of the journal itself.
inline bool is_draft_id(const std::string& id) { return id.rfind("draft-", 0) == 0; }

std::string encode_draft(const std::string& draft_id, const Entry& e);
bool decode_draft(const nlohmann::json& record, Decoded<Entry>& out, std::string& error);

} // namespace onward
