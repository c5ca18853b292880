// My lists: the triggers, things I do and emotions I can pick in an entry. Add, rename
// (past entries follow), merge a duplicate into another, archive (no longer offered, still
// named in old entries), and for things I do, the function they usually serve.
#pragma once
#include <string>

#include "core/library.h"
#include "ui/widgets.h"

namespace onward::ui {

// What the screen remembers between frames.
struct LibraryScreenState {
    LibraryKind kind = LibraryKind::Trigger; // which list is shown
    std::string new_name;                    // the "add" field
    std::string renaming;                    // id of the item being renamed, or empty
    std::string rename_text;
    std::string merging; // id of the item being merged, or empty: its targets are offered
    std::vector<std::string> problems; // why the last change was refused (from the app)
};

enum class LibraryAction { None, Back, Add, Rename, Merge, Archive, Restore, SetFunction };

struct LibraryIntent {
    LibraryAction action = LibraryAction::None;
    LibraryKind kind = LibraryKind::Trigger; // Add: which list
    std::string id;                          // the item acted on
    std::string name;                        // Add, Rename: the new name
    std::string into;                        // Merge: the item it becomes part of
    CopingFunction function = CopingFunction::Soothe; // SetFunction
    AvoidKind avoid = AvoidKind::Unsaid;              // SetFunction, when avoiding
};

LibraryIntent draw_library(Ui& ui, LibraryScreenState& state, const Library& library);

} // namespace onward::ui
