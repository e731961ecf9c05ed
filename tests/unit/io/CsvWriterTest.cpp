#include "io/CsvReader.h"
#include "io/CsvWriter.h"
#include "io/FormulaProtection.h"

#include "CatchQtStrings.h"

#include <QBuffer>

#include <limits>

using namespace comptoir;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray writeRows(const QList<QList<Cell>> &rows, CsvWriterOptions options = {}, CsvWriter **keep = nullptr)
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    static std::unique_ptr<CsvWriter> kept;
    auto writer = std::make_unique<CsvWriter>(&buffer, options);
    for (const QList<Cell> &row : rows)
        REQUIRE(writer->writeRow(row).ok());
    REQUIRE(writer->finish().ok());
    if (keep) {
        kept = std::move(writer);
        *keep = kept.get();
    }
    return buffer.data();
}

} // namespace

TEST_CASE("Formula injection: the exact example of the issue", "[io][writer][formula]")
{
    CHECK(writeRows({{Cell::text(s("=1+2\";=1+2"))}}) == QByteArray("\"'=1+2\"\";=1+2\"\r\n"));
}

TEST_CASE("Every formula trigger gets an apostrophe, other text does not", "[io][writer][formula]")
{
    for (const char *trigger : {"=", "+", "-", "@", "\t", "\r", "\n"}) {
        const QString text = s(trigger) + s("SUM(A1)");
        INFO("trigger " << int(trigger[0]));
        CHECK(FormulaProtection::needsPrefix(text));
        CHECK(writeRows({{Cell::text(text)}}, CsvWriterOptions{';', TextEncoding::Utf8, false, false}) ==
              "\"'" + text.toUtf8() + "\"\n");
    }
    const QString nul = QString(QChar(0)) + s("x");
    CHECK(FormulaProtection::needsPrefix(nul));
    CHECK(writeRows({{Cell::text(nul)}}) == QByteArray("\"'\0x\"\r\n", 7));
    for (const char *plain : {"a=b", " =x", "Dupont", "'quoted'", "", "12,50", "06 12 34 56 78"}) {
        INFO(plain);
        CHECK_FALSE(FormulaProtection::needsPrefix(s(plain)));
        CHECK(writeRows({{Cell::text(s(plain))}}) == "\"" + QByteArray(plain) + "\"\r\n");
    }
    // Apostrophes before a trigger get one more, so that unprotect() is exact.
    CHECK(FormulaProtection::protect(s("'=x")) == s("''=x"));
    for (const char *text : {"=x", "'=x", "''+1", "'abc", "'", "-5 % remise", "plain"})
        CHECK(FormulaProtection::unprotect(FormulaProtection::protect(s(text))) == s(text));
}

TEST_CASE("Typed cells are written bare and never prefixed", "[io][writer]")
{
    const QList<Cell> row{Cell::integer(-5), Cell::money(Money::fromCents(-1250)), Cell::money(Money::fromCents(5)),
                          Cell::date(QDate(2026, 11, 23)), Cell::boolean(true), Cell::boolean(false), Cell(),
                          Cell::text(QString())};
    CHECK(writeRows({row}) == QByteArray("-5;-12,50;0,05;2026-11-23;1;0;;\"\"\r\n"));
    // With ',' as separator the decimal separator becomes a point.
    CHECK(writeRows({row}, CsvWriterOptions{',', TextEncoding::Utf8, false, true}) ==
          QByteArray("-5,-12.50,0.05,2026-11-23,1,0,,\"\"\r\n"));
    CHECK(writeRows({{Cell::money(Money::fromCents(std::numeric_limits<qint64>::min()))}}) ==
          QByteArray("-92233720368547758,08\r\n"));
    CHECK(writeRows({{Cell::money(Money::fromCents(123456789))}}) == QByteArray("1234567,89\r\n"));
}

TEST_CASE("Separator, line ends, BOM and encodings are as chosen", "[io][writer]")
{
    const QList<Cell> row{Cell::text(s("Hélène")), Cell::integer(3)};
    CHECK(writeRows({row}) == QByteArray("\"H\xC3\xA9l\xC3\xA8ne\";3\r\n"));
    CHECK(writeRows({row}, CsvWriterOptions{'\t', TextEncoding::Utf8, true, false}) ==
          QByteArray("\xEF\xBB\xBF\"H\xC3\xA9l\xC3\xA8ne\"\t3\n"));
    // No BOM in Windows-1252, even if asked.
    CHECK(writeRows({row}, CsvWriterOptions{';', TextEncoding::Windows1252, true, true}) ==
          QByteArray("\"H\xE9l\xE8ne\";3\r\n"));
    // An empty file with a BOM still gets its BOM.
    CHECK(writeRows({}, CsvWriterOptions{';', TextEncoding::Utf8, true, true}) == QByteArray("\xEF\xBB\xBF"));
}

TEST_CASE("Windows-1252 writes '?' for what it lacks and says where", "[io][writer][encoding]")
{
    CsvWriter *writer = nullptr;
    const QByteArray out = writeRows({{Cell::text(s("Nom"))}, {Cell::text(s("Zoé 12 €"))}, {Cell::text(s("Łódź 😀"))},
                                      {Cell::text(s("Ωmega"))}},
                                     CsvWriterOptions{';', TextEncoding::Windows1252, false, true}, &writer);
    CHECK(out == QByteArray("\"Nom\"\r\n\"Zo\xE9 12 \x80\"\r\n\"?\xF3\x64? ?\"\r\n\"?mega\"\r\n"));
    CHECK(writer->unmappableCharacters() == 4);
    CHECK(writer->firstUnmappableRow() == 3);
    CHECK(writer->rowsWritten() == 4);
}

TEST_CASE("What the writer writes, the reader reads back", "[io][writer][roundtrip]")
{
    const QList<QString> texts = {s("=1+2\";=1+2"), s("ligne 1\r\nligne 2\nligne 3"), s("a;b,c\td"),
                                  s("\"\"\""), s("  espaces  "), s("Hélène œuvre €"), s("'=déjà protégé"),
                                  s("-5 % remise"), s("@mention"), QString(), s("\ttab")};
    for (const char sep : {';', ',', '\t'}) {
        for (const TextEncoding enc : {TextEncoding::Utf8, TextEncoding::Windows1252}) {
            INFO("separator " << int(sep) << ", encoding " << TextCodec::name(enc).toStdString());
            QList<QList<Cell>> rows;
            rows.append({Cell::text(s("texte")), Cell::text(s("nombre")), Cell::text(s("montant"))});
            for (qsizetype i = 0; i < texts.size(); ++i)
                rows.append({Cell::text(texts[i]), Cell::integer(i - 3), Cell::money(Money::fromCents(i * 1001 - 5000))});
            const QByteArray bytes = writeRows(rows, CsvWriterOptions{sep, enc, true, true});
            QBuffer buffer;
            buffer.setData(bytes);
            REQUIRE(buffer.open(QIODevice::ReadOnly));
            CsvReader reader(&buffer);
            qsizetype i = -1;
            while (auto row = reader.next()) {
                REQUIRE(row->fields.size() == 3);
                if (i >= 0) {
                    CHECK(FormulaProtection::unprotect(row->fields[0]) == texts[i]);
                    CHECK(row->fields[1] == QString::number(i - 3));
                    CHECK(row->fields[2] == CsvWriter(nullptr, CsvWriterOptions{sep}).formatValue(
                                                Cell::money(Money::fromCents(i * 1001 - 5000))));
                }
                ++i;
            }
            CHECK_FALSE(reader.hasError());
            CHECK(i == texts.size());
            CHECK(reader.dialect().separator == sep);
            CHECK(reader.dialect().encoding == enc);
        }
    }
}

TEST_CASE("Write failures are reported with the reason", "[io][writer][errors]")
{
    QBuffer readOnly;
    REQUIRE(readOnly.open(QIODevice::ReadOnly));
    CsvWriter writer(&readOnly);
    REQUIRE(writer.writeRow({Cell::text(s("x"))}).ok()); // buffered
    const Status st = writer.finish();
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == ErrorCode::Io);
    CHECK(st.error().message.contains(s("not open for writing")));
    CHECK_FALSE(writer.writeRow({Cell::text(s("y"))}).ok()); // the error sticks

    QBuffer out;
    REQUIRE(out.open(QIODevice::WriteOnly));
    CsvWriter quoted(&out, CsvWriterOptions{'"'});
    const Status bad = quoted.writeRow({Cell::text(s("x"))});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().field == s("separator"));
    CHECK(out.data().isEmpty());
}
