#pragma once

#include "domain/Result.h"
#include "domain/User.h"

#include <QList>

namespace comptoir {

class Database;

/** The sign-in log (login_event): every attempt, successful or not. */
class LoginEventRepository final {
public:
    explicit LoginEventRepository(Database &db) : m_db(db) {}

    Status append(const LoginEvent &event);

    using Filter = LoginEventFilter;
    /** Newest first. */
    Result<QList<LoginEvent>> list(const Filter &filter);

private:
    Database &m_db;
};

} // namespace comptoir
