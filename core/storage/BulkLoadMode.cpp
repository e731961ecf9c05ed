#include "storage/BulkLoadMode.h"

#include "storage/Database.h"
#include "storage/ScopedPragma.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

void BulkLoadMode::begin(References references)
{
    if (!m_journalSwitched && m_db.path() != QLatin1String(":memory:")) {
        // Another connection on the file makes the switch fail: at once, not after the
        // busy timeout (the load then runs in WAL mode).
        const ScopedPragma noWait(m_db, "busy_timeout", 0);
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) && q.next())
            m_journalSwitched = q.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) == 0;
    }
    if (references == References::ResolvedByWriter && !m_foreignKeysOff)
        m_foreignKeysOff = m_db.exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok();
}

Status BulkLoadMode::restore()
{
    Status result;
    if (m_foreignKeysOff) {
        m_foreignKeysOff = false;
        result = m_db.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    if (!m_journalSwitched)
        return result;
    m_journalSwitched = false;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next())
        return databaseError(QStringLiteral("PRAGMA journal_mode = WAL"), q.lastError().text());
    if (q.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error::database(QCoreApplication::translate("comptoir::BulkLoadMode",
                                                           "could not put the database back in WAL mode (journal mode is %1)")
                                   .arg(q.value(0).toString()));
    return result;
}

} // namespace comptoir
