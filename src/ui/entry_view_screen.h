// One entry, read in full, with a way to change it or delete it.
#pragma once
#include "core/entry.h"
#include "core/library.h"
#include "ui/widgets.h"

namespace onward::ui {

enum class EntryViewAction { None, Back, Edit, Delete };

EntryViewAction draw_entry_view(Ui& ui, const Entry& e, const Library& library, int device_offset_minutes);

} // namespace onward::ui
