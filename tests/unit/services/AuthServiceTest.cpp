#include "AccessFixture.h"

#include "storage/RoleRepository.h"

#include <QSqlQuery>

using namespace comptoir;
using comptoir::test::AccessFixture;

namespace {
const QString kPassword = QStringLiteral("un mot de passe assez long");
const QString kWrong = QStringLiteral("pas le bon mot de passe");
} // namespace

TEST_CASE("Signing in gives a session with the role's permissions", "[access][auth]")
{
    AccessFixture f;
    const qint64 id = f.addUser(QStringLiteral("marie"), QStringLiteral("sales_associate"), kPassword);
    const qint64 eventsBefore = f.t.count(QStringLiteral("login_event"));

    auto session = f.auth.signIn(QStringLiteral("Marie"), kPassword); // logins ignore case
    REQUIRE(session.ok());
    CHECK(session->userId == id);
    CHECK(session->login == QStringLiteral("marie"));
    CHECK(session->role == QStringLiteral("sales_associate"));
    RoleRepository roles(f.t.db());
    CHECK(session->permissions == roles.permissionsOf(QStringLiteral("sales_associate")).value());
    CHECK(session->can(QStringLiteral("customer.read")));
    CHECK_FALSE(session->can(QStringLiteral("user.admin")));

    CHECK(f.t.count(QStringLiteral("login_event")) == eventsBefore + 1);
    CHECK(f.t.scalar(QStringLiteral("SELECT success || reason FROM login_event ORDER BY id DESC LIMIT 1")).toString()
          == QStringLiteral("1ok"));
    CHECK(f.t.scalar(QStringLiteral("SELECT action || '/' || scope FROM audit_log ORDER BY id DESC LIMIT 1")).toString()
          == QStringLiteral("sign_in/system"));
}

TEST_CASE("An unknown login and a wrong password look the same and cost the same", "[access][auth]")
{
    AccessFixture f;
    f.addUser(QStringLiteral("marie"), QStringLiteral("sales_associate"), kPassword);

    const int v0 = f.hasher.verifications();
    auto unknown = f.auth.signIn(QStringLiteral("nobody"), kPassword);
    const int v1 = f.hasher.verifications();
    auto wrong = f.auth.signIn(QStringLiteral("marie"), kWrong);
    const int v2 = f.hasher.verifications();

    REQUIRE_FALSE(unknown.ok());
    REQUIRE_FALSE(wrong.ok());
    CHECK(unknown.error().code == ErrorCode::Authentication);
    CHECK(unknown.error().code == wrong.error().code);
    CHECK(unknown.error().field == wrong.error().field);
    CHECK(unknown.error().message == wrong.error().message);
    CHECK(unknown.error().message == QStringLiteral("wrong login or password"));
    // Each path ran exactly one Argon2id verification: the unknown login against the dummy hash.
    CHECK(v1 - v0 == 1);
    CHECK(v2 - v1 == 1);

    // Both are in the sign-in log with their real reason.
    QSqlQuery q(f.t.db().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT login, success, reason, user_id FROM login_event ORDER BY id")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("nobody"));
    CHECK(q.value(1).toInt() == 0);
    CHECK(q.value(2).toString() == QStringLiteral("unknown login"));
    CHECK(q.value(3).isNull());
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("marie"));
    CHECK(q.value(2).toString() == QStringLiteral("wrong password"));
    // The unknown login stays out of the audit trail; the failure on a real account is in it.
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE changes LIKE '%nobody%'")).toInt() == 0);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'sign_in_failed'")).toInt() == 1);
}

TEST_CASE("Five failures lock the account for 15 minutes", "[access][auth][lockout]")
{
    AccessFixture f;
    const qint64 id = f.addUser(QStringLiteral("marie"), QStringLiteral("sales_associate"), kPassword);

    for (int i = 1; i <= 4; ++i) {
        auto r = f.auth.signIn(QStringLiteral("marie"), kWrong);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == QStringLiteral("wrong login or password"));
        CHECK(f.t.scalar(QStringLiteral("SELECT failed_attempts FROM app_user WHERE id = %1").arg(id)).toInt() == i);
    }
    auto fifth = f.auth.signIn(QStringLiteral("marie"), kWrong);
    REQUIRE_FALSE(fifth.ok());
    CHECK(fifth.error().message.contains(QStringLiteral("locked")));
    const QDateTime expected = f.t.clock().nowUtc().addSecs(15 * 60);
    CHECK(fifth.error().message.contains(expected.toLocalTime().toString(QStringLiteral("HH:mm"))));
    CHECK(fromIsoUtc(f.t.scalar(QStringLiteral("SELECT locked_until FROM app_user WHERE id = %1").arg(id)).toString())
          == expected);
    CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'lock'")).toInt() == 1);

    SECTION("the right password is refused while locked, without checking it")
    {
        const int before = f.hasher.verifications();
        f.t.clock().advanceSeconds(14 * 60 + 59);
        auto r = f.auth.signIn(QStringLiteral("marie"), kPassword);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message.contains(QStringLiteral("locked")));
        CHECK(f.hasher.verifications() == before);
    }
    SECTION("after the delay the right password works and resets the counter")
    {
        f.t.clock().advanceSeconds(15 * 60);
        auto r = f.auth.signIn(QStringLiteral("marie"), kPassword);
        REQUIRE(r.ok());
        CHECK(f.t.scalar(QStringLiteral("SELECT failed_attempts FROM app_user WHERE id = %1").arg(id)).toInt() == 0);
        CHECK(f.t.scalar(QStringLiteral("SELECT locked_until IS NULL FROM app_user WHERE id = %1").arg(id)).toInt() == 1);
    }
    SECTION("after the delay a wrong password starts a new series (not an immediate re-lock)")
    {
        f.t.clock().advanceSeconds(15 * 60);
        auto r = f.auth.signIn(QStringLiteral("marie"), kWrong);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message == QStringLiteral("wrong login or password"));
        CHECK(f.t.scalar(QStringLiteral("SELECT failed_attempts FROM app_user WHERE id = %1").arg(id)).toInt() == 1);
    }
}

TEST_CASE("The lock-out threshold and delay are settings", "[access][auth][lockout]")
{
    AccessFixture f;
    f.addUser(QStringLiteral("marie"), QStringLiteral("sales_associate"), kPassword);
    REQUIRE(f.t.db().exec(QStringLiteral("UPDATE setting SET value = '3' WHERE key = 'auth.max_failed_attempts'")).ok());
    REQUIRE(f.t.db().exec(QStringLiteral("UPDATE setting SET value = '2' WHERE key = 'auth.lockout_minutes'")).ok());
    CHECK_FALSE(f.auth.signIn(QStringLiteral("marie"), kWrong).error().message.contains(QStringLiteral("locked")));
    CHECK_FALSE(f.auth.signIn(QStringLiteral("marie"), kWrong).error().message.contains(QStringLiteral("locked")));
    CHECK(f.auth.signIn(QStringLiteral("marie"), kWrong).error().message.contains(QStringLiteral("locked")));
    f.t.clock().advanceSeconds(119);
    CHECK_FALSE(f.auth.signIn(QStringLiteral("marie"), kPassword).ok());
    f.t.clock().advanceSeconds(1);
    CHECK(f.auth.signIn(QStringLiteral("marie"), kPassword).ok());
}

TEST_CASE("A success resets the failure counter", "[access][auth][lockout]")
{
    AccessFixture f;
    f.addUser(QStringLiteral("marie"), QStringLiteral("sales_associate"), kPassword);
    for (int i = 0; i < 4; ++i)
        REQUIRE_FALSE(f.auth.signIn(QStringLiteral("marie"), kWrong).ok());
    REQUIRE(f.auth.signIn(QStringLiteral("marie"), kPassword).ok());
    for (int i = 0; i < 4; ++i)
        CHECK(f.auth.signIn(QStringLiteral("marie"), kWrong).error().message == QStringLiteral("wrong login or password"));
    CHECK(f.auth.signIn(QStringLiteral("marie"), kPassword).ok());
}

TEST_CASE("A disabled account is refused", "[access][auth]")
{
    AccessFixture f;
    const qint64 id = f.addUser(QStringLiteral("paul"), QStringLiteral("intern"), kPassword);
    REQUIRE(f.admin.setActive(f.t.technician(), id, false).ok());

    auto right = f.auth.signIn(QStringLiteral("paul"), kPassword);
    REQUIRE_FALSE(right.ok());
    CHECK(right.error().code == ErrorCode::Authentication);
    CHECK(right.error().message.contains(QStringLiteral("disabled")));
    // Someone without the password learns nothing about the account.
    auto wrong = f.auth.signIn(QStringLiteral("paul"), kWrong);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().message == QStringLiteral("wrong login or password"));
    CHECK(f.t.scalar(QStringLiteral("SELECT reason FROM login_event WHERE success = 0 ORDER BY id LIMIT 1")).toString()
          == QStringLiteral("disabled"));

    REQUIRE(f.admin.setActive(f.t.technician(), id, true).ok());
    CHECK(f.auth.signIn(QStringLiteral("paul"), kPassword).ok());
}

TEST_CASE("A sign-in re-hashes a password made with an older cost", "[access][auth][password]")
{
    AccessFixture f;
    f.addUser(QStringLiteral("marie"), QStringLiteral("sales_associate"), kPassword);
    const QString oldHash = f.hashOf(QStringLiteral("marie"));

    const PasswordHasher stronger(PasswordCost{2, 2 * PasswordCost::testMinimum().memLimitBytes});
    REQUIRE(stronger.needsRehash(oldHash));
    AuthService auth(f.t.db(), f.t.clock(), stronger);
    REQUIRE(auth.signIn(QStringLiteral("marie"), kPassword).ok());

    const QString newHash = f.hashOf(QStringLiteral("marie"));
    CHECK(newHash != oldHash);
    CHECK_FALSE(stronger.needsRehash(newHash));
    CHECK(stronger.verify(newHash, kPassword));
    CHECK(f.t.scalar(QStringLiteral("SELECT changes FROM audit_log ORDER BY id DESC LIMIT 1")).toString()
              .contains(QStringLiteral("\"rehashed\":true")));

    SECTION("a wrong password never re-hashes")
    {
        const PasswordHasher third(PasswordCost{3, 2 * PasswordCost::testMinimum().memLimitBytes});
        AuthService auth3(f.t.db(), f.t.clock(), third);
        REQUIRE_FALSE(auth3.signIn(QStringLiteral("marie"), kWrong).ok());
        CHECK(f.hashOf(QStringLiteral("marie")) == newHash);
    }
}

TEST_CASE("Users change their own password", "[access][auth]")
{
    AccessFixture f;
    f.addUser(QStringLiteral("marie"), QStringLiteral("sales_associate"), kPassword);
    auto session = f.auth.signIn(QStringLiteral("marie"), kPassword);
    REQUIRE(session.ok());
    const QString newPassword = QStringLiteral("une nouvelle phrase de passe");
    const QString hashBefore = f.hashOf(QStringLiteral("marie"));

    SECTION("a wrong current password is refused and changes nothing")
    {
        const Status s = f.auth.changePassword(*session, kWrong, newPassword);
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QStringLiteral("old_password"));
        CHECK(f.hashOf(QStringLiteral("marie")) == hashBefore);
    }
    SECTION("a new password of 11 characters is refused")
    {
        const Status s = f.auth.changePassword(*session, kPassword, QStringLiteral("abcdefghijk"));
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().field == QStringLiteral("new_password"));
        CHECK(f.hashOf(QStringLiteral("marie")) == hashBefore);
    }
    SECTION("the same password is refused")
    {
        CHECK(f.auth.changePassword(*session, kPassword, kPassword).error().field == QStringLiteral("new_password"));
    }
    SECTION("a session with no user cannot change anything")
    {
        CHECK(f.auth.changePassword(Session(), kPassword, newPassword).error().code == ErrorCode::PermissionDenied);
    }
    SECTION("the change takes effect and is audited without the password")
    {
        REQUIRE(f.auth.changePassword(*session, kPassword, newPassword).ok());
        CHECK_FALSE(f.auth.signIn(QStringLiteral("marie"), kPassword).ok());
        CHECK(f.auth.signIn(QStringLiteral("marie"), newPassword).ok());
        CHECK(f.t.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'change_password'")).toInt() == 1);
    }
}

TEST_CASE("An idle-locked session unlocks with its user's password", "[access][auth]")
{
    AccessFixture f;
    f.addUser(QStringLiteral("marie"), QStringLiteral("sales_associate"), kPassword);
    auto session = f.auth.signIn(QStringLiteral("marie"), kPassword);
    REQUIRE(session.ok());

    CHECK(f.auth.idleLockMinutes().value() == 10);
    REQUIRE(f.t.db().exec(QStringLiteral("UPDATE setting SET value = '3' WHERE key = 'auth.idle_lock_minutes'")).ok());
    CHECK(f.auth.idleLockMinutes().value() == 3);

    CHECK(f.auth.unlock(*session, kPassword).ok());
    const Status wrong = f.auth.unlock(*session, kWrong);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::Authentication);
    // Another user's password does not unlock this session.
    f.addUser(QStringLiteral("paul"), QStringLiteral("intern"), QStringLiteral("le mot de passe de paul"));
    CHECK_FALSE(f.auth.unlock(*session, QStringLiteral("le mot de passe de paul")).ok());

    SECTION("failed unlocks count towards the lock-out")
    {
        for (int i = 0; i < 3; ++i)
            REQUIRE_FALSE(f.auth.unlock(*session, kWrong).ok());
        const Status locked = f.auth.unlock(*session, kPassword);
        REQUIRE_FALSE(locked.ok());
        CHECK(locked.error().message.contains(QStringLiteral("locked")));
    }
}

TEST_CASE("No audit entry or log line ever holds a password or a hash", "[access][auth]")
{
    AccessFixture f;
    const qint64 id = f.addUser(QStringLiteral("marie"), QStringLiteral("sales_associate"), kPassword);
    auto session = f.auth.signIn(QStringLiteral("marie"), kPassword);
    REQUIRE(session.ok());
    (void)f.auth.signIn(QStringLiteral("marie"), kWrong);
    REQUIRE(f.auth.changePassword(*session, kPassword, QStringLiteral("second mot de passe long")).ok());
    REQUIRE(f.admin.resetPassword(f.t.technician(), id, QStringLiteral("troisieme mot de passe")).ok());
    const QString hash = f.hashOf(QStringLiteral("marie"));

    CHECK(f.t.count(QStringLiteral("audit_log")) >= 5);
    for (const QString &needle : {kPassword, kWrong, QStringLiteral("second mot de passe long"),
                                  QStringLiteral("troisieme mot de passe"), QStringLiteral("$argon2"), hash}) {
        INFO(needle.toStdString());
        QSqlQuery q(f.t.db().connection());
        q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM audit_log WHERE instr(changes, ?) > 0) + "
                                 "(SELECT count(*) FROM login_event WHERE instr(reason, ?) > 0 OR instr(login, ?) > 0)"));
        q.addBindValue(needle);
        q.addBindValue(needle);
        q.addBindValue(needle);
        REQUIRE(q.exec());
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() == 0);
    }
}
