#pragma once

#include "TestDatabase.h"

#include "services/ImportService.h"

#include <QBuffer>
#include <QFile>

namespace comptoir::test {

/** Imports `bytes` as `entity` with `options` as `session`. */
inline Result<ImportReport> importBytes(TestDatabase &t, const Session &session, ImportEntity entity,
                                        const QByteArray &bytes, const ImportOptions &options = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportService service(t.db(), t.clock());
    return service.run(session, entity, &buffer, options);
}

inline QByteArray importCorpus(const char *name)
{
    QFile file(QStringLiteral(COMPTOIR_TEST_DATA_DIR "/import/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace comptoir::test
