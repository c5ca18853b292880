// The person's settings as one stored record under a fixed id.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "core/settings.h"
#include "store/record_fields.h"

namespace onward {

constexpr int kSettingsSchemaVersion = 1;
constexpr const char* kSettingsKind = "settings";

std::string encode_settings(const Settings& s, const nlohmann::json& unknown = nlohmann::json::object());
bool decode_settings(const nlohmann::json& record, Decoded<Settings>& out, std::string& error);

} // namespace onward
