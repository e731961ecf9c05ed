#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace comptoir::ui {

/** The languages the UI ships in; French is the default. */
class Language final {
public:
    static QStringList available() { return {QStringLiteral("fr"), QStringLiteral("en")}; }
    static QString defaultCode() { return QStringLiteral("fr"); }

    /**
     * Installs the translators of `code` ("fr" or "en") on the application: ours
     * (embedded .qm under :/i18n) and Qt's own (for standard buttons and dialogs).
     * Sets the default QLocale to match, so dates and numbers follow. Returns false if
     * the code is unknown (the default language is installed instead).
     */
    static bool install(QCoreApplication &app, const QString &code);
};

} // namespace comptoir::ui
