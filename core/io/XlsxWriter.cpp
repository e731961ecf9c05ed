#include "io/XlsxWriter.h"

#include "io/AtomicFileWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <xlsxwriter.h>

namespace comptoir {

namespace {

/** The translation context of this file's messages (lupdate reads it). */
struct XlsxWriterText {
    Q_DECLARE_TR_FUNCTIONS(comptoir::XlsxWriter)
};

constexpr qint64 kMaxExactInteger = qint64(1) << 53;

} // namespace

struct XlsxWriter::Workbook {
    QTemporaryFile temp;
    QByteArray tempPath;
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr;
    lxw_format *money = nullptr;
    lxw_format *date = nullptr;
    qint64 row = 0;
    bool failed = false;
    Error failure;

    ~Workbook()
    {
        if (workbook)
            lxw_workbook_free(workbook); // discarded: free without writing; `temp` removes the file
    }
};

XlsxWriter::XlsxWriter(const QString &path, const QString &sheetName) : m_path(path), m_sheetName(sheetName) {}

XlsxWriter::~XlsxWriter()
{
    discard();
}

Error XlsxWriter::error(const QString &reason) const
{
    return Error{ErrorCode::Io, QDir::toNativeSeparators(m_path),
                 XlsxWriterText::tr("cannot write \"%1\": %2").arg(QDir::toNativeSeparators(m_path), reason)};
}

qint64 XlsxWriter::rowsWritten() const
{
    return d ? d->row : 0;
}

Status XlsxWriter::open()
{
    discard();
    auto w = std::make_unique<Workbook>();
    const QFileInfo target(m_path);
    // Next to the target, so that the final rename stays on one file system.
    w->temp.setFileTemplate(target.absolutePath() + QStringLiteral("/.") + target.fileName() +
                            QStringLiteral(".XXXXXX.tmp"));
    if (!w->temp.open())
        return error(w->temp.errorString());
    w->temp.close(); // libxlsxwriter opens it by name
    w->tempPath = QFile::encodeName(w->temp.fileName());

    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    w->workbook = workbook_new_opt(w->tempPath.constData(), &options);
    if (!w->workbook)
        return error(XlsxWriterText::tr("the XLSX library could not create the workbook"));
    const QByteArray sheetName = m_sheetName.toUtf8();
    w->sheet = workbook_add_worksheet(w->workbook, sheetName.isEmpty() ? nullptr : sheetName.constData());
    if (!w->sheet)
        return error(XlsxWriterText::tr("\"%1\" is not a valid sheet name").arg(m_sheetName));
    w->bold = workbook_add_format(w->workbook);
    format_set_bold(w->bold);
    w->money = workbook_add_format(w->workbook);
    format_set_num_format(w->money, "#,##0.00");
    w->date = workbook_add_format(w->workbook);
    format_set_num_format(w->date, "dd/mm/yyyy");
    d = std::move(w);
    return {};
}

Status XlsxWriter::writeHeader(const QStringList &names)
{
    QList<Cell> cells;
    cells.reserve(names.size());
    for (const QString &name : names)
        cells.append(Cell::text(name));
    Status s = write(cells, true);
    if (s && d)
        worksheet_freeze_panes(d->sheet, 1, 0);
    return s;
}

Status XlsxWriter::writeRow(const QList<Cell> &cells)
{
    return write(cells, false);
}

Status XlsxWriter::write(const QList<Cell> &cells, bool header)
{
    if (!d)
        return error(XlsxWriterText::tr("the workbook was not opened"));
    if (d->failed)
        return d->failure;
    auto fail = [this](const QString &reason) {
        d->failed = true;
        d->failure = error(reason);
        return d->failure;
    };
    if (d->row >= kMaxRows)
        return fail(XlsxWriterText::tr("row %1: an XLSX sheet holds at most %2 rows").arg(d->row + 1).arg(kMaxRows));
    if (cells.size() > kMaxColumns)
        return fail(XlsxWriterText::tr("row %1: an XLSX sheet holds at most %2 columns").arg(d->row + 1).arg(kMaxColumns));
    const auto row = lxw_row_t(d->row);
    for (qsizetype i = 0; i < cells.size(); ++i) {
        const Cell &cell = cells.at(i);
        const auto col = lxw_col_t(i);
        QString text;
        lxw_error rc = LXW_NO_ERROR;
        switch (cell.type()) {
        case Cell::Type::Empty:
            continue;
        case Cell::Type::Text:
            text = cell.text();
            break;
        case Cell::Type::Integer:
            if (cell.integer() > kMaxExactInteger || cell.integer() < -kMaxExactInteger)
                text = QString::number(cell.integer());
            else
                rc = worksheet_write_number(d->sheet, row, col, double(cell.integer()), nullptr);
            break;
        case Cell::Type::Money:
            rc = worksheet_write_number(d->sheet, row, col, double(cell.money().cents()) / 100.0, d->money);
            break;
        case Cell::Type::Boolean:
            rc = worksheet_write_boolean(d->sheet, row, col, cell.boolean() ? 1 : 0, nullptr);
            break;
        case Cell::Type::Date: {
            const QDate date = cell.date();
            if (date.year() < 1900 || date.year() > 9999) {
                text = date.toString(Qt::ISODate);
                break;
            }
            lxw_datetime dt = {date.year(), date.month(), date.day(), 0, 0, 0.0};
            rc = worksheet_write_datetime(d->sheet, row, col, &dt, d->date);
            break;
        }
        }
        if (cell.type() == Cell::Type::Text || !text.isEmpty()) {
            text.remove(QChar(0));
            if (text.size() > kMaxTextLength)
                return fail(XlsxWriterText::tr("row %1, column %2: the text is longer than the %3 characters an XLSX cell holds")
                                .arg(d->row + 1)
                                .arg(i + 1)
                                .arg(kMaxTextLength));
            const QByteArray utf8 = text.toUtf8();
            rc = worksheet_write_string(d->sheet, row, col, utf8.constData(), header ? d->bold : nullptr);
        }
        if (rc != LXW_NO_ERROR)
            return fail(XlsxWriterText::tr("row %1, column %2: %3").arg(d->row + 1).arg(i + 1).arg(QString::fromUtf8(lxw_strerror(rc))));
    }
    ++d->row;
    return {};
}

Status XlsxWriter::finish()
{
    if (!d)
        return error(XlsxWriterText::tr("the workbook was not opened"));
    if (d->failed)
        return d->failure;
    const lxw_error rc = workbook_close(d->workbook);
    d->workbook = nullptr;
    if (rc != LXW_NO_ERROR) {
        const Error e = error(QString::fromUtf8(lxw_strerror(rc)));
        d.reset();
        return e;
    }
    Status moved = AtomicFileWriter::replace(d->temp.fileName(), m_path);
    if (moved)
        d->temp.setAutoRemove(false); // it is the target now
    d.reset();
    return moved;
}

void XlsxWriter::discard()
{
    d.reset();
}

} // namespace comptoir
