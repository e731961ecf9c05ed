#include "Arguments.h"

namespace comptoir::cli {

Arguments::Arguments(const QStringList &args, const QStringList &valueOptions, const QStringList &flags)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positional << a;
            continue;
        }
        QString name = a.mid(2);
        QString inlineValue;
        bool hasInline = false;
        if (const qsizetype eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
            hasInline = true;
        }
        if (valueOptions.contains(name)) {
            if (hasInline) {
                m_values.insert(name, inlineValue);
            } else if (i + 1 < args.size()) {
                m_values.insert(name, args.at(++i));
            } else {
                m_error = QStringLiteral("option --%1 needs a value").arg(name);
                return;
            }
        } else if (flags.contains(name) && !hasInline) {
            m_flags << name;
        } else {
            m_error = QStringLiteral("unknown option --%1").arg(name);
            return;
        }
    }
}

std::optional<QString> Arguments::value(const QString &name) const
{
    if (!m_values.contains(name))
        return std::nullopt;
    return m_values.value(name);
}

QString Arguments::value(const QString &name, const QString &fallback) const
{
    return m_values.value(name, fallback);
}

qint64 Arguments::integer(const QString &name, qint64 fallback)
{
    if (!m_values.contains(name))
        return fallback;
    bool ok = false;
    const qint64 v = m_values.value(name).toLongLong(&ok);
    if (!ok) {
        m_error = QStringLiteral("--%1 expects a whole number, got \"%2\"").arg(name, m_values.value(name));
        return fallback;
    }
    return v;
}

QDate Arguments::date(const QString &name)
{
    if (!m_values.contains(name))
        return {};
    const QString text = m_values.value(name);
    QDate day = QDate::fromString(text, Qt::ISODate);
    if (!day.isValid())
        day = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    if (!day.isValid())
        m_error = QStringLiteral("--%1 expects a date (YYYY-MM-DD or DD/MM/YYYY), got \"%2\"").arg(name, text);
    return day;
}

} // namespace comptoir::cli
