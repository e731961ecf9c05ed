#pragma once

#include "domain/Result.h"
#include "domain/Store.h"

namespace comptoir {

/**
 * A SIRET (French establishment number): 14 digits, spaces allowed when typed, with a
 * valid Luhn checksum (La Poste's establishments, SIREN 356000000, use a digit sum that
 * is a multiple of 5 instead). Returns the 14 digits.
 */
Result<QString> validateSiret(const QString &value, const QString &field = QStringLiteral("siret"));

/**
 * Checks the store's identity and returns it normalised: name required, postal code and
 * phone checked when given (phone stored in E.164), SIRET checked when given. The first
 * rule broken is returned, naming its field: name, address, postal_code, city, phone, siret.
 */
Result<StoreInfo> validateStoreInfo(const StoreInfo &info);

} // namespace comptoir
