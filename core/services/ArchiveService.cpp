#include "services/ArchiveService.h"

#include "domain/Sha256.h"
#include "io/AtomicFileWriter.h"
#include "io/CsvWriter.h"
#include "services/AuditTrail.h"
#include "services/LedgerVerifier.h"
#include "storage/ArchiveRepository.h"
#include "storage/Database.h"
#include "storage/StoreRepository.h"
#include "storage/Transaction.h"
#include "Version.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ArchiveServiceText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ArchiveService)
};

struct FileSpec {
    ArchiveTable table;
    QString name;
    bool chained;
};

const QList<FileSpec> &fileSpecs()
{
    static const QList<FileSpec> specs{
        {ArchiveTable::Sales, QStringLiteral("sales.csv"), true},
        {ArchiveTable::SaleLines, QStringLiteral("sale_lines.csv"), false},
        {ArchiveTable::Payments, QStringLiteral("payments.csv"), false},
        {ArchiveTable::CreditNotes, QStringLiteral("credit_notes.csv"), true},
        {ArchiveTable::CreditNoteLines, QStringLiteral("credit_note_lines.csv"), false},
        {ArchiveTable::Deposits, QStringLiteral("deposits.csv"), false},
        {ArchiveTable::Closures, QStringLiteral("closures.csv"), true},
    };
    return specs;
}

Cell cellOf(const QVariant &v)
{
    if (v.isNull())
        return Cell();
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return Cell::integer(v.toLongLong());
    default:
        return Cell::text(v.toString());
    }
}

Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, path, ArchiveServiceText::tr("cannot be read back: %1").arg(file.errorString())};
    Sha256 sha;
    if (!sha.addData(&file))
        return Error{ErrorCode::Io, path, ArchiveServiceText::tr("cannot be read back: %1").arg(file.errorString())};
    return QString::fromLatin1(sha.result().toHex());
}

/** Writes one table as CSV; fills rows and, for a chained table, its runs of linked records. */
Status writeTable(ArchiveRepository &repo, const FileSpec &spec, qint64 storeId, int year, const QString &folder,
                  ArchiveFileInfo &info)
{
    const QStringList columns = ArchiveRepository::columns(spec.table);
    const qsizetype prevIndex = columns.indexOf(QStringLiteral("prev_hash"));
    const qsizetype hashIndex = columns.indexOf(QStringLiteral("hash"));
    AtomicFileWriter out(QDir(folder).filePath(spec.name));
    BOOST_OUTCOME_TRYV(out.open());
    CsvWriterOptions options;
    options.separator = ',';
    CsvWriter csv(out.device(), options);
    BOOST_OUTCOME_TRYV(csv.writeHeader(columns));
    info = ArchiveFileInfo{};
    info.name = spec.name;
    info.chained = spec.chained;
    QList<Cell> cells;
    Status s = repo.forEachRow(spec.table, storeId, year, [&](const QVariantList &row) -> Status {
        cells.clear();
        for (const QVariant &v : row)
            cells.append(cellOf(v));
        BOOST_OUTCOME_TRYV(csv.writeRow(cells));
        ++info.rows;
        if (spec.chained) {
            const QString prev = row.at(prevIndex).toString();
            const QString hash = row.at(hashIndex).toString();
            // A record that does not follow the previous one of the file starts a new run
            // (the ledger was verified first, so only another period's records sit between).
            if (info.segments.isEmpty() || info.segments.last().lastHash != prev)
                info.segments.append({prev, hash, hash, 0});
            info.segments.last().lastHash = hash;
            ++info.segments.last().rows;
        }
        return {};
    });
    if (!s)
        return s;
    BOOST_OUTCOME_TRYV(csv.finish());
    BOOST_OUTCOME_TRYV(out.commit());
    BOOST_OUTCOME_TRY(sha, sha256Of(out.path()));
    info.sha256 = sha;
    return {};
}

/** The first broken chain of the ledger, or an empty string. */
QString ledgerProblem(Database &db)
{
    LedgerVerifier verifier(db);
    for (const LedgerChainCheck &c : {verifier.checkSales(), verifier.checkCreditNotes(), verifier.checkClosures()}) {
        if (!c.ok())
            return c.problem;
    }
    return QString();
}

/** Writes the CSV files, then manifest.json and manifest.sha256 (last: no manifest, no archive). */
Status writeFiles(ArchiveRepository &repo, qint64 storeId, const QString &folder, ArchiveSummary &summary)
{
    ArchiveManifest &m = summary.manifest;
    for (const FileSpec &spec : fileSpecs()) {
        ArchiveFileInfo file;
        BOOST_OUTCOME_TRYV(writeTable(repo, spec, storeId, m.year, folder, file));
        m.files.append(file);
    }
    const QDir dir(folder);
    const QByteArray manifestBytes = QJsonDocument(m.toJson()).toJson(QJsonDocument::Indented);
    summary.manifestSha256 = QString::fromLatin1(Sha256::hash(manifestBytes).toHex());
    const QByteArray hashLine = QStringLiteral("%1  %2\n").arg(summary.manifestSha256, ArchiveManifest::fileName()).toUtf8();
    for (const auto &[name, bytes] : {std::pair{ArchiveManifest::fileName(), manifestBytes},
                                      std::pair{ArchiveManifest::hashFileName(), hashLine}}) {
        AtomicFileWriter out(dir.filePath(name));
        BOOST_OUTCOME_TRYV(out.open());
        if (out.device()->write(bytes) != bytes.size())
            return Error{ErrorCode::Io, out.path(), ArchiveServiceText::tr("cannot be written: %1").arg(out.device()->errorString())};
        BOOST_OUTCOME_TRYV(out.commit());
    }
    return {};
}

} // namespace

QStringList ArchiveService::fileNames()
{
    QStringList names;
    for (const FileSpec &spec : fileSpecs())
        names.append(spec.name);
    return names;
}

Result<ArchiveSummary> ArchiveService::write(const Session &session, int year, const QString &folder, bool allowOpenYear)
{
    BOOST_OUTCOME_TRYV(require(session, QStringLiteral("ledger.archive")));
    if (year < 1000 || year > 9999)
        return Error::validation(QStringLiteral("year"), ArchiveServiceText::tr("is not a valid year (got %1)").arg(year));
    const QDir dir(folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return Error::conflict(QStringLiteral("folder"), ArchiveServiceText::tr("%1 is not empty: an archive goes into a new folder")
                                                             .arg(QDir::toNativeSeparators(folder)));

    // One transaction: the files are a consistent snapshot and the audit entry is written
    // with them. It holds the write lock for the export (seconds for a year of a busy
    // store): archive after closing time.
    Transaction tx(m_db);
    BOOST_OUTCOME_TRYV(tx.begun());
    BOOST_OUTCOME_TRY(info, StoreRepository(m_db).required());
    ArchiveRepository repo(m_db);
    BOOST_OUTCOME_TRY(records, repo.recordCount(info.id, year));
    if (records == 0)
        return Error::notFound(QStringLiteral("year"), ArchiveServiceText::tr("%1 has no sale, credit note, deposit or closure to archive")
                                                           .arg(year));
    BOOST_OUTCOME_TRY(closed, repo.yearClosed(info.id, year));
    if (!closed && !allowOpenYear)
        return Error::conflict(QStringLiteral("year"),
                               ArchiveServiceText::tr("%1 is not closed (no yearly closure): an archive is of a closed period. "
                                  "Close the year first, or ask for a provisional archive of the open year")
                                   .arg(year));
    if (const QString problem = ledgerProblem(m_db); !problem.isEmpty())
        return Error::conflict(QStringLiteral("ledger"), ArchiveServiceText::tr("the ledger does not verify, nothing was archived: %1")
                                                             .arg(problem));

    if (!QDir().mkpath(folder))
        return Error{ErrorCode::Io, folder, ArchiveServiceText::tr("the folder cannot be created")};

    ArchiveSummary summary;
    summary.folder = folder;
    ArchiveManifest &m = summary.manifest;
    m.year = year;
    m.yearClosed = closed;
    m.storeId = info.id;
    m.storeCode = info.code;
    m.storeName = info.name;
    m.storeSiret = info.siret;
    m.storeAddress = QStringList{info.address, info.postalCode, info.city}.join(QLatin1Char(' ')).simplified();
    m.software = QStringLiteral("Comptoir " COMPTOIR_VERSION);
    m.createdAt = m_clock.nowUtc();
    const auto removeWritten = [&dir] {
        for (const QString &name : fileNames() + QStringList{ArchiveManifest::fileName(), ArchiveManifest::hashFileName()})
            QFile::remove(dir.filePath(name));
    };
    if (Status s = writeFiles(repo, info.id, folder, summary); !s) {
        removeWritten();
        return s.error();
    }
    QJsonObject changes{{QStringLiteral("year"), year},
                        {QStringLiteral("year_closed"), m.yearClosed},
                        {QStringLiteral("records"), records},
                        {QStringLiteral("manifest_sha256"), summary.manifestSha256}};
    if (Status s = AuditTrail(m_db, m_clock).record(session, QStringLiteral("ledger.archive"), QStringLiteral("archive"),
                                                     year, scope::business(), changes);
        !s) {
        removeWritten();
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        removeWritten();
        return s.error();
    }
    return summary;
}

} // namespace comptoir
