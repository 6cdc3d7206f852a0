#pragma once

#include "Objection.h"
#include "Result.h"
#include "WorkingCalendar.h"

namespace creditdesk {

/// The next time limit of an objection case: what must happen by when.
struct ObjectionDeadline
{
    bool applies = false; ///< false when nothing is due (closed, or waiting for nobody)
    QDate due;
    bool workingDays = false;
    QString step; ///< translated: "Accept or refuse", "Answer in writing", ...
};

/// Computes deadlines and days left from the time limits of the case's route and the working-day
/// calendar. A deadline that falls in a year without a holiday notice is an error, not a guess.
class ObjectionClock
{
public:
    static Result<ObjectionDeadline> deadline(const Objection &objection, const ObjectionTimeLimits &limits,
                                              const WorkingCalendar &calendar);
    /// Days from \a today to the due date: working days for a working-day limit, calendar days
    /// otherwise; negative when overdue.
    static Result<int> daysLeft(const ObjectionDeadline &deadline, const QDate &today, const WorkingCalendar &calendar);
    /// The end of \a limit counted from \a start.
    static Result<QDate> end(const QDate &start, const ObjectionTimeLimits::Limit &limit,
                             const WorkingCalendar &calendar);
};

} // namespace creditdesk
