#pragma once

#include "domain/Result.h"

#include <QString>

namespace comptoir {

class Database;

/** Business settings (the `setting` table): text values by key. */
class SettingsRepository final {
public:
    explicit SettingsRepository(Database &db) : m_db(db) {}

    /** The value of `key`, or `defaultValue` when the key is not set. */
    Result<QString> get(const QString &key, const QString &defaultValue = QString());
    /** Sets `key` to `value` (inserted or replaced) inside the caller's transaction, if any. */
    Status set(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace comptoir
