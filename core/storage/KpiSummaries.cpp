// KpiRepository: maintenance of the summary tables of migration 013.
#include "storage/KpiRepository.h"

#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

Status KpiRepository::rebuildSummaries()
{
    // The same file as the backfill that follows migration 013: one source for the rule in SQL.
    return Migrations::runScript(m_db, Migrations::kpiSummariesBackfill());
}

Result<QStringList> KpiRepository::dropSummaryTriggers()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'kpi\\_%' ESCAPE '\\' "
                               "ORDER BY name")))
        return databaseError(QStringLiteral("listing the KPI triggers"), q.lastError().text());
    QStringList names, statements;
    while (q.next()) {
        names.append(q.value(0).toString());
        statements.append(q.value(1).toString());
    }
    q.finish();
    for (const QString &name : names) {
        // The names come from sqlite_master and match kpi_[A-Za-z_]*: no quoting issue.
        BOOST_OUTCOME_TRYV(m_db.exec(QStringLiteral("DROP TRIGGER \"%1\"").arg(name)));
    }
    return statements;
}

Status KpiRepository::createTriggers(const QStringList &statements)
{
    for (const QString &sql : statements) {
        BOOST_OUTCOME_TRYV(m_db.execScript(sql));
    }
    return {};
}

} // namespace comptoir
