#include "ui/library_screen.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "core/say.h"
#include "ui/entry_fields.h"
#include "ui/theme.h"

namespace onward::ui {
namespace {

using Offered = std::vector<const LibraryItem*>;

struct KindWords {
    LibraryKind kind;
    const char* chip;  // the list's name on its chip
    const char* add;   // above the "add" field
    const char* hint;  // in the empty field
    const char* empty; // when nothing is offered
};

constexpr KindWords kKinds[] = {
    {LibraryKind::Trigger, tr_later("Triggers"), tr_later("Add a trigger"), tr_later("A new trigger"),
     tr_later("No triggers on your list yet. Add the ones you notice, whenever you like.")},
    {LibraryKind::Action, tr_later("Things I do"), tr_later("Add something I do"), tr_later("A new thing I do"),
     tr_later("Nothing on this list right now. Add what you do when things get hard.")},
    {LibraryKind::Emotion, tr_later("Emotions"), tr_later("Add an emotion"), tr_later("A new emotion"),
     tr_later("No emotions on your list right now. Add the words that fit how you feel.")},
};

const KindWords& words_for(LibraryKind kind) {
    for (const KindWords& w : kKinds)
        if (w.kind == kind) return w;
    return kKinds[0];
}

bool is_offered(const Offered& offered, const std::string& id) {
    return std::any_of(offered.begin(), offered.end(), [&](const LibraryItem* i) { return i->id == id; });
}


std::string usual_words(const LibraryItem& item) {
    std::string words = trf("Usually {function}", {{"function", coping_function_key(item.function)}});
    if (item.function == CopingFunction::Avoid && item.avoid != AvoidKind::Unsaid)
        words += std::string(": ") + avoid_kind_words(item.avoid);
    return words;
}

// Opening one inline editor closes the other, and old refusals go with it.
void open_rename(LibraryScreenState& state, const LibraryItem& item) {
    state.renaming = item.id;
    state.rename_text = item.name;
    state.merging.clear();
    state.problems.clear();
}

void toggle_merge(LibraryScreenState& state, const LibraryItem& item) {
    state.merging = state.merging == item.id ? std::string() : item.id;
    state.renaming.clear();
    state.problems.clear();
}

// The name, then Rename / Merge / Archive: on a wide screen beside the name when all fit,
// else on the line below (always on a phone, so every row reads the same way).
void name_and_buttons(Ui& ui, LibraryScreenState& state, const LibraryItem& item, LibraryIntent& intent) {
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    const float buttons_w = chip_width(tr("Rename")) + chip_width(tr("Merge")) + chip_width(tr("Archive")) + 2 * spacing;
    const float avail = row_width();
    const float x0 = ImGui::GetCursorPosX();
    const bool beside = !ui.phone && ImGui::CalcTextSize(item.name.c_str()).x + spacing + buttons_w <= avail;

    if (beside) ImGui::AlignTextToFramePadding();
    ImGui::TextWrapped("%s", item.name.c_str());
    note(ui, item.name, "text", item.kind == LibraryKind::Action ? usual_words(item) : std::string());
    if (beside) {
        ImGui::SameLine();
        ImGui::SetCursorPosX(x0 + avail - buttons_w);
    }
    if (secondary_button(ui, tr("Rename"), 0, trf("Rename {name}", {{"name", item.name}}).c_str()))
        open_rename(state, item);
    flow(chip_width(tr("Merge")), false);
    // A toggle: it stays lit while its choices are open below.
    if (toggle_chip(ui, tr("Merge"), trf("Merge {name}", {{"name", item.name}}), state.merging == item.id))
        toggle_merge(state, item);
    flow(chip_width(tr("Archive")), false);
    if (secondary_button(ui, tr("Archive"), 0, trf("Archive {name}", {{"name", item.name}}).c_str())) {
        intent.action = LibraryAction::Archive;
        intent.id = item.id;
    }
}

// The field stays open after "Save name": the app closes it (clears state.renaming) when
// it accepts the name, and fills state.problems when it does not, so nothing typed is lost.
void rename_row(Ui& ui, LibraryScreenState& state, const LibraryItem& item, LibraryIntent& intent) {
    label_text(ui, trf("Rename \xE2\x80\x9C{name}\xE2\x80\x9D", {{"name", item.name}}).c_str());
    if (text_field(ui, trf("New name for {name}", {{"name", item.name}}).c_str(), state.rename_text, 1))
        state.problems.clear();
    if (secondary_button(ui, tr("Save name"))) {
        intent.action = LibraryAction::Rename;
        intent.id = item.id;
        intent.name = state.rename_text;
        state.problems.clear(); // the app fills them again if it refuses
    }
    flow(chip_width(tr("Cancel")), false);
    if (secondary_button(ui, tr("Cancel"))) {
        state.renaming.clear();
        state.problems.clear();
    }
    problem_lines(ui, state.problems);
}

void merge_choices(Ui& ui, LibraryScreenState& state, const LibraryItem& item, const Offered& offered,
                   LibraryIntent& intent) {
    ImGui::Dummy(ImVec2(0, 2));
    label_text(ui, trf("Merge {name} into\xE2\x80\xA6", {{"name", item.name}}).c_str());
    muted_text(tr("Past entries that name it will read as the one you pick."));
    bool first = true;
    for (const LibraryItem* other : offered) {
        if (other->id == item.id) continue;
        flow(chip_width(other->name.c_str()), first);
        first = false;
        if (toggle_chip(ui, other->name.c_str(), trf("Into {name}", {{"name", other->name}}), false)) {
            intent.action = LibraryAction::Merge;
            intent.id = item.id;
            intent.into = other->id;
            state.problems.clear();
        }
    }
    if (first) muted_text(tr("There is nothing else on this list to merge it into."));
    flow(chip_width(tr("Cancel")), first);
    if (secondary_button(ui, tr("Cancel"))) {
        state.merging.clear();
        state.problems.clear();
    }
    problem_lines(ui, state.problems);
}

// The function a thing I do usually serves: only a suggestion, each entry says its own.
void usual_function(Ui& ui, const LibraryItem& item, LibraryIntent& intent) {
    auto set = [&](CopingFunction f, AvoidKind avoid) {
        intent.action = LibraryAction::SetFunction;
        intent.id = item.id;
        intent.function = f;
        intent.avoid = avoid;
    };
    ImGui::AlignTextToFramePadding();
    muted_text(tr("Usually"));
    for (CopingFunction f : kCopingFunctions) {
        const char* text = coping_function_words(f);
        flow(chip_width(text), false);
        const std::string label =
            trf("Usually {function} for {name}", {{"function", coping_function_key(f)}, {"name", item.name}});
        // Only avoiding has a way; choosing another function leaves none behind.
        if (toggle_chip(ui, text, label, item.function == f) && item.function != f)
            set(f, f == CopingFunction::Avoid ? item.avoid : AvoidKind::Unsaid);
    }
    if (item.function != CopingFunction::Avoid) return;
    muted_text(tr("Which way, usually?"));
    for (size_t i = 0; i < std::size(kAvoidKinds); ++i) {
        const AvoidKind k = kAvoidKinds[i];
        const char* text = avoid_kind_words(k);
        flow(chip_width(text), i == 0);
        // Tapping the chosen way again leaves it unsaid.
        if (toggle_chip(ui, text, trf("{way} for {name}", {{"way", text}, {"name", item.name}}), item.avoid == k))
            set(CopingFunction::Avoid, item.avoid == k ? AvoidKind::Unsaid : k);
    }
}

void archived_card(Ui& ui, LibraryKind kind, const Library& library, LibraryIntent& intent) {
    bool any = false;
    for (const LibraryItem& item : library) {
        // Merged items live on only through the item they joined: nothing to restore.
        if (item.kind != kind || !item.archived || !item.merged_into.empty()) continue;
        if (!any) {
            begin_card();
            heading(ui, tr("Archived"));
            muted_text(tr("Not offered in new entries. Entries that already name them keep them."));
        }
        any = true;
        divider();
        ImGui::PushID(item.id.c_str());
        ImGui::AlignTextToFramePadding();
        ImGui::TextWrapped("%s", item.name.c_str());
        note(ui, item.name, "text", tr("Archived"));
        flow(chip_width(tr("Restore")), false);
        if (secondary_button(ui, tr("Restore"), 0, trf("Restore {name}", {{"name", item.name}}).c_str())) {
            intent.action = LibraryAction::Restore;
            intent.id = item.id;
        }
        ImGui::PopID();
    }
    if (any) end_card();
}

} // namespace

LibraryIntent draw_library(Ui& ui, LibraryScreenState& state, const Library& library) {
    LibraryIntent intent;
    const Offered offered = choices(library, state.kind);
    // An editor whose item left the list (merged, archived, or another list shown) has
    // nothing to edit; closing it also lets refusals show by the "add" field again.
    if (!is_offered(offered, state.renaming)) state.renaming.clear();
    if (!is_offered(offered, state.merging)) state.merging.clear();
    const bool editing = !state.renaming.empty() || !state.merging.empty();
    const KindWords& words = words_for(state.kind);

    heading(ui, tr("Your lists"));
    muted_text(tr("These are the words you pick from when you write an entry. Renaming something changes its name in "
                  "every past entry too. Merging makes two into one, for when the same thing is on a list twice. "
                  "Archiving stops offering it, and the entries that already name it keep it."));
    ImGui::Dummy(ImVec2(0, 4));
    for (size_t i = 0; i < std::size(kKinds); ++i) {
        const KindWords& k = kKinds[i];
        const char* chip = tr(k.chip);
        flow(chip_width(chip), i == 0);
        if (toggle_chip(ui, chip, trf("List {list}", {{"list", chip}}), state.kind == k.kind) && state.kind != k.kind) {
            state.kind = k.kind;
            state.renaming.clear();
            state.merging.clear();
            state.problems.clear();
        }
    }
    if (state.kind == LibraryKind::Action)
        muted_text(tr("What each one usually does for you is only a suggestion: every entry can say what it did that "
                      "time."));
    ImGui::Dummy(ImVec2(0, 6));

    begin_card();
    label_text(ui, tr(words.add));
    const float spacing = ImGui::GetStyle().ItemSpacing.x;
    // new_name is left as typed: the app clears it when it accepts the name.
    if (text_field(ui, tr("New item name"), state.new_name, 1, row_width() - spacing - chip_width(tr("Add")),
                   tr(words.hint)))
        state.problems.clear();
    ImGui::SameLine();
    if (secondary_button(ui, tr("Add"))) {
        intent.action = LibraryAction::Add;
        intent.kind = state.kind;
        intent.name = state.new_name;
        // Any refusal belongs to this field now, so it shows here.
        state.renaming.clear();
        state.merging.clear();
        state.problems.clear();
    }
    if (!editing) problem_lines(ui, state.problems);
    if (offered.empty()) {
        ImGui::Dummy(ImVec2(0, 4));
        muted_text(tr(words.empty));

    }
    for (const LibraryItem* item : offered) {
        divider();
        ImGui::PushID(item->id.c_str());
        if (state.renaming == item->id) rename_row(ui, state, *item, intent);
        else name_and_buttons(ui, state, *item, intent);
        if (state.merging == item->id) merge_choices(ui, state, *item, offered, intent);
        if (item->kind == LibraryKind::Action) usual_function(ui, *item, intent);
        ImGui::PopID();
    }
    end_card();

    archived_card(ui, state.kind, library, intent);

    ImGui::Dummy(ImVec2(0, 4));
    if (primary_button(ui, tr("Back to journal"), row_width())) intent.action = LibraryAction::Back;
    return intent;
}

} // namespace onward::ui
