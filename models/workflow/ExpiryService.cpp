#include "ExpiryService.h"

#include "Authorization.h"
#include "MeasureLifting.h"
#include "domain/ListingExit.h"
#include "store/AuditJournal.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/ListingExitRepository.h"
#include "store/RepairRepository.h"

#include <QCoreApplication>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::ExpiryService", source);
}

} // namespace

ExpiryService::ExpiryService(Database &database) : m_database(database) {}

Result<ExpiryProposal> ExpiryService::propose(const Actor &actor, const QDate &today, int batchSize) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewDossier); !allowed)
        return Error{allowed.error()};
    auto calendar = CalendarRepository(m_database.connection()).load();
    if (!calendar)
        return Error{calendar.error()};
    ExpiryProposal proposal;
    proposal.asOf = today;
    auto listings = ListingExitRepository(m_database.connection()).periodEnded(today, batchSize + 1);
    if (!listings)
        return Error{listings.error()};
    for (const ListingExitRepository::Expired &entry : listings.value()) {
        if (proposal.listings.size() >= batchSize) {
            proposal.truncated = true;
            break;
        }
        ExpiryProposal::ListingItem item;
        item.listing = entry.listing;
        item.subjectName = entry.subjectName;
        item.periodEnd = entry.listing.periodEnd();
        auto due = ListingExitRules::dueDate(item.periodEnd, calendar.value());
        item.dueOn = due ? due.value() : item.periodEnd.addDays(3); // a missing year is reported on confirm
        item.overdue = item.dueOn < today;
        proposal.listings.append(item);
    }
    const int room = std::max(0, batchSize - static_cast<int>(proposal.listings.size()));
    auto breaches = RepairRepository(m_database.connection()).publishedPastMaximum(today, room + 1);
    if (!breaches)
        return Error{breaches.error()};
    for (const RepairRepository::PastMaximum &entry : breaches.value()) {
        if (proposal.breaches.size() >= room) {
            proposal.truncated = true;
            break;
        }
        proposal.breaches.append({entry.record, entry.subjectName});
    }
    return proposal;
}

Result<ExpiryService::Outcome> ExpiryService::confirm(const Actor &actor, const ExpiryProposal &proposal,
                                                      const QString &reason,
                                                      const std::function<bool(int, int)> &progress)
{
    if (const Status allowed = requirePermission(actor, Action::ConfirmExpiry); !allowed)
        return Error{allowed.error()};
    if (reason.trimmed().isEmpty())
        return Error{tr("Give the reason for confirming: it goes into the audit journal with each entry.")};
    // The proposal was made for a day; entries leave publication today (the day recorded), and
    // a proposal for a day still to come is refused, so nothing leaves before its time.
    const QDate today = QDate::currentDate();
    if (proposal.asOf > today)
        return Error{tr("The proposal is for %1, a day still to come; nothing was changed.")
                         .arg(proposal.asOf.toString(Qt::ISODate))};
    auto calendar = CalendarRepository(m_database.connection()).load();
    if (!calendar)
        return Error{calendar.error()};
    Outcome outcome;
    ListingExitRepository listings(m_database.connection());
    RepairRepository breaches(m_database.connection());
    const int total = static_cast<int>(proposal.size());
    int done = 0;
    const Status applied = m_database.transaction([&]() -> Status {
        for (const ExpiryProposal::ListingItem &item : proposal.listings) {
            const QString note = tr("Deleted: the fixed period ended on %1").arg(item.periodEnd.toString(Qt::ISODate));
            auto due = ListingExitRules::dueDate(item.periodEnd, calendar.value());
            if (!due)
                return Error{due.error()};
            auto left = listings.leaveList(item.listing.id, item.listing.rowVersion, PublicationState::Deleted,
                                           DeletionEvent::PeriodEnded, item.periodEnd, note);
            if (!left)
                return Error{left.error()};
            if (!left.value()) {
                outcome.skipped.append(
                    tr("Listing %1 (%2) was changed meanwhile.").arg(item.listing.caseNumber, item.subjectName));
                continue;
            }
            ListingExit exit;
            exit.listingId = item.listing.id;
            exit.kind = ListingExitKind::Deletion;
            exit.event = DeletionEvent::PeriodEnded;
            exit.courtDecidedOn = item.periodEnd;
            exit.dueOn = due.value();
            exit.mirroredOn = today;
            exit.reason = reason.trimmed();
            exit.recordedBy = actor.userName;
            auto inserted = listings.insertExit(exit, {});
            if (!inserted)
                return Error{inserted.error()};
            auto lifted = MeasureLifting::lift(m_database.connection(), {item.listing.subjectId, item.listing.id, 0},
                                               today, note, actor.userName);
            if (!lifted)
                return Error{lifted.error()};
            if (const Status status =
                    audit(m_database, actor,
                          {QStringLiteral("listing.expire"), QStringLiteral("listing"),
                           QString::number(item.listing.id), reason.trimmed(),
                           QJsonObject{{QStringLiteral("caseNumber"), item.listing.caseNumber},
                                       {QStringLiteral("periodEnd"), item.periodEnd.toString(Qt::ISODate)},
                                       {QStringLiteral("dueOn"), exit.dueOn.toString(Qt::ISODate)},
                                       {QStringLiteral("late"), exit.wasLate()},
                                       {QStringLiteral("exit"), inserted.value()},
                                       {QStringLiteral("lifted"), lifted.value()}}});
                !status)
                return status;
            ++outcome.listingsDeleted;
            if (const Status injected = fault(QStringLiteral("after-listing")); !injected)
                return injected;
            if (progress && !progress(++done, total))
                return Error{tr("Cancelled; nothing was changed.")};
        }
        for (const ExpiryProposal::BreachItem &item : proposal.breaches) {
            const QString note = tr("Publication stopped: the maximum period ended on %1")
                                     .arg(item.record.maximumUntil.toString(Qt::ISODate));
            auto stopped = breaches.stopBreach(item.record.id, item.record.rowVersion, BreachState::Expired,
                                               item.record.maximumUntil, note);
            if (!stopped)
                return Error{stopped.error()};
            if (!stopped.value()) {
                outcome.skipped.append(tr("Breach information %1 (%2) was changed meanwhile.")
                                           .arg(item.record.documentNumber, item.subjectName));
                continue;
            }
            auto lifted = MeasureLifting::lift(m_database.connection(), {item.record.subjectId, 0, item.record.id},
                                               today, note, actor.userName);
            if (!lifted)
                return Error{lifted.error()};
            if (const Status status =
                    audit(m_database, actor,
                          {QStringLiteral("breach.expire"), QStringLiteral("breach"), QString::number(item.record.id),
                           reason.trimmed(),
                           QJsonObject{{QStringLiteral("documentNumber"), item.record.documentNumber},
                                       {QStringLiteral("maximumUntil"), item.record.maximumUntil.toString(Qt::ISODate)},
                                       {QStringLiteral("lifted"), lifted.value()}}});
                !status)
                return status;
            ++outcome.breachesStopped;
            if (progress && !progress(++done, total))
                return Error{tr("Cancelled; nothing was changed.")};
        }
        return {};
    });
    if (!applied)
        return Error{applied.error()};
    return outcome;
}

} // namespace creditdesk
