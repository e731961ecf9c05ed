#include "storage/Migrations.h"

#include "domain/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct MigrationsText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::Migrations)
};

/** The script run right after migration `version` in its transaction, if any. */
QString followUpScript(int version)
{
    return version == 13 ? Migrations::kpiSummariesBackfill() : QString();
}

/** The text of the SQL file embedded at `path`. */
Result<QString> readScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, path, MigrationsText::tr("cannot read %1").arg(path)};
    return QString::fromUtf8(file.readAll());
}

} // namespace

Status Migrations::runScript(Database &db, const QString &resourcePath)
{
    auto sql = readScript(resourcePath);
    if (!sql)
        return sql.error();
    return db.execScript(*sql);
}

QList<Migrations::Step> Migrations::steps()
{
    QList<Step> result;
    const QDir dir(QStringLiteral(":/db/migrations"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        bool ok = false;
        const int version = file.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (!ok || version <= 0)
            continue;
        result.append({version, file.section(QLatin1Char('.'), 0, 0), dir.filePath(file)});
    }
    std::sort(result.begin(), result.end(), [](const Step &a, const Step &b) { return a.version < b.version; });
    return result;
}

int Migrations::latestVersion()
{
    const QList<Step> all = steps();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<int> Migrations::currentVersion(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_migration")) || !q.next())
        return databaseError(MigrationsText::tr("reading the schema version"), q.lastError().text());
    return q.value(0).toInt();
}

Result<int> Migrations::apply(Database &db)
{
    BOOST_OUTCOME_TRYV(db.exec(QStringLiteral(
                "CREATE TABLE IF NOT EXISTS schema_migration ("
                "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")));

    BOOST_OUTCOME_TRY(current, currentVersion(db));
    const int latest = latestVersion();
    if (current > latest) {
        return Error{ErrorCode::Version, db.path(),
                     MigrationsText::tr("%1 was written by a newer version of Comptoir (schema %2; this program knows up to %3). "
                        "Install the newer Comptoir to open it.")
                         .arg(db.path())
                         .arg(current)
                         .arg(latest)};
    }

    int version = current;
    for (const Step &step : steps()) {
        if (step.version <= version)
            continue;
        QFile file(step.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, step.resourcePath, MigrationsText::tr("cannot read migration %1").arg(step.name)};
        const QString sql = QString::fromUtf8(file.readAll());

        BOOST_OUTCOME_TRYV(db.exec(QStringLiteral("BEGIN IMMEDIATE")));
        Status applied = db.execScript(sql);
        if (const QString followUp = followUpScript(step.version); applied && !followUp.isEmpty())
            applied = runScript(db, followUp);
        if (applied) {
            QSqlQuery record(db.connection());
            record.prepare(QStringLiteral("INSERT INTO schema_migration(version, name, applied_at) VALUES (?, ?, ?)"));
            record.addBindValue(step.version);
            record.addBindValue(step.name);
            record.addBindValue(toIsoUtc(QDateTime::currentDateTimeUtc()));
            if (!record.exec())
                applied = databaseError(MigrationsText::tr("recording migration %1").arg(step.name), record.lastError().text());
        }
        if (!applied) {
            (void)db.exec(QStringLiteral("ROLLBACK"));
            return Error::database(MigrationsText::tr("migration %1 failed and was rolled back: %2").arg(step.name, applied.error().message));
        }
        BOOST_OUTCOME_TRYV(db.exec(QStringLiteral("COMMIT")));
        version = step.version;
    }
    return version;
}

} // namespace comptoir
