#include "domain/Supplier.h"

#include "domain/Validation.h"

namespace comptoir {

Result<SupplierInput> validateSupplier(const SupplierInput &input)
{
    using namespace validation;
    SupplierInput out = input;

    auto name = requiredText(QStringLiteral("name"), input.name, 200);
    if (!name)
        return name.error();
    out.name = *name;
    auto contact = optionalText(QStringLiteral("contact"), input.contact, 200);
    if (!contact)
        return contact.error();
    out.contact = *contact;

    out.email.clear();
    if (!input.email.trimmed().isEmpty()) {
        auto e = email(input.email);
        if (!e)
            return e.error();
        out.email = *e;
    }
    out.phone.clear();
    if (!input.phone.trimmed().isEmpty()) {
        auto p = phone(input.phone);
        if (!p)
            return p.error();
        out.phone = *p;
    }
    auto address = optionalText(QStringLiteral("address"), input.address, 200);
    if (!address)
        return address.error();
    out.address = *address;
    out.postalCode.clear();
    if (!input.postalCode.trimmed().isEmpty()) {
        auto pc = postalCode(input.postalCode);
        if (!pc)
            return pc.error();
        out.postalCode = *pc;
    }
    auto city = optionalText(QStringLiteral("city"), input.city, 100);
    if (!city)
        return city.error();
    out.city = *city;
    return out;
}

} // namespace comptoir
