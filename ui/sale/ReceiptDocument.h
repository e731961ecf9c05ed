#pragma once

#include "common/AppContext.h"
#include "domain/CreditNote.h"
#include "domain/Sale.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QTextDocument;

namespace comptoir::ui {

/**
 * The printed receipt of a sale ("Ticket n° …") or of a credit note ("Avoir n° …"): the
 * store's identity (StoreService), number, date, lines, the VAT table per rate, payments
 * and change, the customer and their loyalty points, and the legal mentions. Built with
 * QTextCursor and plain-text inserts only: names that customers or imports supplied are
 * never interpreted as markup.
 */
class ReceiptDocument final {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ui::ReceiptDocument)

public:
    /** The receipt of `sale`. */
    static std::unique_ptr<QTextDocument> forSale(const AppContext &context, const Sale &sale);
    /** The receipt of `note`, which returns lines of `sale`. */
    static std::unique_ptr<QTextDocument> forCreditNote(const AppContext &context, const CreditNote &note, const Sale &sale);
};

} // namespace comptoir::ui
