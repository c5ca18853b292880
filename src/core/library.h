// The person's own words for triggers, things they do, and emotions. Entries point at
// items by id, so renaming an item renames it in every past entry, and merging a duplicate
// into another makes both read as one without rewriting any entry.
#pragma once
#include <string>
#include <vector>

#include "core/coping.h"
#include "core/local_time.h"

namespace onward {

enum class LibraryKind { Trigger, Action, Emotion };

struct LibraryItem {
    std::string id; // "trigger-…", "action-…", "emotion-…"; starter items have fixed ids
    LibraryKind kind = LibraryKind::Trigger;
    std::string name;
    CopingFunction function = CopingFunction::Soothe; // actions: the usual function, a suggestion
    AvoidKind avoid = AvoidKind::Unsaid;              // actions that usually avoid: which way
    bool archived = false;   // no longer offered; old entries still name it
    std::string merged_into; // a duplicate: entries naming this item read as that one
    LocalTime updated;       // 0 for a starter item nobody has changed (it has no record)
};

// Items in the order they are offered: starters first, then the person's, as added.
using Library = std::vector<LibraryItem>;

// Our starter set: emotions and actions, each action with a usual function.
const Library& starter_library();

const char* library_kind_key(LibraryKind k); // "trigger", "action", "emotion"
bool library_kind_from_key(const std::string& key, LibraryKind& out);

const LibraryItem* find_item(const Library& lib, const std::string& id);
// The item an entry's id stands for today: merges followed (never looping).
const LibraryItem* resolve(const Library& lib, const std::string& id);
// Its name, or "(removed)" when nothing by that id is known.
const std::string& item_name(const Library& lib, const std::string& id);
// What to offer: not archived, not merged away.
std::vector<const LibraryItem*> choices(const Library& lib, LibraryKind kind);
// An offered item (not merged away) of this kind whose name matches, ignoring case.
const LibraryItem* find_by_name(const Library& lib, LibraryKind kind, const std::string& name);

// Every problem with the item as it stands in the library, in plain words.
std::vector<std::string> problems_with(const LibraryItem& item, const Library& lib);

// Adds the item or replaces the one with the same id.
void put_item(Library& lib, const LibraryItem& item);

constexpr size_t kMaxLibraryNameCharacters = 200;

} // namespace onward
