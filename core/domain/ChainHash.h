#pragma once

#include "domain/Sha256.h"

#include <QString>
#include <QStringList>

namespace comptoir {

/** The prev_hash of the first record of a chain. */
inline QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

/** Where a new record joins its store's numbered chain (sales, credit notes). */
struct ChainLink {
    qint64 number = 1;                ///< the last record's number + 1
    QString prevHash = genesisHash(); ///< the last record's hash
};

/**
 * SHA-256 (hex) over a record's fields and the previous record's hash. Fields are joined
 * with the ASCII unit separator (0x1F), which no stored text contains, so two different
 * field lists never give the same input. Used by the audit trail, sales, credit notes
 * and closures.
 */
inline QString chainHash(const QString &prevHash, const QStringList &fields)
{
    Sha256 sha;
    sha.addData(prevHash.toUtf8());
    for (const QString &field : fields) {
        sha.addData(QByteArrayView("\x1f", 1));
        sha.addData(field.toUtf8());
    }
    return QString::fromLatin1(sha.result().toHex());
}

} // namespace comptoir
