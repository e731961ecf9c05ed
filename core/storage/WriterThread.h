#pragma once

#include "domain/Result.h"

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>

namespace comptoir {

/**
 * One background thread that runs write jobs in the order given, so that a bulk load
 * prepares its next rows while the previous ones are being inserted (the demo load, the
 * historical sales import). Jobs use the SQLite C API of a connection that the caller's
 * thread leaves alone until drain() returns; they run inside the caller's transaction.
 * The queue is bounded: submit() waits while `maxQueued` jobs are waiting. After a job
 * fails, the jobs still queued are dropped and every later call returns its error.
 */
class WriterThread final {
public:
    using Job = std::function<Status()>;

    explicit WriterThread(std::size_t maxQueued = 4) : m_maxQueued(maxQueued) {}
    ~WriterThread() { stop(); }
    WriterThread(const WriterThread &) = delete;
    WriterThread &operator=(const WriterThread &) = delete;

    void start();
    /** Queues `job` (waiting for room); the first failed job's error instead once one failed. */
    Status submit(Job job);
    /** Waits until every queued job has run; the first failed job's error if one failed. */
    Status drain();
    /** The first failed job's error so far, without waiting. */
    Status error();
    /** Drops the jobs not started, waits for the one running and ends the thread. */
    void stop();

private:
    void run();

    const std::size_t m_maxQueued;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_queue;          ///< guarded by m_mutex
    bool m_busy = false;              ///< guarded by m_mutex: a job is running
    bool m_stop = false;              ///< guarded by m_mutex
    std::optional<Error> m_error;     ///< guarded by m_mutex
    std::atomic<bool> m_failed{false}; ///< m_error is set (read without the lock)
};

} // namespace comptoir
