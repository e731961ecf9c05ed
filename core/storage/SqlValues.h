#pragma once

#include <QVariant>

namespace comptoir {

/** An optional foreign key for a bound value: NULL when `id` is 0 (no row). */
inline QVariant nullIfZero(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

} // namespace comptoir
