// The safety plan and the person's crisis lines as stored records: one record each, under
// a fixed id, so there is only ever one of each.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/crisis_lines.h"
#include "core/safety_plan.h"
#include "store/record_fields.h"

namespace onward {

constexpr int kSafetyPlanSchemaVersion = 1;
constexpr const char* kSafetyPlanKind = "safety_plan";
constexpr int kCrisisLinesSchemaVersion = 1;
constexpr const char* kCrisisLinesKind = "crisis_lines";
constexpr const char* kCrisisLinesId = "crisis-lines";

std::string encode_safety_plan(const SafetyPlan& p, const nlohmann::json& unknown = nlohmann::json::object());
bool decode_safety_plan(const nlohmann::json& record, Decoded<SafetyPlan>& out, std::string& error);

std::string encode_crisis_lines(const std::vector<CrisisLine>& lines,
                                const nlohmann::json& unknown = nlohmann::json::object());
bool decode_crisis_lines(const nlohmann::json& record, Decoded<std::vector<CrisisLine>>& out, std::string& error);

} // namespace onward
