#pragma once

#include <QFrame>

#include <memory>

class QLabel;
class QPushButton;
class QTextDocument;

namespace comptoir::ui {

/**
 * The band shown after a sale or a return: "Sale n° 12 recorded — change 3,50 €" with
 * Print… and PDF… for its receipt. Keeps the last receipt until the next one.
 */
class ReceiptPanel final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReceiptPanel)

public:
    explicit ReceiptPanel(QWidget *parent = nullptr);
    ~ReceiptPanel() override;

    /** Shows `message` and keeps `receipt` for Print / PDF (`fileName`: the PDF name suggested). */
    void showReceipt(const QString &message, std::unique_ptr<QTextDocument> receipt, const QString &fileName);
    void dismiss();
    QString message() const;
    QTextDocument *receipt() const { return m_receipt.get(); }

private:
    void saveAsPdf();

    QLabel *m_message;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_close;
    std::unique_ptr<QTextDocument> m_receipt;
    QString m_fileName;
};

} // namespace comptoir::ui
