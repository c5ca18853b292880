// A check-in as a stored record: one JSON object per check-in, versioned, and careful to
// carry along any field a newer Onward wrote that this one does not know.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "core/checkin.h"
#include "store/record_fields.h"

namespace onward {

constexpr int kCheckInSchemaVersion = 1;
constexpr const char* kCheckInKind = "checkin";

std::string encode_checkin(const CheckIn& c, const nlohmann::json& unknown = nlohmann::json::object());
// Reads a record; on failure returns false and says, in plain words, what is wrong and where.
bool decode_checkin(const nlohmann::json& record, Decoded<CheckIn>& out, std::string& error);

} // namespace onward
