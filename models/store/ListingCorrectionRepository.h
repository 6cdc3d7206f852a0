#pragma once

#include "domain/ListingCorrection.h"
#include "domain/Result.h"

#include <QSqlDatabase>

#include <optional>

namespace creditdesk {

/// Stores listing corrections and applies approved ones to the listing with optimistic
/// concurrency: every update names the row version it read, and zero changed rows means
/// someone else changed the record first. Called inside the workflow's transaction.
class ListingCorrectionRepository
{
public:
    explicit ListingCorrectionRepository(QSqlDatabase db);

    struct ListingField
    {
        qint64 subjectId = 0;
        QString value;
        qint64 rowVersion = 0;
    };
    std::optional<ListingField> currentValue(qint64 listingId, const QString &field) const;

    Result<qint64> insert(const ListingCorrection &correction);
    std::optional<ListingCorrection> find(qint64 correctionId) const;
    QList<ListingCorrection> pending() const;

    /// Records the decision if the correction is still pending at \a expectedVersion; false when not.
    Result<bool> decide(qint64 correctionId, qint64 expectedVersion, ListingCorrection::State state,
                        const QString &decidedBy, const QString &reason);
    /// Records a correction as desk \a fromDesk registered it, with its decision when it is decided
    /// (then taken on that desk too).
    Result<qint64> insertFromDesk(const ListingCorrection &correction, const QString &fromDesk);
    /// The correction of \a field on \a listingId that \a registeredBy registered at \a registeredAt (0: none).
    Result<qint64> findRegistered(qint64 listingId, const QString &field, const QString &registeredBy,
                                  const QString &registeredAt) const;
    /// Records the decision (state, by, at, reason) desk \a desk took on a correction.
    Status recordDecisionFrom(qint64 correctionId, const ListingCorrection &decision, const QString &desk);
    /// A decision of this desk the central server refused: the correction waits for a decision again.
    /// False when it is not decided by this desk.
    Result<bool> reopen(qint64 correctionId);
    /// Changes the field if the listing is still at \a expectedVersion; false when it changed.
    Result<bool> applyToListing(qint64 listingId, qint64 expectedVersion, const QString &field, const QString &value);
    Status addCorrectedEvent(qint64 listingId, const QString &note);
    /// Revokes (3) or deletes (4) a listing as decided on \a on, with its history event.
    Status changePublicationState(qint64 listingId, int state, const QDate &on, const QString &note);

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
