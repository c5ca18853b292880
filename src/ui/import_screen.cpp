#include "ui/import_screen.h"

#include <imgui.h>

#include <iterator>

#include "core/words.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

bool mood_rules(Ui& ui, std::vector<MoodRow>& moods) {
    bool changed = false;
    begin_card();
    heading(ui, "Your moods as distress");
    muted_text("Distress here runs from 0 (calm) to 10 (the most you can bear). Each mood becomes the number you "
               "choose for it.");
    for (MoodRow& m : moods) {
        ImGui::PushID(m.mood.c_str());
        const std::string title = "\"" + m.mood + "\" (" + counted(m.entries, "entry", "entries") + ")";
        label_text(ui, title.c_str());
        for (int d = 0; d <= 10; ++d) {
            const std::string text = std::to_string(d);
            flow(chip_width(text.c_str()), d == 0);
            if (toggle_chip(ui, text.c_str(), m.mood + " as " + text, m.distress == d) && m.distress != d) {
                m.distress = d;
                changed = true;
            }
        }
        ImGui::PopID();
    }
    end_card();
    return changed;
}

bool activity_rules(Ui& ui, std::vector<ActivityRow>& activities) {
    if (activities.empty()) return false;
    bool changed = false;
    begin_card();
    heading(ui, "Your activities as actions");
    muted_text("Each activity becomes an action in your list. What did it usually do for you?");
    for (ActivityRow& a : activities) {
        ImGui::PushID(a.activity.c_str());
        const std::string title = a.activity + " (" + counted(a.entries, "entry", "entries") + ")";
        label_text(ui, title.c_str());
        for (size_t i = 0; i < std::size(kCopingFunctions); ++i) {
            const CopingFunction f = kCopingFunctions[i];
            const char* words = coping_function_words(f);
            flow(chip_width(words), i == 0);
            if (toggle_chip(ui, words, a.activity + ": " + words, a.function == f) && a.function != f) {
                a.function = f;
                if (f != CopingFunction::Avoid) a.avoid = AvoidKind::Unsaid;
                changed = true;
            }
        }
        ImGui::PopID();
    }
    end_card();
    return changed;
}

} // namespace

ImportAction draw_import(Ui& ui, ImportState& state, const ImportView& view) {
    ImportAction action = ImportAction::None;
    if (secondary_button(ui, "Cancel", 0, "Cancel the import")) action = ImportAction::Cancel;
    heading(ui, view.title);
    muted_text(view.source.c_str());
    note(ui, "Import source", "status", view.source);
    ImGui::Dummy(ImVec2(0, 4));

    if (view.needs_passphrase) {
        begin_card();
        heading(ui, "This backup is sealed");
        muted_text("Type the passphrase it was sealed with.");
        passphrase_field(ui, "Backup passphrase", state.passphrase);
        ImGui::BeginDisabled(view.busy || state.passphrase.empty());
        if (primary_button(ui, "Open the backup", row_width()) && !view.busy) action = ImportAction::Unseal;
        ImGui::EndDisabled();
        if (!view.problem.empty()) {
            ImGui::TextColored(palette().warning, "%s", view.problem.c_str());
            note(ui, "Import problem", "status", view.problem);
        }
        end_card();
        return action;
    }

    if (mood_rules(ui, state.moods)) action = ImportAction::RulesChanged;
    if (activity_rules(ui, state.activities)) action = ImportAction::RulesChanged;

    begin_card();
    heading(ui, "What will happen");
    const std::string plan = counted(view.added, "new record will be added", "new records will be added") + ", " +
                             counted(view.same, "is already here", "are already here") + ", " +
                             counted(view.conflicts, "is different here", "are different here") + ".";
    ImGui::TextWrapped("%s", plan.c_str());
    note(ui, "Import plan", "status", plan);
    if (view.conflicts > 0)
        muted_text("Where a record is different here, nothing is overwritten: both versions are kept, and the newer "
                   "one is shown.");
    for (const std::string& line : view.conflict_lines) {
        muted_text(line.c_str());
        note(ui, "Import conflict", "status", line);
    }
    if (!view.problem.empty()) {
        ImGui::TextColored(palette().warning, "%s", view.problem.c_str());
        note(ui, "Import problem", "status", view.problem);
    }
    const bool can = view.problem.empty() && view.added + view.conflicts > 0 && !view.busy;
    ImGui::BeginDisabled(!can);
    if (primary_button(ui, view.added + view.conflicts > 0 ? "Bring it in" : "Nothing new to bring in", row_width()) &&
        can)
        action = ImportAction::Apply;
    ImGui::EndDisabled();
    end_card();
    return action;
}

} // namespace onward::ui
