#pragma once

#include "domain/Result.h"
#include "domain/Supplier.h"

#include <QList>
#include <optional>

namespace comptoir {

class Database;

/** All SQL about suppliers. */
class SupplierRepository final {
public:
    explicit SupplierRepository(Database &db) : m_db(db) {}

    Result<qint64> insert(const SupplierInput &input, const QDateTime &now);
    Result<std::optional<Supplier>> findById(qint64 id);
    /** Case-insensitive (ASCII) match on the whole name. */
    Result<std::optional<Supplier>> findByName(const QString &name);
    /** Every supplier, by name. */
    Result<QList<Supplier>> list();

private:
    Result<std::optional<Supplier>> findOne(const QString &where, const QVariant &value);
    Database &m_db;
};

} // namespace comptoir
