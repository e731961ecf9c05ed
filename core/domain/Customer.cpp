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

    auto first = requiredText(QStringLiteral("first_name"), input.firstName);
    if (!first)
        return first.error();
    out.firstName = *first;
    auto last = requiredText(QStringLiteral("last_name"), input.lastName);
    if (!last)
        return last.error();
    out.lastName = *last;

    auto title = optionalText(QStringLiteral("title"), input.title, 20);
    if (!title)
        return title.error();
    out.title = *title;

    if (!input.email.trimmed().isEmpty()) {
        auto e = email(input.email);
        if (!e)
            return e.error();
        out.email = *e;
    } else {
        out.email.clear();
    }
    if (!input.phone.trimmed().isEmpty()) {
        auto p = phone(input.phone);
        if (!p)
            return p.error();
        out.phone = *p;
    } else {
        out.phone.clear();
    }
    if (!input.postalCode.trimmed().isEmpty()) {
        auto pc = postalCode(input.postalCode);
        if (!pc)
            return pc.error();
        out.postalCode = *pc;
    } else {
        out.postalCode.clear();
    }
    auto address = optionalText(QStringLiteral("address"), input.address, 200);
    if (!address)
        return address.error();
    out.address = *address;
    auto city = optionalText(QStringLiteral("city"), input.city, 100);
    if (!city)
        return city.error();
    out.city = *city;

    if (!input.birthDate.isNull()) {
        auto b = birthDate(input.birthDate, today);
        if (!b)
            return b.error();
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
    auto notes = optionalText(QStringLiteral("notes"), input.notes, 5000);
    if (!notes)
        return notes.error();
    out.notes = *notes;
    return out;
}

} // namespace comptoir
