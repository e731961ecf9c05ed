#include "demo/DemoAccounts.h"

namespace comptoir::demo {

const QList<DemoAccount> &demoAccounts()
{
    static const QList<DemoAccount> accounts{
        {QStringLiteral("directeur"), QStringLiteral("Claire Martin"), QStringLiteral("manager"), 1, true},
        {QStringLiteral("vendeur"), QStringLiteral("Julien Roux"), QStringLiteral("sales_associate"), 1, true},
        {QStringLiteral("vendeuse2"), QString::fromUtf8("Amélie Girard"), QStringLiteral("sales_associate"), 3, true},
        {QStringLiteral("vendeur3"), QString::fromUtf8("Mathéo Lefèvre"), QStringLiteral("sales_associate"), 4, true},
        {QStringLiteral("vendeuse4"), QString::fromUtf8("Inès Benali"), QStringLiteral("sales_associate"), 2, true},
        {QStringLiteral("stagiaire"), QString::fromUtf8("Léa Fontaine"), QStringLiteral("intern"), 1, true},
        {QStringLiteral("technicien"), QStringLiteral("Karim Haddad"), QStringLiteral("technician"), 0, false},
    };
    return accounts;
}

} // namespace comptoir::demo
