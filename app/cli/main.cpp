// comptoir-cli: the core for scripts, CI and benchmarks. Dispatches to the commands
// that registered themselves (see Command.h); each command file holds its own wiring.
#include "Command.h"
#include "Version.h"

#include <QApplication>

#include <memory>

using namespace comptoir::cli;

namespace {

void printHelp(QTextStream &out)
{
    out << "Usage: comptoir-cli COMMAND [ARGS...]\n"
           "  or:  comptoir-cli COMMAND --help\n"
           "  or:  comptoir-cli --version\n\nCommands:\n";
    for (const Command &c : CommandRegistry::instance().all())
        if (!c.hidden)
            out << "  " << c.name.leftJustified(16) << c.summary << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // A command that paints (the PDF report) needs a GUI application; it never shows a
    // window, so it renders offscreen and works with no display.
    const Command *painter = argc > 1 ? CommandRegistry::instance().find(QString::fromLocal8Bit(argv[1])) : nullptr;
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
    Io io{out, err};

    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")
        || args.first() == QLatin1String("help")) {
        printHelp(out);
        return args.isEmpty() ? 2 : 0;
    }
    if (args.first() == QLatin1String("--version") || args.first() == QLatin1String("-v")) {
        out << "comptoir-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    }
    const QString name = args.takeFirst();
    const Command *command = CommandRegistry::instance().find(name);
    if (!command) {
        err << "comptoir-cli: unknown command \"" << name << "\"\n";
        printHelp(err);
        return 2;
    }
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        out << command->usage << '\n';
        return 0;
    }
    return command->run(args, io);
}
