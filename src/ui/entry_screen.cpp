#include "ui/entry_screen.h"

#include <imgui.h>

#include <algorithm>

#include "core/say.h"
#include "ui/header.h"
#include "ui/theme.h"

namespace onward::ui {

namespace {

void gap(float h = 8) { ImGui::Dummy(ImVec2(0, h)); }

// Library items of a kind as chips; `on(item)` says whether one is picked.
template <class IsOn, class Toggle>
bool library_chips(Ui& ui, const Library& library, LibraryKind kind, const char* prefix, IsOn on, Toggle toggle) {
    bool changed = false;
    const std::vector<const LibraryItem*> offered = choices(library, kind);
    for (size_t i = 0; i < offered.size(); ++i) {
        const LibraryItem& item = *offered[i];
        flow(chip_width(item.name.c_str()), i == 0);
        if (toggle_chip(ui, item.name.c_str(), trf("{kind} {name}", {{"kind", prefix}, {"name", item.name}}), on(item))) {
            toggle(item);
            changed = true;
        }
    }
    return changed;
}

bool trigger_section(Ui& ui, Entry& e, const Library& library, EntryForm& form, EntryIntent& intent) {
    label_text(ui, tr("What set it off?"));
    muted_text(tr("Pick one from your list, or name a new one."));
    bool changed = library_chips(
        ui, library, LibraryKind::Trigger, tr("Trigger"),
        [&](const LibraryItem& item) { return resolve(library, e.trigger) == &item; },
        [&](const LibraryItem& item) { e.trigger = resolve(library, e.trigger) == &item ? "" : item.id; });
    if (add_field(ui, tr("New trigger"), form.new_trigger, tr("A new trigger")))
        intent = {EntryAction::AddItem, LibraryKind::Trigger, form.new_trigger};
    return changed;
}

bool actions_section(Ui& ui, Entry& e, const Library& library, EntryForm& form, EntryIntent& intent) {
    label_text(ui, tr("What did you do?"));
    muted_text(tr("Soothe: it calmed you. Face: you let yourself feel it or worked it through. Avoid: it took you away "
                  "from it for a while. The same thing can do different things on different days."));
    const auto taken = [&](const LibraryItem& item) {
        return std::find_if(e.actions.begin(), e.actions.end(),
                            [&](const ActionTaken& a) { return resolve(library, a.action) == &item; });
    };
    bool changed = library_chips(
        ui, library, LibraryKind::Action, tr("Action"), [&](const LibraryItem& item) { return taken(item) != e.actions.end(); },
        [&](const LibraryItem& item) {
            const auto it = taken(item);
            if (it != e.actions.end()) e.actions.erase(it);
            else e.actions.push_back({item.id, item.function, item.avoid}); // the usual function, to start with
        });
    if (add_field(ui, tr("New action"), form.new_action, tr("Something else I did")))
        intent = {EntryAction::AddItem, LibraryKind::Action, form.new_action};
    for (ActionTaken& a : e.actions) {
        const std::string& name = item_name(library, a.action);
        ImGui::PushID(a.action.c_str());
        gap(4);
        ImGui::PushFont(ui.fonts.strong);
        ImGui::TextWrapped("%s", name.c_str());
        ImGui::PopFont();
        for (size_t i = 0; i < std::size(kCopingFunctions); ++i) {
            const CopingFunction f = kCopingFunctions[i];
            const char* words = coping_function_words(f);
            flow(chip_width(words), i == 0);
            if (toggle_chip(ui, words, trf("{function} for {action}", {{"function", words}, {"action", name}}),
                            a.function == f)) {
                a.function = f;
                if (f != CopingFunction::Avoid) a.avoid = AvoidKind::Unsaid;
                changed = true;
            }
        }
        if (a.function == CopingFunction::Avoid) {
            muted_text(tr("Which way, if you know?"));
            for (size_t i = 0; i < std::size(kAvoidKinds); ++i) {
                const AvoidKind k = kAvoidKinds[i];
                const char* words = avoid_kind_words(k);
                flow(chip_width(words), i == 0);
                if (toggle_chip(ui, words, trf("{way} for {action}", {{"way", words}, {"action", name}}), a.avoid == k)) {
                    a.avoid = a.avoid == k ? AvoidKind::Unsaid : k;
                    changed = true;
                }
            }
        }
        ImGui::PopID();
    }
    return changed;
}

bool afterwards_section(Ui& ui, Entry& e) {
    bool changed = distress_picker(ui, tr("How much distress afterwards?"), nullptr, e.distress_after, tr("After"));
    gap();
    label_text(ui, tr("Did it bring relief?"));
    for (size_t i = 0; i < std::size(kReliefs); ++i) {
        const Relief r = kReliefs[i];
        const char* words = relief_words(r);
        flow(chip_width(words), i == 0);
        if (toggle_chip(ui, words, trf("Relief {relief}", {{"relief", words}}), e.relief == r)) {
            e.relief = e.relief == r ? Relief::Unsaid : r;
            changed = true;
        }
    }
    gap();
    label_text(ui, tr("An old trigger, a new response?"));
    changed |= answer_picker(ui, tr("New response"), e.new_response);
    if (e.new_response == Answer::Yes) {
        label_text(ui, tr("What was new?"));
        changed |= text_field(ui, tr("What was new"), e.what_was_new, 2);
    }
    gap();
    label_text(ui, tr("Did you stay with the feeling?"));
    changed |= answer_picker(ui, tr("Stayed"), e.stayed_with_feeling);
    if (e.stayed_with_feeling == Answer::Yes) {
        muted_text(tr("About how long?"));
        const int minutes[] = {1, 5, 10, 20, 30, 60};
        for (size_t i = 0; i < std::size(minutes); ++i) {
            const std::string words = trf("{minutes} min", {{"minutes", std::to_string(minutes[i])}});
            flow(chip_width(words.c_str()), i == 0);
            if (toggle_chip(ui, words.c_str(), trf("Stayed about {duration}", {{"duration", words}}),
                            e.stayed_minutes == minutes[i])) {

                e.stayed_minutes = e.stayed_minutes == minutes[i] ? -1 : minutes[i];
                changed = true;
            }
        }
    }
    return changed;
}

} // namespace

EntryIntent draw_entry(Ui& ui, EntryForm& form, const EntryView& view) {
    EntryIntent intent;
    Entry& e = form.entry;
    const Library& library = *view.library;
    bool changed = false;

    begin_card();
    heading(ui, form.editing ? tr("Your entry") : tr("New entry"));
    if (form.editing) muted_text(when_text(e.created, view.device_offset_minutes).c_str());
    gap(2);
    changed |= distress_picker(ui, tr("How much distress before you did anything?"),
                               tr("Or simply right now. 0 is calm, 10 is the most you can imagine."), e.distress, tr("Before"));
    gap(4);
    if (primary_button(ui, form.editing ? tr("Save changes now") : tr("Save now"), row_width())) intent.action = EntryAction::Save;
    muted_text(tr("Everything below is optional. Add what you want, now or later."));
    end_card();

    begin_card();
    heading(ui, tr("The moment"));
    label_text(ui, tr("What happened?"));
    changed |= text_field(ui, tr("What happened"), e.happened, 3);
    gap();
    changed |= trigger_section(ui, e, library, form, intent);
    end_card();

    begin_card();
    heading(ui, tr("How it felt"));
    bool add_emotion = false;
    changed |= emotion_picker(ui, e.emotions, library, &form.new_emotion, add_emotion);
    if (add_emotion) intent = {EntryAction::AddItem, LibraryKind::Emotion, form.new_emotion};
    gap();
    changed |= body_picker(ui, e.body);
    end_card();

    begin_card();
    heading(ui, tr("What I did"));
    changed |= actions_section(ui, e, library, form, intent);
    end_card();

    begin_card();
    heading(ui, tr("Afterwards"));
    changed |= afterwards_section(ui, e);
    end_card();

    begin_card();
    heading(ui, tr("Pain as a messenger"));
    const char* prompt = messenger_prompt(view.prompt_turn);
    muted_text(prompt);
    label_text(ui, tr("What is this feeling telling me?"));
    changed |= text_field(ui, tr("What the feeling is telling me"), e.feeling_says, 2);
    label_text(ui, tr("What do I need?"));
    changed |= text_field(ui, tr("What I need"), e.what_i_need, 2);
    end_card();

    begin_card();
    heading(ui, tr("Anything else"));
    changed |= text_field(ui, tr("Note"), e.note, 6);
    muted_text(tr("Write as much as you like. Only you can read this."));
    end_card();

    if (primary_button(ui, form.editing ? tr("Save changes") : tr("Save entry"), row_width())) intent.action = EntryAction::Save;
    if (form.just_saved) saved_line(view.save_state);
    problem_lines(ui, form.problems);
    if (secondary_button(ui, form.editing ? tr("Discard changes") : tr("Discard this entry"), row_width()))
        intent.action = EntryAction::Discard;
    if (secondary_button(ui, tr("Edit your lists"), row_width())) intent.action = EntryAction::OpenLists;

    if (changed) {
        form.just_saved = false;
        form.problems.clear(); // they were about the form as it was
        if (intent.action == EntryAction::None) intent.action = EntryAction::Changed;
    }
    return intent;
}

} // namespace onward::ui
