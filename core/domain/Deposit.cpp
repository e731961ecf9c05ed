#include "domain/Deposit.h"

namespace comptoir {

QString toString(DepositKind kind)
{
    return kind == DepositKind::Arrhes ? QStringLiteral("arrhes") : QStringLiteral("acompte");
}

QString toString(DepositStatus status)
{
    switch (status) {
    case DepositStatus::Open:
        return QStringLiteral("open");
    case DepositStatus::Applied:
        return QStringLiteral("applied");
    case DepositStatus::Refunded:
        return QStringLiteral("refunded");
    case DepositStatus::Forfeited:
        return QStringLiteral("forfeited");
    }
    return QString();
}

std::optional<DepositKind> depositKindFromString(const QString &text)
{
    if (text == QLatin1String("arrhes"))
        return DepositKind::Arrhes;
    if (text == QLatin1String("acompte"))
        return DepositKind::Acompte;
    return std::nullopt;
}

std::optional<DepositStatus> depositStatusFromString(const QString &text)
{
    for (DepositStatus s : {DepositStatus::Open, DepositStatus::Applied, DepositStatus::Refunded, DepositStatus::Forfeited}) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

} // namespace comptoir
