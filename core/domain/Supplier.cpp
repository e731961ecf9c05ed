#include "domain/Supplier.h"

#include "domain/Validation.h"

namespace comptoir {

Result<SupplierInput> validateSupplier(const SupplierInput &input)
{
    using namespace validation;
    SupplierInput out = input;

    BOOST_OUTCOME_TRY(name, requiredText(QStringLiteral("name"), input.name, 200));
    out.name = name;
    BOOST_OUTCOME_TRY(contact, optionalText(QStringLiteral("contact"), input.contact, 200));
    out.contact = contact;

    out.email.clear();
    if (!input.email.trimmed().isEmpty()) {
        BOOST_OUTCOME_TRY(e, email(input.email));
        out.email = e;
    }
    out.phone.clear();
    if (!input.phone.trimmed().isEmpty()) {
        BOOST_OUTCOME_TRY(p, phone(input.phone));
        out.phone = p;
    }
    BOOST_OUTCOME_TRY(address, optionalText(QStringLiteral("address"), input.address, 200));
    out.address = address;
    out.postalCode.clear();
    if (!input.postalCode.trimmed().isEmpty()) {
        BOOST_OUTCOME_TRY(pc, postalCode(input.postalCode));
        out.postalCode = pc;
    }
    BOOST_OUTCOME_TRY(city, optionalText(QStringLiteral("city"), input.city, 100));
    out.city = city;
    return out;
}

} // namespace comptoir
