#pragma once

#include "domain/Result.h"

#include <QSaveFile>
#include <QString>

class QIODevice;

namespace comptoir {

/**
 * Writes a file all or nothing: the data goes to a temporary file next to the target,
 * which replaces the target only on commit(). A failed or cancelled write (discard(),
 * or destruction without commit) leaves no partial file and the previous file intact.
 *
 * @code
 * AtomicFileWriter out(path);
 * if (Status s = out.open(); !s) return s;
 * CsvWriter csv(out.device());
 * ... csv.writeRow(...); csv.finish();
 * return out.commit();
 * @endcode
 */
class AtomicFileWriter {
public:
    explicit AtomicFileWriter(const QString &path);
    ~AtomicFileWriter();
    AtomicFileWriter(const AtomicFileWriter &) = delete;
    AtomicFileWriter &operator=(const AtomicFileWriter &) = delete;

    /** Creates the temporary file; the error names the path and the reason. */
    Status open();
    /** Where to write; valid between open() and commit()/discard(). */
    QIODevice *device() { return &m_file; }
    /** Replaces the target with what was written. */
    Status commit();
    /** Drops what was written; the target is left as it was. */
    void discard();

    QString path() const { return m_path; }

    /**
     * Moves the finished file `from` over `to` in one step (rename(2); MoveFileEx with
     * replace on Windows); both must be in the same folder. For files written by
     * libraries that want a path (XlsxWriter).
     */
    static Status replace(const QString &from, const QString &to);

private:
    Error ioError(const QString &reason) const;

    QString m_path;
    QSaveFile m_file;
    bool m_open = false;
};

} // namespace comptoir
