#include "io/export/SaleLineRows.h"

#include "storage/ExportRepository.h"

namespace comptoir {

QStringList SaleLineRows::columns()
{
    return {QStringLiteral("sale_key"),      QStringLiteral("sold_at"),  QStringLiteral("customer_email"),
            QStringLiteral("customer_card"), QStringLiteral("sku"),      QStringLiteral("ean13"),
            QStringLiteral("quantity"),      QStringLiteral("unit_price"), QStringLiteral("discount"),
            QStringLiteral("vat_rate"),      QStringLiteral("payment_method"), QStringLiteral("staff_login"),
            QStringLiteral("payments")};
}

Status SaleLineRows::forEach(Database &db, const EntityRows::Sink &sink)
{
    auto cursor = ExportRepository(db).saleLines();
    if (!cursor)
        return cursor.error();
    ExportCursor &c = **cursor;
    QList<Cell> row(13);
    while (c.next()) {
        row[0] = Cell::integer(c.integer(0));
        row[1] = Cell::text(c.text(1));
        row[2] = Cell::text(c.text(2));
        row[3] = Cell::text(c.text(3));
        row[4] = Cell::text(c.text(4));
        row[5] = Cell::text(c.text(5));
        row[6] = Cell::integer(c.integer(6));
        row[7] = Cell::money(Money::fromCents(c.integer(7)));
        row[8] = Cell::money(Money::fromCents(c.integer(8)));
        row[9] = Cell::text(vatRateText(int(c.integer(9))));
        row[10] = Cell::text(c.text(10));
        row[11] = Cell::text(c.text(11));
        row[12] = Cell::text(c.text(12));
        if (Status s = sink(row); !s)
            return s;
    }
    return c.status();
}

} // namespace comptoir
