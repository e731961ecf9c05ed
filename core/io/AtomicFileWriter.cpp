#include "io/AtomicFileWriter.h"

#include <QCoreApplication>
#include <QDir>

#include <filesystem>
#include <system_error>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct AtomicFileWriterText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::AtomicFileWriter)
};

Error writeError(const QString &path, const QString &reason)
{
    return Error{ErrorCode::Io, QDir::toNativeSeparators(path),
                 AtomicFileWriterText::tr("cannot write \"%1\": %2").arg(QDir::toNativeSeparators(path), reason)};
}

} // namespace

AtomicFileWriter::AtomicFileWriter(const QString &path) : m_path(path), m_file(path) {}

AtomicFileWriter::~AtomicFileWriter()
{
    discard();
}

Error AtomicFileWriter::ioError(const QString &reason) const
{
    return writeError(m_path, reason);
}

Status AtomicFileWriter::open()
{
    if (m_path.isEmpty())
        return ioError(AtomicFileWriterText::tr("no file name"));
    if (!m_file.open(QIODevice::WriteOnly))
        return ioError(m_file.errorString());
    m_open = true;
    return {};
}

Status AtomicFileWriter::commit()
{
    if (!m_open)
        return ioError(AtomicFileWriterText::tr("the file was not opened"));
    m_open = false;
    if (!m_file.commit())
        return ioError(m_file.errorString());
    return {};
}

void AtomicFileWriter::discard()
{
    if (m_open) {
        m_file.cancelWriting();
        m_file.commit(); // after cancelWriting() this removes the temporary file
        m_open = false;
    }
}

Status AtomicFileWriter::replace(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(std::filesystem::path(from.toStdU16String()),
                            std::filesystem::path(to.toStdU16String()), ec);
    if (ec)
        return writeError(to, QString::fromStdString(ec.message()));
    return {};
}

} // namespace comptoir
