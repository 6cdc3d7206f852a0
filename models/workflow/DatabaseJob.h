#pragma once

#include "domain/Result.h"
#include "store/Database.h"

#include <QString>

#include <atomic>
#include <functional>
#include <future>
#include <thread>

namespace creditdesk {

/// Long work run off the GUI thread on its own connection to the database file (Qt SQL
/// connections belong to the thread that opens them, so the job opens, uses and closes its
/// own). The work reads the cancel flag; the outcome waits in a future until asked for.
template<typename Outcome>
class DatabaseJob
{
public:
    using Work = std::function<Result<Outcome>(Database &database, const std::atomic<bool> &cancelled)>;

    DatabaseJob(QString databasePath, Work work) : m_databasePath(std::move(databasePath)), m_work(std::move(work)) {}
    ~DatabaseJob() ///< cancels and waits
    {
        m_cancelled = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    DatabaseJob(const DatabaseJob &) = delete;
    DatabaseJob &operator=(const DatabaseJob &) = delete;

    void start()
    {
        m_thread = std::thread([this] {
            const QString connectionName = QStringLiteral("job-%1").arg(reinterpret_cast<quintptr>(this));
            Result<Outcome> outcome = Error{QString()};
            {
                auto database = Database::open(m_databasePath, connectionName, Database::Options{false, 0});
                outcome = database ? m_work(*database.value(), m_cancelled) : Result<Outcome>(Error{database.error()});
            }
            m_promise.set_value(std::move(outcome));
        });
    }
    void cancel() { m_cancelled = true; }
    bool finished() const { return m_future.wait_for(std::chrono::seconds(0)) == std::future_status::ready; }
    /// The outcome; waits when the job is still running.
    Result<Outcome> result() { return m_future.get(); }

private:
    QString m_databasePath;
    Work m_work;
    std::atomic<bool> m_cancelled = false;
    std::promise<Result<Outcome>> m_promise;
    std::shared_future<Result<Outcome>> m_future = m_promise.get_future().share();
    std::thread m_thread;
};

} // namespace creditdesk
