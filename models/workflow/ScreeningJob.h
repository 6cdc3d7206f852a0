#pragma once

#include "DatabaseJob.h"
#include "ScreeningService.h"

namespace creditdesk {

/// A screening batch run off the GUI thread (a DatabaseJob): progress and cancel through
/// atomics the GUI polls, and the summary when it is done.
class ScreeningJob
{
public:
    ScreeningJob(QString databasePath, Actor actor, QString inputPath, ScreeningOptions options);

    void start() { m_job.start(); }
    void cancel() { m_job.cancel(); }
    /// Progress in thousandths.
    int progress() const { return m_progress; }
    bool finished() const { return m_job.finished(); }
    /// The outcome; waits when the job is still running.
    Result<ScreeningService::Summary> result() { return m_job.result(); }

private:
    std::atomic<int> m_progress = 0;
    DatabaseJob<ScreeningService::Summary> m_job; ///< last: its thread uses the members above
};

} // namespace creditdesk
