#include "store/json_file.h"

#include <algorithm>
#include <set>
#include <vector>

#include "core/say.h"
#include "core/text.h"
#include "core/words.h"
#include "store/journal_records.h"

namespace onward {

using nlohmann::json;

namespace {

// What json::parse does not tell, found by reading the text once through nlohmann's SAX
// interface: where the JSON breaks, and a field given twice in one object.
struct JsonFaults : nlohmann::json_sax<json> {
    bool check_repeats = false;
    size_t broken_at = 0; // characters read when parsing stopped, the one it stopped on included; 0 when it did not
    bool repeats = false;
    std::string repeated;
    std::vector<std::set<std::string>> open_objects;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override {
        if (check_repeats) open_objects.emplace_back();
        return true;
    }
    bool key(string_t& k) override {
        if (!check_repeats || open_objects.back().insert(k).second) return true;
        repeats = true;
        repeated = k;
        return false;
    }
    bool end_object() override {
        if (check_repeats) open_objects.pop_back();
        return true;
    }
    bool start_array(std::size_t) override { return true; }
    bool end_array() override { return true; }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override {
        broken_at = position;
        return false;
    }
};

// Where the byte at `offset` stands, as a text editor counts: line and column, from 1.
std::string position_words(const std::string& text, size_t offset) {
    const size_t newline = offset > 0 ? text.rfind('\n', offset - 1) : std::string::npos;
    const size_t line_start = newline == std::string::npos ? 0 : newline + 1;
    const auto line = std::count(text.begin(), text.begin() + long(line_start), '\n') + 1;
    const size_t column = count_characters(text.substr(line_start, offset - line_start)) + 1;
    return trf("line {line}, column {column}", {{"line", std::to_string(line)}, {"column", std::to_string(column)}});
}

std::string not_json_words(const std::string& text, const JsonFaults& faults, const JsonFileRules& rules) {
    // One past the end: the text ran out.
    if (faults.broken_at > text.size())
        return rules.ends_as_cut_short
                   ? trf("The file ends in the middle of the {thing}, after {bytes} bytes; it may have been cut short "
                         "while it was copied or downloaded.",
                         {{"thing", tr(rules.thing)}, {"bytes", std::to_string(text.size())}})
                   : tr("The file is not valid JSON: it ends before what it opened is closed.");
    return trf("The file is not valid JSON: something is wrong at {where}.",
               {{"where", position_words(text, std::max<size_t>(faults.broken_at, 1) - 1)}});
}

} // namespace

bool read_json_file(const std::string& text, const JsonFileRules& rules, json& doc, std::string& error) {
    const std::string thing = tr(rules.thing);
    if (text.size() > rules.max_bytes) {
        error = trf("The file is {size}; a {thing} is at most {max}.",
                    {{"size", size_words(text.size())}, {"thing", thing}, {"max", size_words(rules.max_bytes)}});
        return false;
    }
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        error = tr("The file is empty.");
        return false;
    }
    if (rules.other_kind) {
        std::string other = rules.other_kind(text);
        if (!other.empty()) {
            error = std::move(other);
            return false;
        }
    }
    if (const size_t broken = first_broken_byte(text); broken < text.size()) {
        error = trf("The file is not UTF-8 text: the byte at {where} is not part of any character.",
                    {{"where", position_words(text, broken)}});
        return false;
    }
    // Checked before parsing: a deep enough file would exhaust the stack while being read.
    if (nesting_depth(text) > rules.max_depth) {
        error = trf("The file is nested more than {max} levels deep; a {thing} needs only a few.",
                    {{"max", std::to_string(rules.max_depth)}, {"thing", thing}});
        return false;
    }
    doc = json::parse(text, nullptr, /*allow_exceptions=*/false);
    if (!doc.is_discarded() && !rules.refuses_repeated_fields) return true;
    // A second reading, through the SAX interface: where the JSON breaks, and a field given
    // twice in one object (parsing keeps the last silently).
    JsonFaults faults;
    faults.check_repeats = rules.refuses_repeated_fields;
    json::sax_parse(text, &faults);
    if (faults.broken_at > 0) error = not_json_words(text, faults, rules);
    else if (faults.repeats)
        error = trf("{field} is given twice in one object, and Onward cannot tell which is meant",
                    {{"field", in_quotes(faults.repeated)}});
    else if (doc.is_discarded()) error = tr("The file is not valid JSON."); // the two readings agree: not reached
    else return true;
    return false;
}

std::string in_quotes(const std::string& text) {
    if (text.size() <= 60) return "\"" + text + "\"";
    size_t cut = 40;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut; // not inside a character
    return "\"" + text.substr(0, cut) + "…\"";
}

std::string fields_list(const char* const* fields, size_t count) {
    std::string out;
    for (size_t i = 0; i < count; ++i) {
        const std::string field = std::string("\"") + fields[i] + "\"";
        out = i == 0 ? field : i + 1 < count ? out + ", " + field : trf("{list} and {last}", {{"list", out}, {"last", field}});
    }
    return out;
}

} // namespace onward
