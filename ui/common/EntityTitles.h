#pragma once

#include "domain/ImportTypes.h"

#include <QString>

namespace comptoir::ui {

/**
 * The translated title of an import or export entity ("customers" → "Customers"). An
 * entity added to the core later shows its name until it is given a title here.
 */
QString entityTitle(const QString &entity);
inline QString entityTitle(ImportEntity entity)
{
    return entityTitle(toString(entity));
}

/**
 * The translated title of an import field ("first_name" → "First name"); the mapping page
 * shows it, with the field's name (the column an export writes) as its tooltip. An unknown
 * field shows its name.
 */
QString fieldTitle(const QString &field);

} // namespace comptoir::ui
