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
     * The folder of our catalogues: $COMPTOIR_TRANSLATIONS_DIR when set, else
     * share/comptoir/translations beside the program's bin/ folder, which is
     * /usr/share/comptoir/translations once installed and build/share/comptoir/translations
     * in the build tree.
     */
    static QString folder();
    /** The catalogue of `code`: "<folder>/comptoir_<code>.qm". */
    static QString catalogue(const QString &code);

    /**
     * Installs the translators of `code` ("fr" or "en") on the application: ours (the
     * catalogue file) and Qt's own (for standard buttons and dialogs). Sets the default
     * QLocale to match, so dates and numbers follow. Returns false if the code is unknown
     * (the default language is installed instead) or if our catalogue is missing or cannot
     * be read; in that case the texts stay in English (the source language) and `problem`,
     * if given, receives a translated message naming the file.
     */
    static bool install(QCoreApplication &app, const QString &code, QString *problem = nullptr);
};

} // namespace comptoir::ui
