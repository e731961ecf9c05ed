#pragma once

#include "domain/ArchiveManifest.h"

#include <QList>
#include <QString>

namespace comptoir {

/** One thing in an archive that does not match: the file, the line and the record at fault. */
struct ArchiveProblem {
    QString file;   ///< e.g. "sales.csv" (or the folder itself)
    qint64 line = 0; ///< physical line of the CSV file (1 = header), 0 for the whole file
    QString record; ///< e.g. "sale #12", empty for a file-level problem
    QString message;

    /** "sales.csv line 13 (sale #12): hash does not match its content". */
    QString toString() const;
};

/** The outcome of checking an archive folder. */
struct ArchiveCheck {
    ArchiveManifest manifest;     ///< as read (empty if it could not be read)
    qint64 recordsChecked = 0;    ///< chained records re-hashed
    QList<ArchiveProblem> problems; ///< in the order found; the first names the first mismatch
    bool ok() const { return problems.isEmpty(); }
};

/**
 * Checks a folder written by ArchiveService, from the files alone (no database, so no
 * session: whoever holds the archive, e.g. a tax inspector, can check it): the manifest
 * against manifest.sha256; each file's SHA-256 and row count against the manifest; then
 * every chained record re-hashed from its CSV row (sales with their lines and payments,
 * credit notes with their lines, closures) with the same functions as LedgerVerifier
 * (saleHash, creditNoteHash, closureHash) and re-linked from the manifest's starting hash,
 * sale and credit-note numbers without gaps. Per file, the first mismatch is named by
 * line and record.
 */
class ArchiveVerifier final {
public:
    static ArchiveCheck verify(const QString &folder);
};

} // namespace comptoir
