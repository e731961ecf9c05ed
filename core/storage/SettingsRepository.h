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
    /** An integer setting: `fallback` when the key is unset or its value is not a number. */
    Result<qint64> integer(const QString &key, qint64 fallback);
    /** Sets `key` to `value` (inserted or replaced) inside the caller's transaction, if any. */
    Status set(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace comptoir
