#include "sale/SaleTotalsView.h"

#include "domain/Money.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

QLabel *cell(const QString &text, QWidget *parent, bool header = false)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (header)
        label->setStyleSheet(QStringLiteral("color: palette(mid);"));
    return label;
}

} // namespace

SaleTotalsView::SaleTotalsView(QWidget *parent)
    : QWidget(parent), m_rates(new QGridLayout), m_total(new QLabel(this)), m_items(new QLabel(this))
{
    setObjectName(QStringLiteral("saleTotals"));
    m_total->setObjectName(QStringLiteral("saleTotal"));
    m_total->setTextFormat(Qt::PlainText);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QFont big = m_total->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_total->setFont(big);
    m_items->setObjectName(QStringLiteral("saleItems"));
    m_items->setTextFormat(Qt::PlainText);
    m_items->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_rates->setHorizontalSpacing(18);
    m_rates->setVerticalSpacing(2);
    m_rates->setContentsMargins(0, 0, 0, 0);

    auto *right = new QVBoxLayout;
    right->addWidget(m_total);
    right->addWidget(m_items);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(m_rates);
    layout->addStretch(1);
    layout->addLayout(right);
    setTotals(SaleTotals());
}

void SaleTotalsView::setTotals(const SaleTotals &totals)
{
    qDeleteAll(m_rateCells);
    m_rateCells.clear();
    const QStringList headers{tr("VAT rate"), tr("Excl. VAT"), tr("VAT"), tr("Incl. VAT")};
    for (int c = 0; c < headers.size(); ++c) {
        QLabel *h = cell(headers.at(c), this, true);
        m_rates->addWidget(h, 0, c);
        m_rateCells.append(h);
    }
    const QLocale locale;
    int row = 1;
    for (const VatBreakdown &rate : totals.byRate) {
        const QStringList values{tr("%1 %").arg(locale.toString(rate.rateBp / 100.0, 'f', rate.rateBp % 100 ? 1 : 0)),
                                 Money::fromCents(rate.exclCents).toString(), Money::fromCents(rate.vatCents).toString(),
                                 Money::fromCents(rate.totalCents).toString()};
        for (int c = 0; c < values.size(); ++c) {
            QLabel *v = cell(values.at(c), this);
            m_rates->addWidget(v, row, c);
            m_rateCells.append(v);
        }
        ++row;
    }
    if (totals.byRate.size() > 1) {
        const QStringList values{tr("All"), Money::fromCents(totals.totalExclCents).toString(),
                                 Money::fromCents(totals.vatCents).toString(), Money::fromCents(totals.totalCents).toString()};
        for (int c = 0; c < values.size(); ++c) {
            QLabel *v = cell(values.at(c), this);
            QFont f = v->font();
            f.setBold(true);
            v->setFont(f);
            m_rates->addWidget(v, row, c);
            m_rateCells.append(v);
        }
    }
    m_total->setText(tr("Total %1").arg(Money::fromCents(totals.totalCents).toString()));
    m_items->setText(tr("%n item(s)", nullptr, int(totals.itemCount)));
}

QString SaleTotalsView::totalText() const
{
    return m_total->text();
}

} // namespace comptoir::ui
