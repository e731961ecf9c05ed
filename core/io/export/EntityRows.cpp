#include "io/export/EntityRows.h"

#include "domain/Clock.h"
#include "storage/CustomerRepository.h"
#include "storage/ImportBulkRepository.h"
#include "storage/ProductRepository.h"
#include "storage/SupplierRepository.h"

#include <QHash>
#include <QLocale>

namespace comptoir {

namespace {

constexpr int kPage = 5000;

QString vatText(int bp)
{
    QString text = QString::number(bp / 100);
    if (bp % 100)
        text += QLatin1Char(',') + QString::number(bp % 100).rightJustified(2, QLatin1Char('0'));
    if (text.endsWith(QLatin1Char('0')) && text.contains(QLatin1Char(',')))
        text.chop(1);
    return text;
}

Status customers(Database &db, const EntityRows::Sink &sink)
{
    CustomerRepository repo(db);
    for (int offset = 0;; offset += kPage) {
        auto page = repo.list(offset, kPage);
        if (!page)
            return page.error();
        for (const Customer &c : *page) {
            if (Status s = sink({c.title, c.firstName, c.lastName, c.email, c.phone, c.address, c.postalCode, c.city,
                                 Cell::date(c.birthDate), c.loyaltyCard, toString(c.status), c.sourceChannel, c.notes});
                !s)
                return s;
        }
        if (page->size() < kPage)
            return {};
    }
}

Status products(Database &db, const EntityRows::Sink &sink)
{
    SupplierRepository suppliers(db);
    auto list = suppliers.list();
    if (!list)
        return list.error();
    QHash<qint64, QString> names;
    for (const Supplier &s : *list)
        names.insert(s.id, s.name);
    ProductRepository repo(db);
    for (int offset = 0;; offset += kPage) {
        auto page = repo.list(offset, kPage);
        if (!page)
            return page.error();
        for (const Product &p : *page) {
            if (Status s = sink({p.sku, p.ean13, p.name, p.categoryName, names.value(p.supplierId), Cell::money(p.price),
                                 vatText(p.vatRateBp), Cell::money(p.cost), Cell::integer(p.reorderThreshold),
                                 Cell::boolean(p.active)});
                !s)
                return s;
        }
        if (page->size() < kPage)
            return {};
    }
}

Status suppliers(Database &db, const EntityRows::Sink &sink)
{
    auto list = SupplierRepository(db).list();
    if (!list)
        return list.error();
    for (const Supplier &s : *list) {
        if (Status st = sink({s.name, s.contact, s.email, s.phone, s.address, s.postalCode, s.city}); !st)
            return st;
    }
    return {};
}

/** The quantity as a user enters it (see signedMoveQuantity): losses, damage and sales positive. */
qint64 enteredQuantity(const StockMove &m)
{
    switch (m.kind) {
    case StockMoveKind::Loss:
    case StockMoveKind::Damaged:
    case StockMoveKind::Sale:
        return -m.quantity;
    default:
        return m.quantity;
    }
}

Status stockMoves(Database &db, const EntityRows::Sink &sink)
{
    ImportBulkRepository repo(db);
    qint64 after = 0;
    for (;;) {
        auto page = repo.stockMoves(after, kPage);
        if (!page)
            return page.error();
        for (const StockMoveRecord &r : *page) {
            after = r.move.id;
            if (Status s = sink({r.sku, r.ean13, Cell::integer(enteredQuantity(r.move)), toString(r.move.kind),
                                 r.move.reason, r.supplier, toIsoUtc(r.move.at)});
                !s)
                return s;
        }
        if (page->size() < kPage)
            return {};
    }
}

} // namespace

Status EntityRows::forEach(Database &db, ImportEntity entity, const Sink &sink)
{
    switch (entity) {
    case ImportEntity::Customers: return customers(db, sink);
    case ImportEntity::Products: return products(db, sink);
    case ImportEntity::Suppliers: return suppliers(db, sink);
    case ImportEntity::StockMoves: return stockMoves(db, sink);
    }
    return {};
}

} // namespace comptoir
