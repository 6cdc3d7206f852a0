#include "ScreeningMatcher.h"

#include <QCoreApplication>

#include <algorithm>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::ScreeningMatcher", source);
}

constexpr int nameCandidateLimit = 200;

/// How a masked or mistyped ID agrees with a listed one: the bonus over a bare name match and
/// the words that say why; no bonus when they disagree.
std::pair<double, QString> idAgreement(const QString &given, bool masked, const QString &listed)
{
    if (masked)
        return maskedIdFits(given, listed)
                   ? std::pair{0.27, QCoreApplication::translate("creditdesk::ScreeningMatcher",
                                                                 "the known characters of the masked ID agree")}
                   : std::pair{0.0, QString()};
    const int differing = differingCharacters(given, listed);
    if (differing == 1)
        return {0.23,
                QCoreApplication::translate("creditdesk::ScreeningMatcher", "the ID number differs in one character")};
    if (differing == 2)
        return {0.17,
                QCoreApplication::translate("creditdesk::ScreeningMatcher", "the ID number differs in two characters")};
    return {0.0, QString()};
}

} // namespace

QString screeningOutcomeText(ScreeningOutcome outcome)
{
    switch (outcome) {
    case ScreeningOutcome::NoHit:
        return QCoreApplication::translate("creditdesk", "No hit");
    case ScreeningOutcome::Hit:
        return QCoreApplication::translate("creditdesk", "Hit");
    case ScreeningOutcome::Possible:
        return QCoreApplication::translate("creditdesk", "Possible hit, to review");
    case ScreeningOutcome::History:
        return QCoreApplication::translate("creditdesk", "Listed in the past only");
    }
    return {};
}

QString screeningOutcomeName(ScreeningOutcome outcome)
{
    switch (outcome) {
    case ScreeningOutcome::NoHit:
        return QStringLiteral("no-hit");
    case ScreeningOutcome::Hit:
        return QStringLiteral("hit");
    case ScreeningOutcome::Possible:
        return QStringLiteral("possible");
    case ScreeningOutcome::History:
        return QStringLiteral("history");
    }
    return {};
}

ScreeningMatcher::ScreeningMatcher(ScreeningIndex &index, ScreeningThresholds thresholds)
    : m_index(index), m_thresholds(thresholds)
{}

Status ScreeningMatcher::consider(qint64 subjectId, const Applicant &applicant, QStringList keys, double score,
                                  const QString &explanation, QList<ScreeningMatch> &matches)
{
    Q_UNUSED(applicant);
    if (score < m_thresholds.review)
        return {};
    for (ScreeningMatch &match : matches) {
        if (match.subjectId == subjectId) {
            if (score > match.score) {
                match.score = score;
                match.explanation = explanation;
            }
            for (const QString &key : std::as_const(keys)) {
                if (!match.keys.contains(key))
                    match.keys.append(key);
            }
            return {};
        }
    }
    auto candidate = m_index.candidate(subjectId);
    if (!candidate)
        return Error{candidate.error()};
    if (candidate->listingsInAll == 0)
        return {};
    matches.append({subjectId, candidate->name, score, keys, explanation, candidate->listingsInForce > 0,
                    candidate->listingId, candidate->caseNumber});
    return {};
}

Result<ScreeningResult> ScreeningMatcher::screen(const Applicant &applicant)
{
    QList<ScreeningMatch> matches;
    auto add = [&](const Result<QList<qint64>> &found, const QStringList &keys, double score,
                   const QString &explanation) -> Status {
        if (!found)
            return Error{found.error()};
        for (const qint64 id : found.value()) {
            if (const Status status = consider(id, applicant, keys, score, explanation, matches); !status)
                return status;
        }
        return {};
    };
    // Identifiers whole.
    if (applicant.idValid) {
        if (const Status status = add(m_index.byIdentifier(IdentifierType::ResidentId, applicant.idNumber),
                                      {QStringLiteral("id")}, 1.0, tr("ID number equal"));
            !status)
            return Error{status.error()};
    }
    if (applicant.creditCodeValid) {
        if (const Status status = add(m_index.byIdentifier(IdentifierType::CreditCode, applicant.creditCode),
                                      {QStringLiteral("credit-code")}, 1.0, tr("credit code equal"));
            !status)
            return Error{status.error()};
        if (const Status status =
                add(m_index.byOrganisationCode(applicant.organisationCode), {QStringLiteral("organisation-code")}, 0.95,
                    tr("the organisation code inside the credit code is equal"));
            !status)
            return Error{status.error()};
    }
    // The name with what is known of the ID, when the identifier alone did not decide. A valid
    // ID that matches no listed ID is another person: its check digit catches every single-
    // digit slip and every transposition, so only masked, mistyped or missing IDs go by name.
    const bool identifiedExactly =
        std::any_of(matches.cbegin(), matches.cend(), [](const ScreeningMatch &match) { return match.score >= 1.0; });
    const bool validIdentifier = applicant.idValid || applicant.creditCodeValid;
    if (!identifiedExactly && !validIdentifier && !applicant.idNumber.isEmpty()) {
        // A masked or mistyped ID: the listed IDs that agree with what is known of it, and
        // then the name, written the same or sounding the same.
        auto near = m_index.nearIdentifiers(applicant.idNumber, applicant.nameKey);
        if (!near)
            return Error{near.error()};
        for (const auto &[subjectId, listedId] : near.value()) {
            const auto [bonus, reason] = idAgreement(applicant.idNumber, applicant.idMasked, listedId);
            if (bonus <= 0)
                continue;
            auto candidate = m_index.candidate(subjectId);
            if (!candidate)
                return Error{candidate.error()};
            if (candidate->nameKey == applicant.nameKey && !applicant.nameKey.isEmpty()) {
                // Say when the name is only equal once written alike (traditional characters,
                // full-width letters, spaces), so that the side-by-side view's highlight agrees.
                const QString words = applicant.name == candidate->name
                                          ? tr("name equal; %1").arg(reason)
                                          : tr("name equal once written alike; %1").arg(reason);
                if (const Status status =
                        consider(subjectId, applicant, {QStringLiteral("name")}, 0.65 + bonus, words, matches);
                    !status)
                    return Error{status.error()};
            } else if (!applicant.pinyinKey.isEmpty() && candidate->pinyinKey == applicant.pinyinKey) {
                if (const Status status = consider(subjectId, applicant, {QStringLiteral("pinyin")}, 0.55 + bonus,
                                                   tr("name sounds the same (pinyin); %1").arg(reason), matches);
                    !status)
                    return Error{status.error()};
            }
        }
    } else if (!identifiedExactly && !validIdentifier && !applicant.nameKey.isEmpty()) {
        // A name without any identifier: every listed subject of that name, for review.
        auto byName = m_index.byNameKey(applicant.nameKey, nameCandidateLimit);
        if (!byName)
            return Error{byName.error()};
        for (const NamedCandidate &candidate : byName.value()) {
            double score = 0.65;
            QString why = tr("name equal; no identifier to compare");
            if (candidate.kind == SubjectKind::Organisation && !applicant.legalRepresentativeKey.isEmpty()
                && applicant.legalRepresentativeKey == candidate.legalRepresentativeKey) {
                score = 0.9;
                why = tr("name and legal representative equal");
            } else if (!applicant.creditCode.isEmpty()) {
                continue; // a credit code that matches nothing: another organisation of that name
            }
            if (const Status status =
                    consider(candidate.subjectId, applicant, {QStringLiteral("name")}, score, why, matches);
                !status)
                return Error{status.error()};
        }
    }
    // An organisation through its legal representative.
    if (!applicant.legalRepresentativeKey.isEmpty() && !identifiedExactly) {
        auto byRepresentative =
            m_index.byLegalRepresentativeKey(applicant.legalRepresentativeKey, applicant.nameKey, 50);
        if (!byRepresentative)
            return Error{byRepresentative.error()};
        for (const auto &[id, nameKey] : byRepresentative.value()) {
            const bool sameName = nameKey == applicant.nameKey;
            if (const Status status =
                    consider(id, applicant, {QStringLiteral("legal-representative")}, sameName ? 0.9 : 0.62,
                             sameName ? tr("name and legal representative equal")
                                      : tr("legal representative equal, name similar"),
                             matches);
                !status)
                return Error{status.error()};
        }
    }
    ScreeningResult result;
    result.matches = matches;
    decide(result);
    return result;
}

void ScreeningMatcher::applyWhitelist(ScreeningResult &result, const std::map<qint64, qint64> &entries) const
{
    for (ScreeningMatch &match : result.matches) {
        const auto found = entries.find(match.listingId);
        match.whitelistId = found != entries.end() ? found->second : 0;
    }
    decide(result);
}

void ScreeningMatcher::decide(ScreeningResult &result) const
{
    // Matches still standing first, listings in force before past ones, the best score first.
    std::stable_sort(result.matches.begin(), result.matches.end(),
                     [](const ScreeningMatch &a, const ScreeningMatch &b) {
                         if ((a.whitelistId == 0) != (b.whitelistId == 0))
                             return a.whitelistId == 0;
                         if (a.inForce != b.inForce)
                             return a.inForce;
                         return a.score > b.score;
                     });
    result.outcome = ScreeningOutcome::NoHit;
    if (!result.matches.isEmpty() && result.matches.first().whitelistId == 0) {
        const ScreeningMatch &best = result.matches.first();
        if (best.inForce)
            result.outcome = best.score >= m_thresholds.hit ? ScreeningOutcome::Hit : ScreeningOutcome::Possible;
        else
            result.outcome = ScreeningOutcome::History;
    }
}

} // namespace creditdesk
