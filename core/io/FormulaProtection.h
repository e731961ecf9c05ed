#pragma once

#include <QString>

namespace comptoir {

/**
 * CSV formula-injection protection (OWASP): a text cell a spreadsheet could run as a
 * formula, one starting with '=', '+', '-', '@', TAB, CR, LF or NUL, gets a leading
 * apostrophe, which spreadsheets show as text. Text that already starts with
 * apostrophes followed by one of those characters gets one more, so that unprotect()
 * gives back exactly what protect() was given.
 */
class FormulaProtection {
public:
    /** True when protect() would add an apostrophe. */
    static bool needsPrefix(QStringView text);
    static QString protect(const QString &text);
    /** Removes the apostrophe protect() adds; other text is returned as is. */
    static QString unprotect(const QString &text);
};

} // namespace comptoir
