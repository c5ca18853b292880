// The CSV reader on any bytes: it must never crash, and whatever it reads, the writer must
// write so that reading it again gives the very same rows.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "core/csv.h"

using namespace onward;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::vector<CsvRow> rows, again;
    std::string error;
    if (!read_csv(std::string(reinterpret_cast<const char*>(data), size), rows, error)) {
        if (error.empty()) std::abort(); // a refusal always says why
        return 0;
    }
    std::string written = "\xEF\xBB\xBF"; // as the export starts, so a first field's own mark survives
    for (const CsvRow& row : rows) {
        std::vector<std::string> fields;
        for (const std::string& field : row) fields.push_back(csv_field(field));
        written += csv_line(fields);
    }
    if (!read_csv(written, again, error) || again != rows) std::abort();
    return 0;
}
