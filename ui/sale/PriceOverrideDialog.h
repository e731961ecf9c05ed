#pragma once

#include <QDialog>

#include <optional>

class QLineEdit;

namespace comptoir::ui {

class FieldError;

/**
 * A price override and/or a discount on one basket line, with its reason (required). Only
 * offered to a session holding price.override; the core checks it again on record().
 */
class PriceOverrideDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PriceOverrideDialog)

public:
    PriceOverrideDialog(const QString &productName, qint64 catalogueCents, qint64 unitPriceCents, qint64 discountCents,
                        const QString &reason, QWidget *parent = nullptr);

    std::optional<qint64> unitPriceCents() const { return m_price; }
    qint64 discountCents() const { return m_discount; }
    QString reason() const;

private:
    void tryAccept();

    qint64 m_catalogueCents;
    std::optional<qint64> m_price;
    qint64 m_discount = 0;
    QLineEdit *m_priceField;
    QLineEdit *m_discountField;
    QLineEdit *m_reasonField;
    FieldError *m_priceError;
    FieldError *m_discountError;
    FieldError *m_reasonError;
};

} // namespace comptoir::ui
