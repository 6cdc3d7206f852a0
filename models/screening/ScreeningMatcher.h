#pragma once

#include "Applicant.h"
#include "search/ScreeningIndex.h"

#include <QList>

#include <map>

namespace creditdesk {

/// The scores at which a match counts: at or above \a hit it is a hit (an officer confirms it),
/// at or above \a review it is shown for review; below, it is not reported.
struct ScreeningThresholds
{
    double hit = 0.80;
    double review = 0.60;
};

/// One listed subject an applicant matched, how well and by which keys.
struct ScreeningMatch
{
    qint64 subjectId = 0;
    QString subjectName;
    double score = 0;
    QStringList keys; ///< the keys that matched: id, credit-code, organisation-code, name, pinyin, ...
    QString explanation;
    bool inForce = false; ///< a listing is in force: only these are hits
    qint64 listingId = 0;
    QString caseNumber;
    qint64 whitelistId = 0; ///< the whitelist entry that clears this match for this applicant
};

enum class ScreeningOutcome {
    NoHit = 0,
    Hit = 1,      ///< a match at or above the hit threshold with a listing in force
    Possible = 2, ///< a match to review, with a listing in force
    History = 3,  ///< matches a subject whose listings are all past
};

QString screeningOutcomeText(ScreeningOutcome outcome);
QString screeningOutcomeName(ScreeningOutcome outcome); ///< no-hit, hit, possible, history

struct ScreeningResult
{
    ScreeningOutcome outcome = ScreeningOutcome::NoHit;
    QList<ScreeningMatch> matches; ///< best first
};

/// Matches one applicant against the list: identifiers whole (ID number, credit code), the
/// organisation code inside a credit code, the name key with a masked or mistyped ID, the
/// pinyin of the name, and an organisation's legal representative. Each match has a score and
/// an explanation of the keys that matched; only listings in force on the screening day are
/// hits, past ones are history.
class ScreeningMatcher
{
public:
    ScreeningMatcher(ScreeningIndex &index, ScreeningThresholds thresholds);

    /// Changes whenever the scoring changes; recorded with every batch.
    static constexpr int algorithmVersion = 2;

    Result<ScreeningResult> screen(const Applicant &applicant);

    /// Clears the matches whose listing is whitelisted for this applicant (listing → entry)
    /// and decides the outcome again: a cleared match is kept, shown, and never a hit.
    void applyWhitelist(ScreeningResult &result, const std::map<qint64, qint64> &entries) const;

private:
    void decide(ScreeningResult &result) const;
    Status consider(qint64 subjectId, const Applicant &applicant, QStringList keys, double score,
                    const QString &explanation, QList<ScreeningMatch> &matches);

    ScreeningIndex &m_index;
    ScreeningThresholds m_thresholds;
};

} // namespace creditdesk
