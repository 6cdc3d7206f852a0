#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace creditdesk {

/// Where a statistic is counted. A listing's region is its enforcing court's region, so a court
/// is a part of one province, city and county. Stored as the summaries' area key: '' for the
/// whole list, a region's six-digit code, or "C:" and a court's code.
struct StatisticsArea
{
    enum class Level { Whole = 0, Province = 1, City = 2, County = 3, Court = 4 };

    static StatisticsArea whole() { return {}; }
    static StatisticsArea region(const QString &regionCode, int regionLevel);
    static StatisticsArea court(const QString &courtCode);

    QString regionCode() const; ///< for a region, else empty
    QString courtCode() const;  ///< for a court, else empty
    bool operator==(const StatisticsArea &other) const = default;

    Level level = Level::Whole;
    QString key; ///< as stored
};

/// The dashboard's shared filters: a period of whole months and an area.
struct StatisticsFilter
{
    QDate from; ///< the first day of the first month
    QDate to;   ///< the last day of the last month
    StatisticsArea area;

    QString fromMonth() const { return from.toString(QStringLiteral("yyyy-MM")); }
    QString toMonth() const { return to.toString(QStringLiteral("yyyy-MM")); }
};

/// Listings in one month of the area: listed, removed (revoked or deleted), expired, and those
/// active at the month's end.
struct ListingMonth
{
    QString month; ///< yyyy-MM
    qint64 listed = 0;
    qint64 removed = 0;
    qint64 expired = 0;
    qint64 activeAtEnd = 0;
};

/// One bar of a breakdown: listings of one ground, region or court, or measure applications of
/// one category or department.
struct StatisticsBar
{
    QString key;          ///< what the bar stands for: ground number, area key, category, department id
    QString label;        ///< its name for the reader
    qint64 count = 0;     ///< listed in the period, or measure applications started in it
    qint64 secondary = 0; ///< active at the period's end, or applications with feedback
};

/// Screening batches of one month and their hit rate.
struct ScreeningMonth
{
    QString month;
    qint64 batches = 0;
    qint64 rows = 0;
    qint64 hits = 0;
    qint64 possible = 0;
};

/// One listing behind a bar, for the list that a click on the bar opens.
struct StatisticsListingRow
{
    qint64 listingId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    QString caseNumber;
    QString courtName;
    QDate decisionDate;
    int ground = 0;
    int state = 0;
};

/// One objection or repair case behind a month or an outcome of the case charts.
struct StatisticsCaseRow
{
    qint64 caseId = 0;
    qint64 subjectId = 0;
    QString subjectName;
    QString reference; ///< the listing's case number, or the breach decision's document number
    QDate receivedOn;
    QDate decidedOn;
    QString outcome;
};

} // namespace creditdesk
