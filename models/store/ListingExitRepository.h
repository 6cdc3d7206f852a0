#pragma once

#include "domain/Listing.h"
#include "domain/ListingExit.h"
#include "domain/Result.h"

#include <QJsonArray>
#include <QSqlDatabase>

#include <optional>

namespace creditdesk {

/// The court-list path in the database: new listings as the court decided them, the
/// revocations and deletions the office mirrored, the listings whose fixed period has ended.
/// The caller owns the transaction and the audit entry.
class ListingExitRepository
{
public:
    explicit ListingExitRepository(QSqlDatabase db);

    /// The listing with the fields the exit rules need, or nothing when it does not exist.
    std::optional<Listing> findListing(qint64 listingId) const;
    /// Stores a new listing with its "listed" event; returns its id.
    Result<qint64> insertListing(const Listing &listing, const QString &creditor);
    /// Whether the court exists in the reference data.
    Result<bool> courtExists(const QString &courtCode) const;
    /// Whether a listing with this case number exists for the subject.
    Result<bool> caseListed(qint64 subjectId, const QString &caseNumber) const;

    /// Revokes or deletes the listing if it is still at \a expectedVersion (false when not), with
    /// its history event dated \a on.
    Result<bool> leaveList(qint64 listingId, qint64 expectedVersion, PublicationState state, DeletionEvent event,
                           const QDate &on, const QString &note);
    /// Stores a mirror; \a stateBefore is the listing's state before it (0: not known) and
    /// \a lifted what it lifted, both kept to undo a mirror the central server refuses.
    Result<qint64> insertExit(const ListingExit &exit, const QString &creditorKey, int stateBefore = 0,
                              const QJsonArray &lifted = {});
    Result<QList<ListingExit>> exitsOf(qint64 subjectId) const;
    /// A mirror of this desk, with the listing's state before it and what it lifted.
    struct StoredExit
    {
        ListingExit exit;
        int stateBefore = 0;
        QJsonArray lifted;
    };
    Result<std::optional<StoredExit>> findExit(qint64 exitId) const;
    /// The mirror another desk recorded on the listing and this desk applied, if any (the latest).
    Result<std::optional<ListingExit>> exitFromAnotherDesk(qint64 listingId) const;
    /// Marks a mirror refused by the central server; false when it was already.
    Result<bool> refuseExit(qint64 exitId, const QString &at);
    /// Puts a listing that a refused mirror took off (now in \a offState) back in \a state on
    /// \a on, with its history event; false when the listing is no longer in \a offState.
    Result<bool> returnToList(qint64 listingId, PublicationState offState, PublicationState state, const QDate &on,
                              const QString &note);
    /// The latest deletion, on or before \a onOrBefore, of one of the subject's listings on the
    /// request of the creditor whose name key is \a creditorKey: mirrored on a desk (refused
    /// mirrors left out) or received in a package of the credit platform.
    Result<std::optional<QDate>> lastDeletionOnRequestOf(qint64 subjectId, const QString &creditorKey,
                                                         const QDate &onOrBefore) const;

    /// Published or masked fixed-period listings whose period ended before \a today,
    /// with their subject's name; at most \a limit, oldest end first.
    struct Expired
    {
        Listing listing;
        QString subjectName;
    };
    Result<QList<Expired>> periodEnded(const QDate &today, int limit) const;

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
