#pragma once

#include "RepairRules.h"

#include <QDate>
#include <QString>

namespace creditdesk {

/// Publication state of breach information. Stored as these numbers.
enum class BreachState {
    Published = 1, ///< 公示中
    Repaired = 2,  ///< publication stopped by a credit repair decision
    Expired = 3,   ///< publication stopped at the maximum period
};

QString breachStateText(BreachState state);

/// One item of administrative breach information the credit platform holds (行政失信信息):
/// found by an authority in a decision, published for the period of its tier.
struct BreachRecord
{
    qint64 id = 0;
    qint64 subjectId = 0;
    BreachTier tier = BreachTier::General;
    QDate decisionDate;
    QString authority;      ///< the department that made the finding (认定单位)
    QString documentNumber; ///< its decision's number
    QString behaviour;      ///< what the subject did
    QString ruleSet;        ///< code of the rule set in force on the decision date
    QDate maximumUntil;     ///< publication stops by itself on this day
    BreachState state = BreachState::Published;
    QDate stoppedOn;
    QString stopReason;
    qint64 rowVersion = 0;

    bool isPublishedOn(const QDate &day) const { return state == BreachState::Published && day < maximumUntil; }
};

} // namespace creditdesk
