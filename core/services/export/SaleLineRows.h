#pragma once

/*
 * The "sales" export: ONE ROW PER SALE LINE, the lines of a sale consecutive and in
 * line order, sales in the order they were recorded. The historical-sales import reads
 * this file back (consecutive rows with the same sale_key form one sale). Columns:
 *
 *   sale_key        the sale number (integer), the same on every line of the sale
 *   sold_at         the sale's date-time in UTC, ISO 8601: 2026-11-24T09:30:00Z
 *   customer_email  the customer's e-mail; empty for an anonymous sale or none on file
 *   customer_card   the customer's loyalty card number; empty when none
 *   sku             the product's SKU (always set)
 *   ean13           the product's EAN-13; empty when none
 *   quantity        integer, > 0
 *   unit_price      unit price incl. VAT, decimal comma: 12,50 (a dot with separator ',')
 *   discount        the line's discount amount incl. VAT, same format; 0 when none
 *   vat_rate        percent, decimal comma: 20, 5,5, 2,1
 *   payment_method  cash, card, cheque, voucher, store_credit or deposit: the method of
 *                   the sale's largest payment (split payments are not exported)
 *   staff_login     the login of the staff member who recorded the sale; may be empty
 */

#include "services/export/EntityRows.h"

namespace comptoir {

class SaleLineRows {
public:
    static QStringList columns();
    static Status forEach(Database &db, const EntityRows::Sink &sink);
};

} // namespace comptoir
