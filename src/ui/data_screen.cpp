#include "ui/data_screen.h"

#include <imgui.h>

#include <iterator>

#include "core/text.h"
#include "core/words.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

constexpr const char* kDeleteWords = "delete everything";
constexpr size_t kMinPassphrase = 8;

struct LockDelay {
    int minutes;
    const char* words;
};
constexpr LockDelay kLockDelays[] = {{5, "5 min"}, {15, "15 min"}, {60, "1 hour"}, {0, "Never"}};

bool action_button(Ui& ui, const char* text, bool busy) {
    ImGui::BeginDisabled(busy);
    const bool pressed = secondary_button(ui, text, row_width());
    ImGui::EndDisabled();
    return pressed && !busy;
}

void backup_card(Ui& ui, DataScreenState& state, const DataView& view, DataIntent& intent) {
    begin_card();
    heading(ui, "Keep a copy");
    const std::string when = view.last_backup.empty() ? "No backup yet." : "Last backup: " + view.last_backup + ".";
    muted_text(("A backup is one file with everything you wrote, to keep somewhere safe: it brings your journal "
                "back in any browser. " + when).c_str());
    note(ui, "Last backup", "status", when);
    if (view.backup_due) {
        const char* nudge = "It has been a while, and you have written since. A fresh copy keeps it all safe.";
        ImGui::TextColored(palette().accent, "%s", nudge);
        note(ui, "Backup reminder", "status", nudge);
    }
    ImGui::Dummy(ImVec2(0, 4));
    if (toggle_chip(ui, "Seal it with a passphrase", "Seal the backup", state.seal_backup))
        state.seal_backup = !state.seal_backup;
    if (state.seal_backup && !view.has_passphrase) {
        muted_text("The backup will need this passphrase to be opened. Nobody can recover it if it is lost.");
        passphrase_field(ui, "Backup passphrase", state.backup_passphrase);
    } else if (state.seal_backup) {
        muted_text("Sealed with your journal's passphrase.");
    }
    ImGui::BeginDisabled(view.busy);
    if (primary_button(ui, "Download a backup", row_width()) && !view.busy) intent.action = DataAction::Backup;
    ImGui::EndDisabled();
    end_card();
}

void bring_in_card(Ui& ui, const DataView& view, DataIntent& intent) {
    begin_card();
    heading(ui, "Bring data in");
    muted_text("Restoring a backup adds what is new and keeps what you have. Where both hold a different version "
               "of the same thing, both are kept and the newer one is shown. You see what will happen first.");
    if (action_button(ui, "Restore a backup", view.busy)) intent.action = DataAction::Restore;
    muted_text("From Daylio: its CSV export becomes entries here, with your moods turned into distress numbers you "
               "can adjust first.");
    if (action_button(ui, "Import from Daylio", view.busy)) intent.action = DataAction::ImportDaylio;
    if (view.kept_versions > 0) {
        const std::string kept = std::to_string(view.kept_versions) +
                                 (view.kept_versions == 1 ? " earlier version is" : " earlier versions are") +
                                 " kept from restores, in your backups too.";
        muted_text(kept.c_str());
        note(ui, "Kept versions", "status", kept);
    }
    end_card();
}

void take_out_card(Ui& ui, const DataView& view, DataIntent& intent) {
    begin_card();
    heading(ui, "Take it with you");
    muted_text("A spreadsheet of every entry, or a readable summary of a period to share with someone who helps "
               "you, such as a therapist.");
    if (action_button(ui, "Export entries as CSV", view.busy)) intent.action = DataAction::ExportCsv;
    if (action_button(ui, "Make a summary", view.busy)) intent.action = DataAction::Summary;
    end_card();
}

void storage_card(Ui& ui, const DataView& view, DataIntent& intent) {
    begin_card();
    heading(ui, "Where it is kept");
    const char* kept = view.persisted == 1   ? "This browser has promised to keep your journal: it will not clear it "
                                               "to make room."
                       : view.persisted == 0 ? "This browser has not promised to keep your journal, so it may clear it "
                                               "when the device runs short of room. Regular backups keep it safe."
                                             : "This browser does not say whether it will keep your journal.";
    muted_text(kept);
    note(ui, "Persistent storage", "status", kept);
    if (view.used_bytes >= 0) {
        std::string used = "Using " + size_words(uint64_t(view.used_bytes));
        if (view.quota_bytes > 0) used += " of the " + size_words(uint64_t(view.quota_bytes)) + " this browser allows";
        used += ".";
        muted_text(used.c_str());
        note(ui, "Storage used", "status", used);
    }
    if (view.safari && !view.settings->safari_told) {
        const char* safari = "Safari may erase what a site keeps after 7 days without a visit. Adding Onward to your "
                             "Home Screen keeps it safe from that.";
        ImGui::TextColored(palette().accent, "%s", safari);
        note(ui, "Safari", "status", safari);
        if (secondary_button(ui, "I understand", 0, "Safari understood")) intent.action = DataAction::SafariTold;
    }
    end_card();
}

void passphrase_card(Ui& ui, DataScreenState& state, const DataView& view, DataIntent& intent) {
    begin_card();
    heading(ui, "Passphrase");
    muted_text(view.has_passphrase
                   ? "Your journal is sealed with a passphrase. Onward asks for it when it starts and after it has "
                     "been left alone for a while."
                   : "A passphrase seals everything you write on this device, so that someone else using it cannot "
                     "read it. Your safety plan and crisis lines stay readable, so they are there when you need them.");
    ImGui::TextColored(palette().accent, "%s",
                       "If you forget your passphrase, nobody can recover your journal: not us, not anyone.");
    note(ui, "Passphrase status", "status", view.has_passphrase ? "on" : "off");
    passphrase_field(ui, view.has_passphrase ? "New passphrase" : "Choose a passphrase", state.passphrase);
    passphrase_field(ui, "Passphrase again", state.repeat);
    const bool ready = state.passphrase.size() >= kMinPassphrase && state.passphrase == state.repeat;
    if (!state.passphrase.empty() && state.passphrase.size() < kMinPassphrase)
        muted_text("At least 8 characters, please: a few words you will remember work well.");
    else if (!state.repeat.empty() && state.passphrase != state.repeat)
        muted_text("The two do not match yet.");
    ImGui::BeginDisabled(!ready || view.busy);
    if (primary_button(ui, view.has_passphrase ? "Change the passphrase" : "Turn the passphrase on", row_width()) &&
        ready && !view.busy)
        intent.action = DataAction::SetPassphrase;
    ImGui::EndDisabled();
    if (view.has_passphrase) {
        if (action_button(ui, "Turn the passphrase off", view.busy)) intent.action = DataAction::RemovePassphrase;
        label_text(ui, "Lock when left alone for");
        for (size_t i = 0; i < std::size(kLockDelays); ++i) {
            const LockDelay& d = kLockDelays[i];
            const bool on = view.settings->lock_after_minutes == d.minutes;
            flow(chip_width(d.words), i == 0);
            if (toggle_chip(ui, d.words, std::string("Lock after ") + d.words, on) && !on) {
                intent.action = DataAction::LockAfter;
                intent.minutes = d.minutes;
            }
        }
    }
    end_card();
}

void delete_card(Ui& ui, DataScreenState& state, const DataView& view, DataIntent& intent) {
    begin_card();
    heading(ui, "Delete everything");
    muted_text("Removes every entry, check, practice, your safety plan, your lists and settings from this browser. "
               "It cannot be undone: download a backup first if you may want any of it.");
    if (!state.deleting) {
        if (action_button(ui, "Delete everything…", view.busy)) state.deleting = true;
    } else {
        switch (confirm_delete(ui, state.confirm_delete, view.busy)) {
        case DeleteConfirm::Delete: intent.action = DataAction::DeleteEverything; break;
        case DeleteConfirm::Keep: state.deleting = false; break;
        case DeleteConfirm::Waiting: break;
        }
    }
    end_card();
}

} // namespace

DeleteConfirm confirm_delete(Ui& ui, std::string& typed, bool busy) {
    DeleteConfirm answer = DeleteConfirm::Waiting;
    label_text(ui, "To be sure, type: delete everything");
    text_field(ui, "Type delete everything", typed, 1);
    const bool done = folded(trimmed(typed)) == kDeleteWords;
    ImGui::BeginDisabled(!done || busy);
    if (primary_button(ui, "Delete everything now", row_width()) && done && !busy) answer = DeleteConfirm::Delete;
    ImGui::EndDisabled();
    if (secondary_button(ui, "Keep my journal", row_width())) {
        typed.clear();
        answer = DeleteConfirm::Keep;
    }
    return answer;
}

DataIntent draw_data(Ui& ui, DataScreenState& state, const DataView& view) {
    DataIntent intent;
    if (secondary_button(ui, "Back", 0, "Back to settings")) intent.action = DataAction::Back;
    heading(ui, "Your data");
    muted_text("Everything you write stays in this browser on this device. Nothing is sent anywhere.");
    if (!state.message.empty()) {
        ImGui::Dummy(ImVec2(0, 4));
        if (state.message_is_problem) ImGui::TextColored(palette().warning, "%s", state.message.c_str());
        else ImGui::TextWrapped("%s", state.message.c_str());
        note(ui, "Data message", "status", state.message);
    }
    ImGui::Dummy(ImVec2(0, 4));
    backup_card(ui, state, view, intent);
    bring_in_card(ui, view, intent);
    take_out_card(ui, view, intent);
    storage_card(ui, view, intent);
    passphrase_card(ui, state, view, intent);
    delete_card(ui, state, view, intent);
    return intent;
}

} // namespace onward::ui
