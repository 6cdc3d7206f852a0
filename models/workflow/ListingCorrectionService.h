#pragma once

#include "domain/Actor.h"
#include "domain/ListingCorrection.h"
#include "domain/Result.h"

namespace creditdesk {

class Database;

/// Listing corrections: an officer registers the change of one field with a reason; a
/// reviewer other than the registering officer (four eyes, configurable) approves or rejects
/// it. Approval changes the listing, records a "corrected" event and the decision in one
/// transaction; the old value stays in the correction and the audit journal. A correction
/// decided meanwhile by someone else, or a listing changed since registration, is refused with
/// a message, never overwritten.
class ListingCorrectionService
{
public:
    explicit ListingCorrectionService(Database &database);

    Result<qint64> registerCorrection(const Actor &actor, qint64 listingId, const QString &field,
                                      const QString &newValue, const QString &reason);
    Status decide(const Actor &actor, qint64 correctionId, qint64 expectedVersion, bool approve, const QString &reason);
    Result<QList<ListingCorrection>> pending(const Actor &actor) const;
    std::optional<ListingCorrection> find(qint64 correctionId) const;

    static constexpr auto decisionType = "listing_correction";

private:
    Database &m_database;
};

} // namespace creditdesk
