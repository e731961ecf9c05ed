#include "domain/StockMove.h"

#include "domain/Validation.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace comptoir {

namespace {

constexpr std::array<std::pair<StockMoveKind, const char *>, 7> kNames{{
    {StockMoveKind::Delivery, "delivery"},
    {StockMoveKind::Adjustment, "adjustment"},
    {StockMoveKind::Loss, "loss"},
    {StockMoveKind::Sale, "sale"},
    {StockMoveKind::Return, "return"},
    {StockMoveKind::Damaged, "damaged"},
    {StockMoveKind::Import, "import"},
}};

} // namespace

QString toString(StockMoveKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return QLatin1String(name);
    }
    return QString();
}

std::optional<StockMoveKind> stockMoveKindFromString(const QString &text)
{
    for (const auto &[k, name] : kNames) {
        if (text == QLatin1String(name))
            return k;
    }
    return std::nullopt;
}

Result<qint64> signedMoveQuantity(StockMoveKind kind, qint64 entered, const QString &field)
{
    switch (kind) {
    case StockMoveKind::Adjustment:
    case StockMoveKind::Import:
        if (entered == 0)
            return Error::validation(field, QCoreApplication::translate("comptoir::StockMove", "must not be zero"));
        return entered;
    case StockMoveKind::Loss:
    case StockMoveKind::Damaged:
    case StockMoveKind::Sale: {
        BOOST_OUTCOME_TRY(q, validation::positiveQuantity(entered, field));
        return -q;
    }
    case StockMoveKind::Delivery:
    case StockMoveKind::Return:
        return validation::positiveQuantity(entered, field);
    }
    return entered;
}

Result<QString> moveReason(StockMoveKind kind, const QString &reason, const QString &field)
{
    const bool required = kind == StockMoveKind::Adjustment || kind == StockMoveKind::Loss
        || kind == StockMoveKind::Damaged;
    if (required)
        return validation::requiredText(field, reason, 200);
    return validation::optionalText(field, reason, 200);
}

} // namespace comptoir
