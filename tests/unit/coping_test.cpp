#include <doctest/doctest.h>

#include "core/coping.h"

using namespace onward;

TEST_CASE("coping functions have keys and words, and keys read back") {
    CHECK(std::string(coping_function_key(CopingFunction::Soothe)) == "soothe");
    CHECK(std::string(coping_function_key(CopingFunction::Face)) == "face");
    CHECK(std::string(coping_function_key(CopingFunction::Avoid)) == "avoid");
    CHECK(std::string(coping_function_words(CopingFunction::Face)) == "Face");
    CopingFunction f = CopingFunction::Soothe;
    CHECK(coping_function_from_key("avoid", f));
    CHECK(f == CopingFunction::Avoid);
    CHECK(coping_function_from_key("face", f));
    CHECK(f == CopingFunction::Face);
    CHECK_FALSE(coping_function_from_key("Face", f));
    CHECK_FALSE(coping_function_from_key("", f));
    CHECK(f == CopingFunction::Face); // unchanged by a failed read
}

TEST_CASE("kinds of avoiding have keys and words; no key means unsaid") {
    const char* const keys[] = {"keeping_busy",    "numbing_food", "numbing_alcohol", "numbing_substances",
                                "numbing_screens", "distraction",  "outside_fix"};
    const char* const words[] = {"Keeping busy",      "Numbing: food", "Numbing: alcohol", "Numbing: substances",
                                 "Numbing: screens", "Distraction",   "An outside fix"};
    for (size_t i = 0; i < 7; ++i) {
        CAPTURE(keys[i]);
        CHECK(std::string(avoid_kind_key(kAvoidKinds[i])) == keys[i]);
        CHECK(std::string(avoid_kind_words(kAvoidKinds[i])) == words[i]);
        AvoidKind k = AvoidKind::Unsaid;
        CHECK(avoid_kind_from_key(keys[i], k));
        CHECK(k == kAvoidKinds[i]);
    }
    CHECK(std::string(avoid_kind_key(AvoidKind::Unsaid)).empty());
    AvoidKind k = AvoidKind::Food;
    CHECK(avoid_kind_from_key("", k));
    CHECK(k == AvoidKind::Unsaid);
    CHECK_FALSE(avoid_kind_from_key("wine", k));
}
