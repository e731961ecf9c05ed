#include "services/import/ImportWriter.h"

#include "storage/BulkIndexes.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/ImportBulkRepository.h"

#include <QCoreApplication>

namespace comptoir {

std::unique_ptr<ImportWriter> makeProductImportWriter(Database &db, const QDateTime &now, DuplicatePolicy policy);
std::unique_ptr<ImportWriter> makeSupplierImportWriter(Database &db, const QDateTime &now, DuplicatePolicy policy);
std::unique_ptr<ImportWriter> makeStockMoveImportWriter(Database &db, const QDateTime &now, qint64 userId);
std::unique_ptr<ImportWriter> makeSaleImportWriter(Database &db, const QDateTime &now);
std::unique_ptr<ImportWriter> makeAppointmentImportWriter(Database &db, const QDateTime &now, qint64 userId);
std::unique_ptr<ImportWriter> makeComplaintImportWriter(Database &db, const QDateTime &now, qint64 userId);

namespace {

/** Above this many new customers, one rebuild of the search index beats one reindex per row. */
constexpr qsizetype kRebuildThreshold = 2000;
/** Bytes per customer row in a typical file, to guess the rows from the file size. */
constexpr qint64 kBytesPerRow = 80;

void overlay(QString &kept, const QString &imported)
{
    if (!imported.isEmpty())
        kept = imported;
}

class CustomerImportWriter final : public ImportWriter {
public:
    CustomerImportWriter(Database &db, const QDateTime &now, qint64 userId, DuplicatePolicy policy)
        : m_db(db), m_bulk(db), m_indexes(db), m_now(now), m_userId(userId), m_policy(policy)
    {
    }

    void setSizeHint(qint64 bytes) override { m_sizeHint = bytes; }

    Status prepare() override
    {
        BOOST_OUTCOME_TRY(keys, m_bulk.customerKeys());
        m_keys = std::move(keys);
        const qint64 stored = qMax(m_keys.email.size(), qMax(m_keys.phone.size(), m_keys.card.size()));
        const qint64 expected = m_sizeHint / kBytesPerRow;
        if (expected > BulkIndexes::kWorthAbove && expected > stored)
            return m_indexes.drop({QStringLiteral("customer")});
        return {};
    }

    Result<RowOutcome> write(const ImportRow &row) override
    {
        BOOST_OUTCOME_TRY(input, row.customer(m_now.date()));
        const qint64 existing = m_keys.find(input);
        if (existing && m_policy == DuplicatePolicy::Skip)
            return RowOutcome::Skipped;
        if (existing && m_policy == DuplicatePolicy::Update)
            return update(existing, input);
        if (!input.loyaltyCard.isEmpty()) {
            if (qint64 holder = m_keys.card.value(input.loyaltyCard.toUpper()))
                return Error::conflict(QStringLiteral("loyalty_card"),
                                       QCoreApplication::translate("comptoir::CustomerImportWriter",
                                                                   "card %1 already belongs to customer #%2")
                                           .arg(input.loyaltyCard)
                                           .arg(holder));
        }
        BOOST_OUTCOME_TRY(id, m_bulk.insertCustomer(input, m_now, m_userId));
        m_keys.add(input, id);
        m_created.append(id);
        return RowOutcome::Created;
    }

    Status finish() override
    {
        BOOST_OUTCOME_TRYV(m_indexes.restore());
        CustomerRepository repo(m_db);
        if (m_created.size() > kRebuildThreshold)
            return repo.rebuildSearchIndex();
        for (qint64 id : m_created) {
            BOOST_OUTCOME_TRYV(repo.reindex(id));
        }
        return {};
    }

private:
    /** The imported non-empty fields replace the stored ones; empty cells keep what is stored. */
    Result<RowOutcome> update(qint64 id, const CustomerInput &in)
    {
        CustomerRepository repo(m_db);
        BOOST_OUTCOME_TRY(found, repo.findById(id));
        if (!found.has_value())
            return Error::notFound(QStringLiteral("customer"), QString::number(id));
        CustomerInput kept = *found;
        if (!in.loyaltyCard.isEmpty()) {
            const qint64 holder = m_keys.card.value(in.loyaltyCard.toUpper());
            if (holder && holder != id)
                return Error::conflict(QStringLiteral("loyalty_card"),
                                       QCoreApplication::translate("comptoir::CustomerImportWriter",
                                                                   "card %1 already belongs to customer #%2")
                                           .arg(in.loyaltyCard)
                                           .arg(holder));
        }
        kept.status = in.status == CustomerStatus::Customer ? in.status : kept.status;
        overlay(kept.title, in.title);
        overlay(kept.firstName, in.firstName);
        overlay(kept.lastName, in.lastName);
        // The e-mail that matched may differ only by case: keep the stored spelling then.
        if (kept.email.compare(in.email, Qt::CaseInsensitive) != 0)
            overlay(kept.email, in.email);
        overlay(kept.phone, in.phone);
        overlay(kept.address, in.address);
        overlay(kept.postalCode, in.postalCode);
        overlay(kept.city, in.city);
        overlay(kept.loyaltyCard, in.loyaltyCard);
        overlay(kept.notes, in.notes);
        if (in.birthDate.isValid())
            kept.birthDate = in.birthDate;
        BOOST_OUTCOME_TRYV(repo.update(id, kept, m_now));
        m_keys.add(kept, id);
        return RowOutcome::Updated;
    }

    Database &m_db;
    ImportBulkRepository m_bulk;
    BulkIndexes m_indexes;
    qint64 m_sizeHint = 0;
    CustomerKeys m_keys;
    QDateTime m_now;
    qint64 m_userId;
    DuplicatePolicy m_policy;
    QList<qint64> m_created;
};

} // namespace

std::unique_ptr<ImportWriter> ImportWriter::create(ImportEntity entity, Database &db, const QDateTime &now,
                                                   qint64 userId, DuplicatePolicy onDuplicate)
{
    switch (entity) {
    case ImportEntity::Customers:
        return std::make_unique<CustomerImportWriter>(db, now, userId, onDuplicate);
    case ImportEntity::Products:
        return makeProductImportWriter(db, now, onDuplicate);
    case ImportEntity::Suppliers:
        return makeSupplierImportWriter(db, now, onDuplicate);
    case ImportEntity::StockMoves:
        return makeStockMoveImportWriter(db, now, userId);
    case ImportEntity::Sales:
        return makeSaleImportWriter(db, now);
    case ImportEntity::Appointments:
        return makeAppointmentImportWriter(db, now, userId);
    case ImportEntity::Complaints:
        return makeComplaintImportWriter(db, now, userId);
    }
    return nullptr;
}

} // namespace comptoir
