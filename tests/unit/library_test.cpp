#include <doctest/doctest.h>

#include <set>

#include "core/library.h"
#include "test_data.h"

using namespace onward;

namespace {

std::vector<std::string> ids_of(const std::vector<const LibraryItem*>& items) {
    std::vector<std::string> out;
    for (const LibraryItem* i : items) out.push_back(i->id);
    return out;
}

} // namespace

TEST_CASE("the starter set has emotions, and actions serving all three functions") {
    const Library& lib = starter_library();
    std::set<CopingFunction> functions;
    std::set<std::string> ids;
    int emotions = 0, actions = 0, triggers = 0;
    for (const LibraryItem& i : lib) {
        CAPTURE(i.id);
        CHECK(ids.insert(i.id).second); // each id once
        CHECK(problems_with(i, lib).empty());
        CHECK(i.updated.unix_ms == 0); // nobody has changed it
        CHECK_FALSE(i.archived);
        CHECK(i.merged_into.empty());
        if (i.kind == LibraryKind::Emotion) {
            ++emotions;
            CHECK(i.id.rfind("emotion-", 0) == 0);
        } else if (i.kind == LibraryKind::Action) {
            ++actions;
            CHECK(i.id.rfind("action-", 0) == 0);
            functions.insert(i.function);
            // An action that usually avoids says which way; the others do not.
            CHECK((i.function == CopingFunction::Avoid) == (i.avoid != AvoidKind::Unsaid));
        } else {
            ++triggers;
        }
    }
    CHECK(emotions == 16);
    CHECK(actions == 16);
    CHECK(triggers == 0); // triggers are the person's own
    CHECK(functions == std::set<CopingFunction>{CopingFunction::Soothe, CopingFunction::Face, CopingFunction::Avoid});
    REQUIRE(find_item(lib, "emotion-anxious") != nullptr);
    CHECK(find_item(lib, "emotion-anxious")->name == "Anxious");
    REQUIRE(find_item(lib, "action-walk") != nullptr);
    CHECK(find_item(lib, "action-walk")->function == CopingFunction::Soothe);
    REQUIRE(find_item(lib, "action-drink") != nullptr);
    CHECK(find_item(lib, "action-drink")->avoid == AvoidKind::Alcohol);
}

TEST_CASE("library kinds have keys that read back") {
    CHECK(std::string(library_kind_key(LibraryKind::Trigger)) == "trigger");
    CHECK(std::string(library_kind_key(LibraryKind::Action)) == "action");
    CHECK(std::string(library_kind_key(LibraryKind::Emotion)) == "emotion");
    LibraryKind k = LibraryKind::Trigger;
    CHECK(library_kind_from_key("emotion", k));
    CHECK(k == LibraryKind::Emotion);
    CHECK_FALSE(library_kind_from_key("Emotion", k));
    CHECK_FALSE(library_kind_from_key("", k));
    CHECK(k == LibraryKind::Emotion);
}

TEST_CASE("resolve follows a chain of merges to the item that stands today") {
    Library lib = starter_library();
    put_item(lib, library_item("emotion-a", LibraryKind::Emotion, "Jittery", "emotion-b"));
    put_item(lib, library_item("emotion-b", LibraryKind::Emotion, "Nervy", "emotion-anxious"));
    REQUIRE(resolve(lib, "emotion-a") != nullptr);
    CHECK(resolve(lib, "emotion-a")->id == "emotion-anxious");
    CHECK(resolve(lib, "emotion-b")->id == "emotion-anxious");
    CHECK(resolve(lib, "emotion-anxious")->id == "emotion-anxious");
    CHECK(resolve(lib, "emotion-nobody") == nullptr);
    CHECK(item_name(lib, "emotion-a") == "Anxious");
    CHECK(item_name(lib, "emotion-nobody") == "(removed)");
}

TEST_CASE("resolve stops on a merge into nothing, and survives a loop") {
    Library lib;
    put_item(lib, library_item("t-gone", LibraryKind::Trigger, "Gone", "t-missing"));
    REQUIRE(resolve(lib, "t-gone") != nullptr);
    CHECK(resolve(lib, "t-gone")->id == "t-gone");
    CHECK(item_name(lib, "t-gone") == "Gone");

    // Hand-edited data could make a loop; resolving it must end, on one of the loop's items.
    put_item(lib, library_item("t-x", LibraryKind::Trigger, "X", "t-y"));
    put_item(lib, library_item("t-y", LibraryKind::Trigger, "Y", "t-x"));
    put_item(lib, library_item("t-self", LibraryKind::Trigger, "Self", "t-self"));
    const LibraryItem* x = resolve(lib, "t-x");
    REQUIRE(x != nullptr);
    CHECK((x->id == "t-x" || x->id == "t-y"));
    REQUIRE(resolve(lib, "t-self") != nullptr);
    CHECK(resolve(lib, "t-self")->id == "t-self");
    CHECK(item_name(lib, "t-self") == "Self");
}

TEST_CASE("a rename shows wherever the item is named, through merges too") {
    Library lib = starter_library();
    put_item(lib, library_item("emotion-jitters", LibraryKind::Emotion, "Jitters", "emotion-anxious"));
    LibraryItem anxious = *find_item(lib, "emotion-anxious");
    anxious.name = "On edge";
    put_item(lib, anxious);
    CHECK(lib.size() == starter_library().size() + 1); // replaced, not added
    CHECK(item_name(lib, "emotion-anxious") == "On edge");
    CHECK(item_name(lib, "emotion-jitters") == "On edge");
    // The starter set itself is untouched.
    CHECK(find_item(starter_library(), "emotion-anxious")->name == "Anxious");
}

TEST_CASE("choices offer what is neither archived nor merged away, starters first") {
    Library lib = starter_library();
    put_item(lib, library_item("trigger-work", LibraryKind::Trigger, "Work"));
    put_item(lib, library_item("trigger-boss", LibraryKind::Trigger, "Boss", "trigger-work"));
    LibraryItem old = library_item("trigger-ex", LibraryKind::Trigger, "My ex");
    old.archived = true;
    put_item(lib, old);
    put_item(lib, library_item("trigger-news", LibraryKind::Trigger, "The news"));
    CHECK(ids_of(choices(lib, LibraryKind::Trigger)) == std::vector<std::string>{"trigger-work", "trigger-news"});

    put_item(lib, library_item("emotion-mine", LibraryKind::Emotion, "Wistful"));
    const auto emotions = choices(lib, LibraryKind::Emotion);
    REQUIRE(emotions.size() == 17);
    CHECK(emotions.front()->id == "emotion-anxious");
    CHECK(emotions.back()->id == "emotion-mine");
}

TEST_CASE("find_by_name ignores case and surrounding spaces, in several scripts") {
    Library lib = starter_library();
    put_item(lib, library_item("emotion-summer", LibraryKind::Emotion, "été"));
    put_item(lib, library_item("emotion-grust", LibraryKind::Emotion, "Грусть"));
    put_item(lib, library_item("trigger-summer", LibraryKind::Trigger, "ÉTÉ"));
    REQUIRE(find_by_name(lib, LibraryKind::Emotion, "ÉTÉ") != nullptr);
    CHECK(find_by_name(lib, LibraryKind::Emotion, "ÉTÉ")->id == "emotion-summer");
    CHECK(find_by_name(lib, LibraryKind::Trigger, "été")->id == "trigger-summer"); // each kind its own
    REQUIRE(find_by_name(lib, LibraryKind::Emotion, "грусть") != nullptr);
    CHECK(find_by_name(lib, LibraryKind::Emotion, "грусть")->id == "emotion-grust");
    REQUIRE(find_by_name(lib, LibraryKind::Emotion, "  aNXIOUS\t") != nullptr);
    CHECK(find_by_name(lib, LibraryKind::Emotion, "  aNXIOUS\t")->id == "emotion-anxious");
    CHECK(find_by_name(lib, LibraryKind::Emotion, "Anxiou") == nullptr);
    CHECK(find_by_name(lib, LibraryKind::Action, "Anxious") == nullptr);
}

TEST_CASE("find_by_name passes over an item merged away, to the one that stands") {
    Library lib = starter_library();
    put_item(lib, library_item("emotion-worried", LibraryKind::Emotion, "Worried", "emotion-anxious"));
    CHECK(find_by_name(lib, LibraryKind::Emotion, "Worried") == nullptr);
    put_item(lib, library_item("emotion-worried-2", LibraryKind::Emotion, "worried"));
    REQUIRE(find_by_name(lib, LibraryKind::Emotion, "Worried") != nullptr);
    CHECK(find_by_name(lib, LibraryKind::Emotion, "Worried")->id == "emotion-worried-2");
}

TEST_CASE("a library item's problems, in plain words") {
    Library lib = starter_library();
    put_item(lib, library_item("emotion-summer", LibraryKind::Emotion, "été"));

    CHECK(problems_with(library_item("emotion-new", LibraryKind::Emotion, "Wistful"), lib).empty());
    CHECK(problems_with(library_item("emotion-new", LibraryKind::Emotion, ""), lib) ==
          std::vector<std::string>{"A name cannot be empty."});
    CHECK(problems_with(library_item("emotion-new", LibraryKind::Emotion, " \t "), lib) ==
          std::vector<std::string>{"A name cannot be empty."});
    CHECK(problems_with(library_item("", LibraryKind::Emotion, "Wistful"), lib) ==
          std::vector<std::string>{"This item has no usable id."});
    CHECK(problems_with(library_item("emotion-new", LibraryKind::Emotion, "Wist\xC3"), lib) ==
          std::vector<std::string>{"The name holds characters that could not be read as text."});

    // A name already in the list, told apart only by case or spaces: merge instead.
    CHECK(problems_with(library_item("emotion-new", LibraryKind::Emotion, " anxious"), lib) ==
          std::vector<std::string>{"\"Anxious\" is already in the list. To make them one, merge them."});
    CHECK(problems_with(library_item("emotion-new", LibraryKind::Emotion, "ÉTÉ"), lib) ==
          std::vector<std::string>{"\"été\" is already in the list. To make them one, merge them."});
    // The same name as itself (a change of case), or as an item of another kind, is fine.
    CHECK(problems_with(library_item("emotion-anxious", LibraryKind::Emotion, "ANXIOUS"), lib).empty());
    CHECK(problems_with(library_item("trigger-new", LibraryKind::Trigger, "Anxious"), lib).empty());
    // A merged item may keep a name alike to its target: that is why it was merged.
    CHECK(problems_with(library_item("emotion-new", LibraryKind::Emotion, "anxious", "emotion-anxious"), lib).empty());

    CHECK(problems_with(library_item("emotion-new", LibraryKind::Emotion, "Wistful", "emotion-new"), lib) ==
          std::vector<std::string>{"It can only be merged into another item that is in the list."});
    CHECK(problems_with(library_item("emotion-new", LibraryKind::Emotion, "Wistful", "emotion-missing"), lib) ==
          std::vector<std::string>{"It can only be merged into another item that is in the list."});
}

TEST_CASE("a name may have 200 characters, not 201") {
    Library lib = starter_library();
    std::string name;
    for (int i = 0; i < 200; ++i) name += "\xD0\x96"; // Ж: 200 characters, 400 bytes
    CHECK(problems_with(library_item("trigger-long", LibraryKind::Trigger, name.c_str()), lib).empty());
    name += "a";
    CHECK(problems_with(library_item("trigger-long", LibraryKind::Trigger, name.c_str()), lib) ==
          std::vector<std::string>{"A name can have up to 200 characters."});
}

TEST_CASE("a kind of avoiding belongs only to an action that usually avoids") {
    const Library& lib = starter_library();
    LibraryItem a = library_item("action-new", LibraryKind::Action, "Gamed all night");
    a.function = CopingFunction::Avoid;
    a.avoid = AvoidKind::Screens;
    CHECK(problems_with(a, lib).empty());
    a.function = CopingFunction::Soothe;
    CHECK(problems_with(a, lib) ==
          std::vector<std::string>{"A kind of avoiding is set on something that does not usually avoid."});
}

TEST_CASE("put_item adds a new item at the end and replaces one with the same id in place") {
    Library lib;
    put_item(lib, library_item("a", LibraryKind::Trigger, "A"));
    put_item(lib, library_item("b", LibraryKind::Trigger, "B"));
    put_item(lib, library_item("a", LibraryKind::Trigger, "A again"));
    REQUIRE(lib.size() == 2);
    CHECK(lib[0].id == "a");
    CHECK(lib[0].name == "A again");
    CHECK(lib[1].id == "b");
}
