#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <map>
#include <set>

namespace creditdesk {

/// The working-day calendar of the mainland: Saturdays and Sundays off, public holidays off and
/// make-up working days (调休上班) on, per year as the State Council's notice publishes them.
/// A year whose notice is not loaded is reported as missing, never assumed to be plain weeks.
class WorkingCalendar
{
public:
    struct Day
    {
        QDate date;
        bool workday = false; ///< a make-up working day on a weekend; otherwise a day off
        QString name;
    };

    /// Adds the notice of \a year (its days may reach into the neighbouring year, as the New
    /// Year holiday does) and marks the year as covered.
    void addYear(int year, const QList<Day> &days);
    bool covers(int year) const { return m_years.count(year) > 0; }
    QList<int> years() const;

    /// Whether \a date is a working day; an error when its year is not covered.
    Result<bool> isWorkingDay(const QDate &date) const;
    /// The \a count-th working day after \a start (the start day itself does not count).
    Result<QDate> addWorkingDays(const QDate &start, int count) const;
    /// \a start plus \a count calendar days; when that day is not a working day, the first
    /// working day after it (a time limit never ends on a day off; Civil Procedure Law Art. 85).
    Result<QDate> addCalendarDays(const QDate &start, int count) const;
    /// Working days after \a from up to and including \a to (negative when \a to is earlier).
    Result<int> workingDaysBetween(const QDate &from, const QDate &to) const;
    /// The working days left on \a today until \a due; after it, negative and at least one
    /// day overdue, also when every day since was a day off.
    Result<int> workingDaysLeft(const QDate &today, const QDate &due) const;

    /// The year whose notice \a day belongs to: a New Year holiday from 31 December belongs to
    /// the next year's notice.
    static int noticeYearOf(const Day &day);
    /// The bundled notices: each year that has a Spring Festival entry is covered.
    static WorkingCalendar fromEntries(const QList<Day> &entries);

private:
    Error missingYear(int year) const;

    std::set<int> m_years;
    std::map<QDate, Day> m_days;
};

} // namespace creditdesk
