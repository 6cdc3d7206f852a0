#include "CalendarRepository.h"

#include "Sql.h"
#include "reference/ReferenceData.h"

#include <QSqlQuery>

#include <map>

namespace creditdesk {

CalendarRepository::CalendarRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<WorkingCalendar> CalendarRepository::load() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (const Status status = sql::prepare(query, QStringLiteral("SELECT h.date, h.workday, h.name, h.notice_year "
                                                                 "FROM holiday h JOIN holiday_year y "
                                                                 "ON y.year = h.notice_year ORDER BY h.date"));
        !status)
        return Error{status.error()};
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the holiday calendar")); !status)
        return Error{status.error()};
    std::map<int, QList<WorkingCalendar::Day>> byYear;
    while (query.next()) {
        WorkingCalendar::Day day;
        day.date = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        day.workday = query.value(1).toBool();
        day.name = query.value(2).toString();
        byYear[query.value(3).toInt()].append(day);
    }
    QSqlQuery years(m_db);
    if (!years.exec(QStringLiteral("SELECT year FROM holiday_year")))
        return Error{QStringLiteral("holiday_year")};
    WorkingCalendar calendar;
    while (years.next()) {
        const int year = years.value(0).toInt();
        calendar.addYear(year, byYear[year]);
    }
    return calendar;
}

Status CalendarRepository::storeYear(int year, const QList<WorkingCalendar::Day> &days, const QString &source,
                                     const QString &importedBy)
{
    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM holiday WHERE notice_year = ?"));
    remove.addBindValue(year);
    if (const Status status = sql::exec(remove, QT_TRANSLATE_NOOP("Database", "replace a holiday notice")); !status)
        return status;
    QSqlQuery insert(m_db);
    if (const Status status = sql::prepare(insert, QStringLiteral("INSERT OR REPLACE INTO holiday (date, workday, "
                                                                  "name, notice_year) VALUES (?, ?, ?, ?)"));
        !status)
        return status;
    for (const WorkingCalendar::Day &day : days) {
        insert.bindValue(0, day.date.toString(Qt::ISODate));
        insert.bindValue(1, day.workday ? 1 : 0);
        insert.bindValue(2, day.name);
        insert.bindValue(3, year);
        if (const Status status = sql::exec(insert, QT_TRANSLATE_NOOP("Database", "store a holiday")); !status)
            return status;
    }
    QSqlQuery mark(m_db);
    mark.prepare(QStringLiteral("INSERT OR REPLACE INTO holiday_year (year, source, imported_at, imported_by) "
                                "VALUES (?, ?, ?, ?)"));
    mark.addBindValue(year);
    mark.addBindValue(source);
    mark.addBindValue(sql::nowUtc());
    mark.addBindValue(importedBy);
    return sql::exec(mark, QT_TRANSLATE_NOOP("Database", "record a holiday notice"));
}

Result<QHash<QDate, int>> CalendarRepository::daysOfOtherNotices(int year) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT date, notice_year FROM holiday WHERE notice_year <> ?"));
    query.addBindValue(year);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the other holiday notices"));
        !status)
        return Error{status.error()};
    QHash<QDate, int> days;
    while (query.next())
        days.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toInt());
    return days;
}

Status CalendarRepository::installBundled()
{
    auto data = ReferenceData::loadBundled();
    if (!data)
        return Error{data.error()};
    QList<WorkingCalendar::Day> entries;
    for (const HolidayEntry &entry : std::as_const(data->holidays))
        entries.append({entry.date, entry.workday, entry.name});
    const WorkingCalendar bundled = WorkingCalendar::fromEntries(entries);
    auto loaded = years();
    if (!loaded)
        return Error{loaded.error()};
    for (const int year : bundled.years()) {
        bool present = false;
        for (const YearInfo &info : loaded.value())
            present = present || info.year == year;
        if (present)
            continue;
        QList<WorkingCalendar::Day> days;
        for (const WorkingCalendar::Day &day : std::as_const(entries)) {
            if (WorkingCalendar::noticeYearOf(day) == year)
                days.append(day);
        }
        if (const Status status = storeYear(year, days, QStringLiteral("bundled: resources/reference/cn-holidays.csv"),
                                            QStringLiteral("system"));
            !status)
            return status;
    }
    return {};
}

Result<QList<CalendarRepository::YearInfo>> CalendarRepository::years() const
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT y.year, y.source, y.imported_at, y.imported_by, "
                                   "(SELECT count(*) FROM holiday h WHERE h.notice_year = y.year) "
                                   "FROM holiday_year y ORDER BY y.year")))
        return Error{QStringLiteral("holiday_year")};
    QList<YearInfo> result;
    while (query.next()) {
        result.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toInt()});
    }
    return result;
}

} // namespace creditdesk
