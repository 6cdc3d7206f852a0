#include "RepairEligibility.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace creditdesk {

namespace {

/// lupdate files these strings under the class they are used in.
QString tr(const char *source, const char *disambiguation = nullptr, int count = -1)
{
    return QCoreApplication::translate("creditdesk::RepairEligibility", source, disambiguation, count);
}

QString dateText(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

bool RepairEligibility::eligible() const
{
    return std::all_of(checks.cbegin(), checks.cend(), [](const Check &check) { return check.met; });
}

QList<RepairEligibility::Check> RepairEligibility::missing() const
{
    QList<Check> result;
    std::copy_if(checks.cbegin(), checks.cend(), std::back_inserter(result),
                 [](const Check &check) { return !check.met; });
    return result;
}

Result<RepairEligibility> RepairEligibility::evaluate(const BreachRecord &record, const RepairRuleBook &rules,
                                                      const QDate &day, bool proofOfPerformance, bool creditCommitment)
{
    auto ruleSet = rules.inForceOn(day);
    if (!ruleSet)
        return Error{ruleSet.error()};
    return evaluate(record, ruleSet.value(), day, proofOfPerformance, creditCommitment);
}

RepairEligibility RepairEligibility::evaluate(const BreachRecord &record, const RepairRuleSet &ruleSet,
                                              const QDate &day, bool proofOfPerformance, bool creditCommitment)
{
    RepairEligibility result;
    result.ruleSetCode = ruleSet.code;
    result.ruleSetTitle = ruleSet.title;
    result.earliestRepairDate = ruleSet.earliestRepairDate(record.tier, record.decisionDate);
    result.automaticStopDate = record.maximumUntil.isValid()
                                   ? record.maximumUntil
                                   : ruleSet.automaticStopDate(record.tier, record.decisionDate);
    const RepairRuleSet::Period &period = ruleSet.period(record.tier);

    const bool published = record.isPublishedOn(day);
    QString publication;
    if (published)
        publication = tr("Published until %1 at the latest.").arg(dateText(result.automaticStopDate));
    else if (record.state == BreachState::Published)
        publication = tr("The maximum period ended on %1.").arg(dateText(result.automaticStopDate));
    else
        publication = breachStateText(record.state);
    result.checks.append({Condition::StillPublished, published, tr("Publication has not stopped"), publication});
    const bool minimumReached = day >= result.earliestRepairDate;
    result.checks.append(
        {Condition::MinimumPeriodReached, minimumReached,
         tr("Minimum publication period reached (%n month(s) for this tier)", nullptr, period.minimumMonths),
         minimumReached ? tr("Reached on %1.").arg(dateText(result.earliestRepairDate))
                        : tr("Not before %1.").arg(dateText(result.earliestRepairDate))});
    result.checks.append(
        {Condition::ObligationsPerformed, proofOfPerformance, tr("Behaviour corrected and obligations performed"),
         proofOfPerformance ? tr("Proof of performance attached.") : tr("Attach proof of performance.")});
    result.checks.append(
        {Condition::CreditCommitmentGiven, creditCommitment, tr("Credit commitment given"),
         creditCommitment ? tr("Credit commitment attached.") : tr("Attach the signed credit commitment.")});
    return result;
}

} // namespace creditdesk
