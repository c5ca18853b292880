#include "core/library.h"

#include "core/keys.h"
#include "core/say.h"
#include "core/text.h"

namespace onward {

namespace {

LibraryItem starter(LibraryKind kind, const char* id, const char* name,
                    CopingFunction f = CopingFunction::Soothe, AvoidKind avoid = AvoidKind::Unsaid) {
    LibraryItem item;
    item.id = id;
    item.kind = kind;
    item.name = name;
    item.function = f;
    item.avoid = avoid;
    return item;
}

} // namespace

const Library& starter_library() {
    using F = CopingFunction;
    using A = AvoidKind;
    const LibraryKind E = LibraryKind::Emotion, Act = LibraryKind::Action;
    // Hard and gentle feelings side by side, so no entry has to be only one kind. Actions
    // cover all three functions, with the usual one as a suggestion the person can change.
    static const Library kStarter = {
        starter(E, "emotion-anxious", "Anxious"),
        starter(E, "emotion-sad", "Sad"),
        starter(E, "emotion-angry", "Angry"),
        starter(E, "emotion-afraid", "Afraid"),
        starter(E, "emotion-lonely", "Lonely"),
        starter(E, "emotion-ashamed", "Ashamed"),
        starter(E, "emotion-guilty", "Guilty"),
        starter(E, "emotion-numb", "Numb"),
        starter(E, "emotion-restless", "Restless"),
        starter(E, "emotion-overwhelmed", "Overwhelmed"),
        starter(E, "emotion-tired", "Tired"),
        starter(E, "emotion-irritable", "Irritable"),
        starter(E, "emotion-calm", "Calm"),
        starter(E, "emotion-hopeful", "Hopeful"),
        starter(E, "emotion-grateful", "Grateful"),
        starter(E, "emotion-content", "Content"),
        starter(Act, "action-breathing", "Slow breathing", F::Soothe),
        starter(Act, "action-grounding", "Grounding", F::Soothe),
        starter(Act, "action-walk", "Went for a walk", F::Soothe),
        starter(Act, "action-music", "Listened to music", F::Soothe),
        starter(Act, "action-reached-out", "Reached out to someone", F::Soothe),
        starter(Act, "action-talked-it-through", "Talked it through", F::Face),
        starter(Act, "action-wrote-it-out", "Wrote it out", F::Face),
        starter(Act, "action-let-myself-cry", "Let myself cry", F::Face),
        starter(Act, "action-stayed-with-it", "Stayed with the feeling", F::Face),
        starter(Act, "action-therapy", "Worked on it in therapy", F::Face),
        starter(Act, "action-kept-busy", "Kept busy", F::Avoid, A::KeepingBusy),
        starter(Act, "action-snacked", "Ate to feel better", F::Avoid, A::Food),
        starter(Act, "action-drink", "Had a drink", F::Avoid, A::Alcohol),
        starter(Act, "action-scrolled", "Scrolled my phone", F::Avoid, A::Screens),
        starter(Act, "action-tv", "Watched something", F::Avoid, A::Distraction),
        starter(Act, "action-shopping", "Bought something", F::Avoid, A::OutsideFix),
    };
    return kStarter;
}

const char* library_kind_key(LibraryKind k) {
    switch (k) {
    case LibraryKind::Action: return "action";
    case LibraryKind::Emotion: return "emotion";
    case LibraryKind::Trigger: break;
    }
    return "trigger";
}

bool library_kind_from_key(const std::string& key, LibraryKind& out) {
    static constexpr LibraryKind kKinds[] = {LibraryKind::Trigger, LibraryKind::Action, LibraryKind::Emotion};
    return from_key(kKinds, library_kind_key, key, out);
}

const LibraryItem* find_item(const Library& lib, const std::string& id) {
    for (const LibraryItem& item : lib)
        if (item.id == id) return &item;
    return nullptr;
}

const LibraryItem* resolve(const Library& lib, const std::string& id) {
    const LibraryItem* item = find_item(lib, id);
    // A chain of merges is short; the bound only guards against a loop in hand-edited data.
    for (size_t hops = 0; item && !item->merged_into.empty() && hops < lib.size(); ++hops) {
        const LibraryItem* next = find_item(lib, item->merged_into);
        if (!next) break;
        item = next;
    }
    return item;
}

const std::string& item_name(const Library& lib, const std::string& id) {
    static const std::string kRemoved = "(removed)";
    const LibraryItem* item = resolve(lib, id);
    return item ? item->name : kRemoved;
}

std::vector<const LibraryItem*> choices(const Library& lib, LibraryKind kind) {
    std::vector<const LibraryItem*> out;
    for (const LibraryItem& item : lib)
        if (item.kind == kind && !item.archived && item.merged_into.empty()) out.push_back(&item);
    return out;
}

const LibraryItem* find_by_name(const Library& lib, LibraryKind kind, const std::string& name) {
    const std::string wanted = trimmed(name);
    for (const LibraryItem& item : lib)
        if (item.kind == kind && item.merged_into.empty() && same_words(item.name, wanted)) return &item;
    return nullptr;
}

std::vector<std::string> problems_with(const LibraryItem& item, const Library& lib) {
    std::vector<std::string> out;
    if (item.id.empty() || !is_valid_utf8(item.id)) out.push_back(tr("This item has no usable id."));
    const std::string name = trimmed(item.name);
    if (!is_valid_utf8(name)) {
        out.push_back(tr("The name holds characters that could not be read as text."));
        return out;
    }
    if (name.empty()) out.push_back(tr("A name cannot be empty."));
    if (count_characters(name) > kMaxLibraryNameCharacters)
        out.push_back(trf("A name can have up to {max} characters.", {{"max", std::to_string(kMaxLibraryNameCharacters)}}));
    if (item.merged_into.empty()) {
        const LibraryItem* same = find_by_name(lib, item.kind, name);
        if (same && same->id != item.id)
            out.push_back(trf("\"{name}\" is already in the list. To make them one, merge them.", {{"name", same->name}}));
    } else if (item.merged_into == item.id || !find_item(lib, item.merged_into)) {
        out.push_back(tr("It can only be merged into another item that is in the list."));
    }
    if (item.avoid != AvoidKind::Unsaid && item.function != CopingFunction::Avoid)
        out.push_back(tr("A kind of avoiding is set on something that does not usually avoid."));
    return out;
}

void put_item(Library& lib, const LibraryItem& item) {
    for (LibraryItem& existing : lib)
        if (existing.id == item.id) {
            existing = item;
            return;
        }
    lib.push_back(item);
}

} // namespace onward
