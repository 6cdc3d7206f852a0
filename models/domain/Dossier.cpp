#include "Dossier.h"

#include <QCoreApplication>

#include <algorithm>

namespace creditdesk {

namespace {} // namespace

QString feedbackHandlingText(int handlingType)
{
    switch (handlingType) {
    case 1:
        return QCoreApplication::translate("Domain", "Intercepted");
    case 2:
        return QCoreApplication::translate("Domain", "Restricted");
    case 3:
        return QCoreApplication::translate("Domain", "Checked, no business");
    default:
        return QCoreApplication::translate("Domain", "Other");
    }
}

QString listingEventText(int kind)
{
    switch (kind) {
    case 1:
        return QCoreApplication::translate("Domain", "Listed");
    case 2:
        return QCoreApplication::translate("Domain", "Masked from publication");
    case 3:
        return QCoreApplication::translate("Domain", "Publication restored");
    case 4:
        return QCoreApplication::translate("Domain", "Listing revoked");
    case 5:
        return QCoreApplication::translate("Domain", "Deleted from the list");
    case 6:
        return QCoreApplication::translate("Domain", "Listing corrected");
    case 7:
        return QCoreApplication::translate("Domain", "Period extended");
    default:
        return QCoreApplication::translate("Domain", "Changed");
    }
}

QList<TimelineEntry> Dossier::timeline() const
{
    QList<TimelineEntry> entries;
    for (const ListingEvent &event : events) {
        QString detail = event.caseNumber;
        if (event.deletionEvent != DeletionEvent::None)
            detail += QStringLiteral(" · ") + deletionEventText(event.deletionEvent);
        if (!event.creditor.isEmpty())
            detail += QStringLiteral(" · ") + QCoreApplication::translate("Domain", "creditor: %1").arg(event.creditor);
        if (event.kind == 7 && !event.note.isEmpty())
            detail += QStringLiteral(" · ") + QCoreApplication::translate("Domain", "%1 months").arg(event.note.mid(1));
        entries.append({event.occurredOn, listingEventText(event.kind), detail});
    }
    for (const AppliedMeasure &measure : measures) {
        entries.append({measure.startedOn, QCoreApplication::translate("Domain", "Measure applied"),
                        measure.measureTitle + QStringLiteral(" · ") + measure.department});
        if (measure.endedOn.isValid()) {
            entries.append({measure.endedOn, QCoreApplication::translate("Domain", "Measure lifted"),
                            measure.measureTitle + QStringLiteral(" · ") + measure.endReason});
        }
        for (const Feedback &feedback : measure.feedback) {
            entries.append({feedback.occurredOn, QCoreApplication::translate("Domain", "Department feedback"),
                            feedbackHandlingText(feedback.handlingType) + QStringLiteral(" · ") + feedback.result
                                + QStringLiteral(" · ") + measure.department});
        }
    }
    for (const ListingExit &exit : exits) {
        QString detail = exit.caseNumber + QStringLiteral(" · ")
                         + QCoreApplication::translate("Domain", "court decided %1, due %2")
                               .arg(exit.courtDecidedOn.toString(Qt::ISODate), exit.dueOn.toString(Qt::ISODate));
        if (!exit.fromDesk.isEmpty())
            detail +=
                QStringLiteral(" · ") + QCoreApplication::translate("Domain", "mirrored on desk %1").arg(exit.fromDesk);
        if (exit.wasRefused())
            detail += QStringLiteral(" · ")
                      + QCoreApplication::translate("Domain", "refused by the central server (another desk mirrored "
                                                              "first), undone");
        entries.append(
            {exit.mirroredOn,
             QCoreApplication::translate("Domain", "Court decision mirrored: %1").arg(listingExitKindText(exit.kind)),
             detail});
    }
    for (const BreachRecord &breach : breaches) {
        entries.append({breach.decisionDate, QCoreApplication::translate("Domain", "Breach information published"),
                        breachTierText(breach.tier) + QStringLiteral(" · ") + breach.authority + QStringLiteral(" · ")
                            + breach.documentNumber});
        if (breach.stoppedOn.isValid())
            entries.append({breach.stoppedOn, breachStateText(breach.state),
                            breach.documentNumber + QStringLiteral(" · ") + breach.stopReason});
    }
    for (const RepairApplication &repair : repairs) {
        entries.append(
            {repair.receivedOn, QCoreApplication::translate("Domain", "Credit repair applied for"),
             QCoreApplication::translate("Domain", "Application %1 · %2").arg(repair.id).arg(repair.applicantName)});
        if (repair.decidedOn.isValid())
            entries.append({repair.decidedOn, repairStateText(repair.state),
                            QCoreApplication::translate("Domain", "Application %1 · %2")
                                .arg(repair.id)
                                .arg(repair.decisionReason)});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.date > b.date; });
    return entries;
}

} // namespace creditdesk
