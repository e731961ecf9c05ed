#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace comptoir {
class AppServices;
}

namespace comptoir::ui {

/**
 * Runs a long core call (an import, a dry run, an export) on a worker thread, with
 * services of its OWN over a second connection to the same store (AppServices::openWorker):
 * a Qt SQL connection may only be used by the thread that opened it. The window stays
 * responsive; cancel() sets the flag the core call checks between batches. finished() is
 * emitted on the GUI thread.
 */
class WorkerJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerJob)

public:
    /** Runs on the worker thread with the job's services; the flag is the cancel request. */
    using Work = std::function<void(AppServices &services, const std::atomic<bool> &cancel)>;

    /** `services` (the GUI thread's) opens the worker's; it must outlive the job. */
    WorkerJob(const AppServices &services, QObject *parent);
    /** Cancels and waits for the worker: the job never outlives its thread. */
    ~WorkerJob() override;

    /** Starts `work`; false (and nothing started) when a job is still running. */
    bool start(Work work);
    void cancel();
    bool isRunning() const;
    bool cancelRequested() const { return m_cancel.load(); }
    /** Why the worker's services could not be opened (then `work` did not run). */
    QString openError() const { return m_openError; }

    /** Thread-safe: emits progress() (queued to the GUI thread). */
    void reportProgress(qint64 done, qint64 total);
    /** Waits for the worker to end (a negative timeout: as long as it takes). */
    bool wait(int timeoutMs = -1);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished();

private:
    const AppServices &m_services;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
    QString m_openError;
};

} // namespace comptoir::ui
