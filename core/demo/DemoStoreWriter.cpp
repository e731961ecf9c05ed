#include "demo/DemoStoreWriter.h"

#include "demo/DemoAccounts.h"
#include "domain/AuditEntry.h"

#include <QCoreApplication>

namespace comptoir::demo {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct DemoStoreWriterText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::demo::DemoStoreWriter)
};

} // namespace

Status DemoStoreWriter::checkEmpty()
{
    auto contents = m_store.contents(demoStoreCode());
    if (!contents)
        return contents.error();
    const BulkStoreContents &c = *contents;
    if (c.customers > 0 || c.products > 0 || c.sales > 0)
        return Error::conflict(QStringLiteral("database"),
                               DemoStoreWriterText::tr("the database already has %1 customers, %2 products and %3 sales; "
                                                       "the demo store is only generated into an empty store database")
                                   .arg(c.customers)
                                   .arg(c.products)
                                   .arg(c.sales));
    if (c.users > 0)
        return Error::conflict(QStringLiteral("login"),
                               DemoStoreWriterText::tr("the database already has %n user account(s); the demo store is "
                                                       "only generated into a new store database",
                                                       nullptr, int(c.users)));
    if (c.storeCodeTaken)
        return Error::conflict(QStringLiteral("store"),
                               DemoStoreWriterText::tr("a store with code %1 already exists").arg(demoStoreCode()));
    return {};
}

Status DemoStoreWriter::begin()
{
    m_storeId = 0;
    return m_store.begin();
}

Result<qint64> DemoStoreWriter::addStore(const StoreRow &row)
{
    auto id = m_store.addStore(row);
    if (id)
        m_storeId = *id;
    return id;
}

Status DemoStoreWriter::commit(const QDateTime &now, const QJsonObject &details)
{
    AuditEntry entry;
    entry.at = now;
    entry.login = QStringLiteral("comptoir-cli");
    entry.action = QStringLiteral("demo.generate");
    entry.entity = QStringLiteral("store");
    entry.entityId = m_storeId;
    entry.scope = QStringLiteral("system");
    entry.changes = details;
    return m_store.commit(entry);
}

} // namespace comptoir::demo
