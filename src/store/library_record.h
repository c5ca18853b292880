// One library item (a trigger, an action or an emotion the person named or changed) as a
// stored record. Starter items nobody changed have no record: they come with the app.
#pragma once
#include <string>

#include <nlohmann/json.hpp>

#include "core/library.h"
#include "store/record_fields.h"

namespace onward {

constexpr int kLibrarySchemaVersion = 1;
constexpr const char* kLibraryKind = "library";

std::string encode_library_item(const LibraryItem& item, const nlohmann::json& unknown = nlohmann::json::object());
bool decode_library_item(const nlohmann::json& record, Decoded<LibraryItem>& out, std::string& error);

} // namespace onward
