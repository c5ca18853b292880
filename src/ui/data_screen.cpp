#include "ui/data_screen.h"

#include <imgui.h>

#include <iterator>

#include "core/say.h"
#include "core/text.h"
#include "core/words.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

constexpr const char* kDeleteWords = tr_later("delete everything");
constexpr size_t kMinPassphrase = 8;

struct LockDelay {
    int minutes;
    const char* words;
};
constexpr LockDelay kLockDelays[] = {
    {5, tr_later("5 min")}, {15, tr_later("15 min")}, {60, tr_later("1 hour")}, {0, tr_later("Never")}};

bool action_button(Ui& ui, const char* text, bool busy) {
    ImGui::BeginDisabled(busy);
    const bool pressed = secondary_button(ui, text, row_width());
    ImGui::EndDisabled();
    return pressed && !busy;
}

void backup_card(Ui& ui, DataScreenState& state, const DataView& view, DataIntent& intent) {
    begin_card();
    heading(ui, tr("Keep a copy"));
    const std::string when = view.last_backup.empty() ? tr("No backup yet.")
                                                      : trf("Last backup: {when}.", {{"when", view.last_backup}});
    muted_text(trf("A backup is one file with everything you wrote, to keep somewhere safe: it brings your journal "
                   "back in any browser. {last}",
                   {{"last", when}})
                   .c_str());
    note(ui, tr("Last backup"), "status", when);
    if (view.backup_due) {
        const char* nudge = tr("It has been a while, and you have written since. A fresh copy keeps it all safe.");
        ImGui::TextColored(palette().accent, "%s", nudge);
        note(ui, tr("Backup reminder"), "status", nudge);
    }
    ImGui::Dummy(ImVec2(0, 4));
    if (toggle_chip(ui, tr("Seal it with a passphrase"), tr("Seal the backup"), state.seal_backup))
        state.seal_backup = !state.seal_backup;
    if (state.seal_backup && !view.has_passphrase) {
        muted_text(tr("The backup will need this passphrase to be opened. Nobody can recover it if it is lost."));
        passphrase_field(ui, tr("Backup passphrase"), state.backup_passphrase);
    } else if (state.seal_backup) {
        muted_text(tr("Sealed with your journal's passphrase."));
    }
    ImGui::BeginDisabled(view.busy);
    if (primary_button(ui, tr("Download a backup"), row_width()) && !view.busy) intent.action = DataAction::Backup;
    ImGui::EndDisabled();
    end_card();
}

void bring_in_card(Ui& ui, const DataView& view, DataIntent& intent) {
    begin_card();
    heading(ui, tr("Bring data in"));
    muted_text(tr("Restoring a backup adds what is new and keeps what you have. Where both hold a different version "
                  "of the same thing, both are kept and the newer one is shown. You see what will happen first."));
    if (action_button(ui, tr("Restore a backup"), view.busy)) intent.action = DataAction::Restore;
    muted_text(tr("From Daylio: its CSV export becomes entries here, with your moods turned into distress numbers you "
                  "can adjust first."));
    if (action_button(ui, tr("Import from Daylio"), view.busy)) intent.action = DataAction::ImportDaylio;
    if (view.kept_versions > 0) {
        const std::string kept = trn("{n} earlier version is kept from restores, in your backups too.",
                                     "{n} earlier versions are kept from restores, in your backups too.",
                                     view.kept_versions);
        muted_text(kept.c_str());
        note(ui, tr("Kept versions"), "status", kept);
    }
    end_card();
}

void take_out_card(Ui& ui, const DataView& view, DataIntent& intent) {
    begin_card();
    heading(ui, tr("Take it with you"));
    muted_text(tr("A spreadsheet of every entry, or a readable summary of a period to share with someone who helps "
                  "you, such as a therapist."));
    if (action_button(ui, tr("Export entries as CSV"), view.busy)) intent.action = DataAction::ExportCsv;
    if (action_button(ui, tr("Make a summary"), view.busy)) intent.action = DataAction::Summary;
    end_card();
}

void storage_card(Ui& ui, const DataView& view, DataIntent& intent) {
    begin_card();
    heading(ui, tr("Where it is kept"));
    const char* kept = view.persisted == 1   ? tr("This browser has promised to keep your journal: it will not clear it "
                                                  "to make room.")
                       : view.persisted == 0 ? tr("This browser has not promised to keep your journal, so it may clear it "
                                                  "when the device runs short of room. Regular backups keep it safe.")
                                             : tr("This browser does not say whether it will keep your journal.");
    muted_text(kept);
    note(ui, tr("Persistent storage"), "status", kept);
    if (view.used_bytes >= 0) {
        const std::string used_words = size_words(uint64_t(view.used_bytes));
        const std::string used =
            view.quota_bytes > 0
                ? trf("Using {used} of the {allowed} this browser allows.",
                      {{"used", used_words}, {"allowed", size_words(uint64_t(view.quota_bytes))}})
                : trf("Using {used}.", {{"used", used_words}});

        muted_text(used.c_str());
        note(ui, tr("Storage used"), "status", used);
    }
    if (view.safari && !view.settings->safari_told) {
        const char* safari = tr("Safari may erase what a site keeps after 7 days without a visit. Adding Onward to "
                                "your Home Screen keeps it safe from that.");
        ImGui::TextColored(palette().accent, "%s", safari);
        note(ui, tr("Safari"), "status", safari);
        if (secondary_button(ui, tr("I understand"), 0, tr("Safari understood"))) intent.action = DataAction::SafariTold;
    }
    end_card();
}

void passphrase_card(Ui& ui, DataScreenState& state, const DataView& view, DataIntent& intent) {
    begin_card();
    heading(ui, tr("Passphrase"));
    muted_text(view.has_passphrase
                   ? tr("Your journal is sealed with a passphrase. Onward asks for it when it starts and after it has "
                        "been left alone for a while.")
                   : tr("A passphrase seals everything you write on this device, so that someone else using it cannot "
                        "read it. Your safety plan and crisis lines stay readable, so they are there when you need them."));
    ImGui::TextColored(palette().accent, "%s",
                       tr("If you forget your passphrase, nobody can recover your journal: not us, not anyone."));
    note(ui, tr("Passphrase status"), "status", view.has_passphrase ? tr("on") : tr("off"));
    passphrase_field(ui, view.has_passphrase ? tr("New passphrase") : tr("Choose a passphrase"), state.passphrase);
    passphrase_field(ui, tr("Passphrase again"), state.repeat);
    const bool ready = state.passphrase.size() >= kMinPassphrase && state.passphrase == state.repeat;
    if (!state.passphrase.empty() && state.passphrase.size() < kMinPassphrase)
        muted_text(tr("At least 8 characters, please: a few words you will remember work well."));
    else if (!state.repeat.empty() && state.passphrase != state.repeat)
        muted_text(tr("The two do not match yet."));
    ImGui::BeginDisabled(!ready || view.busy);
    if (primary_button(ui, view.has_passphrase ? tr("Change the passphrase") : tr("Turn the passphrase on"), row_width()) &&
        ready && !view.busy)
        intent.action = DataAction::SetPassphrase;
    ImGui::EndDisabled();
    if (view.has_passphrase) {
        if (action_button(ui, tr("Turn the passphrase off"), view.busy)) intent.action = DataAction::RemovePassphrase;
        label_text(ui, tr("Lock when left alone for"));
        for (size_t i = 0; i < std::size(kLockDelays); ++i) {
            const LockDelay& d = kLockDelays[i];
            const bool on = view.settings->lock_after_minutes == d.minutes;
            const char* words = tr(d.words);
            flow(chip_width(words), i == 0);
            if (toggle_chip(ui, words, trf("Lock after {delay}", {{"delay", words}}), on) && !on) {
                intent.action = DataAction::LockAfter;
                intent.minutes = d.minutes;
            }
        }
    }
    end_card();
}

void delete_card(Ui& ui, DataScreenState& state, const DataView& view, DataIntent& intent) {
    begin_card();
    heading(ui, tr("Delete everything"));
    muted_text(tr("Removes every entry, check, practice, your safety plan, your lists and settings from this browser. "
                  "It cannot be undone: download a backup first if you may want any of it."));
    if (!state.deleting) {
        if (action_button(ui, tr("Delete everything…"), view.busy)) state.deleting = true;
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
    label_text(ui, tr("To be sure, type: delete everything"));
    text_field(ui, tr("Type delete everything"), typed, 1);
    const bool done = folded(trimmed(typed)) == folded(tr(kDeleteWords));

    ImGui::BeginDisabled(!done || busy);
    if (primary_button(ui, tr("Delete everything now"), row_width()) && done && !busy) answer = DeleteConfirm::Delete;
    ImGui::EndDisabled();
    if (secondary_button(ui, tr("Keep my journal"), row_width())) {
        typed.clear();
        answer = DeleteConfirm::Keep;
    }
    return answer;
}

DataIntent draw_data(Ui& ui, DataScreenState& state, const DataView& view) {
    DataIntent intent;
    if (secondary_button(ui, tr("Back"), 0, tr("Back to settings"))) intent.action = DataAction::Back;
    heading(ui, tr("Your data"));
    muted_text(tr("Everything you write stays in this browser on this device. Nothing is sent anywhere."));
    if (!state.message.empty()) {
        ImGui::Dummy(ImVec2(0, 4));
        if (state.message_is_problem) ImGui::TextColored(palette().warning, "%s", state.message.c_str());
        else ImGui::TextWrapped("%s", state.message.c_str());
        note(ui, tr("Data message"), "status", state.message);
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
