#include "WorkingCalendar.h"

#include <QCoreApplication>

#include <algorithm>

namespace creditdesk {

void WorkingCalendar::addYear(int year, const QList<Day> &days)
{
    m_years.insert(year);
    for (const Day &day : days)
        m_days[day.date] = day;
}

QList<int> WorkingCalendar::years() const
{
    return QList<int>(m_years.begin(), m_years.end());
}

Error WorkingCalendar::missingYear(int year) const
{
    return Error{QCoreApplication::translate("WorkingCalendar",
                                             "The working-day calendar has no holiday notice for %1; an administrator "
                                             "imports it (creditdesk-cli calendar import). Deadlines in %1 cannot be "
                                             "computed until then.")
                     .arg(year)};
}

Result<bool> WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (!covers(date.year()))
        return missingYear(date.year());
    if (const auto it = m_days.find(date); it != m_days.end())
        return it->second.workday;
    return date.dayOfWeek() <= 5;
}

Result<QDate> WorkingCalendar::addWorkingDays(const QDate &start, int count) const
{
    QDate day = start;
    int remaining = count;
    while (remaining > 0) {
        day = day.addDays(1);
        auto working = isWorkingDay(day);
        if (!working)
            return Error{working.error()};
        if (working.value())
            --remaining;
    }
    return day;
}

Result<QDate> WorkingCalendar::addCalendarDays(const QDate &start, int count) const
{
    QDate day = start.addDays(count);
    for (;;) {
        auto working = isWorkingDay(day);
        if (!working)
            return Error{working.error()};
        if (working.value())
            return day;
        day = day.addDays(1);
    }
}

Result<int> WorkingCalendar::workingDaysBetween(const QDate &from, const QDate &to) const
{
    const bool backwards = to < from;
    QDate day = backwards ? to : from;
    const QDate end = backwards ? from : to;
    int count = 0;
    while (day < end) {
        day = day.addDays(1);
        auto working = isWorkingDay(day);
        if (!working)
            return Error{working.error()};
        count += working.value() ? 1 : 0;
    }
    return backwards ? -count : count;
}

Result<int> WorkingCalendar::workingDaysLeft(const QDate &today, const QDate &due) const
{
    auto left = workingDaysBetween(today, due);
    if (!left)
        return left;
    return today > due ? std::min(-1, left.value()) : left.value();
}

int WorkingCalendar::noticeYearOf(const Day &day)
{
    const bool newYearEve = day.date.month() == 12 && day.date.day() == 31 && day.name == QStringLiteral("元旦");
    return newYearEve ? day.date.year() + 1 : day.date.year();
}

WorkingCalendar WorkingCalendar::fromEntries(const QList<Day> &entries)
{
    WorkingCalendar calendar;
    std::map<int, QList<Day>> byYear;
    std::set<int> noticeYears;
    for (const Day &day : entries) {
        const int year = noticeYearOf(day);
        byYear[year].append(day);
        if (day.name == QStringLiteral("春节"))
            noticeYears.insert(year);
    }
    for (const auto &[year, days] : byYear) {
        if (noticeYears.count(year) > 0)
            calendar.addYear(year, days);
    }
    return calendar;
}

} // namespace creditdesk
