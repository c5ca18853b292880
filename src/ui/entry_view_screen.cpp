#include "ui/entry_view_screen.h"

#include <imgui.h>

#include "core/say.h"
#include "ui/entry_fields.h"

namespace onward::ui {

namespace {

// A question and its answer; nothing at all when the person left it out.
void field(Ui& ui, const char* question, const std::string& answer) {
    if (answer.empty()) return;
    label_text(ui, question);
    ImGui::TextWrapped("%s", answer.c_str());
    note(ui, question, "text", answer);
    ImGui::Dummy(ImVec2(0, 6));
}

// What the later re-check found, as one whole sentence for each thing it can say.
std::string recheck_words(const ReliefRecheck& r, int device_offset_minutes) {
    const std::string when = when_text(r.at, device_offset_minutes);
    const std::string n = std::to_string(r.distress);
    const bool rated = r.distress >= 0;
    switch (r.lasted) {
    case Answer::Yes:
        return rated ? trf("At {when}: distress {n}, the relief lasted", {{"when", when}, {"n", n}})
                     : trf("At {when}, the relief lasted", {{"when", when}});
    case Answer::No:
        return rated ? trf("At {when}: distress {n}, the relief did not last", {{"when", when}, {"n", n}})
                     : trf("At {when}, the relief did not last", {{"when", when}});
    default: // not said
        return rated ? trf("At {when}: distress {n}", {{"when", when}, {"n", n}})
                     : trf("At {when}, skipped", {{"when", when}});
    }
}

} // namespace

EntryViewAction draw_entry_view(Ui& ui, const Entry& e, const Library& library, int device_offset_minutes) {
    EntryViewAction action = EntryViewAction::None;
    begin_card();
    heading(ui, when_text(e.created, device_offset_minutes).c_str());
    if (e.updated.unix_ms > e.created.unix_ms + 60000)
        muted_text(trf("Changed {when}", {{"when", when_text(e.updated, device_offset_minutes)}}).c_str());
    ImGui::Dummy(ImVec2(0, 4));
    field(ui, tr("Distress"), distress_words(e));
    field(ui, tr("Feelings"), feelings_words(e, library));
    field(ui, tr("Body"), body_state_words(e.body));
    field(ui, tr("What happened"), e.happened);
    field(ui, tr("Trigger"), e.trigger.empty() ? "" : item_name(library, e.trigger));
    std::string actions;
    for (const ActionTaken& a : e.actions) {
        const std::string done = item_name(library, a.action);
        actions += (actions.empty() ? "" : "\n") +
                   (a.avoid == AvoidKind::Unsaid
                        ? trf("{action} ({function})", {{"action", done}, {"function", coping_function_words(a.function)}})
                        : trf("{action} ({function}: {avoid})", {{"action", done},
                                                                 {"function", coping_function_words(a.function)},
                                                                 {"avoid", avoid_kind_words(a.avoid)}}));
    }
    field(ui, tr("What I did"), actions);
    field(ui, tr("Relief"), relief_words(e.relief));
    field(ui, tr("An old trigger, a new response"), answer_words(e.new_response));
    field(ui, tr("What was new"), e.what_was_new);
    std::string stayed = answer_words(e.stayed_with_feeling);
    if (e.stayed_with_feeling == Answer::Yes && e.stayed_minutes >= 0)
        stayed = trf("{answer}, about {minutes} min", {{"answer", stayed}, {"minutes", std::to_string(e.stayed_minutes)}});
    field(ui, tr("Stayed with the feeling"), stayed);
    field(ui, tr("What the feeling is telling me"), e.feeling_says);
    field(ui, tr("What I need"), e.what_i_need);
    field(ui, tr("Note"), e.note);
    if (recheck_answered(e)) field(ui, tr("Later"), recheck_words(e.recheck, device_offset_minutes));
    end_card();
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float third = ui.phone ? row_width() : (row_width() - 2 * spacing) / 3;
    if (primary_button(ui, tr("Edit"), third)) action = EntryViewAction::Edit;
    if (!ui.phone) ImGui::SameLine();
    if (secondary_button(ui, tr("Delete"), third, tr("Delete entry"))) action = EntryViewAction::Delete;
    if (!ui.phone) ImGui::SameLine();
    if (secondary_button(ui, tr("Back to journal"), third)) action = EntryViewAction::Back;
    return action;
}

} // namespace onward::ui
