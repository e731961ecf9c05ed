#include "importer/DatabaseJob.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QThread>

namespace comptoir::ui {

DatabaseJob::DatabaseJob(QString databasePath, QObject *parent) : QObject(parent), m_path(std::move(databasePath)) {}

DatabaseJob::~DatabaseJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool DatabaseJob::start(Work work)
{
    if (isRunning())
        return false;
    delete m_thread;
    m_cancel = false;
    m_openError.clear();
    m_thread = QThread::create([this, work = std::move(work)]() {
        if (m_path.isEmpty() || m_path == u":memory:") {
            m_openError = QCoreApplication::translate("comptoir::ui::DatabaseJob",
                                                      "this needs a database file (an in-memory database has no second connection)");
            return;
        }
        auto db = Database::open(m_path, Database::Mode::OpenExisting);
        if (!db) {
            m_openError = db.error().message;
            return;
        }
        work(**db, m_cancel);
    });
    connect(m_thread, &QThread::finished, this, &DatabaseJob::finished);
    m_thread->start();
    return true;
}

void DatabaseJob::cancel()
{
    m_cancel = true;
}

bool DatabaseJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DatabaseJob::reportProgress(qint64 done, qint64 total)
{
    Q_EMIT progress(done, total);
}

bool DatabaseJob::wait(int timeoutMs)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(timeoutMs));
}

} // namespace comptoir::ui
