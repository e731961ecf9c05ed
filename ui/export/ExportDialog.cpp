#include "export/ExportDialog.h"

#include "common/EntityTitles.h"
#include "common/WorkerJob.h"
#include "services/export/EntityRows.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace comptoir::ui {

QStringList ExportDialog::allowedEntities(const Session &session)
{
    QStringList allowed;
    for (const QString &entity : ExportService::entities()) {
        const bool customerData = EntityRows::containsCustomerData(entity);
        if (session.can(customerData ? QStringLiteral("customer.export") : QStringLiteral("export.run")))
            allowed << entity;
    }
    return allowed;
}

ExportDialog::ExportDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_job(new WorkerJob(*context.services, this))
{
    build();
}

ExportDialog::ExportDialog(const AppContext &context, const CustomerListFilter &filter, QWidget *parent)
    : ExportDialog(context,
                   ListExport{filter.search.trimmed().isEmpty()
                                  ? tr("The customers list: every customer")
                                  : tr("The customers list: the customers matching \"%1\" (at most %2, as shown)")
                                        .arg(filter.search.trimmed())
                                        .arg(filter.limit),
                              tr("customers-list"),
                              [filter](ExportService &service, const Session &session, const QString &path,
                                       const ExportOptions &options) {
                                  return service.exportCustomerList(session, filter, path, options);
                              }},
                   parent)
{
}

ExportDialog::ExportDialog(const AppContext &context, ListExport list, QWidget *parent)
    : QDialog(parent),
      m_context(context),
      m_list(std::move(list)),
      m_job(new WorkerJob(*context.services, this))
{
    build();
}

ExportDialog::~ExportDialog()
{
    // Stop the worker before m_result, which it writes, is destroyed.
    m_job->cancel();
    m_job->wait();
}

void ExportDialog::build()
{
    setObjectName(QStringLiteral("ExportDialog"));
    setWindowTitle(m_list ? tr("Export this list") : tr("Export"));
    auto *form = new QFormLayout;
    QString stem;
    if (m_list) {
        auto *what = new QLabel(this);
        what->setObjectName(QStringLiteral("exportWhat"));
        what->setTextFormat(Qt::PlainText);
        what->setWordWrap(true);
        what->setText(m_list->description);
        form->addRow(tr("Rows:"), what);
        stem = m_list->stem;
    } else {
        m_entity = new QComboBox(this);
        m_entity->setObjectName(QStringLiteral("exportEntity"));
        for (const QString &entity : allowedEntities(m_context.session))
            m_entity->addItem(entityTitle(entity), entity);
        form->addRow(tr("&Data:"), m_entity);
        stem = m_entity->currentData().toString();
    }
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV (text, for any program)"), QStringLiteral("csv"));
    m_format->addItem(tr("Excel workbook (XLSX)"), QStringLiteral("xlsx"));
    m_separator = new QComboBox(this);
    m_separator->setObjectName(QStringLiteral("exportSeparator"));
    m_separator->addItem(tr("Semicolon ( ; ), French spreadsheets"), int(';'));
    m_separator->addItem(tr("Comma ( , )"), int(','));
    m_separator->addItem(tr("Tab"), int('\t'));
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("exportEncoding"));
    m_encoding->addItem(tr("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("Windows-1252 (older Excel)"), int(TextEncoding::Windows1252));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(QDir(folder).filePath(
        QStringLiteral("%1-%2.csv").arg(stem, QDate::currentDate().toString(Qt::ISODate))));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Separator:"), m_separator);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("F&ile:"), pathRow);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startExport"));
    m_cancel = buttons->addButton(tr("&Cancel the export"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    m_cancel->setEnabled(false);
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFormat);
    if (m_entity) {
        connect(m_entity, &QComboBox::currentIndexChanged, this, [this]() {
            const QFileInfo info(m_path->text());
            const QString suffix = info.suffix().isEmpty() ? QStringLiteral("csv") : info.suffix();
            m_path->setText(info.dir().filePath(QStringLiteral("%1-%2.%3").arg(
                m_entity->currentData().toString(), QDate::currentDate().toString(Qt::ISODate), suffix)));
        });
    }
    connect(m_start, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling… no file will be written."));
    });
    connect(close, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_job, &WorkerJob::progress, this, [this](qint64 rows, qint64 total) {
        if (total > 0)
            m_progress->setValue(int(qMin<qint64>(1000, rows * 1000 / total)));
        const qint64 ms = qMax<qint64>(1, m_clock.elapsed());
        m_status->setText(tr("%1 rows written (%2 rows/s)…")
                              .arg(QLocale().toString(rows), QLocale().toString(rows * 1000 / ms)));
    });
    connect(m_job, &WorkerJob::finished, this, &ExportDialog::onFinished);
    resize(560, sizeHint().height());
}

void ExportDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::browse()
{
    const bool xlsx = m_format->currentData().toString() == u"xlsx";
    const QString path = QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(),
                                                      xlsx ? tr("Excel workbooks (*.xlsx)") : tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::updateFormat()
{
    const bool xlsx = m_format->currentData().toString() == u"xlsx";
    m_separator->setEnabled(!xlsx);
    m_encoding->setEnabled(!xlsx);
    QString path = m_path->text();
    const QFileInfo info(path);
    if (!info.suffix().isEmpty())
        m_path->setText(info.dir().filePath(info.completeBaseName() + (xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv"))));
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.format = m_format->currentData().toString() == u"xlsx" ? ExportOptions::Format::Xlsx
                                                                   : ExportOptions::Format::Csv;
    options.separator = char(m_separator->currentData().toInt());
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    return options;
}

void ExportDialog::start()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty() || m_job->isRunning() || (m_entity && m_entity->count() == 0))
        return;
    m_result.reset();
    m_progress->setValue(0);
    m_status->setText(tr("Exporting…"));
    m_start->setEnabled(false);
    m_cancel->setEnabled(true);
    m_clock.start();

    ExportOptions base = options();
    const Session session = m_context.session;
    decltype(ListExport::run) run;
    if (m_list)
        run = m_list->run;
    const QString entity = m_entity ? m_entity->currentData().toString() : QString();
    WorkerJob *job = m_job;
    m_job->start([this, base, session, run, entity, path, job](AppServices &services, const std::atomic<bool> &cancel) {
        ExportOptions options = base;
        options.cancel = &cancel;
        options.progress = [job](qint64 rows, qint64 total) { job->reportProgress(rows, total); };
        ExportService &service = services.exports();
        m_result = run ? run(service, session, path, options) : service.exportEntity(session, entity, path, options);
    });
}

void ExportDialog::onFinished()
{
    m_start->setEnabled(true);
    m_cancel->setEnabled(false);
    if (!m_job->openError().isEmpty()) {
        m_status->setText(m_job->openError());
    } else if (!m_result) {
        m_status->setText(tr("The export did not run."));
    } else if (!*m_result) {
        m_status->setText(ExportService::isCancelled(m_result->error())
                              ? tr("Export cancelled: no file was written.")
                              : tr("The export failed, no file was written: %1").arg(m_result->error().message));
    } else {
        m_progress->setValue(m_progress->maximum());
        const double seconds = qMax<qint64>(1, m_clock.elapsed()) / 1000.0;
        m_status->setText(tr("%1 rows exported to %2 in %3 s.")
                              .arg(QLocale().toString(**m_result), QDir::toNativeSeparators(m_path->text().trimmed()),
                                   QLocale().toString(seconds, 'f', 1)));
    }
}

void ExportDialog::reject()
{
    m_job->cancel();
    m_job->wait();
    QDialog::reject();
}

} // namespace comptoir::ui
