// A finished practice as a stored record. It carries the action it stands for and that
// action's function (breathing soothes), so the journal can count it like any action.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "core/practice.h"
#include "store/record_fields.h"

namespace onward {

constexpr int kPracticeSchemaVersion = 1;
constexpr const char* kPracticeKind = "practice";

std::string encode_practice(const PracticeSession& s, const nlohmann::json& unknown = nlohmann::json::object());
bool decode_practice(const nlohmann::json& record, Decoded<PracticeSession>& out, std::string& error);

} // namespace onward
