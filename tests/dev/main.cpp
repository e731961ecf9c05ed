// comptoir-dev: the developer program (build/tests/dev/comptoir-dev). Benchmarks and test
// helpers on comptoir-cli's command framework, built with the tests and never installed.
#include "Command.h"

#include <QCoreApplication>

using namespace comptoir::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("comptoir-dev"));
    QCoreApplication::setOrganizationName(QStringLiteral("Comptoir"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io{out, err};
    return runCommandLine(QStringLiteral("comptoir-dev"), QCoreApplication::arguments().mid(1), io);
}
