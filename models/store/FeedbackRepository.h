#pragma once

#include "domain/Dossier.h"
#include "domain/Result.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace creditdesk {

/// Departments' feedback on the measures they applied (执行反馈): the measure application an
/// entry answers, and the entry itself. The caller owns the transaction and the audit entry.
class FeedbackRepository
{
public:
    /// What an entry is checked against: the application's dates and department.
    struct Application
    {
        qint64 id = 0;
        qint64 subjectId = 0;
        QDate startedOn;
        QDate endedOn;
        QString department;
    };

    explicit FeedbackRepository(QSqlDatabase db);

    Result<std::optional<Application>> application(qint64 id) const;
    /// Records \a feedback, recorded by the officer \a recordedBy (empty: not known). On a desk
    /// that joined a central server, an entry recorded here (\a fromDesk empty) also becomes a
    /// change in the outbox (trigger measure_feedback_sync); one from desk \a fromDesk does not.
    Result<qint64> insert(qint64 applicationId, const Feedback &feedback, const QString &recordedAt,
                          const QString &recordedBy, const QString &fromDesk = {});

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
