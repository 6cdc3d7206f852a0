#include "MeasureLifting.h"

#include "store/MeasureLiftingRepository.h"

#include <QJsonObject>

#include <map>

namespace creditdesk {

Result<QJsonArray> MeasureLifting::lift(QSqlDatabase db, const Target &target, const QDate &on, const QString &reason,
                                        const QString &actorName)
{
    MeasureLiftingRepository repository(db);
    auto lifted = target.listingId > 0 ? repository.endListingMeasures(target.listingId, on, reason)
                                       : repository.endBreachMeasures(target.breachId, on, reason);
    if (!lifted)
        return Error{lifted.error()};
    std::map<qint64, QList<MeasureLiftingRepository::Lifted>> byDepartment;
    for (const MeasureLiftingRepository::Lifted &measure : lifted.value())
        byDepartment[measure.departmentId].append(measure);
    QJsonArray summary;
    for (const auto &[departmentId, measures] : byDepartment) {
        QJsonArray applications;
        for (const MeasureLiftingRepository::Lifted &measure : measures)
            applications.append(QJsonObject{{QStringLiteral("application"), measure.applicationId},
                                            {QStringLiteral("measure"), measure.measureTitle}});
        MeasureLiftingRepository::Notification notification;
        notification.departmentId = departmentId;
        notification.subjectId = target.subjectId;
        notification.listingId = target.listingId;
        notification.breachId = target.breachId;
        notification.reason = reason;
        notification.details =
            QJsonObject{{QStringLiteral("lifted"), applications}, {QStringLiteral("on"), on.toString(Qt::ISODate)}};
        notification.createdOn = on;
        notification.createdBy = actorName;
        auto queued = repository.queue(notification);
        if (!queued)
            return Error{queued.error()};
        summary.append(QJsonObject{{QStringLiteral("department"), measures.first().departmentName},
                                   {QStringLiteral("notification"), queued.value()},
                                   {QStringLiteral("measures"), applications}});
    }
    return summary;
}

} // namespace creditdesk
