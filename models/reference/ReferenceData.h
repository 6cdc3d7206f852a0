#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace creditdesk {

struct Region
{
    QString code;
    QString name;
    int level = 0; ///< 1 province, 2 prefecture, 3 county
    QString parentCode;
};

struct Court
{
    QString code; ///< as in case numbers, e.g. 渝0107
    QString name;
    QString regionCode;
};

struct MeasureSource
{
    QString code;
    QString title;
    QString documentNumber;
    QDate issuedOn;
};

struct MeasureCategory
{
    int number = 0;
    QString name;
};

struct MeasureDefinition
{
    QString sourceCode;
    int categoryNumber = 0;
    int itemNumber = 0;
    QString title;
    QString text;
    QString implementingDepartment;
    QString legalBasis;
};

struct HolidayEntry
{
    QDate date;
    bool workday = false; ///< a make-up working day rather than a day off
    QString name;
};

/// The reference data shipped in resources/reference (sources: resources/reference/SOURCES.md):
/// regions (GB/T 2260), courts derived from them, the measure catalogue and the holiday calendar.
struct ReferenceData
{
    QList<Region> regions;
    QList<Court> courts;
    QList<MeasureSource> measureSources;
    QList<MeasureCategory> measureCategories;
    QList<MeasureDefinition> measures;
    QList<HolidayEntry> holidays;

    /// Loads everything from the resources compiled into the build.
    static Result<ReferenceData> loadBundled();

    /// The court-code abbreviation of a province (two-digit prefix), e.g. 50 → 渝.
    static QString provinceAbbreviation(int provincePrefix);
    /// Courts for every region: a high court per province, an intermediate court per prefecture,
    /// a basic court per county.
    static QList<Court> courtsFor(const QList<Region> &regions);
};

} // namespace creditdesk
