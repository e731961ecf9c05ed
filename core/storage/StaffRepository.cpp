#include "storage/StaffRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct StaffRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::StaffRepository)
};

// SQLite's default limit of bound parameters is 999 (older builds): query in chunks.
constexpr int kChunk = 500;

} // namespace

Result<QList<StaffMember>> StaffRepository::activeWithPermission(const QString &permission)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT u.id, u.display_name FROM app_user u "
                             "JOIN role_permission rp ON rp.role_id = u.role_id AND rp.permission_code = ? "
                             "WHERE u.active = 1 ORDER BY u.display_name COLLATE NOCASE, u.id"));
    q.addBindValue(permission);
    if (!q.exec())
        return databaseError(StaffRepositoryText::tr("reading the staff list"), q.lastError().text());
    QList<StaffMember> staff;
    while (q.next())
        staff.append({q.value(0).toLongLong(), q.value(1).toString()});
    return staff;
}

Result<QHash<qint64, QString>> StaffRepository::displayNames(const QList<qint64> &ids)
{
    QHash<qint64, QString> names;
    for (qsizetype from = 0; from < ids.size(); from += kChunk) {
        const QList<qint64> chunk = ids.mid(from, kChunk);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        // Only "?" placeholders are joined into the text; the ids are bound.
        q.prepare(QStringLiteral("SELECT id, display_name FROM app_user WHERE id IN (") + marks.join(QLatin1Char(','))
                  + QStringLiteral(")"));
        for (qint64 id : chunk)
            q.addBindValue(id);
        if (!q.exec())
            return databaseError(StaffRepositoryText::tr("reading staff names"), q.lastError().text());
        while (q.next())
            names.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return names;
}

} // namespace comptoir
