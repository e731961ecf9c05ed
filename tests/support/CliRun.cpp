#include "CliRun.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

namespace comptoir::test {

QString cliPath()
{
    return QDir(QCoreApplication::applicationDirPath()).absoluteFilePath(QStringLiteral("../bin/comptoir-cli"));
}

CliRun runCli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COMPTOIR_PASSWORD"), kCliPassword);
    env.insert(QStringLiteral("COMPTOIR_NEW_PASSWORD"), kCliPassword);
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    REQUIRE(p.waitForStarted());
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(120000));
    CliRun r{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError())};
    UNSCOPED_INFO("comptoir-cli " << args.join(QLatin1Char(' ')).toStdString() << " → " << r.exitCode << "\n"
                                  << r.out.toStdString() << r.err.toStdString());
    return r;
}

} // namespace comptoir::test
