#include "storage/SettingsRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct SettingsRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::SettingsRepository)
};

} // namespace

Result<QString> SettingsRepository::get(const QString &key, const QString &defaultValue)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return databaseError(SettingsRepositoryText::tr("reading setting %1").arg(key), q.lastError().text());
    if (!q.next())
        return defaultValue;
    return q.value(0).toString();
}

Result<qint64> SettingsRepository::integer(const QString &key, qint64 fallback)
{
    BOOST_OUTCOME_TRY(text, get(key));
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? value : fallback;
}

Status SettingsRepository::set(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value.isNull() ? QStringLiteral("") : value); // NULL is refused: empty text
    if (!q.exec())
        return databaseError(SettingsRepositoryText::tr("saving setting %1").arg(key), q.lastError().text());
    return {};
}

} // namespace comptoir
