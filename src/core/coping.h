// What an action did for the person this time (PRODUCT.md: soothe, face or avoid), and for
// avoiding, which way. The same action can serve different functions on different days,
// so the function belongs to each use, with the library's as the suggestion.
#pragma once
#include <string>

namespace onward {

enum class CopingFunction { Soothe, Face, Avoid };

// Kept in the order PRODUCT.md names them; Unsaid when the person did not say.
enum class AvoidKind { Unsaid, KeepingBusy, Food, Alcohol, Substances, Screens, Distraction, OutsideFix };

constexpr CopingFunction kCopingFunctions[] = {CopingFunction::Soothe, CopingFunction::Face, CopingFunction::Avoid};
constexpr AvoidKind kAvoidKinds[] = {AvoidKind::KeepingBusy, AvoidKind::Food,        AvoidKind::Alcohol,
                                     AvoidKind::Substances,  AvoidKind::Screens,     AvoidKind::Distraction,
                                     AvoidKind::OutsideFix};

const char* coping_function_key(CopingFunction f); // "soothe", "face", "avoid"
bool coping_function_from_key(const std::string& key, CopingFunction& out);
const char* coping_function_words(CopingFunction f); // "Soothe", …
const char* avoid_kind_key(AvoidKind k);             // "keeping_busy", …; "" for Unsaid
bool avoid_kind_from_key(const std::string& key, AvoidKind& out);
const char* avoid_kind_words(AvoidKind k); // "Keeping busy", "Numbing: food", …

} // namespace onward
