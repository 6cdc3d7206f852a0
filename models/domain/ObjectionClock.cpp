#include "ObjectionClock.h"

#include <QCoreApplication>

namespace creditdesk {

Result<QDate> ObjectionClock::end(const QDate &start, const ObjectionTimeLimits::Limit &limit,
                                  const WorkingCalendar &calendar)
{
    return limit.workingDays ? calendar.addWorkingDays(start, limit.days) : calendar.addCalendarDays(start, limit.days);
}

Result<ObjectionDeadline> ObjectionClock::deadline(const Objection &objection, const ObjectionTimeLimits &limits,
                                                   const WorkingCalendar &calendar)
{
    const bool court = objection.route == ObjectionRoute::CourtList;
    ObjectionTimeLimits::Limit limit;
    QDate start;
    QString step;
    switch (objection.state) {
    case ObjectionState::Submitted:
        limit = limits.acceptance;
        start = objection.receivedOn;
        step = QCoreApplication::translate("ObjectionClock", "Accept or refuse the objection");
        break;
    case ObjectionState::Accepted:
        limit = court ? limits.forwarding : limits.selfCheck;
        start = objection.acceptedOn.isValid() ? objection.acceptedOn : objection.receivedOn;
        step = court ? QCoreApplication::translate("ObjectionClock", "Forward to the court")
                     : QCoreApplication::translate("ObjectionClock", "Start the review");
        break;
    case ObjectionState::UnderReview:
        limit = limits.answer;
        start = objection.receivedOn;
        step = QCoreApplication::translate("ObjectionClock", "Decide and answer in writing");
        break;
    case ObjectionState::NotAccepted:
    case ObjectionState::Corrected:
    case ObjectionState::Upheld:
    case ObjectionState::Undetermined:
        if (court) {
            limit = limits.acceptance;
            start = objection.decidedOn.isValid() ? objection.decidedOn : objection.stateSince;
        } else {
            limit = limits.answer;
            start = objection.receivedOn;
        }
        step = QCoreApplication::translate("ObjectionClock", "Notify the applicant in writing");
        break;
    case ObjectionState::ForwardedToCourt:
        // Art. 12: the court reviews within its days from its receipt, that is from forwarding.
        limit = limits.courtReview;
        start = objection.forwardedOn.isValid() ? objection.forwardedOn : objection.receivedOn;
        step = QCoreApplication::translate("ObjectionClock", "The court reviews (follow up)");
        break;
    case ObjectionState::CourtDecided:
        limit = limits.correction;
        start = objection.courtDecidedOn;
        step = QCoreApplication::translate("ObjectionClock", "Correct the record and notify the applicant");
        break;
    case ObjectionState::ApplicantNotified:
        if (!court || !objection.courtDecidedOn.isValid() || objection.reconsiderationFiledOn.isValid())
            return ObjectionDeadline{};
        limit = limits.reconsiderationFiling;
        start = objection.notifiedOn;
        step = QCoreApplication::translate("ObjectionClock", "Reconsideration window ends; close the case after it");
        break;
    case ObjectionState::ReconsiderationFiled:
        limit = limits.reconsiderationDecision;
        start = objection.reconsiderationFiledOn;
        step = QCoreApplication::translate("ObjectionClock", "The next-higher court decides (follow up)");
        break;
    case ObjectionState::ReconsiderationDecided:
    case ObjectionState::Closed:
        return ObjectionDeadline{};
    }
    if (!start.isValid())
        return ObjectionDeadline{};
    auto due = end(start, limit, calendar);
    if (!due)
        return Error{due.error()};
    return ObjectionDeadline{true, due.value(), limit.workingDays, step};
}

Result<int> ObjectionClock::daysLeft(const ObjectionDeadline &deadline, const QDate &today,
                                     const WorkingCalendar &calendar)
{
    if (!deadline.applies)
        return 0;
    if (!deadline.workingDays)
        return static_cast<int>(today.daysTo(deadline.due));
    return calendar.workingDaysLeft(today, deadline.due);
}

} // namespace creditdesk
