#include "ScreeningJob.h"

namespace creditdesk {

ScreeningJob::ScreeningJob(QString databasePath, Actor actor, QString inputPath, ScreeningOptions options)
    : m_job(std::move(databasePath),
            [this, actor = std::move(actor), inputPath = std::move(inputPath),
             options = std::move(options)](Database &database, const std::atomic<bool> &cancelled) {
                auto outcome = ScreeningService(database).screenFile(
                    actor, inputPath, options, {}, [this, &cancelled](qint64 done, qint64 total) {
                        if (total > 0)
                            m_progress = static_cast<int>(1000 * done / total);
                        return !cancelled.load();
                    });
                m_progress = 1000;
                return outcome;
            })
{}

} // namespace creditdesk
