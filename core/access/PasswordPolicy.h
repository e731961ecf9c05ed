#pragma once

#include "domain/Result.h"

#include <QString>

namespace comptoir {

/**
 * What a new password must be: at least 12 and at most 1024 characters (Unicode code
 * points, so "é" counts once), no composition rules, so long passphrases are welcome.
 */
class PasswordPolicy final {
public:
    static constexpr int kMinLength = 12;
    static constexpr int kMaxLength = 1024;

    /** The number of code points of `password` (a surrogate pair counts once). */
    static int length(const QString &password);

    /** Checks a new password; the error names `field`. */
    static Status check(const QString &password, const QString &field = QStringLiteral("password"));
};

} // namespace comptoir
