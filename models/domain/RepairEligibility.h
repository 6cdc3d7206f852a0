#pragma once

#include "BreachRecord.h"
#include "RepairRules.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace creditdesk {

/// Whether breach information may be repaired on a day, and why not: the dates of its tier's
/// periods under the rule set in force on that day, and each condition met or missing.
struct RepairEligibility
{
    enum class Condition {
        MinimumPeriodReached,  ///< the tier's minimum publication period has passed
        ObligationsPerformed,  ///< behaviour corrected, obligations performed: proof attached
        CreditCommitmentGiven, ///< a signed credit commitment (信用承诺书) attached
        StillPublished,        ///< nothing to repair once publication has stopped
    };
    struct Check
    {
        Condition condition;
        bool met = false;
        QString text;   ///< what the condition is
        QString detail; ///< why it is met or missing, with dates
    };

    QString ruleSetCode;
    QString ruleSetTitle;
    QDate earliestRepairDate;
    QDate automaticStopDate;
    QList<Check> checks;

    bool eligible() const;
    QList<Check> missing() const;

    /// Evaluates \a record on \a day (the application's date, or today before there is one).
    /// \a proofOfPerformance and \a creditCommitment say whether the evidence is attached.
    static Result<RepairEligibility> evaluate(const BreachRecord &record, const RepairRuleBook &rules, const QDate &day,
                                              bool proofOfPerformance, bool creditCommitment);
    /// The same under a given rule set: an application keeps the set in force when it arrived.
    static RepairEligibility evaluate(const BreachRecord &record, const RepairRuleSet &ruleSet, const QDate &day,
                                      bool proofOfPerformance, bool creditCommitment);
};

} // namespace creditdesk
