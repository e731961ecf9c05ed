#pragma once

#include "domain/ImportTypes.h"
#include "io/CsvHeader.h"

#include <QList>
#include <QStringList>

namespace comptoir {

/** One field an import fills: its name (also the exported column name) and the header names it is known by. */
struct ImportField {
    QString name;
    bool required = false;
    /** French and English spellings, compared as CsvHeader::normalize() does. */
    QStringList aliases;
};

/**
 * The fields of each entity and the guess of which column holds which field, from
 * French and English header names ("Nom", "Last name", "nom_famille" → last_name).
 */
class ColumnMapping {
public:
    static const QList<ImportField> &fields(ImportEntity entity);
    /** The field names, in export order. */
    static QStringList fieldNames(ImportEntity entity);

    /** Each field whose name or alias is a column of `header`; a column is used once. */
    static ImportMapping guess(ImportEntity entity, const CsvHeader &header);

    /**
     * The column index of each field (-1: not mapped), in fields() order. Problems:
     * a required field without a column, a mapping naming a column the file lacks or a
     * field that does not exist; `headerLine` is the line they are reported on.
     */
    static QList<int> resolve(ImportEntity entity, const CsvHeader &header, const ImportMapping &mapping,
                              qint64 headerLine, QList<ImportProblem> &problems);
};

} // namespace comptoir
