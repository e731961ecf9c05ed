#include "services/ArchiveVerifier.h"

#include "domain/Closure.h"
#include "domain/Clock.h"
#include "domain/CreditNote.h"
#include "domain/Sale.h"
#include "domain/Sha256.h"
#include "io/CsvReader.h"
#include "io/FormulaProtection.h"
#include "services/ArchiveService.h"
#include "storage/ArchiveRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>

#include <memory>
#include <optional>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ArchiveVerifierText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ArchiveVerifier)
};

/** One data row of an archive file, its values looked up by column name. */
struct Row {
    qint64 line = 0;
    QStringList fields;
    const QHash<QString, int> *columns = nullptr;

    QString text(const QString &name) const { return FormulaProtection::unprotect(fields.value(columns->value(name, -1))); }
    /** The integer in column `name`; sets `ok` false (and keeps it false) if it is not one. */
    qint64 integer(const QString &name, bool &ok) const
    {
        bool good = false;
        const qint64 v = fields.value(columns->value(name, -1)).toLongLong(&good);
        ok = ok && good;
        return v;
    }
};

/** Streams the rows of one archive file, with one row of look-ahead. */
class TableReader {
public:
    TableReader(const QString &folder, const QString &name, ArchiveTable table, QList<ArchiveProblem> &problems)
        : m_name(name), m_file(QDir(folder).filePath(name)), m_problems(problems)
    {
        if (!m_file.open(QIODevice::ReadOnly)) {
            problem(0, QString(), ArchiveVerifierText::tr("cannot be read: %1").arg(m_file.errorString()));
            return;
        }
        CsvReaderOptions options;
        options.separator = ',';
        options.encoding = TextEncoding::Utf8;
        m_reader = std::make_unique<CsvReader>(&m_file, options);
        const QStringList expected = ArchiveRepository::columns(table);
        auto header = m_reader->next();
        if (!header || header->fields != expected) {
            problem(1, QString(), ArchiveVerifierText::tr("the header is not the expected one (%1)").arg(expected.join(QLatin1Char(','))));
            m_reader.reset();
            return;
        }
        for (int i = 0; i < expected.size(); ++i)
            m_columns.insert(expected.at(i), i);
        advance();
    }

    const std::optional<Row> &peek() const { return m_next; }
    std::optional<Row> take()
    {
        std::optional<Row> row = std::move(m_next);
        advance();
        return row;
    }
    qint64 rows() const { return m_rows; }
    const QString &name() const { return m_name; }
    /** Records a problem of this file, once per file for row-level problems. */
    void problem(qint64 line, const QString &record, const QString &message)
    {
        if (line > 0 && m_reported)
            return;
        m_reported = m_reported || line > 0;
        m_problems.append({m_name, line, record, message});
    }

private:
    void advance()
    {
        m_next.reset();
        if (!m_reader)
            return;
        if (auto r = m_reader->next()) {
            ++m_rows;
            if (r->fields.size() != m_columns.size())
                problem(r->lineNumber, QString(), ArchiveVerifierText::tr("has %1 fields, the header %2").arg(r->fields.size()).arg(m_columns.size()));
            m_next = Row{r->lineNumber, r->fields, &m_columns};
        } else if (m_reader->hasError()) {
            problem(m_reader->errorLine(), QString(), m_reader->error().message);
        }
    }

    QString m_name;
    QFile m_file;
    QList<ArchiveProblem> &m_problems;
    std::unique_ptr<CsvReader> m_reader;
    QHash<QString, int> m_columns;
    std::optional<Row> m_next;
    qint64 m_rows = 0;
    bool m_reported = false;
};

/** Walks one chain through the manifest's runs: links, first / last hashes, numbering. */
class ChainWalk {
public:
    ChainWalk(TableReader &reader, const ArchiveFileInfo *info, bool numbered)
        : m_reader(reader), m_numbered(numbered)
    {
        if (info)
            m_segments = info->segments;
    }

    /**
     * Checks one record: its place in the chain (its prev_hash and hash columns), then
     * `contentProblem` (empty: none), then its hash against `hashOf(prev_hash)`. Returns
     * false once the file has a problem (later records are not named).
     */
    template <typename HashOf>
    bool check(const Row &row, const QString &who, qint64 number, HashOf hashOf, const QString &contentProblem = QString())
    {
        if (m_broken)
            return false;
        const QString prevHash = row.text(QStringLiteral("prev_hash"));
        const QString hash = row.text(QStringLiteral("hash"));
        if (m_index < 0 || m_inSegment == m_segments.at(m_index).rows) {
            ++m_index;
            m_inSegment = 0;
        }
        if (m_index >= m_segments.size())
            return fail(row, who, ArchiveVerifierText::tr("the manifest lists fewer records (an extra record was added)"));
        const ArchiveSegment &seg = m_segments.at(m_index);
        const bool first = m_inSegment == 0;
        if (!first && m_numbered && number != m_number + 1)
            return fail(row, who, ArchiveVerifierText::tr("number %1 follows %2 (a record is missing or was moved)").arg(number).arg(m_number));
        if (prevHash != (first ? seg.startPrevHash : m_hash))
            return fail(row, who, first ? ArchiveVerifierText::tr("its previous hash is not the one the manifest starts from")
                                        : ArchiveVerifierText::tr("its previous hash does not match the record before it"));
        if (!contentProblem.isEmpty())
            return fail(row, who, contentProblem);
        if (hashOf(prevHash) != hash)
            return fail(row, who, ArchiveVerifierText::tr("hash does not match its content"));
        if (first && hash != seg.firstHash)
            return fail(row, who, ArchiveVerifierText::tr("is not the first record the manifest lists"));
        ++m_inSegment;
        if (m_inSegment == seg.rows && hash != seg.lastHash)
            return fail(row, who, ArchiveVerifierText::tr("is not the last record the manifest lists"));
        m_number = number;
        m_hash = hash;
        return true;
    }

    /**
     * After the walk: reads what is left of the file. If the walk reached its end, did the
     * file hold every record the manifest lists?
     */
    void finish()
    {
        if (m_reader.peek()) {
            while (m_reader.take()) {
            }
            return;
        }
        if (m_broken)
            return;
        const bool complete = m_segments.isEmpty() ? m_index < 0
                                                   : m_index == m_segments.size() - 1
                                                         && m_inSegment == m_segments.last().rows;
        if (!complete)
            m_reader.problem(0, QString(), ArchiveVerifierText::tr("ends before the last record the manifest lists (a record was removed)"));
    }

private:
    bool fail(const Row &row, const QString &who, const QString &message)
    {
        m_reader.problem(row.line, who, message);
        m_broken = true;
        return false;
    }

    TableReader &m_reader;
    bool m_numbered;
    QList<ArchiveSegment> m_segments;
    qsizetype m_index = -1;
    qint64 m_inSegment = 0;
    qint64 m_number = 0;
    QString m_hash;
    bool m_broken = false;
};

void badValues(TableReader &reader, const Row &row)
{
    reader.problem(row.line, QString(), ArchiveVerifierText::tr("a number column holds something else"));
}

/** Rows of `children` that belong to parent `id` (consecutive, in the parent's order). */
template<typename Read>
void takeChildren(TableReader &children, const QString &parentColumn, qint64 id, Read read)
{
    while (children.peek()) {
        bool ok = true;
        if (children.peek()->integer(parentColumn, ok) != id || !ok)
            return;
        read(*children.take());
    }
}

/** Rows left over in a child file: they belong to no record of the parent file. */
void leftovers(TableReader &children, const QString &parentFile)
{
    if (auto row = children.take())
        children.problem(row->line, QString(), ArchiveVerifierText::tr("belongs to no record of %1 (or is out of order)").arg(parentFile));
    while (children.take()) {
    }
}

/** Does the file, read to its end, hold as many rows as the manifest says? */
void checkRowCount(const TableReader &reader, const ArchiveManifest &m, QList<ArchiveProblem> &problems)
{
    if (const ArchiveFileInfo *info = m.file(reader.name()); info && info->rows != reader.rows())
        problems.append({reader.name(), 0, QString(),
                         ArchiveVerifierText::tr("has %1 rows, the manifest says %2").arg(reader.rows()).arg(info->rows)});
}

qint64 checkSales(const QString &folder, const ArchiveManifest &m, QList<ArchiveProblem> &problems)
{
    TableReader sales(folder, QStringLiteral("sales.csv"), ArchiveTable::Sales, problems);
    TableReader lines(folder, QStringLiteral("sale_lines.csv"), ArchiveTable::SaleLines, problems);
    TableReader pays(folder, QStringLiteral("payments.csv"), ArchiveTable::Payments, problems);
    ChainWalk chain(sales, m.file(sales.name()), true);
    qint64 checked = 0;
    while (auto row = sales.take()) {
        bool ok = true;
        Sale s;
        s.id = row->integer(QStringLiteral("id"), ok);
        s.storeId = row->integer(QStringLiteral("store_id"), ok);
        s.number = row->integer(QStringLiteral("number"), ok);
        s.customerId = row->integer(QStringLiteral("customer_id"), ok);
        s.userId = row->integer(QStringLiteral("user_id"), ok);
        s.at = fromIsoUtc(row->text(QStringLiteral("at")));
        s.businessDay = QDate::fromString(row->text(QStringLiteral("business_day")), Qt::ISODate);
        s.totalCents = row->integer(QStringLiteral("total_cents"), ok);
        s.totalExclCents = row->integer(QStringLiteral("total_excl_cents"), ok);
        s.vatCents = row->integer(QStringLiteral("vat_cents"), ok);
        s.itemCount = row->integer(QStringLiteral("item_count"), ok);
        s.imported = row->integer(QStringLiteral("imported"), ok) != 0;
        takeChildren(lines, QStringLiteral("sale_id"), s.id, [&](const Row &r) {
            SaleLine l;
            l.lineNo = int(r.integer(QStringLiteral("line_no"), ok));
            l.productId = r.integer(QStringLiteral("product_id"), ok);
            l.quantity = r.integer(QStringLiteral("quantity"), ok);
            l.unitPriceCents = r.integer(QStringLiteral("unit_price_cents"), ok);
            l.discountCents = r.integer(QStringLiteral("discount_cents"), ok);
            l.vatRateBp = int(r.integer(QStringLiteral("vat_rate_bp"), ok));
            l.totalCents = r.integer(QStringLiteral("total_cents"), ok);
            s.lines.append(l);
        });
        takeChildren(pays, QStringLiteral("sale_id"), s.id, [&](const Row &r) {
            Payment p;
            p.method = paymentMethodFromString(r.text(QStringLiteral("method"))).value_or(PaymentMethod::Card);
            p.amountCents = r.integer(QStringLiteral("amount_cents"), ok);
            p.tenderedCents = r.integer(QStringLiteral("tendered_cents"), ok);
            p.changeCents = r.integer(QStringLiteral("change_cents"), ok);
            p.creditNoteId = r.integer(QStringLiteral("credit_note_id"), ok);
            p.depositId = r.integer(QStringLiteral("deposit_id"), ok);
            s.payments.append(p);
        });
        if (!ok) {
            badValues(sales, *row);
            break;
        }
        ++checked;
        Sale recomputed = s;
        applySaleTotals(recomputed);
        const bool totalsMatch = recomputed.totalCents == s.totalCents && recomputed.vatCents == s.vatCents
                                 && recomputed.totalExclCents == s.totalExclCents && recomputed.itemCount == s.itemCount;
        if (!chain.check(*row, ArchiveVerifierText::tr("sale #%1").arg(s.number), s.number,
                         [&s](const QString &prev) { return saleHash(s, prev); },
                         totalsMatch ? QString() : ArchiveVerifierText::tr("totals do not match its lines in %1").arg(lines.name())))
            break;
    }
    chain.finish();
    leftovers(lines, sales.name());
    leftovers(pays, sales.name());
    for (const TableReader *r : {&sales, &lines, &pays})
        checkRowCount(*r, m, problems);
    return checked;
}

qint64 checkCreditNotes(const QString &folder, const ArchiveManifest &m, QList<ArchiveProblem> &problems)
{
    TableReader notes(folder, QStringLiteral("credit_notes.csv"), ArchiveTable::CreditNotes, problems);
    TableReader lines(folder, QStringLiteral("credit_note_lines.csv"), ArchiveTable::CreditNoteLines, problems);
    ChainWalk chain(notes, m.file(notes.name()), true);
    qint64 checked = 0;
    while (auto row = notes.take()) {
        bool ok = true;
        CreditNote n;
        n.id = row->integer(QStringLiteral("id"), ok);
        n.storeId = row->integer(QStringLiteral("store_id"), ok);
        n.number = row->integer(QStringLiteral("number"), ok);
        n.saleId = row->integer(QStringLiteral("sale_id"), ok);
        n.customerId = row->integer(QStringLiteral("customer_id"), ok);
        n.userId = row->integer(QStringLiteral("user_id"), ok);
        n.approvedBy = row->integer(QStringLiteral("approved_by"), ok);
        n.at = fromIsoUtc(row->text(QStringLiteral("at")));
        n.businessDay = QDate::fromString(row->text(QStringLiteral("business_day")), Qt::ISODate);
        n.totalCents = row->integer(QStringLiteral("total_cents"), ok);
        n.vatCents = row->integer(QStringLiteral("vat_cents"), ok);
        n.refundMethod = row->text(QStringLiteral("refund_method"));
        n.reason = row->text(QStringLiteral("reason"));
        takeChildren(lines, QStringLiteral("credit_note_id"), n.id, [&](const Row &r) {
            CreditNoteLine l;
            l.saleLineId = r.integer(QStringLiteral("sale_line_id"), ok);
            l.quantity = r.integer(QStringLiteral("quantity"), ok);
            l.totalCents = r.integer(QStringLiteral("total_cents"), ok);
            l.restock = r.integer(QStringLiteral("restock"), ok) != 0;
            n.lines.append(l);
        });
        if (!ok) {
            badValues(notes, *row);
            break;
        }
        ++checked;
        if (!chain.check(*row, ArchiveVerifierText::tr("credit note #%1").arg(n.number), n.number,
                         [&n](const QString &prev) { return creditNoteHash(n, prev); }))
            break;
    }
    chain.finish();
    leftovers(lines, notes.name());
    for (const TableReader *r : {&notes, &lines})
        checkRowCount(*r, m, problems);
    return checked;
}

qint64 checkClosures(const QString &folder, const ArchiveManifest &m, QList<ArchiveProblem> &problems)
{
    TableReader closures(folder, QStringLiteral("closures.csv"), ArchiveTable::Closures, problems);
    ChainWalk chain(closures, m.file(closures.name()), false);
    qint64 checked = 0;
    while (auto row = closures.take()) {
        bool ok = true;
        Closure c;
        c.storeId = row->integer(QStringLiteral("store_id"), ok);
        c.kind = row->text(QStringLiteral("kind"));
        c.period = row->text(QStringLiteral("period"));
        c.at = fromIsoUtc(row->text(QStringLiteral("at")));
        c.userId = row->integer(QStringLiteral("user_id"), ok);
        c.salesCount = row->integer(QStringLiteral("sales_count"), ok);
        c.returnsCount = row->integer(QStringLiteral("returns_count"), ok);
        c.totalCents = row->integer(QStringLiteral("total_cents"), ok);
        c.returnsCents = row->integer(QStringLiteral("returns_cents"), ok);
        c.grandTotalCents = row->integer(QStringLiteral("grand_total_cents"), ok);
        c.details = row->text(QStringLiteral("details"));
        if (!ok) {
            badValues(closures, *row);
            break;
        }
        ++checked;
        if (!chain.check(*row, ArchiveVerifierText::tr("closure %1 %2").arg(c.kind, c.period), 0,
                         [&c](const QString &prev) { return closureHash(c, prev); }))
            break;
    }
    chain.finish();
    checkRowCount(closures, m, problems);
    return checked;
}

void checkRowCount(const QString &folder, const QString &name, ArchiveTable table, const ArchiveManifest &m,
                   QList<ArchiveProblem> &problems)
{
    TableReader reader(folder, name, table, problems);
    while (reader.take()) {
    }
    checkRowCount(reader, m, problems);
}

QString fileSha256(QFile &file)
{
    Sha256 sha;
    sha.addData(&file);
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace

QString ArchiveProblem::toString() const
{
    QString where = file;
    if (line > 0)
        where = ArchiveVerifierText::tr("%1 line %2").arg(file).arg(line);
    if (!record.isEmpty())
        where = ArchiveVerifierText::tr("%1 (%2)").arg(where, record);
    return ArchiveVerifierText::tr("%1: %2").arg(where, message);
}

ArchiveCheck ArchiveVerifier::verify(const QString &folder)
{
    ArchiveCheck check;
    const QDir dir(folder);
    QFile manifestFile(dir.filePath(ArchiveManifest::fileName()));
    if (!dir.exists() || !manifestFile.open(QIODevice::ReadOnly)) {
        check.problems.append({ArchiveManifest::fileName(), 0, QString(),
                               ArchiveVerifierText::tr("cannot be read in %1: not an archive folder").arg(QDir::toNativeSeparators(folder))});
        return check;
    }
    const QByteArray manifestBytes = manifestFile.readAll();
    const QString manifestSha =
        QString::fromLatin1(Sha256::hash(manifestBytes).toHex());
    QFile hashFile(dir.filePath(ArchiveManifest::hashFileName()));
    if (!hashFile.open(QIODevice::ReadOnly))
        check.problems.append({ArchiveManifest::hashFileName(), 0, QString(), ArchiveVerifierText::tr("is missing")});
    else if (QString::fromUtf8(hashFile.readAll()).section(QLatin1Char(' '), 0, 0).trimmed() != manifestSha)
        check.problems.append({ArchiveManifest::fileName(), 0, QString(),
                               ArchiveVerifierText::tr("its SHA-256 does not match %1: the manifest was changed").arg(ArchiveManifest::hashFileName())});

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(manifestBytes, &parseError);
    auto manifest = doc.isObject() ? ArchiveManifest::fromJson(doc.object())
                                   : Result<ArchiveManifest>(Error::validation(ArchiveManifest::fileName(), parseError.errorString()));
    if (!manifest) {
        check.problems.append({ArchiveManifest::fileName(), 0, QString(), manifest.error().message});
        return check;
    }
    check.manifest = *manifest;

    for (const QString &name : ArchiveService::fileNames()) {
        const ArchiveFileInfo *info = check.manifest.file(name);
        QFile file(dir.filePath(name));
        if (!info)
            check.problems.append({ArchiveManifest::fileName(), 0, QString(), ArchiveVerifierText::tr("does not list %1").arg(name)});
        else if (!file.open(QIODevice::ReadOnly))
            check.problems.append({name, 0, QString(), ArchiveVerifierText::tr("is missing")});
        else if (fileSha256(file) != info->sha256)
            check.problems.append({name, 0, QString(), ArchiveVerifierText::tr("its SHA-256 does not match the manifest: the file was changed")});
    }
    check.recordsChecked += checkSales(folder, check.manifest, check.problems);
    check.recordsChecked += checkCreditNotes(folder, check.manifest, check.problems);
    checkRowCount(folder, QStringLiteral("deposits.csv"), ArchiveTable::Deposits, check.manifest, check.problems);
    check.recordsChecked += checkClosures(folder, check.manifest, check.problems);
    return check;
}

} // namespace comptoir
