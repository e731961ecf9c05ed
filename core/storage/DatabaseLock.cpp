#include "storage/DatabaseLock.h"

#include "storage/DataFolder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct DatabaseLockText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::DatabaseLock)
};

} // namespace

QString DatabaseLock::lockPath(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteFilePath() + QStringLiteral(".lock");
}

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::shared(const QString &dbPath)
{
    return acquire(dbPath, false);
}

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::exclusive(const QString &dbPath)
{
    return acquire(dbPath, true);
}

#ifdef Q_OS_UNIX

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const QString &dbPath, bool exclusive)
{
    const QString path = lockPath(dbPath);
    // A read-only disk or another user's folder: the lock file is only the first thing that
    // cannot be written there, so name the folder and why.
    if (Status usable = DataFolder::check(QFileInfo(path).absolutePath()); !usable)
        return usable.error();
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return Error{ErrorCode::Io, dbPath,
                     DatabaseLockText::tr("cannot create the lock file %1: %2").arg(path, QString::fromLocal8Bit(strerror(errno)))};
    if (::flock(fd, (exclusive ? LOCK_EX : LOCK_SH) | LOCK_NB) != 0) {
        const int error = errno;
        ::close(fd);
        if (error != EWOULDBLOCK)
            return Error{ErrorCode::Io, dbPath,
                         DatabaseLockText::tr("cannot lock %1: %2").arg(path, QString::fromLocal8Bit(strerror(error)))};
        if (exclusive)
            return Error{ErrorCode::Conflict, dbPath,
                         DatabaseLockText::tr("%1 is open in another program (the Comptoir app or comptoir-cli); close it first")
                             .arg(dbPath)};
        return Error{ErrorCode::Conflict, dbPath, DatabaseLockText::tr("%1 is being restored from a backup; try again shortly").arg(dbPath)};
    }
    return std::unique_ptr<DatabaseLock>(new DatabaseLock(fd));
}

DatabaseLock::~DatabaseLock()
{
    if (m_fd >= 0)
        ::close(m_fd); // releases the flock
}

#else

// No flock: the lock is advisory only (restore then relies on the user closing the app).
Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const QString &, bool)
{
    return std::unique_ptr<DatabaseLock>(new DatabaseLock(-1));
}

DatabaseLock::~DatabaseLock() = default;

#endif

} // namespace comptoir
