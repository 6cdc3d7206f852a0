#pragma once

#include "domain/Actor.h"
#include "domain/ListingCorrection.h"
#include "domain/Result.h"

namespace creditdesk {

class Database;

/// A correction waiting for a decision, with its time limit: inaccurate data is corrected within
/// three working days (SPC rules Art. 9), counted from the day it was registered.
struct PendingCorrection
{
    ListingCorrection correction;
    QDate dueOn;             ///< null when the holiday calendar lacks the year it falls in
    int workingDaysLeft = 0; ///< negative when overdue (-1 when the days since cannot be counted)
    QString clockError;      ///< the holiday calendar lacks a year

    bool isOverdue() const { return dueOn.isValid() && workingDaysLeft < 0; }
};

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
    /// pending() with each correction's time limit as of \a today.
    Result<QList<PendingCorrection>> pendingWithDeadlines(const Actor &actor, const QDate &today) const;

    static constexpr int workingDaysToCorrect = 3;
    std::optional<ListingCorrection> find(qint64 correctionId) const;

    static constexpr auto decisionType = "listing_correction";

private:
    Database &m_database;
};

} // namespace creditdesk
