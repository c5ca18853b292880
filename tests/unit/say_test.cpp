#include <doctest/doctest.h>

#include <string>

#include "core/locale.h"
#include "core/say.h"
#include "core/words.h"

using namespace onward;

namespace {

// A small made-up German table: enough to see every path of the mechanism.
Translation german() {
    Translation t;
    t.language = "de";
    t.phrases = {{"Save check-in", "Check-in speichern"},
                 {"{count} of {total} entries", "{count} von {total} Einträgen"},
                 {"March", "März"}};
    t.plurals = {{"{n} entry", {"{n} Eintrag", "{n} Einträge"}}};
    return t;
}

// Polish has three forms: 1, 2–4 (not 12–14), and the rest.
int polish_form(long n) {
    if (n == 1) return 0;
    return n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? 1 : 2;
}

// Each test leaves English and the default locale in place for the others.
struct InGerman {
    Translation t = german();
    InGerman() { use_translation(&t); }
    ~InGerman() { use_translation(nullptr); }
};
struct InLocale {
    explicit InLocale(Locale l) { use_locale(std::move(l)); }
    ~InLocale() { use_locale({}); }
};

Locale locale_of(const char* description) { return locale_from_browser(description); }
const Locale kUS = locale_of("md\n12\n,\n.");
const Locale kGB = locale_of("dm\n24\n,\n.");
const Locale kDE = locale_of("dm\n24\n.\n,");
const Locale kFR = locale_of("dm\n24\n\xE2\x80\xAF\n,"); // a narrow no-break space between thousands

} // namespace

TEST_CASE("without a translation every text is its own English") {
    CHECK(std::string(tr("Save check-in")) == "Save check-in");
    CHECK(trf("{count} of {total} entries", {{"count", "3"}, {"total", "20"}}) == "3 of 20 entries");
    CHECK(trn("{n} entry", "{n} entries", 1) == "1 entry");
    CHECK(trn("{n} entry", "{n} entries", 0) == "0 entries");
    CHECK(trn("{n} entry", "{n} entries", 20000) == "20,000 entries");
}

TEST_CASE("a translation replaces what it has and leaves the rest in English") {
    InGerman in_german;
    CHECK(std::string(tr("Save check-in")) == "Check-in speichern");
    CHECK(std::string(tr("Not in the table")) == "Not in the table");
    CHECK(std::string(month_name(3)) == "März");
    CHECK(std::string(month_name(4)) == "April");
    in_german.t.phrases.emplace("Tue", "\xC3\x9C" "be"); // a made-up weekday starting with a two-byte letter
    CHECK(weekday_letters(1) == "\xC3\x9C" "b");          // two letters, never half of one
    CHECK(weekday_letters(0) == "Mo");

    CHECK(trf("{count} of {total} entries", {{"count", "3"}, {"total", "20"}}) == "3 von 20 Einträgen");
    CHECK(trf("Came up {times} times", {{"times", "2"}}) == "Came up 2 times");
}

TEST_CASE("blanks: each filled wherever it stands, an unknown one left as written, a value never refilled") {
    CHECK(trf("{a} and {a}, not {b}", {{"a", "x"}}) == "x and x, not {b}");
    CHECK(trf("{a}{b}", {{"a", "{b}"}, {"b", "y"}}) == "{b}y");
    CHECK(trf("no blanks", {{"a", "x"}}) == "no blanks");
    CHECK(trn("{n} time in {weeks} weeks", "{n} times in {weeks} weeks", 2, {{"weeks", "4"}}) == "2 times in 4 weeks");
}

TEST_CASE("plurals: English one and other, or the translation's own forms and rule") {
    InGerman in_german;
    CHECK(trn("{n} entry", "{n} entries", 1) == "1 Eintrag");
    CHECK(trn("{n} entry", "{n} entries", 5) == "5 Einträge");
    CHECK(trn("{n} day", "{n} days", 5) == "5 days"); // missing: English
    in_german.t.plurals = {{"{n} entry", {"{n} wpis", "{n} wpisy", "{n} wpisów"}}};
    in_german.t.plural_form = polish_form;
    CHECK(trn("{n} entry", "{n} entries", 1) == "1 wpis");
    CHECK(trn("{n} entry", "{n} entries", 3) == "3 wpisy");
    CHECK(trn("{n} entry", "{n} entries", 13) == "13 wpisów");
    CHECK(trn("{n} entry", "{n} entries", 22) == "22 wpisy");
    in_german.t.plural_form = [](long) { return 7; }; // a rule past its forms takes the last
    CHECK(trn("{n} entry", "{n} entries", 3) == "3 wpisów");
}

TEST_CASE("the translation chosen from the browser's languages, most wanted first") {
    Translation de = german(), pt_br, pt;
    pt_br.language = "pt-BR";
    pt.language = "pt";
    const std::vector<const Translation*> have = {&de, &pt_br, &pt};
    CHECK(choose_translation({"de-AT", "en"}, have) == &de);
    CHECK(choose_translation({"DE"}, have) == &de);
    CHECK(choose_translation({"pt_BR"}, have) == &pt_br);
    CHECK(choose_translation({"pt-PT"}, have) == &pt_br); // the first Portuguese there is
    CHECK(choose_translation({"en-GB", "de"}, have) == nullptr); // English first: English
    CHECK(choose_translation({"ja", "de"}, have) == &de);
    CHECK(choose_translation({"ja"}, have) == nullptr);
    CHECK(choose_translation({}, have) == nullptr);
    CHECK(shipped_translations().empty()); // only English so far
}

TEST_CASE("the browser's description of its locale") {
    CHECK(!kUS.day_first);
    CHECK(!kUS.clock_24);
    CHECK(kDE.group == ".");
    CHECK(kDE.decimal == ",");
    CHECK(kFR.group == "\xE2\x80\xAF");
    const Locale none = locale_of("dm\n24\n\n."); // a locale that writes no group sign
    CHECK(none.group.empty());
    const Locale odd = locale_of("garbage");
    CHECK(odd.day_first);
    CHECK(odd.clock_24);
    CHECK(odd.group == ",");
    CHECK(odd.decimal == ".");
}

TEST_CASE("dates, times and numbers in en-US, en-GB, de-DE and fr-FR styles") {
    const CalendarDay tuesday{2026, 3, 3};
    CHECK(day_words(tuesday, kUS) == "Tuesday, March 3");
    CHECK(day_words(tuesday, kGB) == "Tuesday, 3 March");
    CHECK(short_day_words(tuesday, kUS) == "Tue, Mar 3, 2026");
    CHECK(short_day_words(tuesday, kGB) == "Tue 3 Mar 2026");
    CHECK(day_month_words(tuesday, kDE) == "3 Mar");
    CHECK(month_year_words(2026, 3) == "March 2026");

    CHECK(clock_words(18 * 60 + 5, kUS) == "6:05 PM");
    CHECK(clock_words(0, kUS) == "12:00 AM");
    CHECK(clock_words(12 * 60, kUS) == "12:00 PM");
    CHECK(clock_words(9 * 60 + 30, kUS) == "9:30 AM");
    CHECK(clock_words(18 * 60 + 5, kGB) == "18:05");
    CHECK(clock_words(5, kFR) == "00:05");

    CHECK(number_text(100000, kUS) == "100,000");
    CHECK(number_text(100000, kDE) == "100.000");
    CHECK(number_text(100000, kFR) == "100\xE2\x80\xAF" "000");
    CHECK(number_text(999, kDE) == "999");
    CHECK(number_text(1234567, kGB) == "1,234,567");
    CHECK(number_text(-4500, kUS) == "\xE2\x88\x92" "4,500");
    CHECK(decimal_words(5.5, kDE) == "5,5");
    CHECK(decimal_words(5.5, kUS) == "5.5");
    CHECK(size_words(64ull * 1024 * 1024 + 100000, kFR) == "64,1 MB");

    // The locale in use is the one every screen asks for.
    InLocale in_us(kUS);
    CHECK(trn("{n} entry", "{n} entries", 100000) == "100,000 entries");
    CHECK(day_words(tuesday) == "Tuesday, March 3");
    InLocale in_de(kDE);
    CHECK(trn("{n} entry", "{n} entries", 100000) == "100.000 entries");
}
