#include "ScreeningJob.h"

#include "store/Database.h"

namespace creditdesk {

ScreeningJob::ScreeningJob(QString databasePath, Actor actor, QString inputPath, ScreeningOptions options)
    : m_databasePath(std::move(databasePath)),
      m_actor(std::move(actor)),
      m_inputPath(std::move(inputPath)),
      m_options(std::move(options)),
      m_future(m_promise.get_future().share())
{}

ScreeningJob::~ScreeningJob()
{
    m_cancelled = true;
    if (m_thread.joinable())
        m_thread.join();
}

void ScreeningJob::start()
{
    m_thread = std::thread([this] {
        const QString connectionName = QStringLiteral("screening-job-%1").arg(reinterpret_cast<quintptr>(this));
        Result<ScreeningService::Summary> outcome = Error{QString()};
        {
            auto database = Database::open(m_databasePath, connectionName, Database::Options{false, 0});
            if (!database) {
                outcome = Error{database.error()};
            } else {
                outcome = ScreeningService(*database.value())
                              .screenFile(m_actor, m_inputPath, m_options, {}, [this](qint64 done, qint64 total) {
                                  if (total > 0)
                                      m_progress = static_cast<int>(1000 * done / total);
                                  return !m_cancelled.load();
                              });
            }
        }
        m_progress = 1000;
        m_promise.set_value(std::move(outcome));
    });
}

bool ScreeningJob::finished() const
{
    return m_future.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
}

Result<ScreeningService::Summary> ScreeningJob::result()
{
    return m_future.get();
}

} // namespace creditdesk
