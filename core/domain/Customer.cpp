#include "domain/Customer.h"

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace comptoir {

QString toString(CustomerStatus status)
{
    return status == CustomerStatus::Customer ? QStringLiteral("customer") : QStringLiteral("prospect");
}

CustomerStatus customerStatusFromString(const QString &text)
{
    return text == QLatin1String("customer") ? CustomerStatus::Customer : CustomerStatus::Prospect;
}

Result<CustomerInput> validateCustomer(const CustomerInput &input, const QDate &today)
{
    using namespace validation;
    CustomerInput out = input;

    BOOST_OUTCOME_TRY(first, requiredText(QStringLiteral("first_name"), input.firstName));
    out.firstName = first;
    BOOST_OUTCOME_TRY(last, requiredText(QStringLiteral("last_name"), input.lastName));
    out.lastName = last;

    BOOST_OUTCOME_TRY(title, optionalText(QStringLiteral("title"), input.title, 20));
    out.title = title;

    if (!input.email.trimmed().isEmpty()) {
        BOOST_OUTCOME_TRY(e, email(input.email));
        out.email = e;
    } else {
        out.email.clear();
    }
    if (!input.phone.trimmed().isEmpty()) {
        BOOST_OUTCOME_TRY(p, phone(input.phone));
        out.phone = p;
    } else {
        out.phone.clear();
    }
    if (!input.postalCode.trimmed().isEmpty()) {
        BOOST_OUTCOME_TRY(pc, postalCode(input.postalCode));
        out.postalCode = pc;
    } else {
        out.postalCode.clear();
    }
    BOOST_OUTCOME_TRY(address, optionalText(QStringLiteral("address"), input.address, 200));
    out.address = address;
    BOOST_OUTCOME_TRY(city, optionalText(QStringLiteral("city"), input.city, 100));
    out.city = city;

    if (!input.birthDate.isNull()) {
        BOOST_OUTCOME_TRYV(birthDate(input.birthDate, today));
    }
    if (!input.loyaltyCard.trimmed().isEmpty()) {
        static const QRegularExpression card(QStringLiteral("^[A-Za-z0-9-]{4,32}$"));
        const QString c = input.loyaltyCard.trimmed();
        if (!card.match(c).hasMatch())
            return Error::validation(QStringLiteral("loyalty_card"),
                                     QCoreApplication::translate("comptoir::Customer",
                                                                 "\"%1\" is not a loyalty card number (4 to 32 letters or digits)")
                                         .arg(c));
        out.loyaltyCard = c.toUpper();
    } else {
        out.loyaltyCard.clear();
    }
    static const QStringList channels{QStringLiteral("store"), QStringLiteral("phone"), QStringLiteral("email"),
                                      QStringLiteral("web"), QStringLiteral("social"), QStringLiteral("loyalty"),
                                      QStringLiteral("import")};
    if (!channels.contains(input.sourceChannel))
        return Error::validation(QStringLiteral("source_channel"),
                                 QCoreApplication::translate("comptoir::Customer", "unknown channel \"%1\"")
                                     .arg(input.sourceChannel));
    BOOST_OUTCOME_TRY(notes, optionalText(QStringLiteral("notes"), input.notes, 5000));
    out.notes = notes;
    return out;
}

} // namespace comptoir
