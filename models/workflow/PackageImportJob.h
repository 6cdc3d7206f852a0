#pragma once

#include "DatabaseJob.h"
#include "ExchangeService.h"

namespace creditdesk {

/// A package from the credit platform imported off the GUI thread (a DatabaseJob): the bytes
/// read and in all through atomics the GUI polls. A cancel is answered after the batch of
/// records being checked; nothing is written then (the import's transaction is rolled back).
class PackageImportJob
{
public:
    PackageImportJob(QString databasePath, Actor actor, QString packagePath);

    void start() { m_job.start(); }
    void cancel() { m_job.cancel(); }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    bool finished() const { return m_job.finished(); }
    /// The outcome; waits when the job is still running.
    Result<ExchangeService::ImportReport> result() { return m_job.result(); }

private:
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    DatabaseJob<ExchangeService::ImportReport> m_job; ///< last: its thread uses the members above
};

} // namespace creditdesk
