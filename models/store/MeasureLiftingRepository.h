#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>

namespace creditdesk {

/// Ends the measures applied because of a listing or of breach information, and queues the
/// notifications that tell each implementing department (outgoing_notification, sent with the
/// next exchange package). The caller owns the transaction and the audit entry.
class MeasureLiftingRepository
{
public:
    explicit MeasureLiftingRepository(QSqlDatabase db);

    /// One ended measure application.
    struct Lifted
    {
        qint64 applicationId = 0;
        qint64 departmentId = 0;
        QString departmentName;
        QString measureTitle;
    };

    /// Ends every measure still applied because of the listing on \a on with \a reason.
    Result<QList<Lifted>> endListingMeasures(qint64 listingId, const QDate &on, const QString &reason);
    /// Ends every measure still applied because of the breach information.
    Result<QList<Lifted>> endBreachMeasures(qint64 breachId, const QDate &on, const QString &reason);

    /// A notification to one department, waiting for the exchange package.
    struct Notification
    {
        qint64 id = 0;
        qint64 departmentId = 0;
        QString departmentName;
        qint64 subjectId = 0;
        qint64 listingId = 0; ///< either this
        qint64 breachId = 0;  ///< or this
        QString reason;
        QJsonObject details;
        QDate createdOn;
        QString createdBy;
        QString packageId; ///< empty until exported
    };
    Result<qint64> queue(const Notification &notification);
    /// Puts back in force the measures of breach information that a refused decision ended on
    /// \a endedOn (its applications \a applicationIds); returns how many.
    Result<int> reopenBreachMeasures(qint64 breachId, const QList<qint64> &applicationIds, const QDate &endedOn);
    /// The same for the measures of a listing that a refused mirror of the court's decision ended.
    Result<int> reopenListingMeasures(qint64 listingId, const QList<qint64> &applicationIds, const QDate &endedOn);
    /// Withdraws notifications that no package has carried yet (a refused decision queued them);
    /// returns those already exported, which cannot be recalled.
    Result<QList<qint64>> withdraw(const QList<qint64> &notificationIds, const QString &at);
    /// The notifications about one subject, oldest first (withdrawn ones left out).
    Result<QList<Notification>> ofSubject(qint64 subjectId) const;
    /// Notifications not yet exported, oldest first.
    Result<QList<Notification>> unsent(int limit) const;

private:
    Result<QList<Lifted>> endMeasures(const QString &table, const QString &ownerColumn, qint64 ownerId, const QDate &on,
                                      const QString &reason);
    Result<int> reopenMeasures(const QString &table, const QString &ownerColumn, qint64 ownerId,
                               const QList<qint64> &applicationIds, const QDate &endedOn);

    QSqlDatabase m_db;
};

} // namespace creditdesk
