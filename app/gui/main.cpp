// comptoir: the store's desktop application. Parses the command line and hands over
// to the UI's start-up sequence; nothing else lives here.
#include "shell/Startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

int main(int argc, char *argv[])
{
    QElapsedTimer started; // for the start-up time printed in --screenshot mode
    started.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Comptoir"));
    QApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Comptoir, the store's CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Open this database file."),
                                      QStringLiteral("path"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("Language: fr or en."),
                                      QStringLiteral("code"));
    const QCommandLineOption login(QStringLiteral("login"), QStringLiteral("Login to pre-fill."),
                                   QStringLiteral("login"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Sign in as $COMPTOIR_USER with $COMPTOIR_PASSWORD, save the main window as PNG, quit."),
        QStringLiteral("png"));
    const QCommandLineOption area(QStringLiteral("area"), QStringLiteral("Area to open first (e.g. customers, or admin:backups for a tab)."),
                                  QStringLiteral("id"));
    parser.addOptions({database, language, login, screenshot, area});
    parser.process(app);

    comptoir::ui::StartupOptions options;
    options.databasePath = parser.value(database);
    options.language = parser.value(language);
    options.login = parser.value(login);
    options.screenshotPath = parser.value(screenshot);
    options.area = parser.value(area);
    options.started = started;
    return comptoir::ui::runApplication(app, options);
}
