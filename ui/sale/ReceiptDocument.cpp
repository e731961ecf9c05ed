#include "sale/ReceiptDocument.h"

#include "domain/Money.h"
#include "sale/PaymentLabels.h"
#include "services/CustomerService.h"
#include "services/ProductService.h"
#include "services/StoreService.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTextTableFormat>

namespace comptoir::ui {

namespace {

/** Writes a receipt with plain-text inserts only. */
class Writer {
public:
    Writer(QTextDocument &doc) : m_cursor(&doc)
    {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(8.5);
        doc.setDefaultFont(font);
        doc.setDocumentMargin(6);
    }

    void line(const QString &text, Qt::Alignment align = Qt::AlignLeft, bool bold = false, qreal scale = 1.0)
    {
        QTextBlockFormat block;
        block.setAlignment(align);
        QTextCharFormat chars;
        chars.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        if (scale != 1.0)
            chars.setFontPointSize(8.5 * scale);
        if (m_started) {
            m_cursor.insertBlock(block, chars);
        } else {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
        }
        m_started = true;
        m_cursor.insertText(text, chars);
    }

    void rule() { line(QString(40, QChar(0x2500)), Qt::AlignCenter); }

    /** A table of plain-text cells; the first row is the header (bold); columns after the first align right. */
    void table(const QList<QStringList> &rows)
    {
        if (rows.isEmpty())
            return;
        QTextTableFormat format;
        format.setBorder(0);
        format.setCellPadding(1);
        format.setCellSpacing(0);
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        const int columns = int(rows.first().size());
        m_cursor.movePosition(QTextCursor::End);
        QTextTable *t = m_cursor.insertTable(int(rows.size()), columns, format);
        for (int r = 0; r < rows.size(); ++r) {
            for (int c = 0; c < columns; ++c) {
                QTextTableCell cell = t->cellAt(r, c);
                QTextCursor cc = cell.firstCursorPosition();
                QTextBlockFormat block;
                block.setAlignment(c == 0 ? Qt::AlignLeft : Qt::AlignRight);
                cc.setBlockFormat(block);
                QTextCharFormat chars;
                chars.setFontWeight(r == 0 ? QFont::Bold : QFont::Normal);
                cc.insertText(rows.at(r).value(c), chars);
            }
        }
        m_cursor.movePosition(QTextCursor::End);
    }

private:
    QTextCursor m_cursor;
    bool m_started = false;
};

QString rateText(int rateBp)
{
    return QStringLiteral("%1 %").arg(QLocale(QLocale::French).toString(rateBp / 100.0, 'f', rateBp % 100 ? 1 : 0));
}

void header(Writer &w, const AppContext &context)
{
    auto store = context.services->store().info();
    if (!store || store->id == 0)
        return;
    w.line(store->name, Qt::AlignCenter, true, 1.3);
    if (!store->address.isEmpty())
        w.line(store->address, Qt::AlignCenter);
    const QString city = QStringLiteral("%1 %2").arg(store->postalCode, store->city).trimmed();
    if (!city.isEmpty())
        w.line(city, Qt::AlignCenter);
    if (!store->phone.isEmpty())
        w.line(ReceiptDocument::tr("Phone %1").arg(store->phone), Qt::AlignCenter);
    if (!store->siret.isEmpty())
        w.line(ReceiptDocument::tr("SIRET %1").arg(store->siret), Qt::AlignCenter);
}

QString when(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QStringLiteral("dd/MM/yyyy HH:mm"));
}

QHash<qint64, QString> productNames(const AppContext &context, const QList<SaleLine> &lines)
{
    QHash<qint64, QString> names;
    ProductService &products = context.services->products();
    for (const SaleLine &l : lines) {
        if (names.contains(l.productId))
            continue;
        auto p = products.findById(context.session, l.productId);
        names.insert(l.productId, p ? p->name : ReceiptDocument::tr("Product #%1").arg(l.productId));
    }
    return names;
}

void vatTable(Writer &w, const QList<VatBreakdown> &rates)
{
    QList<QStringList> rows{{ReceiptDocument::tr("VAT rate"), ReceiptDocument::tr("Excl. VAT"), ReceiptDocument::tr("VAT"), ReceiptDocument::tr("Incl. VAT")}};
    for (const VatBreakdown &r : rates)
        rows.append({rateText(r.rateBp), Money::fromCents(r.exclCents).toString(), Money::fromCents(r.vatCents).toString(),
                     Money::fromCents(r.totalCents).toString()});
    w.table(rows);
}

void customerBlock(Writer &w, const AppContext &context, qint64 customerId)
{
    if (customerId <= 0)
        return;
    auto customer = context.services->customers().findById(context.session, customerId);
    if (!customer)
        return;
    w.rule();
    w.line(ReceiptDocument::tr("Customer: %1").arg(customer->displayName()));
    if (!customer->loyaltyCard.isEmpty())
        w.line(ReceiptDocument::tr("Loyalty card: %1").arg(customer->loyaltyCard));
    w.line(ReceiptDocument::tr("Loyalty points: %1").arg(customer->loyaltyPoints));
}

} // namespace

std::unique_ptr<QTextDocument> ReceiptDocument::forSale(const AppContext &context, const Sale &sale)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setMetaInformation(QTextDocument::DocumentTitle, ReceiptDocument::tr("Receipt n° %1").arg(sale.number));
    Writer w(*doc);
    header(w, context);
    w.rule();
    w.line(ReceiptDocument::tr("Receipt n° %1").arg(sale.number), Qt::AlignLeft, true, 1.2);
    w.line(ReceiptDocument::tr("Date: %1").arg(when(sale.at)));
    w.rule();

    const QHash<qint64, QString> names = productNames(context, sale.lines);
    QList<QStringList> rows{{ReceiptDocument::tr("Article"), ReceiptDocument::tr("Qty"), ReceiptDocument::tr("Price"), ReceiptDocument::tr("Total")}};
    for (const SaleLine &l : sale.lines) {
        rows.append({names.value(l.productId), QString::number(l.quantity), Money::fromCents(l.unitPriceCents).toString(),
                     Money::fromCents(l.totalCents).toString()});
        if (l.discountCents)
            rows.append({ReceiptDocument::tr("  discount"), QString(), QString(), Money::fromCents(-l.discountCents).toString()});
    }
    w.table(rows);
    w.rule();
    w.line(ReceiptDocument::tr("TOTAL incl. VAT %1").arg(Money::fromCents(sale.totalCents).toString()), Qt::AlignRight, true, 1.4);
    w.line(ReceiptDocument::tr("%n item(s)", nullptr, int(sale.itemCount)), Qt::AlignRight);
    vatTable(w, computeSaleTotals(sale.lines).byRate);
    w.rule();
    qint64 change = 0;
    for (const Payment &p : sale.payments) {
        const qint64 shown = p.method == PaymentMethod::Cash ? p.tenderedCents : p.amountCents;
        QString text = ReceiptDocument::tr("%1: %2").arg(paymentMethodLabel(p.method), Money::fromCents(shown).toString());
        if (p.creditNoteId)
            text += QLatin1Char(' ') + ReceiptDocument::tr("(credit note n° %1)").arg(p.creditNoteId);
        if (p.depositId)
            text += QLatin1Char(' ') + ReceiptDocument::tr("(deposit n° %1)").arg(p.depositId);
        w.line(text, Qt::AlignRight);
        change += p.changeCents;
    }
    if (change > 0)
        w.line(ReceiptDocument::tr("Change given: %1").arg(Money::fromCents(change).toString()), Qt::AlignRight, true);
    customerBlock(w, context, sale.customerId);
    w.rule();
    w.line(ReceiptDocument::tr("Prices include VAT. Keep this receipt for any exchange or return."), Qt::AlignCenter);
    w.line(ReceiptDocument::tr("Receipt n° %1 — signature %2").arg(sale.number).arg(sale.hash.left(12)), Qt::AlignCenter);
    w.line(ReceiptDocument::tr("Thank you for your visit"), Qt::AlignCenter);
    return doc;
}

std::unique_ptr<QTextDocument> ReceiptDocument::forCreditNote(const AppContext &context, const CreditNote &note,
                                                               const Sale &sale)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setMetaInformation(QTextDocument::DocumentTitle, ReceiptDocument::tr("Credit note n° %1").arg(note.number));
    Writer w(*doc);
    header(w, context);
    w.rule();
    w.line(ReceiptDocument::tr("Credit note n° %1").arg(note.number), Qt::AlignLeft, true, 1.2);
    w.line(ReceiptDocument::tr("Date: %1").arg(when(note.at)));
    w.line(ReceiptDocument::tr("For receipt n° %1 of %2").arg(sale.number).arg(when(sale.at)));
    w.rule();

    const QHash<qint64, QString> names = productNames(context, sale.lines);
    QList<SaleLine> vatLines;
    QList<QStringList> rows{{ReceiptDocument::tr("Article returned"), ReceiptDocument::tr("Qty"), ReceiptDocument::tr("Total")}};
    for (const CreditNoteLine &cl : note.lines) {
        for (const SaleLine &l : sale.lines) {
            if (l.id != cl.saleLineId)
                continue;
            QString name = names.value(l.productId);
            if (!cl.restock)
                name = ReceiptDocument::tr("%1 (damaged)").arg(name);
            rows.append({name, QString::number(cl.quantity), Money::fromCents(cl.totalCents).toString()});
            SaleLine share;
            share.vatRateBp = l.vatRateBp;
            share.quantity = cl.quantity;
            share.totalCents = cl.totalCents;
            vatLines.append(share);
        }
    }
    w.table(rows);
    w.rule();
    w.line(ReceiptDocument::tr("REFUND incl. VAT %1").arg(Money::fromCents(note.totalCents).toString()), Qt::AlignRight, true, 1.4);
    vatTable(w, computeSaleTotals(vatLines).byRate);
    w.rule();
    w.line(ReceiptDocument::tr("Refunded as: %1").arg(refundMethodLabel(note.refundMethod)), Qt::AlignRight);
    if (note.refundMethod == QLatin1String("store_credit"))
        w.line(ReceiptDocument::tr("Store credit usable as a payment: give credit note n° %1").arg(note.id), Qt::AlignRight, true);
    if (!note.reason.isEmpty())
        w.line(ReceiptDocument::tr("Reason: %1").arg(note.reason));
    customerBlock(w, context, note.customerId);
    w.rule();
    w.line(ReceiptDocument::tr("Credit note n° %1 — signature %2").arg(note.number).arg(note.hash.left(12)), Qt::AlignCenter);
    return doc;
}

} // namespace comptoir::ui
