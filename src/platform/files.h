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

// Hands `text` to the browser's download as a file called `name`.
void download_file(const std::string& name, const char* mime, const std::string& text);
// Opens an HTML page made here in a new tab; false if the browser blocked the tab.
bool open_document(const std::string& html);
// The full address of one of the site's own files (a stylesheet for such a page).
std::string site_url(const char* file);

} // namespace onward::platform
