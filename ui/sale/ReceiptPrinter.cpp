#include "sale/ReceiptPrinter.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QPageLayout>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QTextDocument>

namespace comptoir::ui {

namespace {

void setUpReceiptPage(QPrinter &printer)
{
    // A till roll: 80 mm wide; QTextDocument paginates a long receipt.
    printer.setPageSize(QPageSize(QSizeF(80, 200), QPageSize::Millimeter, QStringLiteral("Receipt 80 mm")));
    printer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
}

} // namespace

Status ReceiptPrinter::savePdf(QTextDocument &document, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(document.metaInformation(QTextDocument::DocumentTitle));
    printer.setCreator(QStringLiteral("Comptoir"));
    setUpReceiptPage(printer);
    document.print(&printer);
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0)
        return Error{ErrorCode::Io, QStringLiteral("path"), tr("The PDF could not be written to %1").arg(path)};
    return {};
}

QString ReceiptPrinter::savePdfAs(QTextDocument &document, const QString &suggestedName, QWidget *parent, QString *error)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Save the receipt as PDF"),
                                                      folder + QLatin1Char('/') + suggestedName, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return QString();
    if (Status s = savePdf(document, path); !s) {
        if (error)
            *error = s.error().message;
        return QString();
    }
    return path;
}

bool ReceiptPrinter::print(QTextDocument &document, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpReceiptPage(printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the receipt"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    document.print(&printer);
    return true;
}

} // namespace comptoir::ui
