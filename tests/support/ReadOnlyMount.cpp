#include "ReadOnlyMount.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/mount.h>

namespace comptoir::test {

namespace {

QString errnoMessage(const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(errno)));
}

/**
 * Moves the calling thread into a mount namespace of its own whose mounts do not propagate
 * (once per thread); empty on success, else why not.
 */
QString privateNamespace()
{
    thread_local QString outcome = []() -> QString {
        if (::unshare(CLONE_NEWNS) != 0)
            return errnoMessage("unshare(CLONE_NEWNS)");
        // In a chroot "/" is no mount point (EINVAL): the namespace stays a copy whose
        // mounts would reach the host, so no mount is made in it.
        if (::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) != 0)
            return errnoMessage("making / private (a chroot?)");
        return QString();
    }();
    return outcome;
}

} // namespace

ReadOnlyMount::ReadOnlyMount(const QString &folder) : m_folder(folder)
{
    m_why = privateNamespace();
    if (!m_why.isEmpty())
        return;
    const QByteArray path = QFile::encodeName(folder);
    if (::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) != 0) {
        m_why = errnoMessage("bind mount");
        return;
    }
    if (::mount(nullptr, path.constData(), nullptr, MS_REMOUNT | MS_BIND | MS_RDONLY, nullptr) != 0) {
        m_why = errnoMessage("read-only remount");
        ::umount2(path.constData(), MNT_DETACH);
        return;
    }
    m_mounted = true;
}

ReadOnlyMount::~ReadOnlyMount()
{
    if (m_mounted)
        ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
}

} // namespace comptoir::test
