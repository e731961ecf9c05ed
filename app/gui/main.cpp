// comptoir: the store's desktop application. Parses the command line and hands over
// to the UI's start-up sequence; nothing else lives here.
#include "shell/Startup.h"
#include "widgets/ThemeIcon.h"
#include "Version.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

#include <cstring>

namespace {

struct Options {
    QCommandLineOption database{QStringLiteral("database"), QStringLiteral("Open this database file."),
                                QStringLiteral("path")};
    QCommandLineOption language{QStringLiteral("lang"), QStringLiteral("Language: fr or en."), QStringLiteral("code")};
    QCommandLineOption login{QStringLiteral("login"), QStringLiteral("Login to pre-fill."), QStringLiteral("login")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QStringLiteral("Sign in as $COMPTOIR_USER with $COMPTOIR_PASSWORD, save the main window as PNG, quit. "
                       "On a new store, save the first-run dialog instead (no account is created)."),
        QStringLiteral("png")};
    QCommandLineOption area{QStringLiteral("area"),
                            QStringLiteral("Area to open first (e.g. customers, or admin:backups for a tab)."),
                            QStringLiteral("id")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(QStringLiteral("Comptoir, the store's CRM"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({database, language, login, screenshot, area});
    }
};

/** --help and --version only print: they must work with no display (a QApplication aborts without one). */
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer started; // for the start-up time printed in --screenshot mode
    started.start();
    QCoreApplication::setApplicationName(QStringLiteral("Comptoir"));
    QCoreApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
    const Options options;

    if (onlyPrints(argc, argv)) {
        QCoreApplication text(argc, argv);
        QCommandLineParser parser;
        options.addTo(parser);
        parser.process(text); // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    // The installed packaging/org.comptoir.Comptoir.desktop: Wayland compositors and docks
    // match the window to it (and show its icon).
    QGuiApplication::setDesktopFileName(QStringLiteral("org.comptoir.Comptoir"));
    QApplication::setWindowIcon(comptoir::ui::applicationIcon());
    QCommandLineParser parser;
    options.addTo(parser);
    parser.process(app);

    comptoir::ui::StartupOptions startup;
    startup.databasePath = parser.value(options.database);
    startup.language = parser.value(options.language);
    startup.login = parser.value(options.login);
    startup.screenshotPath = parser.value(options.screenshot);
    startup.area = parser.value(options.area);
    startup.started = started;
    return comptoir::ui::runApplication(app, startup);
}
