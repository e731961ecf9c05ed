#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace comptoir {

/**
 * A run of consecutive records of one hash chain inside an archive file. A year's records
 * are usually one run; there are more when records of another period sit between them
 * in the chain (a yearly closure made after the next year's first daily closures).
 */
struct ArchiveSegment {
    QString startPrevHash; ///< the chain's hash just before the run's first record
    QString firstHash;
    QString lastHash;
    qint64 rows = 0;
};

/** One CSV file of an archive as the manifest describes it. */
struct ArchiveFileInfo {
    QString name;  ///< e.g. "sales.csv"
    qint64 rows = 0; ///< data rows, header excluded
    QString sha256;  ///< of the file's bytes, hex
    bool chained = false; ///< sales, credit notes, closures: the records carry prev_hash / hash
    QList<ArchiveSegment> segments; ///< chained files only, in file order
};

/**
 * manifest.json of a ledger archive (`comptoir-cli archive`): format, store identity,
 * year, whether the year was closed, software, creation time and, per file, its row
 * count, SHA-256 and, for chained files, the hash before the first record of the year
 * and the first and last record hashes. The manifest's own SHA-256 is kept next to it in
 * manifest.sha256 (in `sha256sum` format) and in the audit trail.
 */
struct ArchiveManifest {
    static constexpr int kFormatVersion = 1;
    static QString fileName() { return QStringLiteral("manifest.json"); }
    static QString hashFileName() { return QStringLiteral("manifest.sha256"); }

    int format = kFormatVersion;
    int year = 0;
    bool yearClosed = false;
    qint64 storeId = 0;
    QString storeCode;
    QString storeName;
    QString storeSiret;
    QString storeAddress;
    QString software;
    QDateTime createdAt; ///< UTC
    QList<ArchiveFileInfo> files;

    QJsonObject toJson() const;
    /** Parses a manifest; the error names the first missing or wrong key. */
    static Result<ArchiveManifest> fromJson(const QJsonObject &json);

    const ArchiveFileInfo *file(const QString &name) const;
};

} // namespace comptoir
