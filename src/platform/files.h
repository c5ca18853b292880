// Files the person chooses, through the browser's own file picker: nothing is read
// without their choice, and what is read never leaves the page.
#pragma once
#include <string>

namespace onward::platform {

struct ChosenFile {
    std::string name;
    std::string bytes; // as they are on disk: the reader judges the encoding
    std::string error; // the browser could not read it, or it is too big to read at all
};

constexpr double kMaxFileBytes = 64.0 * 1024 * 1024;

// Opens the picker for files like `accept` (".json,application/json"). The answer comes
// later, if at all (the person may cancel), through take_chosen_file.
void choose_file(const char* accept);
bool take_chosen_file(ChosenFile& out);

} // namespace onward::platform
