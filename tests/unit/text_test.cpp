#include <doctest/doctest.h>

#include "core/text.h"

using namespace onward;

TEST_CASE("folded lower-cases ASCII and leaves everything else in it alone") {
    CHECK(folded("") == "");
    CHECK(folded("Hello, World! 123 _@[`{") == "hello, world! 123 _@[`{");
    CHECK(folded("already lower") == "already lower");
}

TEST_CASE("folded lower-cases Latin-1 capitals, but not the signs and letters without a case") {
    CHECK(folded("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ") == "àáâãäåæçèéêëìíîïðñòóôõöøùúûüýþ");
    CHECK(folded("ÉTÉ") == "été");
    // × and ÷ are signs; ß and ÿ have no capital here; the small letters stay as they are.
    CHECK(folded("× ÷ ß ÿ àé") == "× ÷ ß ÿ àé");
}

TEST_CASE("folded lower-cases Latin Extended-A, whose pairs change parity twice") {
    CHECK(folded("ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮĲĴĶ") == "āăąćĉċčďđēĕėęěĝğġģĥħĩīĭįĳĵķ");
    CHECK(folded("ĹĻĽĿŁŃŅŇ") == "ĺļľŀłńņň");
    CHECK(folded("ŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶ") == "ŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷ");
    CHECK(folded("ŸŹŻŽ") == "ÿźżž");
    CHECK(folded("ZAŻÓŁĆ GĘŚLĄ JAŹŃ") == "zażółć gęślą jaźń");
    // Small letters, and those with no capital (ĸ, ŉ, ſ), are left as they are.
    CHECK(folded("āķĸĺňŉŋžſ") == "āķĸĺňŉŋžſ");
}

TEST_CASE("folded lower-cases Greek capitals, accented ones too") {
    CHECK(folded("ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΪΫ") == "αβγδεζηθικλμνξοπρστυφχψωϊϋ");
    CHECK(folded("ΆΈΉΊΌΎΏ") == "άέήίόύώ");
    CHECK(folded("Άγχος") == "άγχος");
    CHECK(folded("αβγ ς ΐ") == "αβγ ς ΐ");
}

TEST_CASE("folded lower-cases Cyrillic capitals, beyond Russian too") {
    CHECK(folded("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ") == "абвгдежзийклмнопрстуфхцчшщъыьэюя");
    CHECK(folded("ЀЁЂЃЄЅІЇЈЉЊЋЌЍЎЏ") == "ѐёђѓєѕіїјљњћќѝўџ");
    CHECK(folded("Грусть") == "грусть");
    // Ukrainian Ґ, Kazakh Ә Қ Ң Ө Ү, and Ӂ from the part where capitals sit on odd code points.
    CHECK(folded("ҐӘҚҢӨҮӁ") == "ґәқңөүӂ");
    CHECK(folded("ґәқңөүӂ") == "ґәқңөүӂ");
}

TEST_CASE("folded leaves other scripts, emoji, combining marks and broken bytes as they are") {
    CHECK(folded("日本語のテキスト") == "日本語のテキスト");
    CHECK(folded("\xF0\x9F\x8C\xB1 \xF0\x9F\x91\xA7\xF0\x9F\x8F\xBD") == "\xF0\x9F\x8C\xB1 \xF0\x9F\x91\xA7\xF0\x9F\x8F\xBD");
    CHECK(folded("שלום عربى") == "שלום عربى");
    CHECK(folded("Աշխարհ") == "Աշխարհ"); // Armenian has a case, but is not among ours
    // "É" written as E + U+0301: the E folds, the mark stays.
    CHECK(folded("E\xCC\x81T\xCC\x81") == "e\xCC\x81t\xCC\x81");
    CHECK(folded("A\xFF" "B\xC3") == "a\xFF" "b\xC3");
}

TEST_CASE("same words: equal once folded, and nothing looser") {
    CHECK(same_words("Sad", "sad"));
    CHECK(same_words("ÉTÉ", "été"));
    CHECK(same_words("Грусть", "грусть"));
    CHECK(same_words("Άγχος", "άγχος"));
    CHECK(same_words("", ""));
    CHECK_FALSE(same_words("Sad", "Sad ")); // spaces are the caller's to trim
    CHECK_FALSE(same_words("ete", "été"));   // accents matter
    CHECK_FALSE(same_words("Sad", "Sat"));
    CHECK_FALSE(same_words("ß", "ss"));
}

TEST_CASE("trimmed takes spaces, tabs and line breaks off both ends only") {
    CHECK(trimmed("  a b \t\r\n") == "a b");
    CHECK(trimmed(" \t\n") == "");
    CHECK(trimmed("x") == "x");
}

TEST_CASE("characters are counted as code points") {
    CHECK(count_characters("") == 0);
    CHECK(count_characters("abc") == 3);
    CHECK(count_characters("été") == 3);
    CHECK(count_characters("e\xCC\x81") == 2);
    CHECK(count_characters("\xF0\x9F\x8C\xB1") == 1);
}
