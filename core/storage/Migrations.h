#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>

namespace comptoir {

class Database;

/**
 * The numbered SQL files of db/migrations, embedded under :/db/migrations/. Each is
 * applied in its own transaction, in order, and recorded in schema_migration. A migration
 * whose data is derived by a script that other code runs too (migration 013's KPI
 * summaries: kpiSummariesBackfill()) has that script run right after it, in its transaction.
 */
class Migrations final {
public:
    struct Step {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    /** The embedded steps, sorted by version. */
    static QList<Step> steps();
    static int latestVersion();

    /** Applies the missing steps; refuses a database newer than this program. */
    static Result<int> apply(Database &db);
    /** The version recorded in the database (0 for an empty one). */
    static Result<int> currentVersion(Database &db);

    /**
     * db/kpi_summaries_backfill.sql: empties the KPI summary tables of migration 013 and
     * fills them from the ledger. Run after migration 013 and by KpiRepository::rebuildSummaries().
     */
    static QString kpiSummariesBackfill() { return QStringLiteral(":/db/kpi_summaries_backfill.sql"); }
    /** Runs the SQL script embedded at `resourcePath` (in the caller's transaction, if any). */
    static Status runScript(Database &db, const QString &resourcePath);
};

} // namespace comptoir
