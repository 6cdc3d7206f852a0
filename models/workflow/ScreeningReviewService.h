#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "screening/ScreeningDecision.h"
#include "store/ScreeningRepository.h"
#include "store/ScreeningReviewRepository.h"

#include <optional>

namespace creditdesk {

class Database;

/// One field of the side-by-side comparison: what the applicant's row says and what the list
/// says, and the characters that differ (positions in the listed text, when both are as long).
struct ComparedField
{
    QString label;
    QString applicant;
    QString listed;
    bool equal = false;
    QList<int> differingPositions; ///< empty when the lengths differ: the whole field differs
};

/// An applicant's row next to the listed subject it matched.
struct ScreeningComparison
{
    ScreeningRepository::Row row;
    ScreeningRepository::StoredMatch match;
    ListedSide listed;
    QList<ComparedField> fields;
    QList<ScreeningDecision> decisions; ///< on this match, oldest first
};

/// The review of screening results (复核): the batches and their matches, the comparison of an
/// applicant with a listed subject, and the decisions — "not the same person" by one officer,
/// "confirmed hit" proposed by an officer and confirmed by a second one (four eyes) — and the
/// whitelist of applicants cleared against one listing until a date. Each decision is recorded
/// with its audit entry in one transaction; the batch's frozen rows are never changed.
class ScreeningReviewService
{
public:
    explicit ScreeningReviewService(Database &database);

    Result<QList<ScreeningRepository::Batch>> batches(const Actor &actor, int limit = 500) const;

    struct BatchReview
    {
        ScreeningRepository::Batch batch;
        QList<ScreeningRepository::Row> rows;
        QList<ScreeningRepository::StoredMatch> matches; ///< by line and rank
        QList<ScreeningDecision> decisions;
    };
    Result<BatchReview> review(const Actor &actor, qint64 batchId, bool includeNoHit) const;

    Result<ScreeningComparison> compare(const Actor &actor, qint64 batchId, int line, qint64 subjectId) const;

    /// An officer proposes that the applicant is the listed subject; a second officer confirms.
    Result<qint64> proposeConfirmedHit(const Actor &actor, qint64 batchId, int line, qint64 subjectId,
                                       const QString &reason);
    /// The second officer (not the proposer) confirms the hit or rejects the proposal.
    Status settleConfirmation(const Actor &actor, qint64 decisionId, bool confirm, const QString &reason);
    /// The applicant is someone else; with \a whitelistUntil, matches of this applicant against
    /// this listing are cleared in later batches until that day (at most a year from \a today).
    Result<qint64> decideNotSamePerson(const Actor &actor, qint64 batchId, int line, qint64 subjectId,
                                       const QString &reason, std::optional<QDate> whitelistUntil, const QDate &today);
    Result<QList<ScreeningDecision>> proposedConfirmations(const Actor &actor) const;

    Result<QList<WhitelistEntry>> whitelist(const Actor &actor, bool includeInactive, const QDate &today) const;
    Status revokeWhitelist(const Actor &actor, qint64 entryId, const QString &reason);

private:
    Result<ScreeningRepository::StoredMatch> findMatch(qint64 batchId, int line, qint64 subjectId) const;

    Database &m_database;
};

/// The positions at which two equally long texts differ; empty when the lengths differ.
QList<int> differingPositions(const QString &a, const QString &b);

} // namespace creditdesk
