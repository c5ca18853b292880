// Settings: when the relief re-check comes, and the way to "Your data" (backups, exports,
// storage health, the passphrase), and how Onward looks (theme and text size).
#pragma once
#include "core/settings.h"
#include "ui/widgets.h"

namespace onward::ui {

enum class SettingsAction { None, Back, Changed, OpenData };

// Changes `settings` in place; Changed means it should be saved.
SettingsAction draw_settings(Ui& ui, Settings& settings, const char* locked);

} // namespace onward::ui
