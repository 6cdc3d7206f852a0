#pragma once

#include <QDate>
#include <QString>

namespace creditdesk {

/// What an officer decided about one match of a screened applicant.
enum class ScreeningDecisionKind {
    ConfirmedHit = 1,  ///< the applicant is the listed subject: takes a second officer (four eyes)
    NotSamePerson = 2, ///< the applicant is someone else of a similar name or identifier
};

/// Where a decision stands: a confirmation waits for the second officer; "not the same person"
/// is in effect at once.
enum class ScreeningDecisionState {
    Proposed = 0,
    InEffect = 1,
    Rejected = 2, ///< the second officer did not confirm; the match is open again
};

QString screeningDecisionKindText(ScreeningDecisionKind kind);
QString screeningDecisionStateText(ScreeningDecisionState state);

/// One decision on one match (batch row × listed subject), with who decided and why, and the
/// second officer of a confirmation.
struct ScreeningDecision
{
    qint64 id = 0;
    qint64 batchId = 0;
    int line = 0;
    qint64 subjectId = 0;
    qint64 listingId = 0;
    ScreeningDecisionKind kind = ScreeningDecisionKind::NotSamePerson;
    ScreeningDecisionState state = ScreeningDecisionState::Proposed;
    QString reason;
    QString decidedBy;
    QString decidedAt;
    QString secondBy;
    QString secondAt;
    QString secondReason;
};

/// A whitelist entry: this applicant (by the hash of their identity) is not the subject of this
/// listing until \a expiresOn; screening clears such a match instead of reporting it.
struct WhitelistEntry
{
    qint64 id = 0;
    /// The key screening makes of the applicant (Applicant.h), keyed with the office key named by
    /// officeKey when that is set.
    QString applicantKey;
    QString officeKey; ///< the fingerprint of the office key applicantKey is keyed with; empty: plain
    QString applicantName;
    QString identifierMasked;
    qint64 subjectId = 0;
    qint64 listingId = 0;
    QString reason;
    QDate expiresOn;
    qint64 decisionId = 0;
    QString createdBy;
    QString createdAt;
    QString revokedBy;
    QString revokedAt;
    QString revokeReason;
    QString fromDesk;      ///< the desk it was added on, when another (central server mode)
    QString revokedOnDesk; ///< the desk it was revoked on, when another
    /// Keyed with an office key this desk does not have: it clears nobody here (set when the
    /// whitelist is read for display, ScreeningReviewService::whitelist).
    bool ofAnotherOfficeKey = false;

    bool activeOn(const QDate &day) const { return revokedBy.isEmpty() && day <= expiresOn; }
};

/// The last day a whitelist entry made on \a today may last: a year, after which the applicant
/// is screened against the listing again.
inline QDate latestWhitelistEnd(const QDate &today)
{
    return today.addYears(1);
}

} // namespace creditdesk
