#include "importer/ImportDryRunPage.h"

#include "common/WorkerJob.h"
#include "importer/ImportWizard.h"
#include "importer/ProblemsModel.h"
#include "services/AppServices.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace comptoir::ui {

namespace {

const QColor kProblemCell(0xfd, 0xe2, 0xe1);

QString defaultRejectsPath(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + ImportDryRunPage::tr("-rejects") + QStringLiteral(".csv"));
}

} // namespace

ImportDryRunPage::ImportDryRunPage(ImportWizard *wizard)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_job(new WorkerJob(*wizard->context().services, this)),
      m_allOrNothing(new QRadioButton(tr("&All or nothing: one invalid row and nothing is imported"), this)),
      m_skipInvalid(new QRadioButton(tr("&Skip invalid rows and write them, with the reason, to:"), this)),
      m_rejects(new QLineEdit(this)),
      m_duplicates(new QComboBox(this)),
      m_preview(new QTableWidget(this)),
      m_progress(new QProgressBar(this)),
      m_again(new QPushButton(tr("Check &again"), this)),
      m_problemsView(new QTableView(this)),
      m_problems(new ProblemsModel(this)),
      m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("importDryRunPage"));
    setTitle(tr("Check the file"));
    setSubTitle(tr("Every row is checked without writing anything. Cells at fault are highlighted."));
    setCommitPage(true);
    m_allOrNothing->setObjectName(QStringLiteral("allOrNothing"));
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));
    m_rejects->setObjectName(QStringLiteral("rejectsPath"));
    m_duplicates->setObjectName(QStringLiteral("onDuplicate"));
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_progress->setObjectName(QStringLiteral("dryRunProgress"));
    m_again->setObjectName(QStringLiteral("runDryRun"));
    m_problemsView->setObjectName(QStringLiteral("problemsTable"));
    m_summary->setObjectName(QStringLiteral("dryRunSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_allOrNothing->setChecked(true);
    m_duplicates->addItem(tr("Skip them (keep the record in the store)"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Update the record in the store"), int(DuplicatePolicy::Update));
    m_duplicates->addItem(tr("Create a new record anyway"), int(DuplicatePolicy::Create));

    for (QTableView *view : {static_cast<QTableView *>(m_preview), m_problemsView}) {
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
    }
    m_preview->verticalHeader()->setVisible(false);
    m_problemsView->setModel(m_problems);
    m_problemsView->verticalHeader()->setVisible(false);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->horizontalHeader()->setStretchLastSection(true);
    m_problemsView->horizontalHeader()->resizeSection(ProblemsModel::Line, 70);
    m_problemsView->horizontalHeader()->resizeSection(ProblemsModel::ColumnName, 150);

    auto *options = new QGroupBox(tr("Options"), this);
    auto *grid = new QGridLayout(options);
    grid->addWidget(m_allOrNothing, 0, 0, 1, 2);
    grid->addWidget(m_skipInvalid, 1, 0);
    grid->addWidget(m_rejects, 1, 1);
    grid->addWidget(new QLabel(tr("Records already in the store (same e-mail, phone, card or reference):"), options), 2, 0);
    grid->addWidget(m_duplicates, 2, 1);
    grid->setColumnStretch(1, 1);

    auto *status = new QHBoxLayout;
    status->addWidget(m_progress, 1);
    status->addWidget(m_again);

    auto *problems = new QWidget(this);
    auto *problemsLayout = new QVBoxLayout(problems);
    problemsLayout->setContentsMargins(0, 0, 0, 0);
    problemsLayout->addWidget(m_summary);
    problemsLayout->addWidget(m_problemsView, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_preview);
    split->addWidget(problems);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(options);
    layout->addLayout(status);
    layout->addWidget(split, 1);

    connect(m_skipInvalid, &QRadioButton::toggled, this, &ImportDryRunPage::updateOptions);
    connect(m_rejects, &QLineEdit::textChanged, this, &ImportDryRunPage::updateOptions);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, [this]() {
        updateOptions();
        runDryRun(); // the counts of created, updated and skipped rows change
    });
    connect(m_again, &QPushButton::clicked, this, &ImportDryRunPage::runDryRun);
    connect(m_job, &WorkerJob::finished, this, &ImportDryRunPage::onFinished);
    connect(m_job, &WorkerJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(qMax<qint64>(1, total / 1024)));
        m_progress->setValue(int(done / 1024));
    });
}

ImportDryRunPage::~ImportDryRunPage()
{
    m_job->cancel();
    m_job->wait();
}

void ImportDryRunPage::initializePage()
{
    ImportState &state = m_wizard->state();
    if (m_rejects->text().isEmpty() || !m_rejects->isModified())
        m_rejects->setText(defaultRejectsPath(state.path));
    updateOptions();
    fillPreview();
    runDryRun();
}

void ImportDryRunPage::cleanupPage()
{
    m_job->cancel();
    m_job->wait();
}

void ImportDryRunPage::updateOptions()
{
    ImportState &state = m_wizard->state();
    state.skipInvalid = m_skipInvalid->isChecked();
    state.rejectsPath = m_rejects->text().trimmed();
    state.onDuplicate = DuplicatePolicy(m_duplicates->currentData().toInt());
    m_rejects->setEnabled(state.skipInvalid);
    if (m_result && *m_result)
        showSummary(**m_result);
    Q_EMIT completeChanged();
}

void ImportDryRunPage::fillPreview()
{
    const ImportPreview &preview = m_wizard->state().preview;
    m_preview->clear();
    m_preview->setColumnCount(int(preview.header.size()) + 1);
    m_preview->setHorizontalHeaderLabels(QStringList{tr("Line")} + preview.header);
    m_preview->setRowCount(int(preview.rows.size()));
    for (int r = 0; r < preview.rows.size(); ++r) {
        auto *line = new QTableWidgetItem(QString::number(preview.lines.value(r)));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_preview->setItem(r, 0, line);
        const QStringList &fields = preview.rows.at(r);
        for (int c = 0; c < preview.header.size(); ++c)
            m_preview->setItem(r, c + 1, new QTableWidgetItem(fields.value(c)));
    }
    m_preview->resizeColumnsToContents();
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, qMin(m_preview->columnWidth(c), 220));
}

bool ImportDryRunPage::isRunning() const
{
    return m_job->isRunning();
}

void ImportDryRunPage::runDryRun()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_job->wait();
    }
    m_result.reset();
    m_problems->setProblems({});
    m_summary->setText(tr("Checking every row…"));
    m_progress->setValue(0);
    m_again->setEnabled(false);
    Q_EMIT completeChanged();

    const AppContext &c = m_wizard->context();
    ImportOptions options = m_wizard->options();
    options.dryRun = true;
    options.rejectsPath.clear(); // a dry run writes no file
    const QString path = m_wizard->state().path;
    const ImportEntity entity = m_wizard->state().entity;
    const Session session = c.session;
    WorkerJob *job = m_job;
    const qint64 size = QFileInfo(path).size();
    m_job->start([this, options, path, entity, session, job, size](AppServices &services, const std::atomic<bool> &cancel) mutable {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_result = Result<ImportReport>(Error{ErrorCode::Io, path, file.errorString()});
            return;
        }
        options.cancel = &cancel;
        options.progress = [job, size](qint64, qint64 bytes) { job->reportProgress(bytes, size); };
        m_result = services.imports().run(session, entity, &file, options);
    });
}

void ImportDryRunPage::onFinished()
{
    if (m_job->isRunning())
        return; // a stopped run's signal, arriving after the next run started
    m_again->setEnabled(true);
    m_progress->setValue(m_progress->maximum());
    // Clear the highlights of a previous run.
    for (int r = 0; r < m_preview->rowCount(); ++r) {
        for (int c = 0; c < m_preview->columnCount(); ++c) {
            if (QTableWidgetItem *item = m_preview->item(r, c)) {
                item->setBackground(QBrush());
                item->setToolTip(QString());
            }
        }
    }
    if (!m_job->openError().isEmpty()) {
        m_summary->setText(m_job->openError());
    } else if (!m_result) {
        m_summary->setText(tr("The check was stopped."));
    } else if (!*m_result) {
        m_summary->setText(m_result->error().toString());
    } else {
        const ImportReport &report = **m_result;
        m_wizard->state().dryRun = report;
        m_problems->setProblems(report.problems);
        const ImportPreview &preview = m_wizard->state().preview;
        for (const ImportProblem &p : report.problems) {
            const int row = int(preview.lines.indexOf(p.line));
            if (row < 0)
                continue;
            const int column = int(preview.header.indexOf(p.column));
            for (int c = 0; c < m_preview->columnCount(); ++c) {
                if (column >= 0 && c != column + 1)
                    continue;
                if (QTableWidgetItem *item = m_preview->item(row, c)) {
                    item->setBackground(kProblemCell);
                    item->setToolTip(p.reason);
                }
            }
        }
        showSummary(report);
    }
    Q_EMIT completeChanged();
}

void ImportDryRunPage::showSummary(const ImportReport &report)
{
    const QLocale locale;
    if (report.cancelled) {
        m_summary->setText(tr("The check was stopped."));
        return;
    }
    if (report.read == 0 && !report.problems.isEmpty()) {
        m_summary->setText(tr("The file cannot be imported with this mapping: see the problems below."));
        return;
    }
    QString text = tr("%1 rows read: %2 to create, %3 to update, %4 duplicates to skip, %5 with a problem.")
                       .arg(locale.toString(report.read), locale.toString(report.imported),
                            locale.toString(report.updated), locale.toString(report.skipped),
                            locale.toString(report.rejected));
    if (report.rejected > 0 && !m_skipInvalid->isChecked())
        text += QLatin1Char(' ') + tr("All or nothing: fix the file, or choose to skip the invalid rows.");
    else if (report.rejected > 0)
        text += QLatin1Char(' ') + tr("The invalid rows will be written to the rejects file.");
    m_summary->setText(text);
}

bool ImportDryRunPage::isComplete() const
{
    if (m_job->isRunning() || !m_result || !*m_result)
        return false;
    const ImportReport &report = **m_result;
    if (report.cancelled || (report.read == 0 && !report.problems.isEmpty()))
        return false;
    if (report.rejected == 0)
        return true;
    return m_skipInvalid->isChecked() && !m_rejects->text().trimmed().isEmpty();
}

bool ImportDryRunPage::validatePage()
{
    updateOptions();
    return isComplete();
}

} // namespace comptoir::ui
