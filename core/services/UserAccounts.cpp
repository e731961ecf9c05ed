#include "services/UserAccounts.h"

#include "access/PasswordHasher.h"
#include "access/PasswordPolicy.h"
#include "domain/Validation.h"
#include "services/AuditTrail.h"
#include "storage/RoleRepository.h"
#include "storage/UserRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct UserAccountsText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::UserAccounts)
};

} // namespace

Result<NewUser> UserAccounts::validate(const NewUser &input)
{
    NewUser out = input;
    out.login = input.login.trimmed();
    static const QRegularExpression loginRule(QStringLiteral("^[\\p{L}\\p{N}._@-]+$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    const int loginLength = static_cast<int>(out.login.toUcs4().size());
    if (loginLength < 2 || loginLength > 64)
        return Error::validation(QStringLiteral("login"),
                                 UserAccountsText::tr("must have 2 to 64 characters (got %1)").arg(loginLength));
    if (!loginRule.match(out.login).hasMatch())
        return Error::validation(QStringLiteral("login"),
                                 UserAccountsText::tr("may only hold letters, digits and . _ - @ (got \"%1\")").arg(out.login));
    BOOST_OUTCOME_TRY(name, validation::requiredText(QStringLiteral("display_name"), input.displayName, 100));
    out.displayName = name;
    out.role = input.role.trimmed();
    if (out.role.isEmpty())
        return Error::validation(QStringLiteral("role"), UserAccountsText::tr("is required"));
    BOOST_OUTCOME_TRYV(PasswordPolicy::check(input.password));
    return out;
}

Result<qint64> UserAccounts::create(const Session &actor, const NewUser &input)
{
    BOOST_OUTCOME_TRY(valid, validate(input));
    RoleRepository roles(m_db);
    auto roleId = roles.roleId(valid.role);
    if (!roleId) {
        if (roleId.error().code == ErrorCode::NotFound)
            return Error::validation(QStringLiteral("role"), roleId.error().message);
        return roleId.error();
    }
    UserRepository users(m_db);
    BOOST_OUTCOME_TRY(existing, users.findByLogin(valid.login));
    if (existing.has_value())
        return Error::conflict(QStringLiteral("login"), UserAccountsText::tr("login \"%1\" is already taken").arg(valid.login));

    BOOST_OUTCOME_TRY(hash, m_hasher.hash(valid.password));
    const QDateTime now = m_clock.nowUtc();
    BOOST_OUTCOME_TRY(id, users.insert(valid, *roleId, hash, now));

    ChangeSet changes;
    changes.created(QStringLiteral("login"), valid.login);
    changes.created(QStringLiteral("display_name"), valid.displayName);
    changes.created(QStringLiteral("role"), valid.role);
    AuditTrail audit(m_db, m_clock);
    BOOST_OUTCOME_TRYV(audit.record(actor, QStringLiteral("create"), QStringLiteral("user"), id, scope::system(),
                                    changes.toJson()));
    return id;
}

} // namespace comptoir
