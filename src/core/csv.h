// Comma-separated values (RFC 4180), the format spreadsheets and other journaling apps
// read and write: the reader takes files from outside (a Daylio export), the writer makes
// the journal's CSV export.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace onward {

using CsvRow = std::vector<std::string>;

// Limits that keep a wrong or hostile file from eating the device's memory; a real export
// of many years of entries is a few megabytes.
constexpr size_t kMaxCsvBytes = size_t(64) * 1024 * 1024;
constexpr size_t kMaxCsvRows = 1000000;
constexpr size_t kMaxCsvFields = 1000;

// Reads every row (the header too) of UTF-8 text. A UTF-8 byte order mark is skipped;
// lines may end in CRLF, LF or a lone CR; a quoted field may hold commas, line breaks and
// doubled quotes. A line break at the very end ends the last row and starts none; an empty
// line elsewhere is a row of one empty field. On failure `rows` is empty and `error` says
// what is wrong and where, counting rows as a spreadsheet shows them (the first is 1).
bool read_csv(const std::string& text, std::vector<CsvRow>& rows, std::string& error);

// A field written exactly, quoted when it needs to be (a comma, a quote, a line break, or a
// space at either end that a spreadsheet would trim): numbers, and text a program reads back.
std::string csv_field(const std::string& value);
// Free text for people to open in a spreadsheet: as csv_field, but text starting with
// = + - @ TAB or CR gets a leading apostrophe, so Excel, LibreOffice and Sheets show it as
// text instead of running it as a formula.
std::string csv_text_field(const std::string& text);
// Fields already written, joined into one line ending in CRLF.
std::string csv_line(const std::vector<std::string>& fields);

} // namespace onward
