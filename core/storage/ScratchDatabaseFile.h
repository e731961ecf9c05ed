#pragma once

#include "domain/Result.h"

#include <QString>

namespace comptoir {

/**
 * A uniquely named, hidden file in a given folder, where a backup or restore is written
 * before being renamed into place. Removed (with any -journal, -wal, -shm) on
 * destruction unless release() was called, so a failure leaves nothing behind.
 */
class ScratchDatabaseFile final {
public:
    /** Creates an empty file ".<stem>-XXXXXX.tmp" in `folder`. */
    static Result<ScratchDatabaseFile> create(const QString &folder, const QString &stem);

    ScratchDatabaseFile(ScratchDatabaseFile &&other) noexcept;
    ScratchDatabaseFile &operator=(ScratchDatabaseFile &&) = delete;
    ScratchDatabaseFile(const ScratchDatabaseFile &) = delete;
    ScratchDatabaseFile &operator=(const ScratchDatabaseFile &) = delete;
    ~ScratchDatabaseFile();

    const QString &path() const { return m_path; }
    /** The file was renamed into place: do not remove it. */
    void release() { m_path.clear(); }

private:
    explicit ScratchDatabaseFile(QString path) : m_path(std::move(path)) {}
    QString m_path;
};

} // namespace comptoir
