#pragma once

#include <QString>

namespace comptoir::test {

/**
 * Makes `folder` a read-only disk for this thread and the processes it starts, as long as
 * the object lives: a read-only bind mount of the folder on itself, in a private mount
 * namespace of the calling thread (unshare), so nothing shows outside. Write what the folder
 * must hold first.
 *
 * Needs root (CAP_SYS_ADMIN) and "/" a mount point: in a chroot (fresh-debian.sh) a new mount
 * would propagate to the host, so none is made. Then available() is false and why() says why;
 * a test then states the case it did not run (a read-only disk) and checks the others.
 */
class ReadOnlyMount {
public:
    explicit ReadOnlyMount(const QString &folder);
    ~ReadOnlyMount();
    ReadOnlyMount(const ReadOnlyMount &) = delete;
    ReadOnlyMount &operator=(const ReadOnlyMount &) = delete;

    bool available() const { return m_mounted; }
    QString why() const { return m_why; }

private:
    QString m_folder;
    bool m_mounted = false;
    QString m_why;
};

} // namespace comptoir::test
