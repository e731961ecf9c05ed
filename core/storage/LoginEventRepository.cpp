#include "storage/LoginEventRepository.h"

#include "domain/Clock.h"
#include "storage/BoundQuery.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct LoginEventRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::LoginEventRepository)
};

} // namespace

Status LoginEventRepository::append(const LoginEvent &event)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO login_event(at, login, user_id, success, reason) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(toIsoUtc(event.at));
    q.addBindValue(event.login);
    q.addBindValue(event.userId ? QVariant(event.userId) : QVariant());
    q.addBindValue(event.success ? 1 : 0);
    q.addBindValue(event.reason);
    if (!q.exec())
        return databaseError(LoginEventRepositoryText::tr("writing the sign-in log"), q.lastError().text());
    return {};
}

Result<QList<LoginEvent>> LoginEventRepository::list(const Filter &filter)
{
    QString sql = QStringLiteral("SELECT id, at, login, user_id, success, reason FROM login_event WHERE 1 = 1");
    QVariantList binds;
    if (!filter.login.isEmpty()) {
        sql += QStringLiteral(" AND login = ? COLLATE NOCASE");
        binds << filter.login;
    }
    appendTimeWindow(sql, binds, QLatin1String("at"), filter.from, filter.to);
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    binds << filter.limit;

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    BOOST_OUTCOME_TRYV(execBound(q, sql, binds, LoginEventRepositoryText::tr("reading the sign-in log")));
    QList<LoginEvent> events;
    while (q.next()) {
        LoginEvent e;
        e.id = q.value(0).toLongLong();
        e.at = fromIsoUtc(q.value(1).toString());
        e.login = q.value(2).toString();
        e.userId = q.value(3).toLongLong();
        e.success = q.value(4).toInt() != 0;
        e.reason = q.value(5).toString();
        events.append(e);
    }
    return events;
}

} // namespace comptoir
