#pragma once

#include <QString>
#include <QStringList>

namespace comptoir {

/** One record of a CSV file, as read by CsvReader. */
struct CsvRow {
    /** The physical line (1-based) the record starts on; a quoted line break makes it span more. */
    qint64 lineNumber = 0;
    /** The fields, decoded, quotes removed; spaces around unquoted fields are dropped. */
    QStringList fields;
    /** Some bytes were not valid UTF-8 in a UTF-8 file; they read as U+FFFD. */
    bool invalidEncoding = false;
    /**
     * Why the record is malformed (e.g. text after a closing quote), empty when it is not.
     * `fields` then holds the fields read before the fault; the rest of the line was skipped.
     */
    QString problem;

    /** True when every field is empty or white space (or there is none). */
    bool isBlank() const
    {
        for (const QString &f : fields) {
            if (!f.isEmpty() && !f.trimmed().isEmpty())
                return false;
        }
        return true;
    }
};

} // namespace comptoir
