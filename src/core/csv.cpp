#include "core/csv.h"

#include <algorithm>

#include "core/say.h"
#include "core/text.h"
#include "core/words.h"

namespace onward {

namespace {

bool fail(std::vector<CsvRow>& rows, std::string& error, std::string message) {
    rows.clear();
    error = std::move(message);
    return false;
}

} // namespace

bool read_csv(const std::string& text, std::vector<CsvRow>& rows, std::string& error) {
    rows.clear();
    if (text.size() > kMaxCsvBytes)
        return fail(rows, error, trf("This file is larger than {size}, which is more than Onward can read at once.",
                                     {{"size", size_words(kMaxCsvBytes)}}));
    if (const size_t broken = first_broken_byte(text); broken < text.size())
        return fail(rows, error,
                    trf("This file is not UTF-8 text: the byte at offset {offset} is not part of a character. Please "
                        "save it as UTF-8 and choose it again.",
                        {{"offset", std::to_string(broken)}}));
    const size_t n = text.size();
    size_t i = text.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
    // `sentence` is marked with tr_later where it is written; {row} is the row's number.
    const auto row_words = [&](const char* sentence) { return trf(sentence, {{"row", std::to_string(rows.size() + 1)}}); };
    while (i < n) { // one row each turn
        CsvRow row;
        for (;;) { // one field each turn; a comma at the very end leaves an empty last one
            std::string field;
            if (i < n && text[i] == '"') {
                for (++i;;) {
                    const size_t quote = text.find('"', i);
                    if (quote == std::string::npos)
                        return fail(rows, error, row_words(tr_later("Row {row}: a field starts with a quote mark that is never closed.")));
                    field.append(text, i, quote - i);
                    i = quote + 1;
                    if (i == n || text[i] != '"') break;
                    field += '"'; // a doubled quote stands for one
                    ++i;
                }
                if (i < n && text[i] != ',' && text[i] != '\r' && text[i] != '\n')
                    return fail(rows, error, row_words(tr_later("Row {row}: a quoted field goes on after its closing quote mark.")));
            } else {
                const size_t end = std::min(text.find_first_of(",\"\r\n", i), n);
                if (end < n && text[end] == '"')
                    return fail(rows, error,
                                row_words(tr_later("Row {row}: a field has a quote mark inside but does not start with "
                                                   "one. A field holding quote marks must be in quotes, each of its "
                                                   "quote marks doubled.")));
                field.assign(text, i, end - i);
                i = end;
            }
            if (row.size() == kMaxCsvFields)
                return fail(rows, error, row_words(tr_later("Row {row} has more than 1,000 fields, which is more than Onward can read.")));
            row.push_back(std::move(field));
            if (i == n || text[i] != ',') break;
            ++i;
        }
        if (i < n && text[i] == '\r') ++i; // CR, CRLF or LF ends the row
        if (i < n && text[i] == '\n') ++i;
        rows.push_back(std::move(row));
        if (rows.size() > kMaxCsvRows)
            return fail(rows, error, tr("This file has more than 1,000,000 rows, which is more than Onward can read at once."));
    }
    return true;
}

std::string csv_field(const std::string& value) {
    const auto space = [](char c) { return c == ' ' || c == '\t'; };
    if (value.find_first_of(",\"\r\n") == std::string::npos &&
        (value.empty() || (!space(value.front()) && !space(value.back()))))
        return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    return out += '"';
}

std::string csv_text_field(const std::string& text) {
    static const std::string kFormulaStarters = "=+-@\t\r";
    if (!text.empty() && kFormulaStarters.find(text.front()) != std::string::npos) return csv_field("'" + text);
    return csv_field(text);
}

std::string csv_line(const std::vector<std::string>& fields) {
    std::string out;
    for (size_t i = 0; i < fields.size(); ++i) (out += i ? "," : "") += fields[i];
    return out += "\r\n";
}

} // namespace onward
