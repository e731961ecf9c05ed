#pragma once

#include "domain/ImportTypes.h"
#include "domain/Result.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTableView;
class QTableWidget;

namespace comptoir::ui {

class WorkerJob;
class ImportWizard;
class ProblemsModel;

/**
 * Step 3: the first rows as read, with the cells at fault highlighted, and a dry run of
 * the WHOLE file (on a worker thread) that lists every problem with its line, column and
 * reason. Options: all-or-nothing or skip invalid rows (to a rejects file), and what to
 * do with duplicates. Next commits: the import starts.
 */
class ImportDryRunPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportDryRunPage)

public:
    explicit ImportDryRunPage(ImportWizard *wizard);
    /** Stops the worker before the members it writes are destroyed. */
    ~ImportDryRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /** Runs the dry run again (after an option changed). */
    void runDryRun();
    bool isRunning() const;
    WorkerJob *job() const { return m_job; }

private:
    void fillPreview();
    void onFinished();
    void updateOptions();
    void showSummary(const ImportReport &report);

    ImportWizard *m_wizard;
    WorkerJob *m_job;
    QRadioButton *m_allOrNothing;
    QRadioButton *m_skipInvalid;
    QLineEdit *m_rejects;
    QComboBox *m_duplicates;
    QTableWidget *m_preview;
    QProgressBar *m_progress;
    QPushButton *m_again;
    QTableView *m_problemsView;
    ProblemsModel *m_problems;
    QLabel *m_summary;
    std::optional<Result<ImportReport>> m_result;
};

} // namespace comptoir::ui
