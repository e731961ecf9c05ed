// comptoir-cli: the core for scripts and store operations. Dispatches to the commands
// that registered themselves (see Command.h); each command file holds its own wiring.
// Benchmarks and test helpers are in the developer program, comptoir-dev (tests/dev).
#include "Command.h"
#include "Version.h"

#include <QApplication>

#include <memory>


int main(int argc, char *argv[])
{
    // A command that paints (the PDF report) needs a GUI application; it never shows a
    // window, so it renders offscreen and works with no display.
    using comptoir::cli::CommandRegistry;
    const comptoir::cli::Command *painter = argc > 1 ? CommandRegistry::instance().find(QString::fromLocal8Bit(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> app;
    if (painter && painter->paints) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QCoreApplication::setApplicationVersion(QStringLiteral(COMPTOIR_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    comptoir::cli::Io io{out, err};
    return comptoir::cli::runCommandLine(QStringLiteral("comptoir-cli"), QCoreApplication::arguments().mid(1), io);
}
