#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace comptoir {

/**
 * The header record of a CSV file: column name → index, looked up without regard to
 * case, accents, surrounding spaces, or the spelling of word breaks ("Date de
 * naissance", "date_de_naissance" and " DATE-DE-NAISSANCE " are the same column).
 */
class CsvHeader {
public:
    CsvHeader() = default;
    explicit CsvHeader(const QStringList &names);

    /** The lookup key of a name: trimmed, case-folded, accents dropped, runs of spaces, '_', '-' or '.' made one space. */
    static QString normalize(QStringView name);

    /** The index of the column called `name`, or -1. The first of duplicate names wins. */
    int indexOf(QStringView name) const;
    bool contains(QStringView name) const { return indexOf(name) >= 0; }
    /** The index of the first of `names` that is a column, or -1 (for French/English aliases). */
    int indexOfAny(const QStringList &names) const;

    /** The cell of `fields` under column `name`; empty when the column or the cell is missing. */
    QString value(const QStringList &fields, QStringView name) const;

    /** The names as written in the file. */
    const QStringList &names() const { return m_names; }
    int size() const { return int(m_names.size()); }
    /** Names found more than once (as written, first spelling). */
    const QStringList &duplicates() const { return m_duplicates; }

private:
    QStringList m_names;
    QHash<QString, int> m_index;
    QStringList m_duplicates;
};

} // namespace comptoir
