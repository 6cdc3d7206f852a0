#pragma once

#include "StatisticsChart.h"
#include "domain/Result.h"

namespace creditdesk {

/// Writes a chart's table as a spreadsheet: the category column and one column per series,
/// then the outcome mix where the chart has one, then its note. CSV in UTF-8 with a byte-order
/// mark; XLSX with numbers as numbers.
class StatisticsExport
{
public:
    static Status writeCsv(const StatisticsTable &table, const QString &path);
    static Status writeXlsx(const StatisticsTable &table, const QString &path);
};

} // namespace creditdesk
