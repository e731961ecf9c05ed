#pragma once

#include "domain/Money.h"
#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace comptoir {

/**
 * Reads the values of CSV cells as French and English spreadsheets write them. Each
 * parser trims the text, names `field` in its error and quotes the rejected text.
 * An empty cell is an error: optional columns are the caller's decision.
 */
class ValueParsers {
public:
    /** "2026-11-23", "23/11/2026" or "3/7/2026" (day first). */
    static Result<QDate> date(const QString &text, const QString &field);
    /**
     * A local date and time: "2026-11-23 14:30", "2026-11-23T14:30:05",
     * "23/11/2026 14:30" (seconds optional). A date alone means midnight.
     */
    static Result<QDateTime> localDateTime(const QString &text, const QString &field);
    /** "12,50", "12.50", "1 234,50 €", "-3,5", "12" (see Money::parse). */
    static Result<Money> money(const QString &text, const QString &field);
    /** oui/non, yes/no, vrai/faux, true/false, 1/0, o/n, y/n; any case. */
    static Result<bool> boolean(const QString &text, const QString &field);
    /** A whole number, optionally signed, with spaces (also no-break) between digit groups. */
    static Result<qint64> integer(const QString &text, const QString &field);
};

} // namespace comptoir
