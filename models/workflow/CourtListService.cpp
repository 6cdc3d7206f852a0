#include "CourtListService.h"

#include "Authorization.h"
#include "MeasureLifting.h"
#include "domain/CaseNumber.h"
#include "search/NameKey.h"
#include "store/AuditJournal.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/ListingExitRepository.h"
#include "store/SyncRepository.h"

#include <QCoreApplication>
#include <QLocale>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::CourtListService", source);
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

CourtListService::CourtListService(Database &database) : m_database(database) {}

Result<qint64> CourtListService::recordListing(const Actor &actor, const ListingDraft &draft)
{
    if (const Status allowed = requirePermission(actor, Action::RecordListEntry); !allowed)
        return Error{allowed.error()};
    if (draft.reason.trimmed().isEmpty())
        return Error{tr("Give the reason for recording the listing: it goes into the audit journal.")};
    const CaseNumber::Parsed caseNumber = CaseNumber::parse(draft.caseNumber);
    if (!caseNumber.valid)
        return Error{tr("Case number \"%1\": %2").arg(draft.caseNumber, caseNumber.reason)};
    if (!draft.decisionDate.isValid() || draft.decisionDate > QDate::currentDate())
        return Error{tr("The decision date must be a date no later than today.")};
    if (draft.filingDate.isValid() && draft.filingDate > draft.decisionDate)
        return Error{tr("The filing date cannot be after the decision date.")};
    const int ground = static_cast<int>(draft.ground);
    if (ground < 1 || ground > 6)
        return Error{tr("The listing ground must be one of the six grounds of Art. 1.")};
    ListingExitRepository repository(m_database.connection());
    qint64 id = 0;
    const Status stored = m_database.transaction([&]() -> Status {
        auto court = repository.courtExists(draft.courtCode);
        if (!court)
            return Error{court.error()};
        if (!court.value())
            return Error{tr("Court %1 is not in the reference data.").arg(draft.courtCode)};
        auto listed = repository.caseListed(draft.subjectId, caseNumber.normalised);
        if (!listed)
            return Error{listed.error()};
        if (listed.value())
            return Error{tr("This subject is already listed under case %1.").arg(caseNumber.normalised)};
        const QString creditor = draft.creditor.trimmed();
        if (!creditor.isEmpty()) {
            auto deleted =
                repository.lastDeletionOnRequestOf(draft.subjectId, NameKeyBuilder().key(creditor), draft.decisionDate);
            if (!deleted)
                return Error{deleted.error()};
            if (deleted.value()) {
                const QDate until = ListingExitRules::creditorBlockEnds(*deleted.value());
                if (draft.decisionDate < until)
                    return Error{tr("A listing of this subject was deleted on %1 at the request of %2; under Art. 10 "
                                    "a new request of that creditor is refused until %3.")
                                     .arg(dateText(*deleted.value()), creditor, dateText(until))};
            }
        }
        Listing listing;
        listing.subjectId = draft.subjectId;
        listing.courtCode = draft.courtCode;
        listing.caseNumber = caseNumber.normalised;
        listing.ground = draft.ground;
        listing.decisionDate = draft.decisionDate;
        listing.filingDate = draft.filingDate;
        listing.basisDocument = draft.basisDocument.trimmed();
        listing.basisIssuer = draft.basisIssuer.trimmed();
        listing.obligation = draft.obligation.trimmed();
        listing.performance = draft.performance;
        // Art. 2: grounds 2-6 for two years; ground 1 without a fixed period.
        listing.periodMonths = draft.ground == ListingGround::RefusesDespiteAbility ? 0 : 24;
        auto inserted = repository.insertListing(listing, creditor);
        if (!inserted)
            return Error{inserted.error()};
        id = inserted.value();
        return audit(m_database, actor,
                     {QStringLiteral("listing.record"), QStringLiteral("listing"), QString::number(id),
                      draft.reason.trimmed(),
                      QJsonObject{{QStringLiteral("subject"), draft.subjectId},
                                  {QStringLiteral("caseNumber"), listing.caseNumber},
                                  {QStringLiteral("court"), listing.courtCode},
                                  {QStringLiteral("ground"), ground},
                                  {QStringLiteral("decisionDate"), listing.decisionDate.toString(Qt::ISODate)},
                                  {QStringLiteral("periodMonths"), listing.periodMonths},
                                  {QStringLiteral("creditor"), creditor}}});
    });
    if (!stored)
        return Error{stored.error()};
    return id;
}

Result<qint64> CourtListService::mirrorDecision(const Actor &actor, qint64 listingId, qint64 expectedVersion,
                                                const CourtDecision &decision, const QDate &mirroredOn)
{
    if (const Status allowed = requirePermission(actor, Action::MirrorCourtDecision); !allowed)
        return Error{allowed.error()};
    if (decision.reason.trimmed().isEmpty())
        return Error{tr("Give the reason: it goes into the listing's history and the audit journal.")};
    if (!decision.courtDecidedOn.isValid() || decision.courtDecidedOn > mirroredOn)
        return Error{tr("The court's decision date must be a date no later than the day it is recorded.")};
    const bool deletion = decision.kind == ListingExitKind::Deletion;
    if (deletion && decision.event == DeletionEvent::None)
        return Error{tr("Choose the Art. 10 event on which the court deleted the listing.")};
    if (!deletion && decision.event != DeletionEvent::None)
        return Error{tr("A revocation has no deletion event.")};
    if (deletion && decision.event == DeletionEvent::CreditorApplied && decision.creditor.trimmed().isEmpty())
        return Error{tr("Name the creditor who applied for the deletion: their new request is refused for six "
                        "months.")};
    auto calendar = CalendarRepository(m_database.connection()).load();
    if (!calendar)
        return Error{calendar.error()};
    auto due = ListingExitRules::dueDate(decision.courtDecidedOn, calendar.value());
    if (!due)
        return Error{due.error()};
    ListingExitRepository repository(m_database.connection());
    qint64 exitId = 0;
    const Status stored = m_database.transaction([&]() -> Status {
        const auto listing = repository.findListing(listingId);
        if (!listing)
            return Error{tr("Listing %1 does not exist.").arg(listingId)};
        if (listing->state == PublicationState::Revoked || listing->state == PublicationState::Deleted)
            return Error{tr("Listing %1 is already off the list (%2).")
                             .arg(listing->caseNumber, publicationStateText(listing->state))};
        // Another desk mirrored a decision on it first: that one takes effect here when it is
        // pulled, and the conflict is resolved before anything else is mirrored.
        auto conflicted = SyncRepository(m_database.connection()).hasOpenConflict(QStringLiteral("exit"), listingId);
        if (!conflicted)
            return Error{conflicted.error()};
        if (conflicted.value())
            return Error{tr("Another desk mirrored a court decision on listing %1 first; resolve the conflict on the "
                            "Central server page and synchronise before mirroring anything on it.")
                             .arg(listing->caseNumber)};
        if (decision.event == DeletionEvent::PeriodEnded) {
            const QDate end = listing->periodEnd();
            if (!end.isValid())
                return Error{tr("Listing %1 has no fixed period.").arg(listing->caseNumber)};
            if (end >= mirroredOn)
                return Error{tr("The period of listing %1 runs until %2; it has not ended yet.")
                                 .arg(listing->caseNumber, dateText(end))};
        }
        const PublicationState state = deletion ? PublicationState::Deleted : PublicationState::Revoked;
        const QString note =
            deletion ? tr("Deleted: %1").arg(deletionEventText(decision.event)) : tr("Revoked: wrongful listing");
        auto left = repository.leaveList(
            listingId, expectedVersion, state, decision.event, decision.courtDecidedOn,
            decision.documentNumber.isEmpty() ? note : note + QStringLiteral(" · ") + decision.documentNumber);
        if (!left)
            return Error{left.error()};
        if (!left.value())
            return Error{tr("The listing was changed meanwhile; nothing was changed. Open it again.")};
        if (const Status injected = fault(QStringLiteral("after-state")); !injected)
            return injected;
        ListingExit exit;
        exit.listingId = listingId;
        exit.kind = decision.kind;
        exit.event = decision.event;
        exit.courtDecidedOn = decision.courtDecidedOn;
        exit.dueOn = due.value();
        exit.mirroredOn = mirroredOn;
        exit.documentNumber = decision.documentNumber.trimmed();
        exit.creditor = decision.creditor.trimmed();
        exit.reason = decision.reason.trimmed();
        exit.recordedBy = actor.userName;
        auto lifted = MeasureLifting::lift(m_database.connection(), {listing->subjectId, listingId, 0}, mirroredOn,
                                           note, actor.userName);
        if (!lifted)
            return Error{lifted.error()};
        // With the state before and what it lifted: a desk on a central server undoes a mirror
        // the server refuses (schema 16).
        auto inserted =
            repository.insertExit(exit, exit.creditor.isEmpty() ? QString() : NameKeyBuilder().key(exit.creditor),
                                  static_cast<int>(listing->state), lifted.value());
        if (!inserted)
            return Error{inserted.error()};
        exitId = inserted.value();
        if (const Status injected = fault(QStringLiteral("before-audit")); !injected)
            return injected;
        return audit(m_database, actor,
                     {deletion ? QStringLiteral("listing.delete") : QStringLiteral("listing.revoke"),
                      QStringLiteral("listing"), QString::number(listingId), exit.reason,
                      QJsonObject{{QStringLiteral("exit"), exitId},
                                  {QStringLiteral("caseNumber"), listing->caseNumber},
                                  {QStringLiteral("event"), static_cast<int>(decision.event)},
                                  {QStringLiteral("courtDecidedOn"), exit.courtDecidedOn.toString(Qt::ISODate)},
                                  {QStringLiteral("dueOn"), exit.dueOn.toString(Qt::ISODate)},
                                  {QStringLiteral("mirroredOn"), mirroredOn.toString(Qt::ISODate)},
                                  {QStringLiteral("late"), exit.wasLate()},
                                  {QStringLiteral("documentNumber"), exit.documentNumber},
                                  {QStringLiteral("creditor"), exit.creditor},
                                  {QStringLiteral("lifted"), lifted.value()}}});
    });
    if (!stored)
        return Error{stored.error()};
    return exitId;
}

std::optional<Listing> CourtListService::listing(qint64 listingId) const
{
    return ListingExitRepository(m_database.connection()).findListing(listingId);
}

Result<WorkingCalendar> CourtListService::calendar() const
{
    return CalendarRepository(m_database.connection()).load();
}

Result<QList<ListingExit>> CourtListService::exits(const Actor &actor, qint64 subjectId) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewDossier); !allowed)
        return Error{allowed.error()};
    return ListingExitRepository(m_database.connection()).exitsOf(subjectId);
}

} // namespace creditdesk
