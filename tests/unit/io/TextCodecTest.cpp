#include "io/TextCodec.h"

#include "CatchQtStrings.h"

using namespace comptoir;

TEST_CASE("Windows-1252 decodes accents and the 0x80-0x9F block", "[io][encoding]")
{
    // "Hélène" as Windows-1252 bytes
    CHECK(TextCodec::decodeWindows1252(QByteArrayView("\x48\xE9\x6C\xE8\x6E\x65")) == QStringLiteral(u"Hélène"));
    CHECK(TextCodec::decodeWindows1252(QByteArrayView("\x80\x9C\x92\x85")) == QStringLiteral(u"€œ’…"));
    // Bytes Windows leaves undefined read as their C1 code point, never fail.
    CHECK(TextCodec::decodeWindows1252(QByteArrayView("\x81\x8D")) == QString(QChar(0x81)) + QChar(0x8D));
}

TEST_CASE("Windows-1252 encoding replaces what it cannot represent with '?' and counts it",
          "[io][encoding]")
{
    QByteArray out;
    qint64 unmappable = 0;
    TextCodec::appendWindows1252(out, u"Hélène 12 € œuvre", &unmappable);
    CHECK(out == QByteArray("H\xE9l\xE8ne 12 \x80 \x9Cuvre"));
    CHECK(unmappable == 0);
    // An emoji (a surrogate pair) is one '?', Greek letters too.
    TextCodec::appendWindows1252(out, u"|α😀", &unmappable);
    CHECK(out.endsWith("|??"));
    CHECK(unmappable == 2);
}

TEST_CASE("UTF-8 validation rejects malformed sequences", "[io][encoding]")
{
    CHECK(TextCodec::isValidUtf8(QByteArrayView("H\xC3\xA9l\xC3\xA8ne")));
    CHECK(TextCodec::isValidUtf8(QByteArrayView("\xE2\x82\xAC \xF0\x9F\x98\x80")));
    CHECK_FALSE(TextCodec::isValidUtf8(QByteArrayView("H\xE9l\xE8ne")));   // Windows-1252
    CHECK_FALSE(TextCodec::isValidUtf8(QByteArrayView("\xC0\xAF")));       // overlong '/'
    CHECK_FALSE(TextCodec::isValidUtf8(QByteArrayView("\xED\xA0\x80")));   // surrogate
    CHECK_FALSE(TextCodec::isValidUtf8(QByteArrayView("\xF4\x90\x80\x80"))); // above U+10FFFF
    CHECK_FALSE(TextCodec::isValidUtf8(QByteArrayView("\xC3")));
    CHECK(TextCodec::isValidUtf8(QByteArrayView("ab\xC3"), true)); // cut by a chunk boundary
    CHECK_FALSE(TextCodec::isValidUtf8(QByteArrayView("ab\xC3("), true));
    CHECK(TextCodec::isAscii(QByteArrayView("plain ascii text, long enough for words")));
    CHECK_FALSE(TextCodec::isAscii(QByteArrayView("plain ascii text, long enough \xE9")));
}

TEST_CASE("Encoding names are parsed for the command line", "[io][encoding]")
{
    CHECK(TextCodec::fromName(u"UTF-8") == TextEncoding::Utf8);
    CHECK(TextCodec::fromName(u"utf8") == TextEncoding::Utf8);
    CHECK(TextCodec::fromName(u"windows-1252") == TextEncoding::Windows1252);
    CHECK(TextCodec::fromName(u"CP1252") == TextEncoding::Windows1252);
    CHECK_FALSE(TextCodec::fromName(u"latin-9").has_value());
    CHECK(TextCodec::name(TextEncoding::Windows1252) == QStringLiteral("Windows-1252"));
}
