#pragma once

#include "domain/Result.h"

#include <QString>

namespace comptoir {

/**
 * The folders and files that hold store data (the database and its WAL, backups): created
 * owner-only, and checked before use, so that a place that cannot be used gives a message
 * naming it instead of an SQLite error met later (which would read as a damaged database).
 *
 * The checks ask faccessat(2) with the process's effective ids and capabilities, as an
 * open() would be judged: a read-only disk (EROFS) stops every user, root included;
 * permission bits stop every user but root. All errors are ErrorCode::Io with a translated
 * message naming the path.
 */
class DataFolder final {
public:
    /** Creates `folder` and each missing parent with mode 0700 (owner only), then check()s it. */
    static Status prepare(const QString &folder);
    /** `folder` exists, is a folder, and can be listed and written. */
    static Status check(const QString &folder);
    /** The existing file `path` can be read and written. */
    static Status checkFile(const QString &path);
    /** Creates the empty file `path` with mode 0600 (owner only); fails if it exists. */
    static Status createPrivateFile(const QString &path);
};

} // namespace comptoir
