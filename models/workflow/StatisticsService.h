#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "statistics/Statistics.h"
#include "statistics/StatisticsChart.h"
#include "store/StatisticsRepository.h"

namespace creditdesk {

class Database;

/// The statistics dashboard's figures, one chart at a time, for officers, reviewers and
/// auditors: read from the summaries the database keeps current, labelled in the reader's
/// language, and the listings behind a bar.
class StatisticsService
{
public:
    explicit StatisticsService(Database &database);

    /// The last 24 months up to the month of \a today, the whole list.
    static StatisticsFilter defaultFilter(const QDate &today);

    Result<StatisticsTable> chart(const Actor &actor, StatisticsChart chart, const StatisticsFilter &filter,
                                  const QDate &today) const;
    Result<QList<ListingMonth>> listingTrend(const Actor &actor, const StatisticsFilter &filter) const;
    /// The listings behind the row \a key of \a chart (at most \a limit), newest first.
    Result<QList<StatisticsListingRow>> listingsBehind(const Actor &actor, StatisticsChart chart,
                                                       const StatisticsFilter &filter, const QString &key,
                                                       int limit = 500) const;
    /// The objection or repair cases behind the row \a key of \a chart: a month (received or
    /// decided in it) or an outcome of its pie.
    Result<QList<StatisticsCaseRow>> casesBehind(const Actor &actor, StatisticsChart chart,
                                                 const StatisticsFilter &filter, const QString &key) const;
    /// For the filters: the regions below \a parentCode (provinces for none) and the courts of an area.
    Result<QList<StatisticsBar>> regions(const Actor &actor, const QString &parentCode) const;
    Result<QList<StatisticsBar>> courts(const Actor &actor, const StatisticsArea &area) const;

private:
    struct ClassifiedCase;
    Result<QList<ClassifiedCase>> classifiedObjections(const StatisticsFilter &filter) const;
    Result<QList<ClassifiedCase>> classifiedRepairs(const StatisticsFilter &filter) const;
    Result<StatisticsTable> trendTable(const StatisticsFilter &filter) const;
    Result<StatisticsTable> groundTable(const StatisticsFilter &filter) const;
    Result<StatisticsTable> regionTable(const StatisticsFilter &filter) const;
    Result<StatisticsTable> courtTable(const StatisticsFilter &filter) const;
    Result<StatisticsTable> measureTable(const StatisticsFilter &filter, StatisticsChart chart) const;
    Result<StatisticsTable> objectionTable(const StatisticsFilter &filter, const QDate &today) const;
    Result<StatisticsTable> repairTable(const StatisticsFilter &filter, const QDate &today) const;
    Result<StatisticsTable> screeningTable(const StatisticsFilter &filter) const;

    Database &m_database;
    StatisticsRepository m_repository;
};

} // namespace creditdesk
