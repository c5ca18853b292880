// Editing the crisis lines: the ones for where the person lives, saved at once.
#pragma once
#include <vector>

#include "core/crisis_lines.h"
#include "ui/widgets.h"

namespace onward::ui {

enum class LinesIntent { None, Changed, RestoreDefaults, Done };

LinesIntent draw_crisis_lines_editor(Ui& ui, std::vector<CrisisLine>& lines);

} // namespace onward::ui
