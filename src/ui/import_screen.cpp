#include "ui/import_screen.h"

#include <imgui.h>

#include <iterator>

#include "core/say.h"
#include "core/words.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

bool mood_rules(Ui& ui, std::vector<MoodRow>& moods) {
    bool changed = false;
    begin_card();
    heading(ui, tr("Your moods as distress"));
    muted_text(tr("Distress here runs from 0 (calm) to 10 (the most you can bear). Each mood becomes the number you "
                  "choose for it."));
    for (MoodRow& m : moods) {
        ImGui::PushID(m.mood.c_str());
        const std::string title = trn("\"{mood}\" ({n} entry)", "\"{mood}\" ({n} entries)", m.entries, {{"mood", m.mood}});
        label_text(ui, title.c_str());
        for (int d = 0; d <= 10; ++d) {
            const std::string text = std::to_string(d);
            flow(chip_width(text.c_str()), d == 0);
            if (toggle_chip(ui, text.c_str(), trf("{mood} as {distress}", {{"mood", m.mood}, {"distress", text}}),
                            m.distress == d) &&
                m.distress != d) {
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
    heading(ui, tr("Your activities as actions"));
    muted_text(tr("Each activity becomes an action in your list. What did it usually do for you?"));
    for (ActivityRow& a : activities) {
        ImGui::PushID(a.activity.c_str());
        const std::string title =
            trn("{activity} ({n} entry)", "{activity} ({n} entries)", a.entries, {{"activity", a.activity}});
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
    if (secondary_button(ui, tr("Cancel"), 0, tr("Cancel the import"))) action = ImportAction::Cancel;
    heading(ui, view.title);
    muted_text(view.source.c_str());
    note(ui, tr("Import source"), "status", view.source);
    ImGui::Dummy(ImVec2(0, 4));

    if (view.needs_passphrase) {
        begin_card();
        heading(ui, tr("This backup is sealed"));
        muted_text(tr("Type the passphrase it was sealed with."));
        passphrase_field(ui, tr("Backup passphrase"), state.passphrase);
        ImGui::BeginDisabled(view.busy || state.passphrase.empty());
        if (primary_button(ui, tr("Open the backup"), row_width()) && !view.busy) action = ImportAction::Unseal;
        ImGui::EndDisabled();
        if (!view.problem.empty()) {
            ImGui::TextColored(palette().warning, "%s", view.problem.c_str());
            note(ui, tr("Import problem"), "status", view.problem);
        }
        end_card();
        return action;
    }

    if (mood_rules(ui, state.moods)) action = ImportAction::RulesChanged;
    if (activity_rules(ui, state.activities)) action = ImportAction::RulesChanged;

    begin_card();
    heading(ui, tr("What will happen"));
    // Three counts in one sentence: each its own plural, joined by the sentence around them.
    const std::string plan =
        trf("{added}, {same}, {different}.",
            {{"added", trn("{n} new record will be added", "{n} new records will be added", view.added)},
             {"same", trn("{n} is already here", "{n} are already here", view.same)},
             {"different", trn("{n} is different here", "{n} are different here", view.conflicts)}});

    ImGui::TextWrapped("%s", plan.c_str());
    note(ui, tr("Import plan"), "status", plan);
    if (view.conflicts > 0)
        muted_text(tr("Where a record is different here, nothing is overwritten: both versions are kept, and the newer "
                      "one is shown."));
    for (const std::string& line : view.conflict_lines) {
        muted_text(line.c_str());
        note(ui, tr("Import conflict"), "status", line);
    }
    if (!view.problem.empty()) {
        ImGui::TextColored(palette().warning, "%s", view.problem.c_str());
        note(ui, tr("Import problem"), "status", view.problem);
    }
    const bool can = view.problem.empty() && view.added + view.conflicts > 0 && !view.busy;
    ImGui::BeginDisabled(!can);
    if (primary_button(ui, view.added + view.conflicts > 0 ? tr("Bring it in") : tr("Nothing new to bring in"), row_width()) &&
        can)
        action = ImportAction::Apply;
    ImGui::EndDisabled();
    end_card();
    return action;
}

} // namespace onward::ui
