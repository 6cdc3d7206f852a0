#include "BreachRecord.h"

#include <QCoreApplication>

namespace creditdesk {

QString breachStateText(BreachState state)
{
    switch (state) {
    case BreachState::Published:
        return QCoreApplication::translate("BreachRecord", "Published");
    case BreachState::Repaired:
        return QCoreApplication::translate("BreachRecord", "Repaired, publication stopped");
    case BreachState::Expired:
        return QCoreApplication::translate("BreachRecord", "Maximum period reached, publication stopped");
    }
    return {};
}

} // namespace creditdesk
