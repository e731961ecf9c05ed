#include "settings/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace comptoir::ui {

bool Language::install(QCoreApplication &app, const QString &requested)
{
    const bool known = available().contains(requested);
    const QString code = known ? requested : defaultCode();
    const QLocale locale(code == QLatin1String("fr") ? QLocale::French : QLocale::English,
                         code == QLatin1String("fr") ? QLocale::France : QLocale::UnitedKingdom);
    QLocale::setDefault(locale);

    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/comptoir_%1.qm").arg(code)))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return known;
}

} // namespace comptoir::ui
