#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace creditdesk {

/// The states of a credit repair application (信用修复申请). Stored as these numbers.
enum class RepairState {
    Submitted = 1,   ///< received, not yet checked
    Accepted = 2,    ///< accepted for review (受理)
    NotAccepted = 3, ///< refused at intake (不予受理)
    Repaired = 4,    ///< decided: repaired (准予修复)
    Refused = 5,     ///< decided: not repaired (不予修复)
    Withdrawn = 6,
};

/// The kinds of evidence an application carries.
enum class RepairEvidenceKind {
    ProofOfPerformance = 1, ///< behaviour corrected, obligations performed
    CreditCommitment = 2,   ///< 信用承诺书
    Other = 3,
};

/// A repair application on one item of breach information.
struct RepairApplication
{
    qint64 id = 0;
    qint64 breachId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    QString ruleSet; ///< code of the rule set in force on the day it was received
    RepairState state = RepairState::Submitted;
    QString applicantName;
    QString applicantContact;
    QDate receivedOn;
    QDate dueOn; ///< the processing time limit, in working days from receipt
    QString statement;
    QString decidedBy;
    QDate decidedOn;
    QString decisionReason;
    QString registeredBy;
    QDate stateSince;
    qint64 rowVersion = 0;

    bool isOpen() const { return state == RepairState::Submitted || state == RepairState::Accepted; }
};

/// Which steps a repair application may take: intake (officer), decision (reviewer, four eyes),
/// withdrawal while open.
class RepairStateMachine
{
public:
    static bool allows(RepairState from, RepairState to);
    static QList<RepairState> next(RepairState from);
    static bool isDecision(RepairState to) { return to == RepairState::Repaired || to == RepairState::Refused; }
    static QList<RepairState> allStates();
};

QString repairStateText(RepairState state);
/// The name of the step that moves an application into \a to, e.g. "Accept", "Repair".
QString repairStepText(RepairState to);
QString repairStateName(RepairState state); ///< stored/CLI name: submitted, accepted, ...
std::optional<RepairState> repairStateFromName(const QString &name);
QString repairEvidenceKindText(RepairEvidenceKind kind);
QString repairEvidenceKindName(RepairEvidenceKind kind); ///< performance, commitment, other
std::optional<RepairEvidenceKind> repairEvidenceKindFromName(const QString &name);

} // namespace creditdesk
