#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QLatin1String>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace comptoir {

/**
 * Prepares `sql` on `q`, binds `values` to its `?` in order and runs it. On failure, the
 * Error names `what` (translated by the caller) and carries the driver's text.
 */
Status execBound(QSqlQuery &q, const QString &sql, const QVariantList &values, const QString &what);

/**
 * Narrows a query being built to the instants [from, to) of `column` (a column name of
 * our own, never user input): appends " AND column >= ?" / " AND column < ?" to `sql` for
 * each valid end, and its value (ISO 8601 UTC) to `values`.
 */
void appendTimeWindow(QString &sql, QVariantList &values, QLatin1String column, const QDateTime &from,
                      const QDateTime &to);

} // namespace comptoir
