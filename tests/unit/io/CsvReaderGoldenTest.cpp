// Golden cases: tests/data/csv/<case>/{input.csv, expected.json}; see tests/data/csv/README.md.
#include "io/CsvHeader.h"
#include "io/CsvReader.h"
#include "io/ValueParsers.h"

#include "CatchQtStrings.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <map>

using namespace comptoir;

namespace {

QString caseDir()
{
    return QStringLiteral(COMPTOIR_TEST_DATA_DIR "/csv");
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

QStringList toStrings(const QJsonArray &a)
{
    QStringList out;
    for (const QJsonValue &v : a)
        out.append(v.toString());
    return out;
}

struct Outcome {
    std::vector<CsvRow> rows;
    CsvDialect dialect;
    qint64 blank = 0;
    bool failed = false;
    Error error;
    qint64 errorLine = 0;
};

Outcome readWith(const QByteArray &input, qsizetype chunkSize)
{
    QBuffer buffer;
    buffer.setData(input);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    CsvReaderOptions options;
    options.chunkSize = chunkSize;
    CsvReader reader(&buffer, options);
    Outcome out;
    while (auto row = reader.next())
        out.rows.push_back(std::move(*row));
    out.dialect = reader.dialect();
    out.blank = reader.blankRowsSkipped();
    out.failed = reader.hasError();
    out.error = reader.error();
    out.errorLine = reader.errorLine();
    CHECK(reader.rowsRead() == qint64(out.rows.size()));
    return out;
}

/** The typed value of a cell as the golden files write it, or the error message. */
std::pair<bool, QString> parseValue(const QString &type, const QString &text, const QString &column)
{
    if (type == u"text")
        return {true, text};
    if (type == u"date") {
        auto r = ValueParsers::date(text, column);
        return r ? std::pair(true, r->toString(Qt::ISODate)) : std::pair(false, r.error().message);
    }
    if (type == u"money") {
        auto r = ValueParsers::money(text, column);
        return r ? std::pair(true, QString::number(r->cents())) : std::pair(false, r.error().message);
    }
    if (type == u"boolean") {
        auto r = ValueParsers::boolean(text, column);
        return r ? std::pair(true, *r ? QStringLiteral("true") : QStringLiteral("false"))
                 : std::pair(false, r.error().message);
    }
    if (type == u"integer") {
        auto r = ValueParsers::integer(text, column);
        return r ? std::pair(true, QString::number(*r)) : std::pair(false, r.error().message);
    }
    FAIL("unknown value type " << type.toStdString());
    return {false, QString()};
}

void checkCase(const QString &name, const QByteArray &input, const QJsonObject &expected, qsizetype chunkSize)
{
    INFO("case " << name.toStdString() << ", chunk size " << chunkSize);
    const Outcome out = readWith(input, chunkSize);

    CHECK(QString(QLatin1Char(out.dialect.separator)) == expected.value(u"separator").toString());
    CHECK(TextCodec::name(out.dialect.encoding) == expected.value(u"encoding").toString());
    CHECK(out.dialect.hasBom == expected.value(u"bom").toBool());
    CHECK(out.blank == expected.value(u"blankRowsSkipped").toInteger());

    std::map<qint64, const CsvRow *> byLine;
    for (const CsvRow &row : out.rows)
        byLine[row.lineNumber] = &row;
    CHECK(byLine.size() == out.rows.size()); // line numbers are distinct and increasing
    for (std::size_t i = 1; i < out.rows.size(); ++i)
        CHECK(out.rows[i - 1].lineNumber < out.rows[i].lineNumber);

    const QJsonArray rows = expected.value(u"rows").toArray();
    if (expected.value(u"rowsAreSample").toBool())
        CHECK(qint64(out.rows.size()) == expected.value(u"rowCount").toInteger());
    else
        REQUIRE(out.rows.size() == std::size_t(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonObject want = rows.at(i).toObject();
        const qint64 line = want.value(u"line").toInteger();
        INFO("record of line " << line);
        REQUIRE(byLine.count(line) == 1);
        const CsvRow &got = *byLine[line];
        CHECK(got.fields == toStrings(want.value(u"fields").toArray()));
        CHECK_FALSE(got.invalidEncoding);
        const QString problem = want.value(u"problem").toString();
        if (problem.isEmpty())
            CHECK(got.problem.isEmpty());
        else
            CHECK(got.problem.contains(problem));
    }

    const QJsonObject error = expected.value(u"error").toObject();
    CHECK(out.failed == !error.isEmpty());
    if (!error.isEmpty()) {
        CHECK(out.errorLine == error.value(u"line").toInteger());
        CHECK(out.error.field == QStringLiteral("line %1").arg(error.value(u"line").toInteger()));
        CHECK(out.error.message.contains(error.value(u"contains").toString()));
    }

    if (out.rows.empty())
        return;
    const CsvHeader header(out.rows.front().fields);
    const QJsonArray values = expected.value(u"values").toArray();
    for (const QJsonValue &v : values) {
        const QJsonObject want = v.toObject();
        const qint64 line = want.value(u"line").toInteger();
        const QString column = want.value(u"column").toString();
        INFO("value of line " << line << ", column " << column.toStdString());
        REQUIRE(byLine.count(line) == 1);
        REQUIRE(header.contains(column));
        const auto [ok, text] = parseValue(want.value(u"type").toString(), header.value(byLine[line]->fields, column), column);
        if (want.contains(u"error")) {
            CHECK_FALSE(ok);
            CHECK(text.contains(want.value(u"error").toString()));
        } else {
            CHECK(ok);
            CHECK(text == want.value(u"value").toString());
        }
    }
}

} // namespace

TEST_CASE("Golden CSV cases read exactly as expected, whatever the chunk size", "[io][csv][golden]")
{
    const QDir dir(caseDir());
    const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    REQUIRE(cases.size() >= 14);
    for (const QString &name : cases) {
        const QString input = dir.filePath(name + QStringLiteral("/input.csv"));
        const QString expectedPath = dir.filePath(name + QStringLiteral("/expected.json"));
        if (!QFile::exists(expectedPath))
            continue; // entity-level cases belong to the import pipeline's tests
        const QByteArray bytes = readAll(input);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(readAll(expectedPath), &parseError);
        INFO(name.toStdString() << ": " << parseError.errorString().toStdString());
        REQUIRE(doc.isObject());
        for (qsizetype chunk : {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(64 * 1024)})
            checkCase(name, bytes, doc.object(), chunk);
    }
}
