#pragma once

#include "domain/ImportTypes.h"
#include "domain/Result.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QWizardPage>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace comptoir::ui {

class WorkerJob;
class ImportWizard;

/**
 * Step 4: the import itself, on a worker thread with its own connection: progress, rows
 * per second, elapsed time, and Cancel (the transaction rolls back: nothing written).
 * Ends with the counts.
 */
class ImportRunPage final : public QWizardPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportRunPage)

public:
    explicit ImportRunPage(ImportWizard *wizard);
    /** Stops the worker before the members it writes are destroyed. */
    ~ImportRunPage() override;

    void initializePage() override;
    bool isComplete() const override;

    WorkerJob *job() const { return m_job; }
    /** The outcome once finished (nullopt while running or when the worker could not start). */
    const std::optional<Result<ImportReport>> &result() const { return m_result; }

private:
    void onProgress(qint64 rows, qint64 bytes);
    void onFinished();
    void updateElapsed();

    ImportWizard *m_wizard;
    WorkerJob *m_job;
    QProgressBar *m_progress;
    QLabel *m_rate;
    QLabel *m_elapsed;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QElapsedTimer m_clock;
    QTimer m_tick;
    qint64 m_rows = 0;
    qint64 m_size = 0;
    bool m_done = false;
    std::optional<Result<ImportReport>> m_result;
};

} // namespace comptoir::ui
