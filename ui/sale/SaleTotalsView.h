#pragma once

#include "domain/Sale.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace comptoir::ui {

/**
 * The totals under the basket: one row per VAT rate (excl. VAT, VAT, incl. VAT) and the
 * sale's total, large. Shows what computeSaleTotals() gives; computes nothing itself.
 */
class SaleTotalsView final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SaleTotalsView)

public:
    explicit SaleTotalsView(QWidget *parent = nullptr);
    void setTotals(const SaleTotals &totals);
    /** The total incl. VAT as shown (e.g. "12,50 €"). */
    QString totalText() const;

private:
    QGridLayout *m_rates;
    QLabel *m_total;
    QLabel *m_items;
    QList<QWidget *> m_rateCells;
};

} // namespace comptoir::ui
