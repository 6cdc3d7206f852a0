#pragma once

#include "Listing.h"
#include "Result.h"
#include "WorkingCalendar.h"

#include <QDate>
#include <QString>

namespace creditdesk {

/// How a listing leaves the list on the court's decision.
enum class ListingExitKind {
    Revocation = 1, ///< wrongful listing revoked (SPC rules Art. 9)
    Deletion = 2,   ///< deleted on an Art. 10 event, or at the end of a fixed period
};

/// A revocation or deletion by the court as the office mirrored it, with the day it was due.
struct ListingExit
{
    qint64 id = 0;
    qint64 listingId = 0;
    QString caseNumber;
    ListingExitKind kind = ListingExitKind::Deletion;
    DeletionEvent event = DeletionEvent::None;
    QDate courtDecidedOn; ///< the court's decision, or the end of the fixed period
    QDate dueOn;          ///< three working days later (Art. 9, Art. 10)
    QDate mirroredOn;
    QString documentNumber;
    QString creditor; ///< for a deletion on the creditor's request
    QString reason;
    QString recordedBy;
    QString recordedAt; ///< UTC, to the millisecond (empty: now, when stored)
    QString fromDesk;   ///< the desk it was mirrored on, when it came from the central server
    QString refusedAt;  ///< when the central server refused it (another desk mirrored first): undone here

    bool wasLate() const { return mirroredOn > dueOn; }
    bool wasRefused() const { return !refusedAt.isEmpty(); }
};

/// The court-list rules on leaving the list (SPC rules Art. 9–10).
namespace ListingExitRules {

/// Working days the office has to mirror a revocation, correction or deletion.
constexpr int mirrorWorkingDays = 3;
/// Months a creditor's new request is refused after a deletion on that creditor's request.
constexpr int creditorBlockMonths = 6;

/// The day a mirror of the court's decision of \a decidedOn is due.
Result<QDate> dueDate(const QDate &decidedOn, const WorkingCalendar &calendar);
/// The first day \a creditor may request again after a deletion on their request on \a deletedOn.
QDate creditorBlockEnds(const QDate &deletedOn);
/// The events on which a listing is deleted (Art. 10's seven, and the end of a fixed period).
QList<DeletionEvent> deletionEvents();

} // namespace ListingExitRules

QString listingExitKindText(ListingExitKind kind);
QString deletionEventName(DeletionEvent event); ///< CLI name: performed, settlement, creditor, ...
std::optional<DeletionEvent> deletionEventFromName(const QString &name);

} // namespace creditdesk
