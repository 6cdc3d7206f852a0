#include "MeasureLiftingRepository.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace creditdesk {

namespace {

MeasureLiftingRepository::Notification readNotification(const QSqlQuery &query)
{
    MeasureLiftingRepository::Notification notification;
    notification.id = query.value(0).toLongLong();
    notification.departmentId = query.value(1).toLongLong();
    notification.departmentName = query.value(2).toString();
    notification.subjectId = query.value(3).toLongLong();
    notification.listingId = query.value(4).toLongLong();
    notification.breachId = query.value(5).toLongLong();
    notification.reason = query.value(6).toString();
    notification.details = QJsonDocument::fromJson(query.value(7).toString().toUtf8()).object();
    notification.createdOn = QDate::fromString(query.value(8).toString(), Qt::ISODate);
    notification.createdBy = query.value(9).toString();
    notification.packageId = query.value(10).toString();
    return notification;
}

const QString notificationColumns =
    QStringLiteral("n.id, n.department_id, d.name, n.subject_id, n.listing_id, n.breach_id, n.reason, n.details, "
                   "n.created_on, n.created_by, n.package_id FROM outgoing_notification n "
                   "JOIN department d ON d.id = n.department_id");

} // namespace

MeasureLiftingRepository::MeasureLiftingRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<MeasureLiftingRepository::Lifted>> MeasureLiftingRepository::endMeasures(const QString &table,
                                                                                      const QString &ownerColumn,
                                                                                      qint64 ownerId, const QDate &on,
                                                                                      const QString &reason)
{
    QSqlQuery active(m_db);
    active.prepare(QStringLiteral("SELECT a.id, a.department_id, d.name, m.title FROM %1 a "
                                  "JOIN department d ON d.id = a.department_id JOIN measure m ON m.id = a.measure_id "
                                  "WHERE a.%2 = ? AND a.ended_on IS NULL ORDER BY a.department_id, a.id")
                       .arg(table, ownerColumn));
    active.addBindValue(ownerId);
    if (const Status status = sql::exec(active, QT_TRANSLATE_NOOP("Database", "find the measures still applied"));
        !status)
        return Error{status.error()};
    QList<Lifted> lifted;
    while (active.next())
        lifted.append({active.value(0).toLongLong(), active.value(1).toLongLong(), active.value(2).toString(),
                       active.value(3).toString()});
    active.finish();
    if (lifted.isEmpty())
        return lifted;
    QSqlQuery end(m_db);
    end.prepare(QStringLiteral("UPDATE %1 SET ended_on = ?, end_reason = ? WHERE %2 = ? AND ended_on IS NULL")
                    .arg(table, ownerColumn));
    end.addBindValue(on.toString(Qt::ISODate));
    end.addBindValue(reason);
    end.addBindValue(ownerId);
    if (const Status status = sql::exec(end, QT_TRANSLATE_NOOP("Database", "end the measures")); !status)
        return Error{status.error()};
    if (end.numRowsAffected() != lifted.size())
        return Error{QCoreApplication::translate(
            "Database", "The measures were changed by someone else while they were being ended; try again.")};
    return lifted;
}

Result<QList<MeasureLiftingRepository::Lifted>>
MeasureLiftingRepository::endListingMeasures(qint64 listingId, const QDate &on, const QString &reason)
{
    return endMeasures(QStringLiteral("measure_application"), QStringLiteral("listing_id"), listingId, on, reason);
}

Result<QList<MeasureLiftingRepository::Lifted>>
MeasureLiftingRepository::endBreachMeasures(qint64 breachId, const QDate &on, const QString &reason)
{
    return endMeasures(QStringLiteral("breach_measure_application"), QStringLiteral("breach_id"), breachId, on, reason);
}

Result<qint64> MeasureLiftingRepository::queue(const Notification &notification)
{
    const QVariant null(QMetaType::fromType<qlonglong>());
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO outgoing_notification (kind, department_id, subject_id, listing_id, "
                       "breach_id, reason, details, created_on, created_by) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(notification.departmentId);
    query.addBindValue(notification.subjectId);
    query.addBindValue(notification.listingId > 0 ? QVariant(notification.listingId) : null);
    query.addBindValue(notification.breachId > 0 ? QVariant(notification.breachId) : null);
    query.addBindValue(notification.reason);
    query.addBindValue(QString::fromUtf8(QJsonDocument(notification.details).toJson(QJsonDocument::Compact)));
    query.addBindValue(notification.createdOn.toString(Qt::ISODate));
    query.addBindValue(notification.createdBy);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "queue a notification")); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

Result<int> MeasureLiftingRepository::reopenBreachMeasures(qint64 breachId, const QList<qint64> &applicationIds,
                                                           const QDate &endedOn)
{
    return reopenMeasures(QStringLiteral("breach_measure_application"), QStringLiteral("breach_id"), breachId,
                          applicationIds, endedOn);
}

Result<int> MeasureLiftingRepository::reopenListingMeasures(qint64 listingId, const QList<qint64> &applicationIds,
                                                            const QDate &endedOn)
{
    return reopenMeasures(QStringLiteral("measure_application"), QStringLiteral("listing_id"), listingId,
                          applicationIds, endedOn);
}

Result<int> MeasureLiftingRepository::reopenMeasures(const QString &table, const QString &ownerColumn, qint64 ownerId,
                                                     const QList<qint64> &applicationIds, const QDate &endedOn)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET ended_on = NULL, end_reason = NULL WHERE id = ? AND %2 = ? "
                                 "AND ended_on = ?")
                      .arg(table, ownerColumn));
    int reopened = 0;
    for (const qint64 id : applicationIds) {
        query.addBindValue(id);
        query.addBindValue(ownerId);
        query.addBindValue(endedOn.toString(Qt::ISODate));
        if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "put a measure back in force"));
            !status)
            return Error{status.error()};
        reopened += query.numRowsAffected();
    }
    return reopened;
}

Result<QList<qint64>> MeasureLiftingRepository::withdraw(const QList<qint64> &notificationIds, const QString &at)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outgoing_notification SET withdrawn_at = ? WHERE id = ? AND package_id IS "
                                 "NULL AND withdrawn_at IS NULL"));
    QList<qint64> exported;
    for (const qint64 id : notificationIds) {
        query.addBindValue(at);
        query.addBindValue(id);
        if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "withdraw a notification")); !status)
            return Error{status.error()};
        if (query.numRowsAffected() == 0)
            exported.append(id);
    }
    return exported;
}

Result<QList<MeasureLiftingRepository::Notification>> MeasureLiftingRepository::ofSubject(qint64 subjectId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 WHERE n.subject_id = ? AND n.withdrawn_at IS NULL ORDER BY n.id")
                      .arg(notificationColumns));
    query.addBindValue(subjectId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read notifications")); !status)
        return Error{status.error()};
    QList<Notification> result;
    while (query.next())
        result.append(readNotification(query));
    return result;
}

Result<QList<MeasureLiftingRepository::Notification>> MeasureLiftingRepository::unsent(int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 WHERE n.package_id IS NULL AND n.from_desk IS NULL AND n.withdrawn_at IS "
                                 "NULL ORDER BY n.id LIMIT ?")
                      .arg(notificationColumns));
    query.addBindValue(limit);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read notifications")); !status)
        return Error{status.error()};
    QList<Notification> result;
    while (query.next())
        result.append(readNotification(query));
    return result;
}

} // namespace creditdesk
