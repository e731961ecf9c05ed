#include "domain/Validation.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace comptoir::validation {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct validationText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::validation)
};

bool hasControlCharacter(const QString &value)
{
    for (QChar c : value) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString digitsOnly(const QString &value)
{
    QString digits;
    for (QChar c : value) {
        if (c.isDigit() && c.unicode() < 128)
            digits.append(c);
    }
    return digits;
}

struct OverseasPrefix {
    const char *national; // first four digits of the national number
    const char *country;  // E.164 country code
};

// French overseas departments and collectivities that have their own country code.
constexpr std::array<OverseasPrefix, 14> kOverseas{{
    {"0590", "590"}, {"0690", "590"}, {"0691", "590"},
    {"0594", "594"}, {"0694", "594"},
    {"0596", "596"}, {"0696", "596"}, {"0697", "596"},
    {"0262", "262"}, {"0263", "262"}, {"0692", "262"}, {"0693", "262"}, {"0269", "262"},
    {"0508", "508"},
}};

} // namespace

Result<QString> requiredText(const QString &field, const QString &value, int maxLength)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return Error::validation(field, validationText::tr("must not be empty"));
    if (hasControlCharacter(text))
        return Error::validation(field, validationText::tr("contains a control character"));
    if (text.size() > maxLength)
        return Error::validation(field, validationText::tr("is longer than %1 characters").arg(maxLength));
    return text;
}

Result<QString> optionalText(const QString &field, const QString &value, int maxLength)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return QString();
    if (text.size() > maxLength)
        return Error::validation(field, validationText::tr("is longer than %1 characters").arg(maxLength));
    for (QChar c : text) {
        if (c.category() == QChar::Other_Control && c != QLatin1Char('\n') && c != QLatin1Char('\t')
            && c != QLatin1Char('\r'))
            return Error::validation(field, validationText::tr("contains a control character"));
    }
    return text;
}

Result<QString> email(const QString &value, const QString &field)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$)"));
    const QString text = value.trimmed();
    if (text.isEmpty())
        return Error::validation(field, validationText::tr("must not be empty"));
    if (text.size() > 254)
        return Error::validation(field, validationText::tr("is longer than 254 characters"));
    if (!pattern.match(text).hasMatch())
        return Error::validation(field, validationText::tr("\"%1\" is not an e-mail address (expected name@domain.fr)").arg(text));
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    const QString local = text.left(at);
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QLatin1String("..")))
        return Error::validation(field, validationText::tr("\"%1\" is not an e-mail address (misplaced dot)").arg(text));
    return local + QLatin1Char('@') + text.mid(at + 1).toLower();
}

Result<QString> phone(const QString &value, const QString &field)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return Error::validation(field, validationText::tr("must not be empty"));
    static const QRegularExpression allowed(QStringLiteral(R"(^\+?[0-9 .\-()/]+$)"));
    if (!allowed.match(text).hasMatch())
        return Error::validation(field, validationText::tr("\"%1\" is not a phone number").arg(text));

    QString digits = digitsOnly(text);
    const bool international = text.startsWith(QLatin1Char('+')) || digits.startsWith(QLatin1String("00"));
    if (international) {
        if (digits.startsWith(QLatin1String("00")))
            digits.remove(0, 2);
        // "+33 (0)6..." is a common way to write French numbers; a bare "+33 0 6..." is a mistake.
        static const QRegularExpression separators(QStringLiteral("[ .\\-/]"));
        QString compact = text;
        compact.remove(separators);
        const bool bracketedZero = compact.startsWith(QLatin1String("+33(0)")) || compact.startsWith(QLatin1String("0033(0)"));
        if (bracketedZero && digits.startsWith(QLatin1String("330")) && digits.size() == 12)
            digits.remove(2, 1);
        if (digits.startsWith(QLatin1String("33"))) {
            if (digits.size() != 11 || digits.at(2) == QLatin1Char('0'))
                return Error::validation(field, validationText::tr("\"%1\" is not a French phone number (+33 and 9 digits)").arg(text));
            return QLatin1Char('+') + digits;
        }
        if (digits.size() < 8 || digits.size() > 15)
            return Error::validation(field, validationText::tr("\"%1\" is not an international phone number (8 to 15 digits)").arg(text));
        return QLatin1Char('+') + digits;
    }
    if (digits.size() != 10 || digits.at(0) != QLatin1Char('0') || digits.at(1) == QLatin1Char('0'))
        return Error::validation(field, validationText::tr("\"%1\" is not a French phone number (10 digits starting with 0)").arg(text));
    for (const auto &prefix : kOverseas) {
        if (digits.startsWith(QLatin1String(prefix.national)))
            return QLatin1Char('+') + QLatin1String(prefix.country) + digits.mid(1);
    }
    return QStringLiteral("+33") + digits.mid(1);
}

QString phoneForDisplay(const QString &e164)
{
    QString national;
    if (e164.startsWith(QLatin1String("+33")) && e164.size() == 12) {
        national = QLatin1Char('0') + e164.mid(3);
    } else {
        for (const auto &prefix : kOverseas) {
            const QString country = QLatin1Char('+') + QLatin1String(prefix.country);
            if (e164.startsWith(country) && e164.size() == country.size() + 9
                && e164.mid(country.size()).startsWith(QLatin1String(prefix.national).mid(1))) {
                national = QLatin1Char('0') + e164.mid(country.size());
                break;
            }
        }
    }
    if (national.size() != 10)
        return e164;
    QString spaced;
    for (int i = 0; i < 10; i += 2) {
        if (i)
            spaced.append(QLatin1Char(' '));
        spaced.append(national.mid(i, 2));
    }
    return spaced;
}

int ean13CheckDigit(const QString &digits12)
{
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const int d = digits12.at(i).unicode() - '0';
        sum += (i % 2 == 0) ? d : 3 * d;
    }
    return (10 - sum % 10) % 10;
}

Result<QString> ean13(const QString &value, const QString &field)
{
    const QString text = value.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{13}$"));
    if (!pattern.match(text).hasMatch())
        return Error::validation(field, validationText::tr("\"%1\" is not an EAN-13 code (13 digits)").arg(text));
    const int expected = ean13CheckDigit(text);
    if (text.at(12).unicode() - '0' != expected)
        return Error::validation(field, validationText::tr("\"%1\" has a wrong check digit (expected %2)").arg(text).arg(expected));
    return text;
}

Result<QString> postalCode(const QString &value, const QString &field)
{
    const QString text = value.trimmed();
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{5}$"));
    if (!pattern.match(text).hasMatch() || text.startsWith(QLatin1String("00")))
        return Error::validation(field, validationText::tr("\"%1\" is not a French postal code (5 digits)").arg(text));
    return text;
}

Result<qint64> positiveQuantity(qint64 value, const QString &field)
{
    if (value <= 0)
        return Error::validation(field, validationText::tr("must be greater than zero (got %1)").arg(value));
    return value;
}

Result<QDate> date(const QString &value, const QString &field)
{
    const QString text = value.trimmed();
    QDate d = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(text, QStringLiteral("d/M/yyyy"));
    if (!d.isValid())
        return Error::validation(field, validationText::tr("\"%1\" is not a date (expected 2026-11-23 or 23/11/2026)").arg(text));
    return d;
}

Result<QDate> birthDate(const QDate &value, const QDate &today, const QString &field)
{
    if (!value.isValid())
        return Error::validation(field, validationText::tr("is not a valid date"));
    if (value < QDate(1900, 1, 1))
        return Error::validation(field, validationText::tr("is before 1900"));
    if (value > today)
        return Error::validation(field, validationText::tr("is in the future"));
    return value;
}

Status timeRange(const QDateTime &start, const QDateTime &end, const QString &field)
{
    if (!start.isValid() || !end.isValid())
        return Error::validation(field, validationText::tr("is not a valid time"));
    if (end <= start)
        return Error::validation(field, validationText::tr("must be after the start"));
    return {};
}

} // namespace comptoir::validation
