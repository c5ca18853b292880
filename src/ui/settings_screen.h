// Settings: when the relief re-check comes, and the way to "Your data" (backups, exports,
// storage health, the passphrase). Later work adds the theme and text size here.
#pragma once
#include "core/settings.h"
#include "ui/widgets.h"

namespace onward::ui {

enum class SettingsAction { None, Back, Changed, OpenData };

// Changes `settings` in place; Changed means it should be saved.
SettingsAction draw_settings(Ui& ui, Settings& settings, const char* locked);

} // namespace onward::ui
