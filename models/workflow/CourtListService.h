#pragma once

#include "domain/Actor.h"
#include "domain/Listing.h"
#include "domain/ListingExit.h"
#include "domain/Result.h"

#include <functional>
#include <optional>

namespace creditdesk {

class Database;

/// A listing as the court decided it (SPC rules Art. 5–6), with the creditor who applied.
struct ListingDraft
{
    qint64 subjectId = 0;
    QString courtCode;
    QString caseNumber;
    ListingGround ground = ListingGround::RefusesDespiteAbility;
    QDate decisionDate;
    QDate filingDate;
    QString basisDocument;
    QString basisIssuer;
    QString obligation;
    int performance = 0;
    QString creditor; ///< the creditor who applied for the listing, if one did
    QString reason;
};

/// The court's revocation or deletion of a listing, as the office records it.
struct CourtDecision
{
    ListingExitKind kind = ListingExitKind::Deletion;
    DeletionEvent event = DeletionEvent::None; ///< for a deletion: one of the Art. 10 events
    QDate courtDecidedOn;                      ///< or the last day of the fixed period
    QString documentNumber;                    ///< the court's decision, if it wrote one
    QString creditor;                          ///< for a deletion on the creditor's request
    QString reason;
};

/// The court-list path out of the list (SPC rules Art. 9–10): the office records new listings
/// as the court decided them, and mirrors the court's revocations and deletions within three
/// working days, each with its due date. A mirror takes the listing off, ends every measure
/// applied because of it and queues one notification per implementing department, in one
/// transaction with its audit entry. A creditor whose request led to a deletion cannot have
/// the subject listed again on a new request for six months.
class CourtListService
{
public:
    explicit CourtListService(Database &database);

    Result<qint64> recordListing(const Actor &actor, const ListingDraft &draft);
    /// Mirrors \a decision on the listing read at \a expectedVersion, on \a mirroredOn (today
    /// unless given); returns the id of the exit record.
    Result<qint64> mirrorDecision(const Actor &actor, qint64 listingId, qint64 expectedVersion,
                                  const CourtDecision &decision, const QDate &mirroredOn = QDate::currentDate());
    Result<QList<ListingExit>> exits(const Actor &actor, qint64 subjectId) const;
    Result<WorkingCalendar> calendar() const;
    /// The listing with its state and row version, or nothing when it does not exist.
    std::optional<Listing> listing(qint64 listingId) const;

    /// Tests only: called at named points inside a mirror's transaction.
    void setFaultInjection(std::function<Status(const QString &point)> fault) { m_fault = std::move(fault); }

private:
    Status fault(const QString &point) const { return m_fault ? m_fault(point) : Status{}; }

    Database &m_database;
    std::function<Status(const QString &)> m_fault;
};

} // namespace creditdesk
