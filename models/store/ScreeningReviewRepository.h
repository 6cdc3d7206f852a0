#pragma once

#include "domain/Result.h"
#include "screening/ScreeningDecision.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <map>
#include <memory>
#include <optional>

namespace creditdesk {

/// The listed side of a comparison: the subject and the listing an applicant matched, with the
/// identifiers in full (the service masks them for display).
struct ListedSide
{
    qint64 subjectId = 0;
    int kind = 1;
    QString name;
    QString residentId;
    QString creditCode;
    QString legalRepresentative;
    QStringList aliases;
    qint64 listingId = 0;
    QString caseNumber;
    QString courtName;
    QDate decisionDate;
    int publicationState = 1;
};

/// Decisions on screening matches and whitelist entries. Decisions are added and settled once
/// (proposed → in effect or rejected); whitelist entries are added and revoked, never deleted.
/// The caller owns the transaction and the audit entry.
class ScreeningReviewRepository
{
public:
    explicit ScreeningReviewRepository(QSqlDatabase db);
    ~ScreeningReviewRepository();

    Result<qint64> insertDecision(const ScreeningDecision &decision);
    /// Settles a proposed decision; false when it is no longer proposed (settled meanwhile).
    Result<bool> settleDecision(qint64 decisionId, ScreeningDecisionState state, const QString &by,
                                const QString &reason);
    std::optional<ScreeningDecision> findDecision(qint64 decisionId) const;
    Result<QList<ScreeningDecision>> decisionsOf(qint64 batchId) const;
    Result<QList<ScreeningDecision>> proposedDecisions() const;

    Result<qint64> insertWhitelist(const WhitelistEntry &entry);
    Result<bool> revokeWhitelist(qint64 entryId, const QString &by, const QString &reason);
    /// Records an entry as desk \a fromDesk added it (the applicant, the listing here, the reason and
    /// end, who added it and when), with its revocation when it was revoked (then on that desk too).
    Result<qint64> insertWhitelistFromDesk(const WhitelistEntry &entry, const QString &fromDesk);
    /// This desk's own copy of \a entry (0: none): the entry its creator added at its time (to the
    /// millisecond) against its listing, not yet shared, with the same applicant key unless one of
    /// the two is keyed with a key the other is not (copies of one cache: plain here, keyed there).
    Result<qint64> findWhitelistEntry(const WhitelistEntry &entry) const;
    /// The other entries not revoked for \a entry's applicant against its listing (whatever their end
    /// date): those with its applicant key, and those keyed with another office key (their key cannot
    /// be compared) that name the same applicant and masked identifier.
    Result<QList<qint64>> activeWhitelistIds(const WhitelistEntry &entry) const;
    /// Records the revocation (by, at, reason) desk \a desk made of an entry.
    Status recordRevocationFrom(qint64 entryId, const WhitelistEntry &revocation, const QString &desk);
    std::optional<WhitelistEntry> findWhitelist(qint64 entryId) const;
    Result<QList<WhitelistEntry>> whitelist(bool includeInactive, const QDate &today) const;
    /// The entries in force on \a today for one applicant: listing → entry. Prepared once.
    Result<std::map<qint64, qint64>> activeWhitelist(const QString &applicantKey, const QDate &today);
    /// Every active whitelist entry by applicant key (listing → entry), when there are at most
    /// \a limit of them; nothing when there are more (then ask per applicant).
    Result<std::optional<QHash<QString, std::map<qint64, qint64>>>> allActiveWhitelist(const QDate &today,
                                                                                       qint64 limit);

    Result<ListedSide> listedSide(qint64 subjectId, qint64 listingId) const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_active;
};

} // namespace creditdesk
