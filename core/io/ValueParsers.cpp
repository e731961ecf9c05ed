#include "io/ValueParsers.h"

#include "domain/Validation.h"

#include <QCoreApplication>

#include <limits>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct ValueParsersText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::ValueParsers)
};

Error emptyError(const QString &field)
{
    return Error::validation(field, ValueParsersText::tr("is empty"));
}

bool isGroupSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F);
}

} // namespace

Result<QDate> ValueParsers::date(const QString &text, const QString &field)
{
    if (text.trimmed().isEmpty())
        return emptyError(field);
    return validation::date(text, field);
}

Result<QDateTime> ValueParsers::localDateTime(const QString &text, const QString &field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return emptyError(field);
    qsizetype split = t.indexOf(u' ');
    if (split < 0)
        split = t.indexOf(u'T');
    const QString datePart = split < 0 ? t : t.left(split);
    const QString timePart = split < 0 ? QString() : t.mid(split + 1).trimmed();
    auto fail = [&]() {
        return Error::validation(field, ValueParsersText::tr("\"%1\" is not a date and time (expected 2026-11-23 14:30 or "
                                           "23/11/2026 14:30)")
                                            .arg(t));
    };
    const Result<QDate> d = validation::date(datePart, field);
    if (!d)
        return fail();
    QTime time(0, 0);
    if (!timePart.isEmpty()) {
        time = QTime::fromString(timePart, QStringLiteral("HH:mm:ss"));
        if (!time.isValid())
            time = QTime::fromString(timePart, QStringLiteral("HH:mm"));
        if (!time.isValid())
            time = QTime::fromString(timePart, QStringLiteral("H:mm"));
        if (!time.isValid())
            return fail();
    }
    return QDateTime(*d, time, Qt::LocalTime);
}

Result<Money> ValueParsers::money(const QString &text, const QString &field)
{
    if (text.trimmed().isEmpty())
        return emptyError(field);
    Result<Money> m = Money::parse(text);
    if (!m)
        return Error::validation(field, m.error().message);
    return m;
}

Result<bool> ValueParsers::boolean(const QString &text, const QString &field)
{
    const QString t = text.trimmed().toLower();
    if (t.isEmpty())
        return emptyError(field);
    static const QStringList yes = {QStringLiteral("oui"), QStringLiteral("yes"), QStringLiteral("vrai"),
                                    QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("o"),
                                    QStringLiteral("y")};
    static const QStringList no = {QStringLiteral("non"), QStringLiteral("no"), QStringLiteral("faux"),
                                   QStringLiteral("false"), QStringLiteral("0"), QStringLiteral("n")};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return Error::validation(field, ValueParsersText::tr("\"%1\" is not yes or no (expected oui, non, yes, no, 1 or 0)").arg(text.trimmed()));
}

Result<qint64> ValueParsers::integer(const QString &text, const QString &field)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return emptyError(field);
    auto fail = [&]() { return Error::validation(field, ValueParsersText::tr("\"%1\" is not a whole number").arg(t)); };
    qsizetype pos = 0;
    bool negative = false;
    if (t.at(0) == u'-' || t.at(0) == u'+') {
        negative = t.at(0) == u'-';
        pos = 1;
    }
    // Accumulate as a negative number: its range holds the most negative qint64.
    qint64 value = 0;
    int digits = 0;
    bool lastWasSpace = false;
    for (; pos < t.size(); ++pos) {
        const QChar c = t.at(pos);
        if (isGroupSpace(c)) {
            if (digits == 0 || lastWasSpace)
                return fail();
            lastWasSpace = true;
            continue;
        }
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return fail();
        const int d = c.unicode() - u'0';
        if (value < (std::numeric_limits<qint64>::min() + d) / 10)
            return Error::validation(field, ValueParsersText::tr("\"%1\" is too large").arg(t));
        value = value * 10 - d;
        ++digits;
        lastWasSpace = false;
    }
    if (digits == 0 || lastWasSpace)
        return fail();
    if (!negative) {
        if (value == std::numeric_limits<qint64>::min())
            return Error::validation(field, ValueParsersText::tr("\"%1\" is too large").arg(t));
        return -value;
    }
    return value;
}

} // namespace comptoir
