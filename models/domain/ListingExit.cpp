#include "ListingExit.h"

#include <QCoreApplication>

namespace creditdesk {

Result<QDate> ListingExitRules::dueDate(const QDate &decidedOn, const WorkingCalendar &calendar)
{
    return calendar.addWorkingDays(decidedOn, mirrorWorkingDays);
}

QDate ListingExitRules::creditorBlockEnds(const QDate &deletedOn)
{
    return deletedOn.addMonths(creditorBlockMonths);
}

QList<DeletionEvent> ListingExitRules::deletionEvents()
{
    return {DeletionEvent::ObligationPerformed,
            DeletionEvent::SettlementPerformed,
            DeletionEvent::CreditorApplied,
            DeletionEvent::RoundTerminated,
            DeletionEvent::SuspendedForRetrialOrBankruptcy,
            DeletionEvent::EnforcementRefused,
            DeletionEvent::EnforcementTerminated,
            DeletionEvent::PeriodEnded};
}

QString listingExitKindText(ListingExitKind kind)
{
    return kind == ListingExitKind::Revocation ? QCoreApplication::translate("ListingExit", "Revocation")
                                               : QCoreApplication::translate("ListingExit", "Deletion");
}

QString deletionEventName(DeletionEvent event)
{
    switch (event) {
    case DeletionEvent::None:
        return {};
    case DeletionEvent::ObligationPerformed:
        return QStringLiteral("performed");
    case DeletionEvent::SettlementPerformed:
        return QStringLiteral("settlement");
    case DeletionEvent::CreditorApplied:
        return QStringLiteral("creditor");
    case DeletionEvent::RoundTerminated:
        return QStringLiteral("round-terminated");
    case DeletionEvent::SuspendedForRetrialOrBankruptcy:
        return QStringLiteral("suspended");
    case DeletionEvent::EnforcementRefused:
        return QStringLiteral("refused");
    case DeletionEvent::EnforcementTerminated:
        return QStringLiteral("terminated");
    case DeletionEvent::PeriodEnded:
        return QStringLiteral("period-ended");
    }
    return {};
}

std::optional<DeletionEvent> deletionEventFromName(const QString &name)
{
    for (const DeletionEvent event : ListingExitRules::deletionEvents()) {
        if (deletionEventName(event) == name)
            return event;
    }
    return std::nullopt;
}

} // namespace creditdesk
