#include "storage/ScopedPragma.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

void setPragma(Database &db, const char *name, qint64 value)
{
    // The name is one of the callers' literals and the value a number: a PRAGMA takes no
    // bound value.
    (void)db.exec(QStringLiteral("PRAGMA %1 = %2").arg(QLatin1String(name)).arg(value));
}

} // namespace

ScopedPragma::ScopedPragma(Database &db, const char *name, qint64 value)
    : m_db(db), m_name(name), m_previous(ScopedPragma::value(db, name))
{
    setPragma(m_db, m_name, value);
}

ScopedPragma::~ScopedPragma()
{
    if (m_previous)
        setPragma(m_db, m_name, *m_previous);
}

std::optional<qint64> ScopedPragma::value(Database &db, const char *name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + QLatin1String(name)) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace comptoir
