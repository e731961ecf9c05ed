#include "domain/StoreValidation.h"

#include "domain/Validation.h"

#include <QCoreApplication>

namespace comptoir {

namespace {

/** Empty text rather than a null QString: the store columns are NOT NULL. */
QString emptyIfNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

Result<QString> validateSiret(const QString &value, const QString &field)
{
    QString digits = value;
    digits.remove(QLatin1Char(' '));
    if (digits.size() != 14)
        return Error::validation(field, QCoreApplication::translate("comptoir::StoreValidation",
                                                                    "must have 14 digits (got %1 characters)")
                                            .arg(digits.size()));
    int luhn = 0;
    int plain = 0;
    for (int i = 0; i < 14; ++i) {
        const QChar c = digits.at(i);
        if (!c.isDigit() || c.unicode() > '9')
            return Error::validation(field, QCoreApplication::translate("comptoir::StoreValidation",
                                                                        "must contain only digits (got \"%1\")")
                                                .arg(value.trimmed()));
        const int d = c.unicode() - '0';
        plain += d;
        // Luhn from the right: the 14th digit is not doubled, the 13th is, and so on.
        const bool doubled = (13 - i) % 2 == 1;
        luhn += doubled ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
    }
    const bool laPoste = digits.startsWith(QLatin1String("356000000"));
    if (laPoste ? plain % 5 != 0 : luhn % 10 != 0)
        return Error::validation(field, QCoreApplication::translate("comptoir::StoreValidation",
                                                                    "%1 is not a valid SIRET (wrong check digit)")
                                            .arg(digits));
    return digits;
}

Result<StoreInfo> validateStoreInfo(const StoreInfo &info)
{
    StoreInfo out = info;
    BOOST_OUTCOME_TRY(name, validation::requiredText(QStringLiteral("name"), info.name, 100));
    out.name = name;
    BOOST_OUTCOME_TRY(address, validation::optionalText(QStringLiteral("address"), info.address, 200));
    out.address = address;
    if (info.postalCode.trimmed().isEmpty()) {
        out.postalCode.clear();
    } else {
        BOOST_OUTCOME_TRY(postal, validation::postalCode(info.postalCode, QStringLiteral("postal_code")));
        out.postalCode = postal;
    }
    BOOST_OUTCOME_TRY(city, validation::optionalText(QStringLiteral("city"), info.city, 100));
    out.city = city;
    if (info.phone.trimmed().isEmpty()) {
        out.phone.clear();
    } else {
        BOOST_OUTCOME_TRY(phone, validation::phone(info.phone, QStringLiteral("phone")));
        out.phone = phone;
    }
    if (info.siret.trimmed().isEmpty()) {
        out.siret.clear();
    } else {
        BOOST_OUTCOME_TRY(siret, validateSiret(info.siret));
        out.siret = siret;
    }
    for (QString *text : {&out.address, &out.postalCode, &out.city, &out.phone, &out.siret})
        *text = emptyIfNull(*text);
    return out;
}

} // namespace comptoir
