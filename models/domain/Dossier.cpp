#include "Dossier.h"

#include <QCoreApplication>

#include <algorithm>

namespace creditdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Domain", text);
}
} // namespace

QString feedbackHandlingText(int handlingType)
{
    switch (handlingType) {
    case 1:
        return tr("Intercepted");
    case 2:
        return tr("Restricted");
    case 3:
        return tr("Checked, no business");
    default:
        return tr("Other");
    }
}

QString listingEventText(int kind)
{
    switch (kind) {
    case 1:
        return tr("Listed");
    case 2:
        return tr("Masked from publication");
    case 3:
        return tr("Publication restored");
    case 4:
        return tr("Listing revoked");
    case 5:
        return tr("Deleted from the list");
    case 6:
        return tr("Listing corrected");
    case 7:
        return tr("Period extended");
    default:
        return tr("Changed");
    }
}

QList<TimelineEntry> Dossier::timeline() const
{
    QList<TimelineEntry> entries;
    for (const ListingEvent &event : events) {
        QString detail = event.caseNumber;
        if (event.deletionEvent != DeletionEvent::None)
            detail += QStringLiteral(" · ") + deletionEventText(event.deletionEvent);
        if (event.kind == 7 && !event.note.isEmpty())
            detail += QStringLiteral(" · ") + tr("%1 months").arg(event.note.mid(1));
        entries.append({event.occurredOn, listingEventText(event.kind), detail});
    }
    for (const AppliedMeasure &measure : measures) {
        entries.append({measure.startedOn, tr("Measure applied"),
                        measure.measureTitle + QStringLiteral(" · ") + measure.department});
        if (measure.endedOn.isValid()) {
            entries.append({measure.endedOn, tr("Measure lifted"),
                            measure.measureTitle + QStringLiteral(" · ") + measure.endReason});
        }
        for (const Feedback &feedback : measure.feedback) {
            entries.append({feedback.occurredOn, tr("Department feedback"),
                            feedbackHandlingText(feedback.handlingType) + QStringLiteral(" · ") + feedback.result
                                + QStringLiteral(" · ") + measure.department});
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.date > b.date; });
    return entries;
}

} // namespace creditdesk
