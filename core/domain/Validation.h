#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QString>

/**
 * The rules of the value types. Each function names the field it checks in the error
 * it returns and, on success, returns the normalised value.
 */
namespace comptoir::validation {

/** Trims; rejects an empty value, control characters and more than `maxLength` characters. */
Result<QString> requiredText(const QString &field, const QString &value, int maxLength = 100);
/** Like requiredText but an empty value is allowed (returns an empty string). */
Result<QString> optionalText(const QString &field, const QString &value, int maxLength = 2000);

/** An e-mail address "local@domain.tld"; the domain is lower-cased. Empty is rejected. */
Result<QString> email(const QString &value, const QString &field = QStringLiteral("email"));

/**
 * A French phone number normalised to E.164: "06 12 34 56 78", "06.12.34.56.78",
 * "+33 6 12 34 56 78", "0033612345678" all give "+33612345678"; overseas departments
 * get their own country code ("0690 12 34 56" gives "+590690123456"). A number already
 * in international form ("+44 20 7946 0958") is kept if it has 8 to 15 digits.
 */
Result<QString> phone(const QString &value, const QString &field = QStringLiteral("phone"));

/** The national display form of an E.164 French number: "+33612345678" gives "06 12 34 56 78". */
QString phoneForDisplay(const QString &e164);

/** 13 digits whose last one is the EAN-13 check digit of the first twelve. */
Result<QString> ean13(const QString &value, const QString &field = QStringLiteral("ean13"));
/** The check digit of the first twelve digits of `digits12`. */
int ean13CheckDigit(const QString &digits12);

/** A French postal code: five digits, not starting with "00". */
Result<QString> postalCode(const QString &value, const QString &field = QStringLiteral("postal_code"));

/** A quantity strictly greater than zero. */
Result<qint64> positiveQuantity(qint64 value, const QString &field = QStringLiteral("quantity"));

/** A date written "2026-11-23" or "23/11/2026". */
Result<QDate> date(const QString &value, const QString &field = QStringLiteral("date"));

/** A birth date: a valid date after 1900-01-01 and not after `today`. */
Result<QDate> birthDate(const QDate &value, const QDate &today, const QString &field = QStringLiteral("birth_date"));

/** A time range whose end is after its start. */
Status timeRange(const QDateTime &start, const QDateTime &end, const QString &field = QStringLiteral("ends_at"));

} // namespace comptoir::validation
