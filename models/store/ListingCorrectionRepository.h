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
    /// Changes the field if the listing is still at \a expectedVersion; false when it changed.
    Result<bool> applyToListing(qint64 listingId, qint64 expectedVersion, const QString &field, const QString &value);
    Status addCorrectedEvent(qint64 listingId, const QString &note);
    /// Revokes (3) or deletes (4) a listing as decided on \a on, with its history event.
    Status changePublicationState(qint64 listingId, int state, const QDate &on, const QString &note);

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
