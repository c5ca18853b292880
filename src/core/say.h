// Every text a person reads or hears goes through here, so a translation can be added
// without touching screen code. The English text is the key (gettext style): screens
// stay readable, and with no translation chosen the English is shown as it is.
//
//   tr("Save check-in")                                  a fixed text
//   trf("Came up {times} times", {{"times", "3"}})        a sentence with named blanks
//   trn("{n} entry", "{n} entries", n)                    a count; {n} is the number in the
//                                                         person's own digit groups
//   tr_later("January")                                   marks a text kept in a table;
//                                                         tr() translates it where it is shown
//
// words/catalogue.txt lists every marked text (words/README.md tells how to add a language).
#pragma once
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace onward {

// One language's words. A text it does not have is shown in English.
struct Translation {
    std::string language; // a BCP 47 tag or its first part: "de", "pt-BR"
    std::unordered_map<std::string, std::string> phrases; // English -> translated
    // English singular -> the language's plural forms, in the order plural_form counts them.
    std::unordered_map<std::string, std::vector<std::string>> plurals;
    // Which form n takes. Without one, the English rule: form 0 for exactly 1, else form 1.
    int (*plural_form)(long n) = nullptr;
};

using Blanks = std::initializer_list<std::pair<const char*, std::string>>;

// The translation in use, null for English. Chosen once at start (choose_translation).
void use_translation(const Translation* translation);

// The first of the person's languages (most wanted first, as navigator.languages lists
// them) that one of `available` speaks, matching "de-AT" to "de"; null for English.
const Translation* choose_translation(const std::vector<std::string>& wanted,
                                      const std::vector<const Translation*>& available);

// Every translation Onward ships. English needs none, so for now the list is empty.
const std::vector<const Translation*>& shipped_translations();

const char* tr(const char* english);
constexpr const char* tr_later(const char* english) { return english; }
// Fills "{name}" blanks with their values after translating; a blank without a value stays.
std::string trf(const char* english, Blanks blanks);
std::string trn(const char* one, const char* other, long n, Blanks blanks = {});

} // namespace onward
