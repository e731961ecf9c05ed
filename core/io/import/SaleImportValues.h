#pragma once

#include "domain/Sale.h"

#include <QHash>
#include <QString>
#include <QStringView>

#include <optional>
#include <unordered_map>

// The quick value readers of the historical sales import (SaleImportWriter), tried before the
// general ValueParsers on each of a million cells, and the sale keys already met.
namespace comptoir::saleimport {

/** "2026-11-24T09:30:00Z" without QDateTime parsing; false when `text` is not exactly that. */
bool parseIsoUtcSeconds(QStringView text, qint64 &seconds);
/** Plain "12", "12.5", "12,50" (ASCII digits, at most 2 decimals) as cents; nullopt otherwise (ValueParsers decides then). */
std::optional<qint64> plainCents(QStringView text);
/** Plain "3" (ASCII digits only) as an integer; nullopt otherwise. */
std::optional<qint64> plainInteger(QStringView text);
/** A payment method as old tills write it (French and English names); card when empty. */
std::optional<PaymentMethod> historicalPaymentMethod(const QString &text);

/**
 * The sale keys already met, with the line of their first row. Exports number their sales,
 * so a key written as a plain number (no sign, no leading zero) is kept as an integer: a
 * million-line file then costs 16 bytes per sale instead of a string each.
 */
class SeenSaleKeys {
public:
    /** The line where `key` was first met, 0 if never; records it (at `line`) when new. */
    qint64 firstLineOrAdd(const QString &key, qint64 line);

private:
    std::unordered_map<qint64, qint64> m_numbers;
    QHash<QString, qint64> m_texts;
};

} // namespace comptoir::saleimport
