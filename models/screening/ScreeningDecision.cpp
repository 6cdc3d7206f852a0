#include "ScreeningDecision.h"

#include <QCoreApplication>

namespace creditdesk {

QString screeningDecisionKindText(ScreeningDecisionKind kind)
{
    switch (kind) {
    case ScreeningDecisionKind::ConfirmedHit:
        return QCoreApplication::translate("creditdesk", "Confirmed hit");
    case ScreeningDecisionKind::NotSamePerson:
        return QCoreApplication::translate("creditdesk", "Not the same person");
    }
    return {};
}

QString screeningDecisionStateText(ScreeningDecisionState state)
{
    switch (state) {
    case ScreeningDecisionState::Proposed:
        return QCoreApplication::translate("creditdesk", "Awaiting a second officer");
    case ScreeningDecisionState::InEffect:
        return QCoreApplication::translate("creditdesk", "In effect");
    case ScreeningDecisionState::Rejected:
        return QCoreApplication::translate("creditdesk", "Not confirmed by the second officer");
    }
    return {};
}

} // namespace creditdesk
