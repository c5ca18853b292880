// Settings: for now, when the relief re-check comes. Later work adds the theme, text size
// and storage health here.
#pragma once
#include "core/settings.h"
#include "ui/widgets.h"

namespace onward::ui {

enum class SettingsAction { None, Back, Changed };

// Changes `settings` in place; Changed means it should be saved.
SettingsAction draw_settings(Ui& ui, Settings& settings, const char* locked);

} // namespace onward::ui
