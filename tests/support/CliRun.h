#pragma once
// Runs the built comptoir-cli (<build>/bin, next to <build>/tests) as a script would, for
// the end-to-end tests of tests/unit (Catch2: a failure to start or finish fails the test).
#include <QString>
#include <QStringList>

namespace comptoir::test {

/** The password every account of a CLI test uses (given as COMPTOIR_PASSWORD / _NEW_PASSWORD). */
inline const QString kCliPassword = QStringLiteral("une longue phrase de passe");

struct CliRun {
    int exitCode = -1; ///< -1 if the process crashed
    QString out;
    QString err;
};

/** Path of the comptoir-cli binary of this build tree. */
QString cliPath();

/** Runs `comptoir-cli args...` (stdin closed, 2 minutes at most); its output is logged by UNSCOPED_INFO. */
CliRun runCli(const QStringList &args);

/**
 * A new store at `db` set up as a script would: `init --store-name`, then the first-run
 * accounts "directeur" (manager) and "technicien" (technician), both with kCliPassword;
 * plus one product, SKU "PEN", named `productName` at `priceCents`, with 10 in stock.
 */
void createCliStore(const QString &db, const QString &productName, qint64 priceCents);

} // namespace comptoir::test
