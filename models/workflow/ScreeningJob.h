#pragma once

#include "ScreeningService.h"

#include <atomic>
#include <future>
#include <thread>

namespace creditdesk {

/// A screening batch run off the GUI thread: its own connection to the database file, progress
/// and cancel through atomics the GUI polls, and the summary when it is done. Qt SQL connections
/// belong to the thread that opens them, so the job opens, uses and closes its own.
class ScreeningJob
{
public:
    ScreeningJob(QString databasePath, Actor actor, QString inputPath, ScreeningOptions options);
    ~ScreeningJob(); ///< cancels and waits

    ScreeningJob(const ScreeningJob &) = delete;
    ScreeningJob &operator=(const ScreeningJob &) = delete;

    void start();
    void cancel() { m_cancelled = true; }
    /// Progress in thousandths.
    int progress() const { return m_progress; }
    bool finished() const;
    /// The outcome; waits when the job is still running.
    Result<ScreeningService::Summary> result();

private:
    QString m_databasePath;
    Actor m_actor;
    QString m_inputPath;
    ScreeningOptions m_options;
    std::atomic<bool> m_cancelled = false;
    std::atomic<int> m_progress = 0;
    std::promise<Result<ScreeningService::Summary>> m_promise;
    std::shared_future<Result<ScreeningService::Summary>> m_future;
    std::thread m_thread;
};

} // namespace creditdesk
