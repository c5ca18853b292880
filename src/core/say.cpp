#include "core/say.h"

#include <algorithm>
#include <cctype>

#include "core/locale.h"

namespace onward {

namespace {

const Translation* active = nullptr;

// "pt-BR" -> "pt": a person who reads Austrian German reads German.
std::string first_part(const std::string& tag) { return tag.substr(0, tag.find_first_of("-_")); }

bool same_tag(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])) &&
            !((a[i] == '-' || a[i] == '_') && (b[i] == '-' || b[i] == '_')))
            return false;
    return true;
}

using BlankList = std::vector<std::pair<const char*, std::string>>;

// One pass over the text, so a value that itself reads "{name}" stays as written.
std::string fill(
const std::string& text, const BlankList& blanks) {
    std::string out;
    for (size_t at = 0; at < text.size();) {
        const size_t open = text.find('{', at), close = text.find('}', open);
        if (close == std::string::npos) {
            out.append(text, at, std::string::npos);
            break;
        }
        out.append(text, at, open - at);
        const std::string name = text.substr(open + 1, close - open - 1);
        const auto value = std::find_if(blanks.begin(), blanks.end(), [&](const auto& b) { return name == b.first; });
        out += value == blanks.end() ? text.substr(open, close - open + 1) : value->second;
        at = close + 1;
    }
    return out;
}

} // namespace

void use_translation(const Translation* translation) { active = translation; }

const Translation* choose_translation(const std::vector<std::string>& wanted,
                                      const std::vector<const Translation*>& available) {
    for (const std::string& tag : wanted) {
        if (same_tag(first_part(tag), "en")) return nullptr; // English is wanted before any other
        for (const Translation* t : available)
            if (same_tag(t->language, tag)) return t;
        for (const Translation* t : available)
            if (same_tag(first_part(t->language), first_part(tag))) return t;
    }
    return nullptr;
}

const std::vector<const Translation*>& shipped_translations() {
    static const std::vector<const Translation*> none;
    return none;
}

const char* tr(const char* english) {
    if (!active) return english;
    const auto it = active->phrases.find(english);
    return it == active->phrases.end() ? english : it->second.c_str();
}

std::string trf(const char* english, Blanks blanks) { return fill(tr(english), BlankList(blanks)); }

std::string trn(const char* one, const char* other, long n, Blanks blanks) {
    const char* chosen = n == 1 ? one : other;
    if (active) {
        const auto it = active->plurals.find(one);
        if (it != active->plurals.end() && !it->second.empty()) {
            const int form = active->plural_form ? active->plural_form(n) : (n == 1 ? 0 : 1);
            const size_t i = form < 0 ? 0 : std::min(size_t(form), it->second.size() - 1);
            chosen = it->second[i].c_str();
        }
    }
    BlankList all(blanks);
    all.emplace_back("n", number_text(n)); // after the caller's own, so theirs come first
    return fill(chosen, all);

}

} // namespace onward
