#pragma once

#include "TestDatabase.h"

#include "access/PasswordHasher.h"
#include "services/AuthService.h"
#include "services/UserAdminService.h"

#include <catch2/catch.hpp>

namespace comptoir::test {

/** A test database with the auth services, hashing at libsodium's minimum cost. */
struct AccessFixture {
    TestDatabase t;
    PasswordHasher hasher{PasswordCost::testMinimum()};
    AuthService auth{t.db(), t.clock(), hasher};
    UserAdminService admin{t.db(), t.clock(), hasher};

    explicit AccessFixture(TestDatabase::Kind kind = TestDatabase::Kind::Memory) : t(kind) {}

    /** Creates an account through the technician's user admin; fails the test if refused. */
    qint64 addUser(const QString &login, const QString &role, const QString &password)
    {
        auto id = admin.createUser(t.technician(), {login, login + QStringLiteral(" Name"), role, password});
        if (!id.ok())
            FAIL(id.error().toString().toStdString());
        return *id;
    }

    QString hashOf(const QString &login)
    {
        return t.scalar(QStringLiteral("SELECT password_hash FROM app_user WHERE login = '%1'").arg(login)).toString();
    }
};

} // namespace comptoir::test
