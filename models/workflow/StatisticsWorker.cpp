#include "StatisticsWorker.h"

#include "store/Database.h"

namespace creditdesk {

StatisticsWorker::StatisticsWorker(QString databasePath) : m_databasePath(std::move(databasePath)) {}

StatisticsWorker::~StatisticsWorker()
{
    for (Running &running : m_running)
        running.thread.join();
}

void StatisticsWorker::run(Work work, Failed failed)
{
    // Threads that have finished are joined on the next request, so they do not pile up.
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (it->finished->load()) {
            it->thread.join();
            it = m_running.erase(it);
        } else {
            ++it;
        }
    }
    auto finished = std::make_shared<std::atomic<bool>>(false);
    const QString connectionName =
        QStringLiteral("statistics-%1-%2").arg(reinterpret_cast<quintptr>(this)).arg(++m_requests);
    std::thread thread(
        [path = m_databasePath, connectionName, work = std::move(work), failed = std::move(failed), finished] {
            {
                auto database = Database::openReadOnly(path, connectionName);
                if (database) {
                    const StatisticsService service(*database.value());
                    work(service);
                } else {
                    failed(database.error());
                }
            }
            *finished = true;
        });
    m_running.push_back({std::move(thread), std::move(finished)});
}

} // namespace creditdesk
