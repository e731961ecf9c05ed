#include "services/export/EntityRows.h"

#include "domain/Customer.h"
#include "domain/StockMove.h"
#include "io/import/ColumnMapping.h"
#include "services/export/SaleLineRows.h"
#include "storage/ExportRepository.h"

#include <QCoreApplication>

namespace comptoir {

QString vatRateText(int bp)
{
    QString text = QString::number(bp / 100);
    if (bp % 100)
        text += QLatin1Char(',') + QString::number(bp % 100).rightJustified(2, QLatin1Char('0'));
    if (text.endsWith(QLatin1Char('0')) && text.contains(QLatin1Char(',')))
        text.chop(1);
    return text;
}

namespace {

/** Runs `cursor` and hands each row, filled by `fill` into one reused list, to `sink`. */
template <typename Fill>
Status stream(Result<ExportCursorPtr> cursor, int columns, const EntityRows::Sink &sink, Fill fill)
{
    BOOST_OUTCOME_TRY(opened, cursor);
    ExportCursor &c = *opened;
    QList<Cell> row(columns);
    while (c.next()) {
        fill(c, row);
        BOOST_OUTCOME_TRYV(sink(row));
    }
    return c.status();
}

Status customers(Database &db, const EntityRows::Sink &sink)
{
    return stream(ExportRepository(db).customers(), 13, sink, [](const ExportCursor &c, QList<Cell> &row) {
        for (int i = 0; i < 8; ++i)
            row[i] = Cell::text(c.text(i));
        row[8] = Cell::date(QDate::fromString(c.text(8), Qt::ISODate));
        for (int i = 9; i < 13; ++i)
            row[i] = Cell::text(c.text(i));
    });
}

Status products(Database &db, const EntityRows::Sink &sink)
{
    return stream(ExportRepository(db).products(), 10, sink, [](const ExportCursor &c, QList<Cell> &row) {
        for (int i = 0; i < 5; ++i)
            row[i] = Cell::text(c.text(i));
        row[5] = Cell::money(Money::fromCents(c.integer(5)));
        row[6] = Cell::text(vatRateText(int(c.integer(6))));
        row[7] = Cell::money(Money::fromCents(c.integer(7)));
        row[8] = Cell::integer(c.integer(8));
        row[9] = Cell::boolean(c.integer(9) != 0);
    });
}

Status suppliers(Database &db, const EntityRows::Sink &sink)
{
    return stream(ExportRepository(db).suppliers(), 7, sink, [](const ExportCursor &c, QList<Cell> &row) {
        for (int i = 0; i < 7; ++i)
            row[i] = Cell::text(c.text(i));
    });
}

/** The quantity as a user enters it (see signedMoveQuantity): losses, damage and sales positive. */
qint64 enteredQuantity(qint64 stored, const QString &kind)
{
    switch (stockMoveKindFromString(kind).value_or(StockMoveKind::Adjustment)) {
    case StockMoveKind::Loss:
    case StockMoveKind::Damaged:
    case StockMoveKind::Sale:
        return -stored;
    default:
        return stored;
    }
}

Status stockMoves(Database &db, const EntityRows::Sink &sink)
{
    return stream(ExportRepository(db).stockMoves(), 7, sink, [](const ExportCursor &c, QList<Cell> &row) {
        const QString kind = c.text(3);
        row[0] = Cell::text(c.text(0));
        row[1] = Cell::text(c.text(1));
        row[2] = Cell::integer(enteredQuantity(c.integer(2), kind));
        row[3] = Cell::text(kind);
        row[4] = Cell::text(c.text(4));
        row[5] = Cell::text(c.text(5));
        row[6] = Cell::text(c.text(6));
    });
}

const QString kSales = QStringLiteral("sales");

} // namespace

Status EntityRows::forEach(Database &db, ImportEntity entity, const Sink &sink)
{
    return forEach(db, toString(entity), sink);
}

Status EntityRows::forEach(Database &db, const QString &entity, const Sink &sink)
{
    const QString name = canonicalName(entity);
    if (name == u"customers")
        return customers(db, sink);
    if (name == u"products")
        return products(db, sink);
    if (name == u"suppliers")
        return suppliers(db, sink);
    if (name == u"stock-moves")
        return stockMoves(db, sink);
    if (name == kSales)
        return SaleLineRows::forEach(db, sink);
    return Error::validation(QStringLiteral("entity"),
                             QCoreApplication::translate("comptoir::EntityRows", "\"%1\" cannot be exported").arg(entity));
}

QStringList EntityRows::entities()
{
    return {QStringLiteral("customers"), QStringLiteral("products"), QStringLiteral("suppliers"),
            QStringLiteral("stock-moves"), kSales};
}

QString EntityRows::canonicalName(const QString &entity)
{
    const QString lower = entity.trimmed().toLower();
    if (lower == u"sale-lines" || lower == u"sale_lines" || lower == u"sale" || lower == kSales)
        return kSales;
    if (const auto known = importEntityFromString(lower); known && entities().contains(toString(*known)))
        return toString(*known);
    return QString();
}

QStringList EntityRows::columns(const QString &entity)
{
    const QString name = canonicalName(entity);
    if (name == kSales)
        return SaleLineRows::columns();
    if (const auto known = importEntityFromString(name))
        return ColumnMapping::fieldNames(*known);
    return {};
}

bool EntityRows::containsCustomerData(const QString &entity)
{
    const QString name = canonicalName(entity);
    return name == u"customers" || name == kSales;
}

QList<Cell> EntityRows::customerCells(const Customer &c)
{
    return {c.title,       c.firstName, c.lastName,    c.email,           c.phone,
            c.address,     c.postalCode, c.city,       Cell::date(c.birthDate), c.loyaltyCard,
            toString(c.status), c.sourceChannel, c.notes};
}

} // namespace comptoir
