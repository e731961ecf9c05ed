#include "storage/WriterThread.h"

namespace comptoir {

void WriterThread::start()
{
    stop();
    std::lock_guard lock(m_mutex);
    m_stop = false;
    m_error.reset();
    m_failed.store(false);
    m_thread = std::thread([this] { run(); });
}

Status WriterThread::submit(Job job)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < m_maxQueued || m_error.has_value(); });
    if (m_error)
        return *m_error;
    m_queue.push_back(std::move(job));
    lock.unlock();
    m_changed.notify_all();
    return {};
}

Status WriterThread::drain()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return (m_queue.empty() && !m_busy) || m_error.has_value(); });
    if (m_error)
        return *m_error;
    return {};
}

Status WriterThread::error()
{
    if (!m_failed.load(std::memory_order_acquire))
        return {};
    std::lock_guard lock(m_mutex);
    return *m_error;
}

void WriterThread::stop()
{
    if (!m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    m_thread.join();
}

void WriterThread::run()
{
    for (;;) {
        Job job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty())
                return; // stopped, nothing left
            job = std::move(m_queue.front());
            m_queue.pop_front();
            m_busy = !m_error.has_value();
            if (!m_busy)
                continue; // after an error, queued jobs are dropped
        }
        const Status s = job();
        {
            std::lock_guard lock(m_mutex);
            m_busy = false;
            if (!s && !m_error) {
                m_error = s.error();
                m_failed.store(true, std::memory_order_release);
            }
        }
        m_changed.notify_all();
    }
}

} // namespace comptoir
