#pragma once
// Small conversions between domain values and bound SQL values, shared by the repositories.
#include "domain/Clock.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace comptoir {

/** An optional foreign key for a bound value: NULL when `id` is 0 (no row). */
inline QVariant nullIfZero(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

/** An optional text column: NULL when `s` is empty. */
inline QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

/** A NOT NULL text column: a null QString is bound as '' (never as NULL). */
inline QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

/** An optional instant: NULL when invalid, else ISO 8601 UTC text. */
inline QVariant timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(toIsoUtc(t)) : QVariant();
}

} // namespace comptoir
