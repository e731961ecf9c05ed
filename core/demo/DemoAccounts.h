#pragma once

#include <QList>
#include <QString>

namespace comptoir::demo {

/** A staff account of the demo store (app_user row; the password is set elsewhere). */
struct DemoAccount {
    QString login;
    QString displayName;
    QString roleCode; ///< manager, sales_associate, intern, technician
    /** Which weekday (1 = Monday ... 6 = Saturday) they do not work; 0: works Monday to Saturday. */
    int dayOff = 0;
    /** Do they ring up sales? */
    bool sells = true;
};

/**
 * The demo store's staff, one per role plus more sales associates: `directeur`
 * (manager, Claire Martin), `vendeur` (sales associate, Julien Roux), `vendeuse2`,
 * `vendeur3`, `vendeuse4` (sales associates), `stagiaire` (intern), `technicien`
 * (technician). The demo generator creates them with an empty password hash.
 */
const QList<DemoAccount> &demoAccounts();

/** The code of the demo store ("Comptoir de Lyon"). */
inline QString demoStoreCode()
{
    return QStringLiteral("LYON01");
}

/** The documented password of every demo account (README: "Demo accounts"), given by `comptoir-cli demo-passwords`. */
inline QString demoPassword()
{
    return QStringLiteral("comptoir-demo");
}

} // namespace comptoir::demo
