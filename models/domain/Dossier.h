#pragma once

#include "BreachRecord.h"
#include "Listing.h"
#include "ListingExit.h"
#include "RepairApplication.h"
#include "Subject.h"

#include <QDate>
#include <QList>
#include <QString>

namespace creditdesk {

struct Feedback
{
    int handlingType = 0;
    QString result;
    QString action;
    QDate occurredOn;
    QString reportedBy;
};

/// A measure applied to a subject because of one of its listings, with departments' feedback.
struct AppliedMeasure
{
    qint64 id = 0;
    qint64 listingId = 0; ///< 0 when applied because of breach information
    qint64 breachId = 0;  ///< the breach information it was applied for, if any
    QString caseNumber;   ///< the listing's case number, or the breach decision's number
    int categoryNumber = 0;
    QString categoryName;
    QString measureTitle;
    QString legalBasis;
    QString department;
    QDate startedOn;
    QDate endedOn;
    QString endReason;
    QList<Feedback> feedback;
};

/// A dated change in a listing's life.
struct ListingEvent
{
    qint64 listingId = 0;
    QString caseNumber;
    QDate occurredOn;
    int kind = 0;
    PublicationState state = PublicationState::Published;
    DeletionEvent deletionEvent = DeletionEvent::None;
    QString note;
    QString creditor; ///< who applied for a deletion, as a package of the credit platform said
};

/// One line of a subject's history timeline.
struct TimelineEntry
{
    QDate date;
    QString what;
    QString detail;
};

/// Everything the dossier page shows about one subject.
struct Dossier
{
    Subject subject;
    QList<Listing> listings;
    QList<AppliedMeasure> measures;
    QList<ListingEvent> events;
    QList<ListingExit> exits;         ///< the court's revocations and deletions as mirrored
    QList<BreachRecord> breaches;     ///< administrative breach information
    QList<RepairApplication> repairs; ///< credit repair applications on that information

    /// The dated history: listing events, measures started and ended, feedback, newest first.
    QList<TimelineEntry> timeline() const;
};

QString feedbackHandlingText(int handlingType);
QString listingEventText(int kind);

} // namespace creditdesk
