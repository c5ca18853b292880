#include <doctest/doctest.h>

#include "core/csv.h"

using namespace onward;

namespace {

std::vector<CsvRow> read(const std::string& text) {
    std::vector<CsvRow> rows;
    std::string error;
    CHECK_MESSAGE(read_csv(text, rows, error), error);
    return rows;
}

std::string refusal(const std::string& text) {
    std::vector<CsvRow> rows = {{"left over"}};
    std::string error;
    CHECK_FALSE(read_csv(text, rows, error));
    CHECK(rows.empty());
    return error;
}

} // namespace

TEST_CASE("csv: rows end in CRLF, LF or a lone CR") {
    CHECK(read("a,b,c\r\nd,e,f\r\n") == std::vector<CsvRow>{{"a", "b", "c"}, {"d", "e", "f"}});
    CHECK(read("a\nb\rc\r\nd") == std::vector<CsvRow>{{"a"}, {"b"}, {"c"}, {"d"}});
}

TEST_CASE("csv: quoted fields hold commas, line breaks and doubled quotes") {
    CHECK(read("\"x, y\",\"line 1\nline 2\",\"she said \"\"hi\"\"\"\r\nnext\r\n") ==
          std::vector<CsvRow>{{"x, y", "line 1\nline 2", "she said \"hi\""}, {"next"}});
    CHECK(read("\"a\r\nb\",\"c\rd\"") == std::vector<CsvRow>{{"a\r\nb", "c\rd"}});
    CHECK(read("\"\"\"\"") == std::vector<CsvRow>{{"\""}});
}

TEST_CASE("csv: a byte order mark is skipped, once") {
    CHECK(read("\xEF\xBB\xBFname,mood\r\n") == std::vector<CsvRow>{{"name", "mood"}});
    CHECK(read("\xEF\xBB\xBF").empty());
    CHECK(read("\xEF\xBB\xBF\xEF\xBB\xBFx") == std::vector<CsvRow>{{"\xEF\xBB\xBFx"}});
}

TEST_CASE("csv: empty fields, empty lines and the last line break") {
    CHECK(read(",a,,\r\n") == std::vector<CsvRow>{{"", "a", "", ""}});
    CHECK(read("\"\",x") == std::vector<CsvRow>{{"", "x"}});
    CHECK(read("a,") == std::vector<CsvRow>{{"a", ""}});
    CHECK(read("a\n\nb\n") == std::vector<CsvRow>{{"a"}, {""}, {"b"}});
    CHECK(read("a,b\n") == read("a,b"));
    CHECK(read("a,b\r\n") == std::vector<CsvRow>{{"a", "b"}});
    CHECK(read("").empty());
    CHECK(read(" spaced , kept ") == std::vector<CsvRow>{{" spaced ", " kept "}});
}

TEST_CASE("csv: broken quoting is refused, naming the row") {
    CHECK(refusal("a,b\nc,\"open\nmore\nlines") == "Row 2: a field starts with a quote mark that is never closed.");
    CHECK(refusal("a,b\nc,d\"e\n") == "Row 2: a field has a quote mark inside but does not start with one. A field "
                                      "holding quote marks must be in quotes, each of its quote marks doubled.");
    CHECK(refusal("x\n\"a\"b,c") == "Row 2: a quoted field goes on after its closing quote mark.");
}

TEST_CASE("csv: text that is not UTF-8 is refused with the byte's offset") {
    CHECK(refusal("ok,caf\xE9\n") == "This file is not UTF-8 text: the byte at offset 6 is not part of a character. "
                                     "Please save it as UTF-8 and choose it again.");
    CHECK(refusal("\xEF\xBB\xBF" "ab\xC3") == "This file is not UTF-8 text: the byte at offset 5 is not part of a "
                                              "character. Please save it as UTF-8 and choose it again.");
    CHECK(read("caf\xC3\xA9,\xD0\xB4\xD0\xB0") == std::vector<CsvRow>{{"caf\xC3\xA9", "\xD0\xB4\xD0\xB0"}});
}

TEST_CASE("csv: the limits on size, rows and fields") {
    CHECK(read(std::string(999, ',')).front().size() == 1000);
    CHECK(refusal("a\n" + std::string(1000, ',')) ==
          "Row 2 has more than 1,000 fields, which is more than Onward can read.");
    CHECK(read(std::string(1000000, '\n')).size() == 1000000);
    CHECK(refusal(std::string(1000001, '\n')) ==
          "This file has more than 1,000,000 rows, which is more than Onward can read at once.");
    CHECK(refusal(std::string(kMaxCsvBytes + 1, 'a')) ==
          "This file is larger than 64 MB, which is more than Onward can read at once.");
}

TEST_CASE("csv: the writer quotes only when it must") {
    CHECK(csv_field("plain words") == "plain words");
    CHECK(csv_field("") == "");
    CHECK(csv_field("a,b") == "\"a,b\"");
    CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_field("line\nbreak") == "\"line\nbreak\"");
    CHECK(csv_field("cr\r") == "\"cr\r\"");
    CHECK(csv_field(" lead") == "\" lead\"");
    CHECK(csv_field("trail ") == "\"trail \"");
    CHECK(csv_field("-3") == "-3"); // numbers are written as they are
    CHECK(csv_field("=1+1") == "=1+1");
    CHECK(csv_line({"a", "\"b,c\"", ""}) == "a,\"b,c\",\r\n");
}

TEST_CASE("csv: text that a spreadsheet would run as a formula is shown as text") {
    CHECK(csv_text_field("=SUM(A1:A9)") == "'=SUM(A1:A9)");
    CHECK(csv_text_field("+1 555 0100") == "'+1 555 0100");
    CHECK(csv_text_field("-2 points") == "'-2 points");
    CHECK(csv_text_field("@mention") == "'@mention");
    CHECK(csv_text_field("\tindented") == "'\tindented");
    CHECK(csv_text_field("\rstarts with CR") == "\"'\rstarts with CR\"");
    CHECK(csv_text_field("=HYPERLINK(\"x\",\"y\")") == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
    CHECK(csv_text_field("a=b, c") == "\"a=b, c\"");
    CHECK(csv_text_field("caf\xC3\xA9") == "caf\xC3\xA9");
}

TEST_CASE("csv: what the writer writes reads back the same") {
    const std::vector<CsvRow> rows = {{"id", "note", ""},
                                      {"1", "a, b\r\nc \"d\"", " x "},
                                      {""},
                                      {"\r", "\n", "\"\""},
                                      {"=not a formula here", "", "\xD1\x85\xD0\xBE\xD1\x80\xD0\xBE\xD1\x88\xD0\xBE"}};
    std::string text;
    for (const CsvRow& row : rows) {
        std::vector<std::string> fields;
        for (const std::string& f : row) fields.push_back(csv_field(f));
        text += csv_line(fields);
    }
    CHECK(read(text) == rows);
}
