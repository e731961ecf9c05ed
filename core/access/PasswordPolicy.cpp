#include "access/PasswordPolicy.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct PasswordPolicyText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::PasswordPolicy)
};

} // namespace

int PasswordPolicy::length(const QString &password)
{
    return static_cast<int>(password.toUcs4().size());
}

Status PasswordPolicy::check(const QString &password, const QString &field)
{
    const int n = length(password);
    if (n < kMinLength)
        return Error::validation(field, PasswordPolicyText::tr("must have at least %1 characters (got %2)").arg(kMinLength).arg(n));
    if (n > kMaxLength)
        return Error::validation(field, PasswordPolicyText::tr("must have at most %1 characters (got %2)").arg(kMaxLength).arg(n));
    return {};
}

} // namespace comptoir
