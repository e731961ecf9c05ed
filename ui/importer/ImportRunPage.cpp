#include "importer/ImportRunPage.h"

#include "common/EntityTitles.h"
#include "common/WorkerJob.h"
#include "importer/ImportWizard.h"
#include "services/AppServices.h"

#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace comptoir::ui {

ImportRunPage::ImportRunPage(ImportWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_job(new WorkerJob(*wizard->context().services, this)),
      m_progress(new QProgressBar(this)),
      m_rate(new QLabel(this)),
      m_elapsed(new QLabel(this)),
      m_cancel(new QPushButton(tr("&Cancel the import"), this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Import"));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_rate->setObjectName(QStringLiteral("importRate"));
    m_elapsed->setObjectName(QStringLiteral("importElapsed"));
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Rows per second:"), m_rate);
    form->addRow(tr("Elapsed:"), m_elapsed);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addLayout(form);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addSpacing(12);
    layout->addWidget(m_summary);
    layout->addStretch(1);

    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &ImportRunPage::updateElapsed);
    connect(m_cancel, &QPushButton::clicked, this, [this]() {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_summary->setText(tr("Cancelling… nothing will be written."));
    });
    connect(m_job, &WorkerJob::progress, this, &ImportRunPage::onProgress);
    connect(m_job, &WorkerJob::finished, this, &ImportRunPage::onFinished);
}

ImportRunPage::~ImportRunPage()
{
    m_job->cancel();
    m_job->wait();
}

void ImportRunPage::initializePage()
{
    const ImportState &state = m_wizard->state();
    setSubTitle(tr("%1 from %2").arg(entityTitle(state.entity), QFileInfo(state.path).fileName()));
    m_done = false;
    m_rows = 0;
    m_result.reset();
    m_size = QFileInfo(state.path).size();
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_rate->setText(QStringLiteral("–"));
    m_cancel->setEnabled(true);
    m_summary->setText(tr("Importing…"));
    m_clock.start();
    m_tick.start();
    updateElapsed();

    const AppContext &c = m_wizard->context();
    ImportOptions options = m_wizard->options();
    const QString path = state.path;
    const ImportEntity entity = state.entity;
    const Session session = c.session;
    WorkerJob *job = m_job;
    m_job->start([this, options, path, entity, session, job](AppServices &services, const std::atomic<bool> &cancel) mutable {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_result = Result<ImportReport>(Error{ErrorCode::Io, path, file.errorString()});
            return;
        }
        options.cancel = &cancel;
        options.progress = [job](qint64 rows, qint64 bytes) { job->reportProgress(rows, bytes); };
        m_result = services.imports().run(session, entity, &file, options);
    });
}

void ImportRunPage::onProgress(qint64 rows, qint64 bytes)
{
    m_rows = rows;
    if (m_size > 0)
        m_progress->setValue(int(qMin<qint64>(1000, bytes * 1000 / m_size)));
    const qint64 ms = m_clock.elapsed();
    if (ms > 0)
        m_rate->setText(QLocale().toString(rows * 1000 / ms));
}

void ImportRunPage::updateElapsed()
{
    const qint64 seconds = m_clock.elapsed() / 1000;
    m_elapsed->setText(tr("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
}

void ImportRunPage::onFinished()
{
    m_tick.stop();
    updateElapsed();
    m_done = true;
    m_cancel->setEnabled(false);
    const QLocale locale;
    if (!m_job->openError().isEmpty()) {
        m_summary->setText(m_job->openError());
    } else if (!m_result) {
        m_summary->setText(tr("The import did not run."));
    } else if (!*m_result) {
        m_summary->setText(tr("The import failed, nothing was written: %1").arg(m_result->error().toString()));
    } else {
        const ImportReport &r = **m_result;
        if (r.cancelled) {
            m_summary->setText(tr("Import cancelled: nothing was written."));
        } else if (!r.committed) {
            m_summary->setText(tr("Nothing was written: %1 rows with a problem (all or nothing).")
                                   .arg(locale.toString(r.rejected)));
        } else {
            m_progress->setValue(m_progress->maximum());
            QString text = tr("Import finished. Rows read: %1. Created: %2. Updated: %3. Duplicates skipped: %4. "
                              "Rejected: %5.")
                               .arg(locale.toString(r.read), locale.toString(r.imported), locale.toString(r.updated),
                                    locale.toString(r.skipped), locale.toString(r.rejected));
            if (r.rejected > 0 && !m_wizard->state().rejectsPath.isEmpty())
                text += QLatin1Char(' ') + tr("The rejected rows are in %1.").arg(m_wizard->state().rejectsPath);
            m_summary->setText(text);
            if (r.read > 0 && m_clock.elapsed() > 0)
                m_rate->setText(locale.toString(r.read * 1000 / qMax<qint64>(1, m_clock.elapsed())));
            Q_EMIT m_wizard->imported(toString(m_wizard->state().entity));
        }
    }
    Q_EMIT completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

} // namespace comptoir::ui
