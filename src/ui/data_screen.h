// Your data: keeping a copy (backup), bringing data in (a backup, a Daylio export),
// taking it elsewhere (CSV, a summary), where it is kept (storage health), the
// passphrase, and deleting everything.
#pragma once
#include <string>

#include "core/settings.h"
#include "ui/widgets.h"

namespace onward::ui {

struct DataScreenState {
    std::string passphrase, repeat; // a new passphrase, typed twice
    bool seal_backup = false;       // seal the next backup with a passphrase
    std::string backup_passphrase;  // for a sealed backup when the journal has none
    std::string confirm_delete;     // "delete everything", typed
    bool deleting = false;          // the confirmation card is open
    std::string message;            // what the last action came to
    bool message_is_problem = false;
};

struct DataView {
    const Settings* settings = nullptr;
    bool has_passphrase = false;
    bool busy = false;            // a job is running: its buttons wait
    int records = 0;              // entries, practices and checks
    std::string last_backup;      // "3 November 2026", or empty for never
    bool backup_due = false;      // the reminder: a month since, and something new
    int persisted = -1;           // storage health (platform::StorageHealth)
    double used_bytes = -1, quota_bytes = -1;
    bool safari = false;
    int kept_versions = 0;        // older versions kept by restores
};

enum class DataAction {
    None, Back, Backup, Restore, ImportDaylio, ExportCsv, Summary, SetPassphrase, RemovePassphrase, LockAfter,
    DeleteEverything, SafariTold,
};

struct DataIntent {
    DataAction action = DataAction::None;
    int minutes = 0; // LockAfter
};

DataIntent draw_data(Ui& ui, DataScreenState& state, const DataView& view);

// The typed confirmation before everything is deleted (here and on the lock screen).
enum class DeleteConfirm { Waiting, Delete, Keep };
DeleteConfirm confirm_delete(Ui& ui, std::string& typed, bool busy);

} // namespace onward::ui
