#include "core/crisis_lines.h"

#include "core/say.h"
#include "core/text.h"

namespace onward {

const std::vector<CrisisLine>& default_crisis_lines() {
    // Built on first use, after the person's language was chosen; names and numbers stay as they are.
    static const std::vector<CrisisLine> kLines = {
        {tr("US and Canada"), "988 Suicide & Crisis Lifeline", "988", true},
        {tr("UK and Ireland"), "Samaritans", "116 123", false},
        {tr("Australia"), "Lifeline", "13 11 14", false},
        {tr("Emergency, US and Canada"), tr("Emergency services"), "911", false},
        {tr("Emergency, Europe"), tr("Emergency services"), "112", false},
        {tr("Emergency, UK"), tr("Emergency services"), "999", false},
        {tr("Emergency, Australia"), tr("Emergency services"), "000", false},
    };
    return kLines;
}

std::vector<std::string> problems_with(const std::vector<CrisisLine>& lines) {
    std::vector<std::string> out;
    if (lines.size() > kMaxCrisisLines)
        out.push_back(trf("There are more than {max} crisis lines.", {{"max", std::to_string(kMaxCrisisLines)}}));
    for (size_t i = 0; i < lines.size(); ++i) {
        const CrisisLine& l = lines[i];
        const std::string which = std::to_string(i + 1);
        if (!is_valid_utf8(l.where) || !is_valid_utf8(l.name) || !is_valid_utf8(l.number))
            out.push_back(trf("Line {n} holds text that is not valid UTF-8.", {{"n", which}}));
        else if (count_characters(l.where) + count_characters(l.name) + count_characters(l.number) > 1000)
            out.push_back(trf("Line {n} is longer than a crisis line needs to be.", {{"n", which}}));
    }
    return out;
}

std::string dial_string(const std::string& number) {
    std::string out;
    // "+44 (0)20 …": the (0) is dialled only from inside the country, never after its code.
    std::string n = number;
    if (const size_t plus = n.find('+'), zero = n.find("(0)"); plus != std::string::npos && zero != std::string::npos &&
                                                              plus < zero)
        n.erase(zero, 3);
    for (char c : n) {
        if (c >= '0' && c <= '9') out += c;
        else if ((c == '+' && out.empty()) || c == '*' || c == '#') out += c;
    }
    return out == "+" ? "" : out;
}

} // namespace onward
