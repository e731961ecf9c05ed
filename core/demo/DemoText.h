#pragma once

#include <QString>
#include <QtGlobal>

namespace comptoir::demo {

/** "Hélène d'Aubigné-Œuf" → "helenedaubigne-oeuf": lower-case ASCII for e-mail addresses. */
QString asciiFold(const QString &text);

/** A shop price near `cents`: ends in ,50 or ,90 below 10 €, in ,90 below 100 €, in 9,00 or 5,00 above. */
qint64 shopPrice(qint64 cents);

/** `digits` followed by its Luhn check digit (SIRET and SIREN numbers use it). */
QString withLuhnDigit(const QString &digits);

} // namespace comptoir::demo
