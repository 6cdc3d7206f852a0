#pragma once

#include "domain/Result.h"
#include "domain/WorkingCalendar.h"

#include <QHash>
#include <QSqlDatabase>

namespace creditdesk {

/// The working-day calendar in the database: the holiday notices per year and where each came
/// from. The caller owns the transaction and the audit entry of an import.
class CalendarRepository
{
public:
    explicit CalendarRepository(QSqlDatabase db);

    Result<WorkingCalendar> load() const;
    /// Replaces the notice of \a year with \a days (dates may reach into the neighbour years).
    Status storeYear(int year, const QList<WorkingCalendar::Day> &days, const QString &source,
                     const QString &importedBy);
    /// The days of other years' notices, with the year of their notice.
    Result<QHash<QDate, int>> daysOfOtherNotices(int year) const;
    /// Installs the notices compiled into the program for the years not yet loaded.
    Status installBundled();

    struct YearInfo
    {
        int year = 0;
        QString source;
        QString importedAt;
        QString importedBy;
        int days = 0;
    };
    Result<QList<YearInfo>> years() const;

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
