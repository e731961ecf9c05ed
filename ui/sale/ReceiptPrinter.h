#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

class QTextDocument;
class QWidget;

namespace comptoir::ui {

/** Sends a receipt (ReceiptDocument) to a printer chosen in QPrintDialog, or to a PDF file. */
class ReceiptPrinter final {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ui::ReceiptPrinter)

public:
    /** Writes `document` as a PDF at `path` (a receipt roll, 80 mm wide). */
    static Status savePdf(QTextDocument &document, const QString &path);
    /** Asks where to save (QFileDialog, `suggestedName` in the documents folder) and saves; empty if cancelled. */
    static QString savePdfAs(QTextDocument &document, const QString &suggestedName, QWidget *parent, QString *error);
    /** Opens QPrintDialog and prints; false if cancelled. */
    static bool print(QTextDocument &document, QWidget *parent);
};

} // namespace comptoir::ui
