// Editing the crisis lines: the ones for where the person lives, saved at once.
#pragma once
#include <vector>

#include "core/crisis_lines.h"
#include "ui/widgets.h"

namespace onward::ui {

enum class LinesIntent { None, Changed, RestoreDefaults, Done };

// `locked`: why the lines cannot be changed now (shown instead of the fields), or null.
LinesIntent draw_crisis_lines_editor(Ui& ui, std::vector<CrisisLine>& lines, const char* locked);

} // namespace onward::ui
