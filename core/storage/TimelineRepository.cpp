#include "storage/TimelineRepository.h"

#include "domain/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct TimelineRepositoryText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::TimelineRepository)
};

} // namespace

QString TimelineRepository::pageSql()
{
    // Each branch reaches its rows through the customer index of its table (sale_customer,
    // credit_note_customer, appointment_customer, complaint_customer, interaction_customer),
    // so the cost follows the customer's history, not the size of the store.
    // Interaction kinds that only echo another row of the timeline are left out.
    return QStringLiteral(
        "WITH ids(id) AS (SELECT ? UNION SELECT id FROM customer WHERE merged_into = ?) "
        "SELECT kind, id, customer_id, at, number, amount, item_count, text, status, channel FROM ("
        " SELECT 0 AS kind, s.id, s.customer_id, s.at, s.number, s.total_cents AS amount, s.item_count,"
        "        '' AS text, '' AS status, '' AS channel"
        "   FROM sale s WHERE s.customer_id IN ids"
        " UNION ALL"
        " SELECT 1, cn.id, cn.customer_id, cn.at, cn.number, cn.total_cents, 0, cn.reason, cn.refund_method, ''"
        "   FROM credit_note cn WHERE cn.customer_id IN ids"
        " UNION ALL"
        " SELECT 2, a.id, a.customer_id, a.starts_at, 0, 0, 0, a.subject, a.status, ''"
        "   FROM appointment a WHERE a.customer_id IN ids"
        " UNION ALL"
        " SELECT 3, c.id, c.customer_id, c.opened_at, 0, 0, 0, c.subject, c.status, ''"
        "   FROM complaint c WHERE c.customer_id IN ids"
        " UNION ALL"
        " SELECT 4, i.id, i.customer_id, i.at, 0, 0, 0, i.note, i.kind, i.channel"
        "   FROM interaction i WHERE i.customer_id IN ids"
        "    AND i.kind NOT IN ('sale', 'return', 'appointment', 'complaint')"
        ") ORDER BY at DESC, kind, id DESC LIMIT ? OFFSET ?");
}

Result<QList<TimelineEntry>> TimelineRepository::page(qint64 customerId, int offset, int limit)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(pageSql());
    q.addBindValue(customerId);
    q.addBindValue(customerId);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return databaseError(TimelineRepositoryText::tr("reading the customer's history"), q.lastError().text());
    QList<TimelineEntry> out;
    while (q.next()) {
        TimelineEntry e;
        e.kind = static_cast<TimelineEntry::Kind>(q.value(0).toInt());
        e.id = q.value(1).toLongLong();
        e.customerId = q.value(2).toLongLong();
        e.at = fromIsoUtc(q.value(3).toString());
        e.number = q.value(4).toLongLong();
        e.amount = Money::fromCents(q.value(5).toLongLong());
        e.itemCount = q.value(6).toInt();
        e.text = q.value(7).toString();
        e.status = q.value(8).toString();
        e.channel = q.value(9).toString();
        out.append(e);
    }
    return out;
}

} // namespace comptoir
