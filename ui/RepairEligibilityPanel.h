#pragma once

#include "domain/RepairEligibility.h"

#include <QGroupBox>

class QLabel;
class QVBoxLayout;

namespace creditdesk {

/// Shows whether breach information may be repaired: the rule set that applies, the earliest
/// repair date, the day publication stops by itself, and each condition met (✔) or missing (✘)
/// with its dates.
class RepairEligibilityPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit RepairEligibilityPanel(QWidget *parent = nullptr);

    void showEligibility(const RepairEligibility &eligibility);
    void showMessage(const QString &message);

private:
    void clearConditions();

    QLabel *m_ruleSet;
    QLabel *m_earliest;
    QLabel *m_stop;
    QLabel *m_verdict;
    QVBoxLayout *m_conditions;
};

} // namespace creditdesk
