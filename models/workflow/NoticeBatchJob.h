#pragma once

#include "DatabaseJob.h"
#include "NoticeService.h"

namespace creditdesk {

/// A batch of notices issued off the GUI thread (a DatabaseJob): progress and cancel through
/// atomics the GUI polls, the summary when it is done. Cancel stops between notices; the
/// notices recorded by then are drawn and kept (each is whole: its serial number, register
/// entry and audit entry are one transaction).
class NoticeBatchJob
{
public:
    struct Request
    {
        NoticeType type = NoticeType::Listing;
        QString folder;
        int limit = 100;
        QString language = QStringLiteral("zh_CN");
        QDate today;
    };

    NoticeBatchJob(QString databasePath, Actor actor, Request request);

    void start() { m_job.start(); }
    void cancel() { m_job.cancel(); }
    int done() const { return m_done; }
    int total() const { return m_total; }
    bool finished() const { return m_job.finished(); }
    /// The outcome; waits when the job is still running.
    Result<NoticeService::BatchSummary> result() { return m_job.result(); }

private:
    std::atomic<int> m_done = 0;
    std::atomic<int> m_total = 0;
    DatabaseJob<NoticeService::BatchSummary> m_job; ///< last: its thread uses the members above
};

} // namespace creditdesk
