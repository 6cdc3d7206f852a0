#include "RepairApplication.h"

#include <QCoreApplication>

namespace creditdesk {

namespace {

/// lupdate files these strings under the namespace they are used in.
QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk", source);
}

} // namespace

bool RepairStateMachine::allows(RepairState from, RepairState to)
{
    return next(from).contains(to);
}

QList<RepairState> RepairStateMachine::next(RepairState from)
{
    switch (from) {
    case RepairState::Submitted:
        return {RepairState::Accepted, RepairState::NotAccepted, RepairState::Withdrawn};
    case RepairState::Accepted:
        return {RepairState::Repaired, RepairState::Refused, RepairState::Withdrawn};
    case RepairState::NotAccepted:
    case RepairState::Repaired:
    case RepairState::Refused:
    case RepairState::Withdrawn:
        return {};
    }
    return {};
}

QList<RepairState> RepairStateMachine::allStates()
{
    return {RepairState::Submitted, RepairState::Accepted, RepairState::NotAccepted,
            RepairState::Repaired,  RepairState::Refused,  RepairState::Withdrawn};
}

QString repairStateText(RepairState state)
{
    switch (state) {
    case RepairState::Submitted:
        return tr("Submitted");
    case RepairState::Accepted:
        return tr("Accepted, under review");
    case RepairState::NotAccepted:
        return tr("Not accepted");
    case RepairState::Repaired:
        return tr("Repaired");
    case RepairState::Refused:
        return tr("Repair refused");
    case RepairState::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString repairStepText(RepairState to)
{
    switch (to) {
    case RepairState::Submitted:
        return tr("Register");
    case RepairState::Accepted:
        return tr("Accept");
    case RepairState::NotAccepted:
        return tr("Do not accept");
    case RepairState::Repaired:
        return tr("Decide: repair");
    case RepairState::Refused:
        return tr("Decide: refuse repair");
    case RepairState::Withdrawn:
        return tr("Record withdrawal");
    }
    return {};
}

QString repairStateName(RepairState state)
{
    switch (state) {
    case RepairState::Submitted:
        return QStringLiteral("submitted");
    case RepairState::Accepted:
        return QStringLiteral("accepted");
    case RepairState::NotAccepted:
        return QStringLiteral("not-accepted");
    case RepairState::Repaired:
        return QStringLiteral("repaired");
    case RepairState::Refused:
        return QStringLiteral("refused");
    case RepairState::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return {};
}

std::optional<RepairState> repairStateFromName(const QString &name)
{
    for (const RepairState state : RepairStateMachine::allStates()) {
        if (repairStateName(state) == name)
            return state;
    }
    return std::nullopt;
}

QString repairEvidenceKindText(RepairEvidenceKind kind)
{
    switch (kind) {
    case RepairEvidenceKind::ProofOfPerformance:
        return tr("Proof of performance");
    case RepairEvidenceKind::CreditCommitment:
        return tr("Credit commitment");
    case RepairEvidenceKind::Other:
        return tr("Other evidence");
    }
    return {};
}

QString repairEvidenceKindName(RepairEvidenceKind kind)
{
    switch (kind) {
    case RepairEvidenceKind::ProofOfPerformance:
        return QStringLiteral("performance");
    case RepairEvidenceKind::CreditCommitment:
        return QStringLiteral("commitment");
    case RepairEvidenceKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<RepairEvidenceKind> repairEvidenceKindFromName(const QString &name)
{
    for (const RepairEvidenceKind kind :
         {RepairEvidenceKind::ProofOfPerformance, RepairEvidenceKind::CreditCommitment, RepairEvidenceKind::Other}) {
        if (repairEvidenceKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

} // namespace creditdesk
