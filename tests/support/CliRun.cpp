#include "CliRun.h"

#include "domain/Product.h"
#include "storage/Database.h"
#include "storage/ProductRepository.h"
#include "storage/StockRepository.h"

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

void createCliStore(const QString &db, const QString &productName, qint64 priceCents)
{
    REQUIRE(runCli({QStringLiteral("init"), db, QStringLiteral("--store-name"), QStringLiteral("Papeterie du Centre")}).exitCode == 0);
    for (const auto &[login, role] : {std::pair{QStringLiteral("directeur"), QStringLiteral("manager")},
                                      std::pair{QStringLiteral("technicien"), QStringLiteral("technician")}}) {
        REQUIRE(runCli({QStringLiteral("user"), QStringLiteral("add"), db, QStringLiteral("--login"), login,
                        QStringLiteral("--name"), login, QStringLiteral("--role"), role})
                    .exitCode
                == 0);
    }
    auto opened = Database::open(db, Database::Mode::OpenExisting);
    REQUIRE(opened.ok());
    ProductInput p;
    p.sku = QStringLiteral("PEN");
    p.name = productName;
    p.price = Money::fromCents(priceCents);
    auto id = ProductRepository(**opened).insert(p, QDateTime::currentDateTimeUtc());
    REQUIRE(id.ok());
    REQUIRE(StockRepository(**opened)
                .applyMove(*id, 10, StockMoveKind::Delivery, QString(), 0, 0, 0, QDateTime::currentDateTimeUtc(), false)
                .ok());
}

} // namespace comptoir::test
