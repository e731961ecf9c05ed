#include "common/WorkerJob.h"

#include "services/AppServices.h"

#include <QThread>

namespace comptoir::ui {

WorkerJob::WorkerJob(const AppServices &services, QObject *parent) : QObject(parent), m_services(services) {}

WorkerJob::~WorkerJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool WorkerJob::start(Work work)
{
    if (isRunning())
        return false;
    delete m_thread;
    m_cancel = false;
    m_openError.clear();
    m_thread = QThread::create([this, work = std::move(work)]() {
        auto services = m_services.openWorker();
        if (!services) {
            m_openError = services.error().message;
            return;
        }
        work(**services, m_cancel);
    });
    connect(m_thread, &QThread::finished, this, &WorkerJob::finished);
    m_thread->start();
    return true;
}

void WorkerJob::cancel()
{
    m_cancel = true;
}

bool WorkerJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void WorkerJob::reportProgress(qint64 done, qint64 total)
{
    Q_EMIT progress(done, total);
}

bool WorkerJob::wait(int timeoutMs)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(timeoutMs));
}

} // namespace comptoir::ui
