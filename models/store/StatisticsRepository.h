#pragma once

#include "domain/Result.h"
#include "statistics/Statistics.h"

#include <QSqlDatabase>

namespace creditdesk {

/// The dashboard's reads: the summaries that triggers keep current (statistics_listing,
/// statistics_measure, see 009_statistics.sql), the raw rows where an area is small, and the
/// listings behind a bar. Also rebuilds the summaries from the rows in one pass.
class StatisticsRepository
{
public:
    /// What a bar of a breakdown groups by, for listingsBehind().
    enum class Breakdown { Month, Ground, Area, Court, MeasureCategory, MeasureDepartment };

    /// One objection or repair case, as much as its statistics need.
    struct CaseRow
    {
        QDate receivedOn;
        QDate decidedOn; ///< null while open
        QDate dueOn;     ///< repairs: the stored due date; objections: null (the service computes it)
        int state = 0;
        int outcome = 0; ///< objections only
        int route = 0;   ///< objections only
        qint64 id = 0;
        qint64 subjectId = 0;
        QString subjectName;
        QString reference; ///< the listing's case number, or the breach decision's document number
        QDate forwardedOn; ///< objections: the day it went to the court (its review counts from then)
    };

    explicit StatisticsRepository(QSqlDatabase db);

    /// Recomputes both summaries from the listings, measure applications and feedback.
    Status rebuild();

    /// Every month up to \a toMonth with listings of \a area, oldest first, active counted from the first.
    Result<QList<ListingMonth>> listingMonths(const StatisticsArea &area, const QString &toMonth) const;
    Result<QList<StatisticsBar>> listingsByGround(const StatisticsFilter &filter) const;
    /// The regions one level below the filter's area (for a county: its courts).
    Result<QList<StatisticsBar>> listingsByChildArea(const StatisticsFilter &filter) const;
    /// Every court in the filter's area, most listed first.
    Result<QList<StatisticsBar>> listingsByCourt(const StatisticsFilter &filter) const;
    /// Measure applications started in the period, by category or by department.
    Result<QList<StatisticsBar>> measures(const StatisticsFilter &filter, Breakdown by) const;
    Result<QList<CaseRow>> objectionCases(const StatisticsFilter &filter) const;
    Result<QList<CaseRow>> repairCases(const StatisticsFilter &filter) const;
    Result<QList<ScreeningMonth>> screeningMonths(const StatisticsFilter &filter) const;
    /// The listings behind one bar (\a key as in StatisticsBar::key, or a month), newest first.
    Result<QList<StatisticsListingRow>> listingsBehind(const StatisticsFilter &filter, Breakdown by, const QString &key,
                                                       int limit) const;
    /// The listings-by-ground figures counted from the listings themselves, as a dashboard
    /// without summaries would: the benchmark's baseline.
    Result<QList<StatisticsBar>> listingsByGroundFromRows(const StatisticsFilter &filter) const;
    /// The regions below \a parentCode (all provinces for an empty code), by code.
    Result<QList<StatisticsBar>> childRegions(const QString &parentCode) const;
    /// The courts in \a area, by name; key is the court code.
    Result<QList<StatisticsBar>> courtsIn(const StatisticsArea &area) const;

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
