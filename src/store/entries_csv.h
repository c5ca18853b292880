// The journal's entries as one CSV file, to open in a spreadsheet or hand to another tool.
// docs/data-formats.md lists every column.
#pragma once
#include <string>

#include "core/journal.h"

namespace onward {

// Every entry, oldest first, one row each under a header row; UTF-8 with a byte order
// mark (so spreadsheets read accents), lines ending in CRLF. Library items appear by their
// current names, merges followed; free text is kept from running as a formula.
std::string entries_csv(const Journal& j);

} // namespace onward
