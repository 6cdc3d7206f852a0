#include "ScreeningReviewService.h"

#include "Authorization.h"
#include "domain/IdNumber.h"
#include "domain/Listing.h"
#include "domain/Subject.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/OfficeKeyRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace creditdesk {

namespace {

/// lupdate files these strings under the class they are used in.
QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::ScreeningReviewService", source);
}

ComparedField compared(const QString &label, const QString &applicant, const QString &listed)
{
    ComparedField field{label, applicant, listed, applicant == listed, {}};
    if (!field.equal)
        field.differingPositions = differingPositions(applicant, listed);
    return field;
}

Status requireReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{
            QCoreApplication::translate("creditdesk::ScreeningReviewService", "Give the reason for the decision.")};
    return {};
}

/// A new decision on \a match of a row of \a batchId.
ScreeningDecision decisionOn(const ScreeningRepository::StoredMatch &match, qint64 batchId, ScreeningDecisionKind kind,
                             ScreeningDecisionState state, const QString &reason, const Actor &actor)
{
    ScreeningDecision decision;
    decision.batchId = batchId;
    decision.line = match.line;
    decision.subjectId = match.subjectId;
    decision.listingId = match.listingId;
    decision.kind = kind;
    decision.state = state;
    decision.reason = reason.trimmed();
    decision.decidedBy = actor.userName;
    return decision;
}

/// What the audit entry of a decision names: the batch row and the listing, and for a
/// confirmation who proposed it.
QJsonObject auditDetails(const ScreeningDecision &decision, bool withProposer = false)
{
    QJsonObject details{{QStringLiteral("batch"), decision.batchId},
                        {QStringLiteral("line"), decision.line},
                        {QStringLiteral("subject"), decision.subjectId},
                        {QStringLiteral("listing"), decision.listingId}};
    if (withProposer)
        details.insert(QStringLiteral("proposedBy"), decision.decidedBy);
    return details;
}

} // namespace

QList<int> differingPositions(const QString &a, const QString &b)
{
    QList<int> positions;
    if (a.size() != b.size())
        return positions;
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i))
            positions.append(i);
    }
    return positions;
}

ScreeningReviewService::ScreeningReviewService(Database &database) : m_database(database) {}

Result<QList<ScreeningRepository::Batch>> ScreeningReviewService::batches(const Actor &actor, int limit) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewScreening); !allowed)
        return Error{allowed.error()};
    return ScreeningRepository(m_database.connection()).batches(limit);
}

Result<ScreeningReviewService::BatchReview> ScreeningReviewService::review(const Actor &actor, qint64 batchId,
                                                                           bool includeNoHit) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewScreening); !allowed)
        return Error{allowed.error()};
    ScreeningRepository batches(m_database.connection());
    BatchReview review;
    const auto batch = batches.findBatch(batchId);
    if (!batch)
        return Error{tr("The screening batch does not exist.")};
    review.batch = *batch;
    auto rows = batches.reviewRows(batchId, includeNoHit);
    if (!rows)
        return Error{rows.error()};
    review.rows = rows.value();
    auto matches = batches.matches(batchId);
    if (!matches)
        return Error{matches.error()};
    review.matches = matches.value();
    auto decisions = ScreeningReviewRepository(m_database.connection()).decisionsOf(batchId);
    if (!decisions)
        return Error{decisions.error()};
    review.decisions = decisions.value();
    return review;
}

Result<ScreeningRepository::StoredMatch> ScreeningReviewService::findMatch(qint64 batchId, int line,
                                                                           qint64 subjectId) const
{
    const auto match = ScreeningRepository(m_database.connection()).findMatch(batchId, line, subjectId);
    if (!match)
        return Error{tr("The row has no match with this subject.")};
    return *match;
}

Result<ScreeningComparison> ScreeningReviewService::compare(const Actor &actor, qint64 batchId, int line,
                                                            qint64 subjectId) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewScreening); !allowed)
        return Error{allowed.error()};
    ScreeningComparison comparison;
    const auto row = ScreeningRepository(m_database.connection()).findRow(batchId, line);
    if (!row)
        return Error{tr("The row is not in this batch.")};
    comparison.row = *row;
    auto match = findMatch(batchId, line, subjectId);
    if (!match)
        return Error{match.error()};
    comparison.match = match.value();
    auto listed = ScreeningReviewRepository(m_database.connection()).listedSide(subjectId, match->listingId);
    if (!listed)
        return Error{listed.error()};
    comparison.listed = listed.value();
    // Identifiers are compared as they are shown: masked alike on both sides.
    const bool organisation = comparison.listed.kind == static_cast<int>(SubjectKind::Organisation);
    const QString listedIdentifier =
        organisation ? comparison.listed.creditCode : IdNumber::masked(comparison.listed.residentId);
    QString listedName = comparison.listed.name;
    for (const QString &alias : std::as_const(comparison.listed.aliases)) {
        if (alias == comparison.row.name)
            listedName = alias; // the applicant wrote an alias the list knows
    }
    comparison.fields.append(compared(tr("Name"), comparison.row.name, listedName));
    comparison.fields.append(compared(organisation ? tr("Credit code") : tr("ID number"),
                                      comparison.row.identifierMasked, listedIdentifier));
    if (organisation || !comparison.row.legalRepresentative.isEmpty())
        comparison.fields.append(compared(tr("Legal representative"), comparison.row.legalRepresentative,
                                          comparison.listed.legalRepresentative));
    auto decisions = ScreeningReviewRepository(m_database.connection()).decisionsOf(batchId);
    if (!decisions)
        return Error{decisions.error()};
    for (const ScreeningDecision &decision : std::as_const(decisions.value())) {
        if (decision.line == line && decision.subjectId == subjectId)
            comparison.decisions.append(decision);
    }
    return comparison;
}

Result<qint64> ScreeningReviewService::proposeConfirmedHit(const Actor &actor, qint64 batchId, int line,
                                                           qint64 subjectId, const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::ScreenApplicants); !allowed)
        return Error{allowed.error()};
    if (const Status given = requireReason(reason); !given)
        return Error{given.error()};
    qint64 decisionId = 0;
    const Status done = m_database.transaction([&]() -> Status {
        auto match = findMatch(batchId, line, subjectId);
        if (!match)
            return Error{match.error()};
        if (!match->inForce || match->whitelistId > 0)
            return Error{tr("Only a match with a listing in force that no whitelist entry clears can be "
                            "confirmed as a hit.")};
        const ScreeningDecision decision = decisionOn(match.value(), batchId, ScreeningDecisionKind::ConfirmedHit,
                                                      ScreeningDecisionState::Proposed, reason, actor);
        auto inserted = ScreeningReviewRepository(m_database.connection()).insertDecision(decision);
        if (!inserted)
            return Error{inserted.error()};
        decisionId = inserted.value();
        return audit(m_database, actor,
                     {QStringLiteral("screening.confirm-proposed"), QStringLiteral("screening_decision"),
                      QString::number(decisionId), decision.reason, auditDetails(decision)});
    });
    if (!done)
        return Error{done.error()};
    return decisionId;
}

Status ScreeningReviewService::settleConfirmation(const Actor &actor, qint64 decisionId, bool confirm,
                                                  const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::ConfirmScreeningHit); !allowed)
        return allowed;
    if (const Status given = requireReason(reason); !given)
        return given;
    return m_database.transaction([&]() -> Status {
        ScreeningReviewRepository decisions(m_database.connection());
        const auto decision = decisions.findDecision(decisionId);
        if (!decision || decision->kind != ScreeningDecisionKind::ConfirmedHit)
            return Error{tr("The proposed confirmation does not exist.")};
        if (decision->decidedBy == actor.userName)
            return Error{tr("You proposed this confirmation; a second officer must confirm it (four eyes).")};
        auto settled = decisions.settleDecision(
            decisionId, confirm ? ScreeningDecisionState::InEffect : ScreeningDecisionState::Rejected, actor.userName,
            reason.trimmed());
        if (!settled)
            return Error{settled.error()};
        if (!settled.value())
            return Error{tr("The confirmation was settled meanwhile by someone else.")};
        return audit(m_database, actor,
                     {confirm ? QStringLiteral("screening.confirmed") : QStringLiteral("screening.confirm-rejected"),
                      QStringLiteral("screening_decision"), QString::number(decisionId), reason.trimmed(),
                      auditDetails(*decision, true)});
    });
}

Result<qint64> ScreeningReviewService::decideNotSamePerson(const Actor &actor, qint64 batchId, int line,
                                                           qint64 subjectId, const QString &reason,
                                                           std::optional<QDate> whitelistUntil, const QDate &today)
{
    if (const Status allowed = requirePermission(actor, Action::ScreenApplicants); !allowed)
        return Error{allowed.error()};
    if (const Status given = requireReason(reason); !given)
        return Error{given.error()};
    if (whitelistUntil
        && (!whitelistUntil->isValid() || *whitelistUntil < today || *whitelistUntil > latestWhitelistEnd(today)))
        return Error{tr("A whitelist entry lasts from today for at most a year; choose an end date in that time.")};
    qint64 decisionId = 0;
    const Status done = m_database.transaction([&]() -> Status {
        auto match = findMatch(batchId, line, subjectId);
        if (!match)
            return Error{match.error()};
        const auto row = ScreeningRepository(m_database.connection()).findRow(batchId, line);
        if (!row)
            return Error{tr("The row is not in this batch.")};
        if (whitelistUntil && row->identifierMasked.isEmpty())
            return Error{tr("An applicant without an ID number or credit code cannot be whitelisted: the entry "
                            "would clear everyone of that name.")};
        ScreeningReviewRepository review(m_database.connection());
        const ScreeningDecision decision = decisionOn(match.value(), batchId, ScreeningDecisionKind::NotSamePerson,
                                                      ScreeningDecisionState::InEffect, reason, actor);
        auto inserted = review.insertDecision(decision);
        if (!inserted)
            return Error{inserted.error()};
        decisionId = inserted.value();
        QJsonObject details = auditDetails(decision);
        if (whitelistUntil) {
            // Keyed with the office key when this desk has one: the entry may travel to the office's
            // other desks through the central server (OfficeKey).
            auto officeKey = OfficeKeyRepository(m_database.connection()).key();
            if (!officeKey)
                return Error{officeKey.error()};
            WhitelistEntry entry;
            entry.applicantKey = officeKey->applicantMatchKey(row->applicantKey);
            entry.officeKey = officeKey->fingerprint();
            entry.applicantName = row->name;
            entry.identifierMasked = row->identifierMasked;
            entry.subjectId = subjectId;
            entry.listingId = match->listingId;
            entry.reason = decision.reason;
            entry.expiresOn = *whitelistUntil;
            entry.decisionId = decisionId;
            entry.createdBy = actor.userName;
            auto added = review.insertWhitelist(entry);
            if (!added)
                return Error{added.error()};
            details.insert(QStringLiteral("whitelistEntry"), added.value());
            details.insert(QStringLiteral("whitelistUntil"), whitelistUntil->toString(Qt::ISODate));
        }
        return audit(m_database, actor,
                     {QStringLiteral("screening.not-same-person"), QStringLiteral("screening_decision"),
                      QString::number(decisionId), decision.reason, details});
    });
    if (!done)
        return Error{done.error()};
    return decisionId;
}

Result<QList<ScreeningDecision>> ScreeningReviewService::proposedConfirmations(const Actor &actor) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewScreening); !allowed)
        return Error{allowed.error()};
    return ScreeningReviewRepository(m_database.connection()).proposedDecisions();
}

Result<QList<WhitelistEntry>> ScreeningReviewService::whitelist(const Actor &actor, bool includeInactive,
                                                                const QDate &today) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewScreening); !allowed)
        return Error{allowed.error()};
    auto entries = ScreeningReviewRepository(m_database.connection()).whitelist(includeInactive, today);
    if (!entries)
        return entries;
    auto officeKey = OfficeKeyRepository(m_database.connection()).key();
    if (!officeKey)
        return Error{officeKey.error()};
    for (WhitelistEntry &entry : entries.value())
        entry.ofAnotherOfficeKey = officeKey->isOtherKey(entry.officeKey);
    return entries;
}

Status ScreeningReviewService::revokeWhitelist(const Actor &actor, qint64 entryId, const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::ScreenApplicants); !allowed)
        return allowed;
    if (const Status given = requireReason(reason); !given)
        return given;
    return m_database.transaction([&]() -> Status {
        ScreeningReviewRepository review(m_database.connection());
        const std::optional<WhitelistEntry> entry = review.findWhitelist(entryId);
        auto revoked = review.revokeWhitelist(entryId, actor.userName, reason.trimmed());
        if (!revoked)
            return Error{revoked.error()};
        if (!entry || !revoked.value())
            return Error{tr("The whitelist entry does not exist or was revoked already.")};
        // The applicant is screened against the listing again: any other entry in force for the same
        // applicant and listing (another desk of the office made one too, keyed alike or, when this
        // desk lacks that desk's office key, naming the same applicant) is revoked with it.
        auto others = review.activeWhitelistIds(*entry);
        if (!others)
            return Error{others.error()};
        QJsonArray alsoRevoked;
        for (const qint64 other : others.value()) {
            auto also = review.revokeWhitelist(other, actor.userName, reason.trimmed());
            if (!also)
                return Error{also.error()};
            alsoRevoked.append(other);
        }
        return audit(
            m_database, actor,
            {QStringLiteral("screening.whitelist-revoked"), QStringLiteral("screening_whitelist"),
             QString::number(entryId), reason.trimmed(),
             alsoRevoked.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("alsoRevoked"), alsoRevoked}}});
    });
}

} // namespace creditdesk
