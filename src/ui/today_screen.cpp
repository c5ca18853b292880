#include "ui/today_screen.h"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/say.h"
#include "ui/header.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

// True when tapped: the row opens the entry.
bool entry_row(Ui& ui, const Entry& c, const Library& library) {
    const std::string time = clock_text(c.created);
    const std::string details = entry_details(c, library);
    const std::string words = glimpse(c);

    ImGui::BeginGroup();
    ImGui::PushFont(ui.fonts.strong);
    ImGui::Text("%s", time.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, 14);
    ImGui::TextUnformatted(distress_words(c).c_str());
    if (!details.empty()) muted_text(details.c_str());
    if (!words.empty()) ImGui::TextWrapped("%s", words.c_str());
    ImGui::EndGroup();
    // The whole row is one button laid over what it shows.
    std::string value = distress_words(c);
    if (!details.empty()) value += " · " + details;
    if (!words.empty()) value += " · " + words;
    return group_as_row(ui, c.id,
                        is_full_entry(c) ? trf("Entry at {time}", {{"time", time}}) : trf("Check-in at {time}", {{"time", time}}),
                        value);

}

void practice_row(Ui& ui, const PracticeSession& s) {
    const std::string time = clock_text(s.created);
    std::string details = duration_words(s.duration_ms);
    const std::string before = std::to_string(s.distress_before), after = std::to_string(s.distress_after);
    if (s.distress_before >= 0 && s.distress_after >= 0)
        details += " · " + trf("distress {before} \xE2\x86\x92 {after}", {{"before", before}, {"after", after}});
    else if (s.distress_before >= 0) details += " · " + trf("distress {before} before", {{"before", before}});
    else if (s.distress_after >= 0) details += " · " + trf("distress {after} after", {{"after", after}});
    const std::string name = practice_name(s);
    ImGui::BeginGroup();
    ImGui::PushFont(ui.fonts.strong);
    ImGui::Text("%s", time.c_str());
    ImGui::PopFont();
    ImGui::SameLine(0, 14);
    ImGui::TextUnformatted(name.c_str());
    muted_text(details.c_str());
    ImGui::EndGroup();
    note(ui, trf("{practice} at {time}", {{"practice", name}, {"time", time}}), "text", details);
}

void recheck_card(Ui& ui, RecheckForm& form, const Entry& e, const Library& library, TodayIntent& intent) {
    if (form.entry_id != e.id) form = {e.id};
    begin_card();
    heading(ui, tr("How is it now?"));
    const Blanks blanks = {{"time", clock_text(e.created)},
                           {"before", std::to_string(e.distress)},
                           {"after", std::to_string(e.distress_after)},
                           {"action", e.actions.empty() ? "" : item_name(library, e.actions.front().action)}};
    const std::string about =
        e.actions.empty()
            ? trf("Earlier, at {time}, your distress went from {before} to {after}.", blanks)
            : trf("Earlier, at {time}, your distress went from {before} to {after} after \xE2\x80\x9C{action}\xE2\x80\x9D.",
                  blanks);
    ImGui::TextWrapped("%s", about.c_str());
    note(ui, tr("Re-check"), "status", about);
    ImGui::Dummy(ImVec2(0, 4));
    distress_picker(ui, tr("How much distress now?"), nullptr, form.distress, tr("Now"));
    ImGui::Dummy(ImVec2(0, 4));
    label_text(ui, tr("Did the relief last?"));
    answer_picker(ui, tr("Lasted"), form.lasted);
    ImGui::Dummy(ImVec2(0, 6));
    if (primary_button(ui, tr("Save how it is now"), row_width())) intent.action = TodayAction::SaveRecheck;
    if (secondary_button(ui, tr("Not this time"), row_width())) intent.action = TodayAction::SkipRecheck;
    end_card();
}

void draft_card(Ui& ui, const Entry& draft, int device_offset, TodayIntent& intent) {
    begin_card();
    heading(ui, tr("An entry you had not saved"));
    const std::string words = trf("Kept for you from {when}.", {{"when", when_text(draft.updated, device_offset)}});
    muted_text(words.c_str());
    note(ui, tr("Unsaved entry"), "status", words);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = ui.phone ? row_width() : (row_width() - spacing) / 2;
    if (primary_button(ui, tr("Continue writing"), w)) intent.action = TodayAction::ContinueDraft;
    if (!ui.phone) ImGui::SameLine();
    if (secondary_button(ui, tr("Discard it"), w)) intent.action = TodayAction::DiscardDraft;
    end_card();
}

// One gentle card: what the check is, and a way to put it off without a word of reproach.
void due_check_card(Ui& ui, const Questionnaire& q, TodayIntent& intent) {
    begin_card();
    heading(ui, tr("A check is ready when you are"));
    const std::string words =
        trf("{check}: {count} short questions. It takes a few minutes, and shows how things are moving.",
            {{"check", q.title}, {"count", std::to_string(q.questions.size())}});
    ImGui::TextWrapped("%s", words.c_str());
    note(ui, tr("Check due"), "status", words);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = ui.phone ? row_width() : (row_width() - spacing) / 2;
    if (primary_button(ui, tr("Take the check"), w)) intent.action = TodayAction::TakeCheck;
    if (!ui.phone) ImGui::SameLine();
    if (secondary_button(ui, tr("Not now"), w)) intent.action = TodayAction::SnoozeCheck;
    end_card();
}

// What the app suggests in each phase: coping first in a crisis, healing work once ready.
void phase_card(Ui& ui, const PhaseInsight& phase, TodayIntent& intent) {
    begin_card();
    label_text(ui, trf("Where things stand: {phase}", {{"phase", phase_words(phase.phase)}}).c_str());
    const char* suggestion =
        phase.phase == Phase::Crisis
            ? tr("Coping comes first right now. The coping tools and your safety plan are one tap away, and that is "
                 "enough for today.")
        : phase.phase == Phase::ReadyForHealing
            ? tr("There is some steady ground under you. When it feels right, a full entry has room to meet an old "
                 "trigger in a new way, or to stay with a feeling a little longer.")
            : tr("Steadying takes time. Quick check-ins and the coping tools help most now; the weekly check shows "
                 "how things are moving.");
    ImGui::TextWrapped("%s", suggestion);
    note(ui, tr("Where things stand"), "status", std::string(phase_words(phase.phase)) + ". " + suggestion);
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float w = ui.phone ? row_width() : (row_width() - spacing) / 2;
    if (phase.phase == Phase::Crisis && primary_button(ui, tr("Open coping tools"), w)) intent.action = TodayAction::OpenCope;
    if (phase.phase == Phase::ReadyForHealing && primary_button(ui, tr("Write about an old trigger"), w))
        intent.action = TodayAction::WriteEntry;
    if (phase.phase != Phase::Stabilising && !ui.phone) ImGui::SameLine();
    if (secondary_button(ui, tr("See my insights"), phase.phase == Phase::Stabilising ? 0 : w))
        intent.action = TodayAction::OpenInsights;
    end_card();
}

void keep_safe_card(Ui& ui, const TodayView& view, TodayIntent& intent) {
    begin_card();
    label_text(ui, tr("Keeping your journal safe"));
    const char* words = view.tell_safari
                            ? tr("Safari may erase what a site keeps after 7 days without a visit. Adding Onward to "
                                 "your Home Screen keeps your journal safe from that, and a backup keeps a copy.")
                            : tr("It has been a while since your last backup, and you have written since. A fresh "
                                 "copy takes a moment.");

    ImGui::TextWrapped("%s", words);
    note(ui, tr("Keeping your journal safe"), "status", words);
    if (secondary_button(ui, tr("Open your data"), 0, tr("Open your data from Today"))) intent.action = TodayAction::OpenData;
    end_card();
}

} // namespace

TodayIntent draw_today(Ui& ui, EntryForm& form, RecheckForm& recheck, const TodayView& view) {
    TodayIntent intent;
    const Library& library = *view.library;
    muted_text(day_text(view.day).c_str());
    ImGui::Dummy(ImVec2(0, 2));
    // In a crisis the coping tools come first; otherwise the check-in does.
    const bool crisis = view.phase && view.phase->phase == Phase::Crisis;
    if (crisis) phase_card(ui, *view.phase, intent);
    if (view.recheck) recheck_card(ui, recheck, *view.recheck, library, intent);
    if (view.kept_draft) draft_card(ui, *view.kept_draft, view.device_offset_minutes, intent);

    Entry& e = form.entry;
    begin_card();
    heading(ui, tr("Quick check-in"));
    ImGui::Dummy(ImVec2(0, 2));
    bool changed = distress_picker(ui, tr("How much distress right now?"), tr("0 is calm, 10 is the most you can imagine."),
                                   e.distress, tr("Distress"));
    ImGui::Dummy(ImVec2(0, 8));
    bool add_emotion = false;
    changed |= emotion_picker(ui, e.emotions, library, nullptr, add_emotion);
    ImGui::Dummy(ImVec2(0, 8));
    changed |= body_picker(ui, e.body);
    ImGui::Dummy(ImVec2(0, 8));
    label_text(ui, tr("Anything you want to add?"));
    changed |= text_field(ui, tr("Note"), e.note, 4);
    muted_text(tr("Optional. Only you can read this."));
    ImGui::Dummy(ImVec2(0, 6));
    if (primary_button(ui, tr("Save check-in"), row_width())) intent.action = TodayAction::SaveCheckIn;
    if (form.just_saved) saved_line(view.save_state);
    problem_lines(ui, form.problems);
    end_card();
    if (changed) {
        form.just_saved = false;
        form.problems.clear(); // they were about the form as it was
        if (intent.action == TodayAction::None) intent.action = TodayAction::CheckInChanged;
    }

    if (view.phase && !crisis) phase_card(ui, *view.phase, intent);
    if (view.due_check) due_check_card(ui, *view.due_check, intent);
    if (view.backup_due || view.tell_safari) keep_safe_card(ui, view, intent);

    begin_card();
    heading(ui, tr("More to say?"));
    muted_text(tr("A full entry has room for what happened, what you did, and how it went."));
    if (secondary_button(ui, tr("Write a full entry"), row_width())) intent.action = TodayAction::WriteEntry;
    end_card();

    begin_card();
    heading(ui, tr("Today so far"));
    const auto& entries = *view.entries;
    const auto& practices = *view.practices;
    if (entries.empty() && practices.empty())
        muted_text(tr("Nothing yet today. A check-in takes a few seconds, and every one counts."));
    // Both lists are newest first; merged, so the day reads in order.
    for (size_t c = 0, p = 0; c < entries.size() || p < practices.size();) {
        if (c + p) divider();
        const bool entry_next =
            p == practices.size() ||
            (c < entries.size() && entries[c]->created.unix_ms >= practices[p]->created.unix_ms);
        if (entry_next) {
            const Entry& row = *entries[c++];
            if (entry_row(ui, row, library)) {
                intent.action = TodayAction::OpenEntry;
                intent.entry = row.id;
            }
        }
        else practice_row(ui, *practices[p++]);
    }
    end_card();
    return intent;
}

} // namespace onward::ui
