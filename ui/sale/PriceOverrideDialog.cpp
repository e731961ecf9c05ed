#include "sale/PriceOverrideDialog.h"

#include "domain/Money.h"
#include "widgets/FieldError.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

QWidget *withError(QWidget *field, FieldError *error, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(1);
    layout->addWidget(field);
    layout->addWidget(error);
    return box;
}

} // namespace

PriceOverrideDialog::PriceOverrideDialog(const QString &productName, qint64 catalogueCents, qint64 unitPriceCents,
                                         qint64 discountCents, const QString &reason, QWidget *parent)
    : QDialog(parent),
      m_catalogueCents(catalogueCents),
      m_priceField(new QLineEdit(Money::fromCents(unitPriceCents).toPlainString(), this)),
      m_discountField(new QLineEdit(discountCents ? Money::fromCents(discountCents).toPlainString() : QString(), this)),
      m_reasonField(new QLineEdit(reason, this)),
      m_priceError(new FieldError(this)),
      m_discountError(new FieldError(this)),
      m_reasonError(new FieldError(this))
{
    setObjectName(QStringLiteral("priceOverrideDialog"));
    setWindowTitle(tr("Change the price"));
    m_priceField->setObjectName(QStringLiteral("overridePrice"));
    m_discountField->setObjectName(QStringLiteral("overrideDiscount"));
    m_discountField->setPlaceholderText(tr("0,00"));
    m_reasonField->setObjectName(QStringLiteral("overrideReason"));
    m_reasonField->setPlaceholderText(tr("e.g. damaged packaging, loyal customer"));

    auto *title = new QLabel(productName, this);
    title->setTextFormat(Qt::PlainText);
    auto *form = new QFormLayout;
    form->addRow(tr("&Unit price (€)"), withError(m_priceField, m_priceError, this));
    form->addRow(tr("&Discount on the line (€)"), withError(m_discountField, m_discountError, this));
    form->addRow(tr("&Reason"), withError(m_reasonField, m_reasonError, this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriceOverrideDialog::tryAccept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_priceField->selectAll();
}

QString PriceOverrideDialog::reason() const
{
    return m_reasonField->text().trimmed();
}

void PriceOverrideDialog::tryAccept()
{
    m_priceError->clearMessage();
    m_discountError->clearMessage();
    m_reasonError->clearMessage();
    auto price = Money::parse(m_priceField->text());
    if (!price || price->isNegative()) {
        m_priceError->show(price ? tr("The price cannot be negative") : price.error().message);
        m_priceField->setFocus();
        return;
    }
    qint64 discount = 0;
    if (!m_discountField->text().trimmed().isEmpty()) {
        auto d = Money::parse(m_discountField->text());
        if (!d || d->isNegative()) {
            m_discountError->show(d ? tr("The discount cannot be negative") : d.error().message);
            m_discountField->setFocus();
            return;
        }
        discount = d->cents();
    }
    const bool changed = price->cents() != m_catalogueCents || discount != 0;
    if (changed && reason().isEmpty()) {
        m_reasonError->show(tr("Say why the price changes"));
        m_reasonField->setFocus();
        return;
    }
    m_price = price->cents() != m_catalogueCents ? std::optional<qint64>(price->cents()) : std::nullopt;
    m_discount = discount;
    accept();
}

} // namespace comptoir::ui
