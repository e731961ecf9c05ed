#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace comptoir::ui {

/**
 * What the Administration journals show for the codes the core records: the action and
 * entity of an audit entry ("sign_in" → "Sign-in", "user" → "User"), its details as
 * "key: value" text, and the outcome of a sign-in attempt ("ok" → "Signed in").
 * An unknown code is shown as it is stored.
 */
class AuditLabels final {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ui::AuditLabels)

public:
    /** The action codes the services record (AuditTrail::record), for tests. */
    static QStringList knownActions();
    static QString action(const QString &code);
    static QString entity(const QString &code);
    /** "Role: Store manager; Rows: 1 200" from {"role":"manager"}, {"rows":{"after":1200}}... */
    static QString details(const QJsonObject &changes);
    /** The detail of a sign-in log line (LoginEvent::reason). */
    static QString signInOutcome(const QString &reason);

private:
    static QString field(const QString &key);
    static QString value(const QString &key, const QJsonValue &value);
};

} // namespace comptoir::ui
