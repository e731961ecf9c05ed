#include "io/export/ListRows.h"

#include "domain/ComplaintRow.h"
#include "domain/Product.h"

namespace comptoir {

QStringList ListRows::complaintColumns()
{
    return {QStringLiteral("number"),   QStringLiteral("opened_at"), QStringLiteral("customer"),
            QStringLiteral("category"), QStringLiteral("subject"),   QStringLiteral("status"),
            QStringLiteral("assigned_to"), QStringLiteral("due_at")};
}

QList<Cell> ListRows::complaintCells(const ComplaintRow &r)
{
    // Dates as the list shows them: the local day.
    return {Cell::integer(r.id),   Cell::date(r.openedAt.toLocalTime().date()), r.customerName, r.categoryName,
            r.subject,             toString(r.status),                          r.assigneeName,
            Cell::date(r.dueAt.toLocalTime().date())};
}

QStringList ListRows::stockColumns()
{
    return {QStringLiteral("sku"),   QStringLiteral("name"),        QStringLiteral("category"),
            QStringLiteral("price"), QStringLiteral("stock_level"), QStringLiteral("reorder_threshold")};
}

QList<Cell> ListRows::stockCells(const Product &p)
{
    return {p.sku, p.name, p.categoryName, Cell::money(p.price), Cell::integer(p.stockLevel),
            Cell::integer(p.reorderThreshold)};
}

} // namespace comptoir
