#include "io/CsvSniffer.h"

#include "CatchQtStrings.h"

using namespace comptoir;

TEST_CASE("The separator is the one the header and most lines agree on", "[io][sniffer]")
{
    CHECK(CsvSniffer::detectSeparator("a;b;c\n1;2,5;3\n", true) == ';');
    CHECK(CsvSniffer::detectSeparator("a,b,c\n1,2.5,3\n", true) == ',');
    CHECK(CsvSniffer::detectSeparator("a\tb\n1;2\t3,4\n", true) == '\t');
    // Separators inside quotes do not count.
    CHECK(CsvSniffer::detectSeparator("name,note\n\"Dupont; Jean\",\"a;b;c\"\n", true) == ',');
    // Missing columns on some lines: most lines still agree with the header.
    CHECK(CsvSniffer::detectSeparator("a;b;c\n1;2;3\n4\n5;6;7\n8;9\n", true) == ';');
    // ',' in every value of a ';' file (decimal commas): the header has none.
    CHECK(CsvSniffer::detectSeparator("prix;qte\n1,5;2\n2,5;3\n", true) == ';');
    // A single column: ';' by default.
    CHECK(CsvSniffer::detectSeparator("email\na@b.fr\n", true) == ';');
    CHECK(CsvSniffer::detectSeparator("", true) == ';');
    // Ties go to ';' before TAB before ','.
    CHECK(CsvSniffer::detectSeparator("a;b,c\n", true) == ';');
    // Blank lines are ignored; an incomplete last line is ignored unless it is the only one.
    CHECK(CsvSniffer::detectSeparator("\n\na,b\n1,2\n3;4;5;6", false) == ',');
    CHECK(CsvSniffer::detectSeparator("a,b,c", false) == ',');
}

TEST_CASE("The encoding is UTF-8 when the bytes are valid UTF-8, else Windows-1252", "[io][sniffer]")
{
    CHECK_FALSE(CsvSniffer::detectEncoding("plain;ascii\n", true).has_value());
    CHECK(CsvSniffer::detectEncoding("H\xC3\xA9l\xC3\xA8ne\n", true) == TextEncoding::Utf8);
    CHECK(CsvSniffer::detectEncoding("H\xE9l\xE8ne\n", true) == TextEncoding::Windows1252);
    // A character cut by the end of the sniffed bytes is not held against UTF-8...
    CHECK(CsvSniffer::detectEncoding("H\xC3\xA9l\xC3", false) == TextEncoding::Utf8);
    // ...unless the file really ends there.
    CHECK(CsvSniffer::detectEncoding("H\xC3\xA9l\xC3", true) == TextEncoding::Windows1252);

    const CsvDialect bom = CsvSniffer::sniff("\xEF\xBB\xBFnom,ville\n", true);
    CHECK(bom.hasBom);
    CHECK(bom.encodingCertain);
    CHECK(bom.encoding == TextEncoding::Utf8);
    CHECK(bom.separator == ',');
    const CsvDialect ascii = CsvSniffer::sniff("nom;ville\n", true);
    CHECK_FALSE(ascii.hasBom);
    CHECK_FALSE(ascii.encodingCertain);
}
