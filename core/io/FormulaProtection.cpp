#include "io/FormulaProtection.h"

namespace comptoir {

namespace {

bool isTrigger(QChar c)
{
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
    case u'\0':
        return true;
    default:
        return false;
    }
}

/** Leading apostrophes then a trigger character. */
bool startsLikeFormula(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i] == u'\'')
        ++i;
    return i < text.size() && isTrigger(text[i]);
}

} // namespace

bool FormulaProtection::needsPrefix(QStringView text)
{
    return startsLikeFormula(text);
}

QString FormulaProtection::protect(const QString &text)
{
    return needsPrefix(text) ? QLatin1Char('\'') + text : text;
}

QString FormulaProtection::unprotect(const QString &text)
{
    if (text.startsWith(u'\'') && startsLikeFormula(QStringView(text).sliced(1)))
        return text.sliced(1);
    return text;
}

} // namespace comptoir
