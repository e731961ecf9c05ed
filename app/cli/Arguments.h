#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace comptoir::cli {

/**
 * Parses "POSITIONAL... --flag --option VALUE --option=VALUE". `valueOptions` lists the
 * options that take a value; anything else starting with -- is a flag. Unknown options
 * are reported by error().
 */
class Arguments {
public:
    Arguments(const QStringList &args, const QStringList &valueOptions, const QStringList &flags);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    const QStringList &positional() const { return m_positional; }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    std::optional<QString> value(const QString &name) const;
    QString value(const QString &name, const QString &fallback) const;
    /** An integer option; sets error() if present but not a number. */
    qint64 integer(const QString &name, qint64 fallback);
    /** A date option (YYYY-MM-DD or DD/MM/YYYY); invalid if absent; sets error() if not a date. */
    QDate date(const QString &name);

private:
    QStringList m_positional;
    QStringList m_flags;
    QMap<QString, QString> m_values;
    QString m_error;
};

} // namespace comptoir::cli
