#include "sale/ReceiptPanel.h"

#include "sale/ReceiptPrinter.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>

namespace comptoir::ui {

ReceiptPanel::ReceiptPanel(QWidget *parent)
    : QFrame(parent),
      m_message(new QLabel(this)),
      m_print(new QPushButton(tr("&Print…"), this)),
      m_pdf(new QPushButton(tr("P&DF…"), this)),
      m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("receiptPanel"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#receiptPanel { background: #e8f5e9; border: 1px solid #81c784; border-radius: 4px; }"));
    m_message->setObjectName(QStringLiteral("receiptMessage"));
    m_message->setTextFormat(Qt::PlainText);
    QFont f = m_message->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_message->setFont(f);
    m_print->setObjectName(QStringLiteral("printReceipt"));
    m_pdf->setObjectName(QStringLiteral("pdfReceipt"));
    m_close->setObjectName(QStringLiteral("closeReceipt"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_print);
    layout->addWidget(m_pdf);
    layout->addWidget(m_close);
    connect(m_print, &QPushButton::clicked, this, [this]() {
        if (m_receipt)
            ReceiptPrinter::print(*m_receipt, this);
    });
    connect(m_pdf, &QPushButton::clicked, this, &ReceiptPanel::saveAsPdf);
    connect(m_close, &QPushButton::clicked, this, &ReceiptPanel::dismiss);
    setVisible(false);
}

ReceiptPanel::~ReceiptPanel() = default;

void ReceiptPanel::showReceipt(const QString &message, std::unique_ptr<QTextDocument> receipt, const QString &fileName)
{
    m_message->setText(message);
    m_receipt = std::move(receipt);
    m_fileName = fileName;
    setVisible(true);
}

void ReceiptPanel::dismiss()
{
    setVisible(false);
}

QString ReceiptPanel::message() const
{
    return m_message->text();
}

void ReceiptPanel::saveAsPdf()
{
    if (!m_receipt)
        return;
    QString error;
    const QString path = ReceiptPrinter::savePdfAs(*m_receipt, m_fileName, this, &error);
    if (!error.isEmpty())
        m_message->setText(error);
    else if (!path.isEmpty())
        m_message->setText(tr("Receipt saved: %1").arg(path));
}

} // namespace comptoir::ui
