#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace creditdesk {

/// The dashboard's charts, in the order they are shown.
enum class StatisticsChart {
    ListingTrend,
    ListingsByGround,
    ListingsByRegion,
    ListingsByCourt,
    MeasuresByCategory,
    MeasuresByDepartment,
    Objections,
    Repairs,
    Screening,
};

QList<StatisticsChart> allStatisticsCharts();
QString statisticsChartName(StatisticsChart chart); ///< stable, for file names and the benchmark

/// One chart's figures as a table: a row per category (month, ground, region, ...) and a column
/// per series. The same table feeds the chart, its CSV and XLSX export and the benchmark.
struct StatisticsTable
{
    enum class Style { Lines, Bars, StackedBars, Pie };
    /// What a click on a row opens.
    enum class Opens { Nothing, Listings, Region, Cases };

    struct Row
    {
        QString key;   ///< what the row stands for (month, ground number, area key, ...)
        QString label; ///< its name for the reader
        QList<double> values;
    };

    StatisticsChart chart = StatisticsChart::ListingTrend;
    QString title;
    QString categoryHeader;
    QStringList series; ///< one name per value column
    QList<Row> rows;
    Style style = Style::Bars;
    QList<int> plotted;       ///< the series drawn (the table keeps every column); empty: all
    QList<int> secondaryAxis; ///< of those, the ones drawn against a second axis on the right
    Opens opens = Opens::Nothing;
    int barsDrawn = 12; ///< a breakdown draws its first rows only (the table and exports keep all)
    QString note;       ///< a line under the chart: totals, shares, what a filter does not apply to
    /// A second, smaller table drawn as a pie beside the main one (outcome mix), may be empty.
    QList<Row> pie;
    QString pieTitle;
};

} // namespace creditdesk
