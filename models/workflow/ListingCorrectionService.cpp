#include "ListingCorrectionService.h"

#include "Authorization.h"
#include "PolicyService.h"
#include "store/AuditJournal.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/ListingCorrectionRepository.h"
#include "store/SyncRepository.h"

#include <QCoreApplication>
#include <QDate>

namespace creditdesk {

ListingCorrectionService::ListingCorrectionService(Database &database) : m_database(database) {}

Result<qint64> ListingCorrectionService::registerCorrection(const Actor &actor, qint64 listingId, const QString &field,
                                                            const QString &newValue, const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::RegisterCorrection); !allowed)
        return Error{allowed.error()};
    if (!ListingCorrection::correctableFields().contains(field)) {
        return Error{QCoreApplication::translate("ListingCorrectionService", "The field \"%1\" cannot be corrected; "
                                                                             "correctable fields: %2.")
                         .arg(field, ListingCorrection::correctableFields().join(QStringLiteral(", ")))};
    }
    if (reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("ListingCorrectionService", "Give the reason for the correction.")};
    if (const Status valid = ListingCorrection::validateValue(field, newValue); !valid)
        return Error{valid.error()};
    ListingCorrectionRepository repository(m_database.connection());
    qint64 id = 0;
    const Status stored = m_database.transaction([&]() -> Status {
        const auto current = repository.currentValue(listingId, field);
        if (!current)
            return Error{
                QCoreApplication::translate("ListingCorrectionService", "Listing %1 does not exist.").arg(listingId)};
        if (current->value == newValue)
            return Error{
                QCoreApplication::translate("ListingCorrectionService", "The new value equals the current one.")};
        ListingCorrection correction;
        correction.listingId = listingId;
        correction.field = field;
        correction.oldValue = current->value;
        correction.newValue = newValue;
        correction.reason = reason.trimmed();
        correction.listingVersion = current->rowVersion;
        correction.registeredBy = actor.userName;
        auto inserted = repository.insert(correction);
        if (!inserted)
            return Error{inserted.error()};
        id = inserted.value();
        return audit(m_database, actor,
                     {QStringLiteral("correction.register"), QStringLiteral("listing_correction"), QString::number(id),
                      reason.trimmed(),
                      QJsonObject{{QStringLiteral("listingId"), listingId},
                                  {QStringLiteral("subjectId"), current->subjectId},
                                  {QStringLiteral("field"), field},
                                  {QStringLiteral("old"), current->value},
                                  {QStringLiteral("new"), newValue}}});
    });
    if (!stored)
        return Error{stored.error()};
    return id;
}

Status ListingCorrectionService::decide(const Actor &actor, qint64 correctionId, qint64 expectedVersion, bool approve,
                                        const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::DecideCorrection); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("ListingCorrectionService", "Give the reason for the decision.")};
    const bool fourEyes = PolicyService(m_database).load().requiresFourEyes(QString::fromLatin1(decisionType));
    ListingCorrectionRepository repository(m_database.connection());
    return m_database.transaction([&]() -> Status {
        const std::optional<ListingCorrection> correction = repository.find(correctionId);
        if (!correction)
            return Error{QCoreApplication::translate("ListingCorrectionService", "Correction %1 does not exist.")
                             .arg(correctionId)};
        if (correction->state != ListingCorrection::State::Pending) {
            return Error{
                QCoreApplication::translate("ListingCorrectionService", "Correction %1 was already decided by %2.")
                    .arg(correctionId)
                    .arg(correction->decidedBy)};
        }
        // A decision of this desk the central server refused (the correction waits again): the other
        // desk's decision, which stands, arrives with the next synchronisation.
        auto refused =
            SyncRepository(m_database.connection()).hasRefusedChange(QStringLiteral("correction"), correctionId);
        if (!refused)
            return Error{refused.error()};
        if (refused.value()) {
            return Error{QCoreApplication::translate("ListingCorrectionService",
                                                     "This desk's decision of correction %1 was refused by the "
                                                     "central server: another desk decided it first. Synchronise to "
                                                     "receive that decision; nothing was changed.")
                             .arg(correctionId)};
        }
        if (fourEyes && correction->registeredBy == actor.userName) {
            return Error{QCoreApplication::translate("ListingCorrectionService",
                                                     "You registered this correction; another reviewer must decide "
                                                     "it (four eyes).")};
        }
        const auto state = approve ? ListingCorrection::State::Approved : ListingCorrection::State::Rejected;
        auto decided = repository.decide(correctionId, expectedVersion, state, actor.userName, reason.trimmed());
        if (!decided)
            return Error{decided.error()};
        if (!decided.value()) {
            return Error{QCoreApplication::translate("ListingCorrectionService",
                                                     "Someone else changed or decided this correction since you "
                                                     "opened it. Reload it; nothing was changed.")};
        }
        if (approve) {
            auto applied = repository.applyToListing(correction->listingId, correction->listingVersion,
                                                     correction->field, correction->newValue);
            if (!applied)
                return Error{applied.error()};
            if (!applied.value()) {
                return Error{QCoreApplication::translate("ListingCorrectionService",
                                                         "The listing was changed after this correction was "
                                                         "registered. Register the correction again on the current "
                                                         "record; nothing was changed.")};
            }
            if (const Status s = repository.addCorrectedEvent(
                    correction->listingId, correction->field + QStringLiteral(": ") + correction->oldValue
                                               + QStringLiteral(" → ") + correction->newValue);
                !s)
                return s;
        }
        return audit(m_database, actor,
                     {approve ? QStringLiteral("correction.approve") : QStringLiteral("correction.reject"),
                      QStringLiteral("listing_correction"), QString::number(correctionId), reason.trimmed(),
                      QJsonObject{{QStringLiteral("listingId"), correction->listingId},
                                  {QStringLiteral("subjectId"), correction->subjectId},
                                  {QStringLiteral("field"), correction->field},
                                  {QStringLiteral("old"), correction->oldValue},
                                  {QStringLiteral("new"), correction->newValue},
                                  {QStringLiteral("registeredBy"), correction->registeredBy}}});
    });
}

Result<QList<ListingCorrection>> ListingCorrectionService::pending(const Actor &actor) const
{
    if (!actor.may(Action::DecideCorrection) && !actor.may(Action::RegisterCorrection))
        return Error{requirePermission(actor, Action::DecideCorrection).error()};
    return ListingCorrectionRepository(m_database.connection()).pending();
}

Result<QList<PendingCorrection>> ListingCorrectionService::pendingWithDeadlines(const Actor &actor,
                                                                                const QDate &today) const
{
    auto corrections = pending(actor);
    if (!corrections)
        return Error{corrections.error()};
    const auto calendar = CalendarRepository(m_database.connection()).load();
    QList<PendingCorrection> result;
    for (const ListingCorrection &correction : corrections.value()) {
        PendingCorrection entry{correction, {}, 0, {}};
        auto due = calendar
                       ? calendar->addWorkingDays(correction.registeredAt.toLocalTime().date(), workingDaysToCorrect)
                       : Result<QDate>(Error{calendar.error()});
        if (!due) {
            entry.clockError = due.error();
            result.append(entry);
            continue;
        }
        entry.dueOn = due.value();
        auto left = calendar->workingDaysLeft(today, entry.dueOn);
        if (left) {
            entry.workingDaysLeft = left.value();
        } else { // the days since cannot be counted: overdue all the same
            entry.clockError = left.error();
            entry.workingDaysLeft = today > entry.dueOn ? -1 : 0;
        }
        result.append(entry);
    }
    return result;
}

std::optional<ListingCorrection> ListingCorrectionService::find(qint64 correctionId) const
{
    return ListingCorrectionRepository(m_database.connection()).find(correctionId);
}

} // namespace creditdesk
