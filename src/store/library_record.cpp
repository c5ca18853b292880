#include "store/library_record.h"

#include "core/text.h"

namespace onward {

using nlohmann::json;


std::string encode_library_item(const LibraryItem& item, const json& unknown) {
    json r = start_record(unknown, kLibraryKind, kLibrarySchemaVersion, item.id);
    r["of"] = library_kind_key(item.kind);
    r["name"] = item.name;
    r["updated"] = to_iso8601(item.updated);
    if (item.kind == LibraryKind::Action) {
        r["function"] = coping_function_key(item.function);
        if (item.avoid != AvoidKind::Unsaid) r["avoid"] = avoid_kind_key(item.avoid);
    }
    if (item.archived) r["archived"] = true;
    if (!item.merged_into.empty()) r["merged_into"] = item.merged_into;
    return record_text(r);
}

bool decode_library_item(const json& r, Decoded<LibraryItem>& out, std::string& error) {
    Decoded<LibraryItem> rec;
    if (!read_header(r, kLibraryKind, tr_later("a library item"), rec.version, error)) return false;
    LibraryItem& item = rec.value;
    std::string of;
    if (!read_string(r, "id", item.id, error) || !read_string(r, "of", of, error) ||
        !read_string(r, "name", item.name, error) || !read_time(r, "updated", item.updated, error) ||
        !read_choice(r, "function", kCopingFunctions, coping_function_key, item.function, error) ||
        !read_choice(r, "avoid", kAvoidKinds, avoid_kind_key, item.avoid, error) ||
        !read_optional_string(r, "merged_into", item.merged_into, error))
        return false;
    if (!library_kind_from_key(of, item.kind)) {
        error = trf("\"of\" is \"{of}\", not trigger, action or emotion", {{"of", of}});
        return false;
    }
    if (r.contains("archived") && !read_bool(r, "archived", item.archived, error)) return false;
    if (item.id.empty() || !is_valid_utf8(item.id) || !is_valid_utf8(item.name) || trimmed(item.name).empty()) {
        error = tr("a library item needs an id and a name");
        return false;
    }
    rec.unknown = unknown_fields(r, {"kind", "v", "id", "of", "name", "updated", "function", "avoid", "archived",
                                     "merged_into"});
    out = std::move(rec);
    return true;
}

} // namespace onward
