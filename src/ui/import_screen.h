// What an import will do, shown before anything is written: a backup's restore (added,
// already here, different versions kept side by side) or a Daylio export (with the rule
// turning moods into distress and activities into actions, adjustable first).
#pragma once
#include <string>
#include <vector>

#include "core/coping.h"
#include "ui/widgets.h"

namespace onward::ui {

struct MoodRow {
    std::string mood;
    int entries = 0;
    int distress = -1; // 0–10, or -1 until chosen
};

struct ActivityRow {
    std::string activity;
    int entries = 0;
    CopingFunction function = CopingFunction::Soothe;
    AvoidKind avoid = AvoidKind::Unsaid;
};

struct ImportView {
    const char* title = "";     // "Restore a backup", "Import from Daylio"
    std::string source;         // the file, and what it says about itself
    bool needs_passphrase = false;
    std::string problem;        // why it cannot go ahead as it is
    int added = 0, same = 0, conflicts = 0;
    std::vector<std::string> conflict_lines; // "An entry from 3 November: the newer one is shown"
    bool busy = false;
};

struct ImportState {
    std::string passphrase;            // for a sealed backup
    std::vector<MoodRow> moods;        // Daylio only
    std::vector<ActivityRow> activities;
};

enum class ImportAction { None, Cancel, Unseal, RulesChanged, Apply };

ImportAction draw_import(Ui& ui, ImportState& state, const ImportView& view);

} // namespace onward::ui
