#pragma once

#include <QStringList>

namespace comptoir::demo {

/**
 * French first and last names, street names: the data tables the demo customers are
 * made of. Accented names are on purpose (search must fold "Hélène" to "helene").
 * Lists are roughly ordered from common to rare; the generator favours the front.
 */
const QStringList &femaleFirstNames();
const QStringList &maleFirstNames();
const QStringList &lastNames();
/** "rue", "avenue", "place"... */
const QStringList &streetTypes();
/** "de la République", "Mercière", "Victor-Hugo"... (after a street type). */
const QStringList &streetNames();
/** Short notes a sales associate leaves on a customer's file. */
const QStringList &customerNotes();

} // namespace comptoir::demo
