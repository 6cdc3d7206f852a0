#include "FeedbackService.h"

#include "Authorization.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/FeedbackRepository.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::FeedbackService", source);
}

constexpr qsizetype longestText = 500;

} // namespace

FeedbackService::FeedbackService(Database &database) : m_database(database) {}

Result<qint64> FeedbackService::record(const Actor &actor, qint64 applicationId, const Feedback &feedback,
                                       const QDate &today)
{
    if (const Status allowed = requirePermission(actor, Action::RecordFeedback); !allowed)
        return Error{allowed.error()};
    Feedback entry = feedback;
    entry.result = entry.result.trimmed();
    entry.action = entry.action.trimmed();
    entry.reportedBy = entry.reportedBy.trimmed();
    if (entry.handlingType < 1 || entry.handlingType > 4)
        return Error{tr("Handling: choose intercepted, restricted, checked without business or other.")};
    if (entry.result.isEmpty() || entry.result.size() > longestText)
        return Error{tr("Result: describe the result in 1 to %1 characters.").arg(longestText)};
    if (entry.action.size() > longestText)
        return Error{tr("Action taken: at most %1 characters.").arg(longestText)};
    if (entry.reportedBy.isEmpty() || entry.reportedBy.size() > 100)
        return Error{tr("Reported by: the person or office that reported it, 1 to 100 characters.")};
    if (!entry.occurredOn.isValid())
        return Error{tr("Date: the day the department handled the subject is needed.")};
    if (entry.occurredOn > today)
        return Error{tr("Date: %1 is in the future.").arg(QLocale().toString(entry.occurredOn, QLocale::ShortFormat))};
    FeedbackRepository repository(m_database.connection());
    qint64 id = 0;
    const Status stored = m_database.transaction([&]() -> Status {
        auto application = repository.application(applicationId);
        if (!application)
            return Error{application.error()};
        if (!*application)
            return Error{tr("Measure application %1 does not exist.").arg(applicationId)};
        if (entry.occurredOn < (*application)->startedOn)
            return Error{tr("Date: %1 is before the measure was applied (%2).")
                             .arg(QLocale().toString(entry.occurredOn, QLocale::ShortFormat),
                                  QLocale().toString((*application)->startedOn, QLocale::ShortFormat))};
        if ((*application)->endedOn.isValid() && entry.occurredOn > (*application)->endedOn)
            return Error{tr("Date: %1 is after the measure was lifted (%2).")
                             .arg(QLocale().toString(entry.occurredOn, QLocale::ShortFormat),
                                  QLocale().toString((*application)->endedOn, QLocale::ShortFormat))};
        auto inserted = repository.insert(applicationId, entry, sql::nowUtc(), actor.userName);
        if (!inserted)
            return Error{inserted.error()};
        id = inserted.value();
        return audit(m_database, actor,
                     {QStringLiteral("feedback.record"), QStringLiteral("measure_feedback"), QString::number(id),
                      entry.result,
                      QJsonObject{{QStringLiteral("application"), applicationId},
                                  {QStringLiteral("subject"), (*application)->subjectId},
                                  {QStringLiteral("department"), (*application)->department},
                                  {QStringLiteral("handling_type"), entry.handlingType},
                                  {QStringLiteral("action"), entry.action},
                                  {QStringLiteral("occurred_on"), entry.occurredOn.toString(Qt::ISODate)},
                                  {QStringLiteral("reported_by"), entry.reportedBy}}});
    });
    if (!stored)
        return Error{stored.error()};
    return id;
}

} // namespace creditdesk
