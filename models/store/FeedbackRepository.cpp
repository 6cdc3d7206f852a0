#include "FeedbackRepository.h"

#include "Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace creditdesk {

FeedbackRepository::FeedbackRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<FeedbackRepository::Application>> FeedbackRepository::application(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT a.id, l.subject_id, a.started_on, a.ended_on, d.name FROM measure_application a "
                       "JOIN listing l ON l.id = a.listing_id JOIN department d ON d.id = a.department_id "
                       "WHERE a.id = ?"));
    query.addBindValue(id);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the measure application")); !status)
        return Error{status.error()};
    if (!query.next())
        return std::optional<Application>();
    return std::optional<Application>(Application{query.value(0).toLongLong(), query.value(1).toLongLong(),
                                                  sql::dateOf(query.value(2)), sql::dateOf(query.value(3)),
                                                  query.value(4).toString()});
}

Result<qint64> FeedbackRepository::insert(qint64 applicationId, const Feedback &feedback, const QString &recordedAt,
                                          const QString &recordedBy, const QString &fromDesk)
{
    const auto textOrNull = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO measure_feedback (application_id, handling_type, result, action, "
                                 "occurred_on, reported_by, recorded_at, recorded_by, from_desk) VALUES (?, ?, ?, ?, "
                                 "?, ?, ?, ?, ?)"));
    query.addBindValue(applicationId);
    query.addBindValue(feedback.handlingType);
    query.addBindValue(feedback.result);
    query.addBindValue(textOrNull(feedback.action));
    query.addBindValue(sql::dateOrNull(feedback.occurredOn));
    query.addBindValue(feedback.reportedBy);
    query.addBindValue(recordedAt);
    query.addBindValue(textOrNull(recordedBy));
    query.addBindValue(textOrNull(fromDesk));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "record the feedback")); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

} // namespace creditdesk
