// The full journal entry: what happened, what I did and what came of it. Only the distress
// is needed; everything else can be added now or later, so two taps can save it.
#pragma once
#include <string>

#include "core/library.h"
#include "store/save_queue.h"
#include "ui/entry_fields.h"

namespace onward::ui {

struct EntryView {
    const Library* library = nullptr;
    int64_t prompt_turn = 0; // picks the messenger question, so it rotates between entries
    int device_offset_minutes = 0;
    SaveState save_state = SaveState::Nothing;
};

enum class EntryAction {
    None,
    Changed, // the form changed: the draft is kept
    Save,
    Discard, // throw the draft (or the unsaved changes) away
    AddItem, // a new trigger, action or emotion was named inline: the app adds it and picks it
    OpenLists,
};

struct EntryIntent {
    EntryAction action = EntryAction::None;
    LibraryKind kind = LibraryKind::Trigger; // AddItem
    std::string name;                        // AddItem
};

EntryIntent draw_entry(Ui& ui, EntryForm& form, const EntryView& view);

} // namespace onward::ui
