// Throughput of the CSV layer on 1M sale lines (~55 MB). Hidden: run it explicitly,
// in a Release build: test_io "[bench]". Not a timed test: it prints, it asserts counts.
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include "CatchQtStrings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <csv.h>

#include <iostream>

using namespace comptoir;

namespace {

constexpr qint64 kRows = 1000000;

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

void report(const char *what, qint64 rows, qint64 ns, qint64 bytes)
{
    const double s = double(ns) / 1e9;
    std::cout << what << ": " << rows << " rows, " << bytes / (1024 * 1024) << " MiB in " << s << " s = "
              << qint64(double(rows) / s) << " rows/s (" << qint64(double(bytes) / s / 1e6) << " MB/s), peak RSS "
              << peakRssKiB() / 1024 << " MiB" << std::endl;
}

struct Counts {
    qint64 fields = 0;
    qint64 rows = 0;
};

} // namespace

TEST_CASE("Benchmark: write then read 1M sale lines", "[.][bench]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sale_lines.csv"));
    const QStringList labels = {QStringLiteral(u"Café moulu 250 g"), QStringLiteral(u"Thé vert \"bio\""),
                                QStringLiteral("Sucre, 1 kg"), QStringLiteral(u"Crème fraîche"),
                                QStringLiteral("Pain de mie")};
    {
        // The values are prepared first, so that the timing is the writer's, not QString::arg's.
        QStringList cards, skus;
        for (int i = 0; i < 20000; ++i)
            cards.append(QStringLiteral("C%1").arg(i, 6, 10, QLatin1Char('0')));
        for (int i = 0; i < 5000; ++i)
            skus.append(QStringLiteral("SKU-%1").arg(i, 5, 10, QLatin1Char('0')));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        CsvWriter writer(&file);
        QElapsedTimer t;
        t.start();
        REQUIRE(writer.writeHeader({QStringLiteral("sale_id"), QStringLiteral("line"), QStringLiteral("sold_on"),
                                    QStringLiteral("card"), QStringLiteral("sku"), QStringLiteral("label"),
                                    QStringLiteral("quantity"), QStringLiteral("unit_price"), QStringLiteral("vat_rate"),
                                    QStringLiteral("total")})
                    .ok());
        const QDate day(2024, 1, 1);
        QList<Cell> row(10);
        for (qint64 i = 0; i < kRows; ++i) {
            const qint64 qty = i % 4 + 1;
            const Money price = Money::fromCents(100 + (i * 37) % 5000);
            row[0] = Cell::integer(i / 3 + 1);
            row[1] = Cell::integer(i % 3 + 1);
            row[2] = Cell::date(day.addDays(i % 1000));
            row[3] = Cell::text(cards[i % cards.size()]);
            row[4] = Cell::text(skus[i % skus.size()]);
            row[5] = Cell::text(labels[i % labels.size()]);
            row[6] = Cell::integer(qty);
            row[7] = Cell::money(price);
            row[8] = Cell::integer(2000);
            row[9] = Cell::money(price * qty);
            REQUIRE(writer.writeRow(row).ok());
        }
        REQUIRE(writer.finish().ok());
        report("write (CsvWriter, UTF-8, typed cells)", kRows, t.nsecsElapsed(), file.size());
    }
    const qint64 size = QFileInfo(path).size();

    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QElapsedTimer t;
        t.start();
        qint64 rows = 0;
        qint64 chars = 0;
        while (auto row = reader.next()) {
            ++rows;
            chars += row->fields.at(5).size();
        }
        const qint64 ns = t.nsecsElapsed();
        REQUIRE_FALSE(reader.hasError());
        CHECK(rows == kRows + 1);
        CHECK(chars > 0);
        report("read (CsvReader from file: libcsv + UTF-8 decoding to QStringList)", rows, ns, size);
    }
    {
        // libcsv alone, callbacks that only count: the floor of any reader built on it.
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray all = file.readAll();
        csv_parser p;
        csv_init(&p, CSV_STRICT | CSV_REPALL_NL);
        csv_set_delim(&p, ';');
        csv_set_space_func(&p, [](unsigned char c) { return c == ' ' ? 1 : 0; }); // as CsvParser does
        Counts counts;
        QElapsedTimer t;
        t.start();
        csv_parse(&p, all.constData(), std::size_t(all.size()),
                  [](void *, std::size_t, void *c) { ++static_cast<Counts *>(c)->fields; },
                  [](int, void *c) { ++static_cast<Counts *>(c)->rows; }, &counts);
        csv_fini(&p, nullptr, nullptr, nullptr);
        const qint64 ns = t.nsecsElapsed();
        csv_free(&p);
        report("parse (libcsv only, in memory, no decoding)", counts.rows / 2, ns, size); // CRLF: 2 row ends
    }
}
