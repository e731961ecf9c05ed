#pragma once

#include "access/Session.h"
#include "domain/ArchiveManifest.h"
#include "domain/Clock.h"
#include "domain/Result.h"

#include <QString>

namespace comptoir {

class Database;

/** What ArchiveService::write() wrote. */
struct ArchiveSummary {
    QString folder;
    ArchiveManifest manifest;
    QString manifestSha256;
};

/**
 * The yearly archive of the sales ledger (CGI art. 286 I 3° bis: records are kept and
 * archived; an archive is of a closed period). Writes into a new folder one CSV file per
 * table — sales, sale lines, payments, credit notes, credit note lines, deposits,
 * closures (day, month, year) — with their prev_hash / hash columns, then manifest.json
 * (see ArchiveManifest) and manifest.sha256. ArchiveVerifier checks such a folder.
 *
 * CSV: UTF-8 without BOM, comma separator, CRLF, a header row; integers bare (money in
 * cents, nullable ids of hashed fields as 0); text quoted and formula-protected
 * (FormulaProtection::unprotect() gives it back exactly).
 */
class ArchiveService final {
public:
    ArchiveService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    /** The CSV files of an archive, in the order they are written. */
    static QStringList fileNames();

    /**
     * Archives `year` into `folder` ("ledger.archive"; the files carry customer ids and the
     * detail of every sale, so the manager only). Refused: a folder that exists and is not
     * empty, a year with no record, a ledger whose chains do not verify, and a year with no
     * yearly closure unless `allowOpenYear` (then the manifest says year_closed: false).
     * Audited with the manifest's SHA-256. A failure leaves no manifest.
     */
    Result<ArchiveSummary> write(const Session &session, int year, const QString &folder, bool allowOpenYear = false);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace comptoir
