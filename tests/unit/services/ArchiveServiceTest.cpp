#include "LedgerFixture.h"

#include "domain/ChainHash.h"
#include "services/ArchiveService.h"
#include "services/ArchiveVerifier.h"
#include "services/ClosureService.h"
#include "services/DepositService.h"
#include "services/ReturnService.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace comptoir;
using namespace comptoir::test;

namespace {

QByteArrayList readLines(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    QByteArrayList lines = f.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

void writeLines(const QString &path, const QByteArrayList &lines)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    for (const QByteArray &l : lines)
        f.write(l + '\n');
}

/** The problem of `check` about `file` at a given line, if any. */
const ArchiveProblem *problemAt(const ArchiveCheck &check, const QString &file, qint64 line)
{
    for (const ArchiveProblem &p : check.problems) {
        if (p.file == file && p.line == line)
            return &p;
    }
    return nullptr;
}

QString allProblems(const ArchiveCheck &check)
{
    QStringList text;
    for (const ArchiveProblem &p : check.problems)
        text.append(p.toString());
    return text.join(QLatin1Char('\n'));
}

/**
 * Two days of 2025 with sales (one with a customer and a deposit), a return, closures of
 * both days, of the month and the year — the year closed after the first day of 2026 was,
 * so the closure chain of 2025 is two runs — and a sale of 2026 that is not archived.
 */
struct ArchiveWorkload {
    LedgerFixture f;
    qint64 salesOf2025 = 0;

    ArchiveWorkload()
    {
        f.product(QStringLiteral("PEN"), 1000, 2000, 100);
        f.product(QStringLiteral("BOOK"), 733, 550, 100);
        const qint64 cust = f.customer();
        ClosureService closures(f.t.db(), f.t.clock());
        f.t.clock().set(QDateTime(QDate(2025, 12, 30), QTime(10, 0), Qt::UTC));
        REQUIRE(f.sell(QStringLiteral("PEN"), 2, 2000).ok());
        REQUIRE(f.sell(QStringLiteral("BOOK"), 3, 2199, cust).ok());
        DepositRequest d;
        d.customerId = cust;
        d.orderRef = QStringLiteral("=CMD-1"); // text a spreadsheet would run: protected in the CSV
        d.amountCents = 500;
        auto deposit = DepositService(f.t.db(), f.t.clock()).record(f.t.associate(), d);
        REQUIRE(deposit.ok());
        SaleRequest withDeposit;
        withDeposit.lines = {LedgerFixture::line(QStringLiteral("PEN"), 1)};
        withDeposit.customerId = cust;
        PaymentRequest dep = LedgerFixture::pay(PaymentMethod::Deposit, 500);
        dep.depositId = *deposit;
        withDeposit.payments = {dep, LedgerFixture::pay(PaymentMethod::Cash, 1000)};
        REQUIRE(SaleService(f.t.db(), f.t.clock()).record(f.t.associate(), withDeposit).ok());
        ReturnRequest back;
        back.saleNumber = 1;
        back.lines = {ReturnLineRequest{1, 1}};
        back.reason = QStringLiteral("-abîmé, \"rayé\"; retour"); // starts with '-', quotes, separators
        REQUIRE(ReturnService(f.t.db(), f.t.clock()).returnLines(f.t.associate(), back).ok());
        f.t.clock().set(QDateTime(QDate(2025, 12, 31), QTime(10, 0), Qt::UTC));
        for (int i = 0; i < 3; ++i)
            REQUIRE(f.sell(QStringLiteral("BOOK"), 1, 733).ok());
        salesOf2025 = 6;
        REQUIRE(closures.closeDay(f.t.associate(), QDate(2025, 12, 30)).ok());
        f.t.clock().set(QDateTime(QDate(2026, 1, 1), QTime(10, 0), Qt::UTC));
        REQUIRE(f.sell(QStringLiteral("PEN"), 1, 1000).ok());
        REQUIRE(closures.closeDay(f.t.associate(), QDate(2025, 12, 31)).ok());
        REQUIRE(closures.closeDay(f.t.associate(), QDate(2026, 1, 1)).ok());
        REQUIRE(closures.closeMonth(f.t.associate(), 2025, 12).ok());
        REQUIRE(closures.closeYear(f.t.associate(), 2025).ok());
    }
};

} // namespace

TEST_CASE("An archive of a closed year verifies, and names what was changed in it", "[ledger][archive]")
{
    ArchiveWorkload w;
    QTemporaryDir tmp;
    const QString out = tmp.filePath(QStringLiteral("archive-2025"));
    const qint64 auditBefore = w.f.t.count(QStringLiteral("audit_log"));
    auto written = ArchiveService(w.f.t.db(), w.f.t.clock()).write(w.f.t.manager(), 2025, out);
    REQUIRE(written.ok());
    CHECK(w.f.t.count(QStringLiteral("audit_log")) == auditBefore + 1);
    CHECK(w.f.t.scalar(QStringLiteral("SELECT changes FROM audit_log ORDER BY id DESC LIMIT 1"))
              .toString()
              .contains(written->manifestSha256));

    const ArchiveManifest &m = written->manifest;
    CHECK(m.year == 2025);
    CHECK(m.yearClosed);
    REQUIRE(m.file(QStringLiteral("sales.csv")));
    CHECK(m.file(QStringLiteral("sales.csv"))->rows == w.salesOf2025);
    CHECK(m.file(QStringLiteral("sales.csv"))->segments.size() == 1);
    CHECK(m.file(QStringLiteral("sales.csv"))->segments.first().startPrevHash == genesisHash());
    CHECK(m.file(QStringLiteral("sale_lines.csv"))->rows == 6);
    CHECK(m.file(QStringLiteral("payments.csv"))->rows == 7);
    CHECK(m.file(QStringLiteral("credit_notes.csv"))->rows == 1);
    CHECK(m.file(QStringLiteral("credit_note_lines.csv"))->rows == 1);
    CHECK(m.file(QStringLiteral("deposits.csv"))->rows == 1);
    // day 30, day 31, [day 2026-01-01 is not archived], month 12, year: two runs of the chain
    CHECK(m.file(QStringLiteral("closures.csv"))->rows == 4);
    CHECK(m.file(QStringLiteral("closures.csv"))->segments.size() == 2);
    CHECK(readLines(QDir(out).filePath(QStringLiteral("deposits.csv"))).at(1).contains("\"'=CMD-1\""));

    const ArchiveCheck intact = ArchiveVerifier::verify(out);
    INFO(allProblems(intact).toStdString());
    CHECK(intact.ok());
    CHECK(intact.recordsChecked == 6 + 1 + 4);

    const QString sales = QDir(out).filePath(QStringLiteral("sales.csv"));
    SECTION("a changed byte in a CSV file is found and located")
    {
        QByteArrayList lines = readLines(sales);
        QByteArrayList fields = lines[3].split(','); // sale #3 (line 1 is the header)
        fields[4] = QByteArray::number(fields[4].toLongLong() + 1); // user_id
        lines[3] = fields.join(',');
        writeLines(sales, lines);
        const ArchiveCheck c = ArchiveVerifier::verify(out);
        REQUIRE_FALSE(c.ok());
        CHECK(c.problems.first().toString() == QStringLiteral("sales.csv: its SHA-256 does not match the manifest: the file was changed"));
        const ArchiveProblem *p = problemAt(c, QStringLiteral("sales.csv"), 4);
        REQUIRE(p);
        CHECK(p->record == QStringLiteral("sale #3"));
        CHECK(p->message == QStringLiteral("hash does not match its content"));
    }
    SECTION("a changed line or payment is found at its sale")
    {
        const QString payments = QDir(out).filePath(QStringLiteral("payments.csv"));
        QByteArrayList lines = readLines(payments);
        lines[2].replace("2199", "2198");
        writeLines(payments, lines);
        const ArchiveCheck c = ArchiveVerifier::verify(out);
        REQUIRE(problemAt(c, QStringLiteral("sales.csv"), 3));
        CHECK(problemAt(c, QStringLiteral("sales.csv"), 3)->record == QStringLiteral("sale #2"));
        CHECK(problemAt(c, QStringLiteral("payments.csv"), 0));
    }
    SECTION("a deleted line is found and located")
    {
        QByteArrayList lines = readLines(sales);
        lines.removeAt(2); // sale #2
        writeLines(sales, lines);
        const ArchiveCheck c = ArchiveVerifier::verify(out);
        const ArchiveProblem *p = problemAt(c, QStringLiteral("sales.csv"), 3);
        REQUIRE(p);
        CHECK(p->record == QStringLiteral("sale #3"));
        CHECK(p->message.contains(QStringLiteral("number 3 follows 1")));
        const ArchiveProblem *count = problemAt(c, QStringLiteral("sales.csv"), 0);
        REQUIRE(count);
        CHECK(allProblems(c).contains(QStringLiteral("sales.csv: has 5 rows, the manifest says 6")));
    }
    SECTION("the last line deleted: the file ends before the manifest's last record")
    {
        QByteArrayList lines = readLines(sales);
        lines.removeLast();
        writeLines(sales, lines);
        CHECK(allProblems(ArchiveVerifier::verify(out)).contains(QStringLiteral("ends before the last record")));
    }
    SECTION("a changed closure is located")
    {
        const QString closures = QDir(out).filePath(QStringLiteral("closures.csv"));
        QByteArrayList lines = readLines(closures);
        lines[4].replace("\"year\"", "\"month\"");
        writeLines(closures, lines);
        const ArchiveCheck c = ArchiveVerifier::verify(out);
        const ArchiveProblem *p = problemAt(c, QStringLiteral("closures.csv"), 5);
        REQUIRE(p);
        CHECK(p->record == QStringLiteral("closure month 2025"));
    }
    SECTION("a changed manifest is found")
    {
        const QString manifest = QDir(out).filePath(ArchiveManifest::fileName());
        QByteArrayList lines = readLines(manifest);
        for (QByteArray &l : lines) {
            if (l.contains("\"rows\": 6"))
                l.replace("\"rows\": 6", "\"rows\": 7");
        }
        writeLines(manifest, lines);
        const ArchiveCheck c = ArchiveVerifier::verify(out);
        REQUIRE_FALSE(c.ok());
        CHECK(c.problems.first().toString()
              == QStringLiteral("manifest.json: its SHA-256 does not match manifest.sha256: the manifest was changed"));
        CHECK(allProblems(c).contains(QStringLiteral("sales.csv: has 6 rows, the manifest says 7")));
    }
    SECTION("a missing file is named")
    {
        REQUIRE(QFile::remove(QDir(out).filePath(QStringLiteral("credit_note_lines.csv"))));
        CHECK(allProblems(ArchiveVerifier::verify(out)).contains(QStringLiteral("credit_note_lines.csv: is missing")));
    }
}

TEST_CASE("Archiving refuses what is not an archivable year and writes nothing", "[ledger][archive][bad]")
{
    ArchiveWorkload w;
    QTemporaryDir tmp;
    ArchiveService archive(w.f.t.db(), w.f.t.clock());
    const qint64 audit = w.f.t.count(QStringLiteral("audit_log"));
    const QString out = tmp.filePath(QStringLiteral("out"));

    for (const Session &s : {w.f.t.associate(), w.f.t.intern(), w.f.t.technician()}) {
        auto refused = archive.write(s, 2025, out);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().code == ErrorCode::PermissionDenied);
        CHECK(refused.error().message == QStringLiteral("permission denied: ledger.archive"));
    }
    auto empty = archive.write(w.f.t.manager(), 2019, out);
    CHECK(empty.error().code == ErrorCode::NotFound);
    CHECK(empty.error().field == QStringLiteral("year"));
    auto open = archive.write(w.f.t.manager(), 2026, out);
    CHECK(open.error().code == ErrorCode::Conflict);
    CHECK(open.error().message.contains(QStringLiteral("2026 is not closed")));
    CHECK_FALSE(QDir(out).exists());
    CHECK(w.f.t.count(QStringLiteral("audit_log")) == audit);

    SECTION("a provisional archive of the open year says so and verifies")
    {
        auto provisional = archive.write(w.f.t.manager(), 2026, out, true);
        REQUIRE(provisional.ok());
        CHECK_FALSE(provisional->manifest.yearClosed);
        CHECK(provisional->manifest.file(QStringLiteral("sales.csv"))->rows == 1);
        CHECK(provisional->manifest.file(QStringLiteral("sales.csv"))->segments.first().startPrevHash
              == w.f.t.scalar(QStringLiteral("SELECT hash FROM sale WHERE number = 6")).toString());
        const ArchiveCheck c = ArchiveVerifier::verify(out);
        INFO(allProblems(c).toStdString());
        CHECK(c.ok());
        SECTION("and a second archive into the same folder is refused")
        {
            CHECK(archive.write(w.f.t.manager(), 2025, out).error().field == QStringLiteral("folder"));
        }
    }
    SECTION("a ledger that does not verify is not archived")
    {
        REQUIRE(w.f.t.db().exec(QStringLiteral("DROP TRIGGER sale_no_update")).ok());
        REQUIRE(w.f.t.db().exec(QStringLiteral("UPDATE sale SET customer_id = NULL WHERE number = 2")).ok());
        auto broken = archive.write(w.f.t.manager(), 2025, out);
        REQUIRE_FALSE(broken.ok());
        CHECK(broken.error().field == QStringLiteral("ledger"));
        CHECK(broken.error().message.contains(QStringLiteral("sale #2")));
        CHECK_FALSE(QDir(out).exists());
    }
    SECTION("a folder that is not an archive")
    {
        const ArchiveCheck c = ArchiveVerifier::verify(tmp.filePath(QStringLiteral("nowhere")));
        REQUIRE_FALSE(c.ok());
        CHECK(c.problems.first().file == ArchiveManifest::fileName());
    }
}
