#include "settings/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace comptoir::ui {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct LanguageText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ui::Language)
};

} // namespace

QString Language::folder()
{
    const QString chosen = qEnvironmentVariable("COMPTOIR_TRANSLATIONS_DIR");
    if (!chosen.isEmpty())
        return chosen;
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/comptoir/translations"));
}

QString Language::catalogue(const QString &code)
{
    return folder() + QStringLiteral("/comptoir_%1.qm").arg(code);
}

bool Language::install(QCoreApplication &app, const QString &requested, QString *problem)
{
    const bool known = available().contains(requested);
    const QString code = known ? requested : defaultCode();
    const QLocale locale(code == QLatin1String("fr") ? QLocale::French : QLocale::English,
                         code == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    auto *ours = new QTranslator(&app);
    const QString file = catalogue(code);
    const bool loaded = ours->load(file);
    if (loaded) {
        QCoreApplication::installTranslator(ours);
    } else {
        delete ours;
        if (problem)
            *problem = LanguageText::tr("The translation file %1 is missing or cannot be read: Comptoir shows its "
                                        "texts in English. Reinstalling Comptoir puts the file back.")
                           .arg(QDir::toNativeSeparators(file));
    }
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return known && loaded;
}

} // namespace comptoir::ui
