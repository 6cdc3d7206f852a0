#pragma once

#include "StatisticsService.h"

#include <atomic>
#include <functional>
#include <memory>
#include <thread>

namespace creditdesk {

/// Runs the dashboard's reads off the GUI thread: each request on a thread of its own with its
/// own read-only connection to the database file (Qt SQL connections belong to the thread that
/// opens them). The caller gets the work's outcome through \a done, called on that thread; the
/// page posts it to the GUI thread. The destructor waits for the requests still running.
class StatisticsWorker
{
public:
    using Work = std::function<void(const StatisticsService &service)>;
    using Failed = std::function<void(const QString &error)>;

    explicit StatisticsWorker(QString databasePath);
    ~StatisticsWorker();

    StatisticsWorker(const StatisticsWorker &) = delete;
    StatisticsWorker &operator=(const StatisticsWorker &) = delete;

    /// Runs \a work with a service over a fresh connection; \a failed when the file cannot be opened.
    void run(Work work, Failed failed);

private:
    struct Running
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> finished;
    };
    QString m_databasePath;
    std::vector<Running> m_running;
    quint64 m_requests = 0;
};

} // namespace creditdesk
