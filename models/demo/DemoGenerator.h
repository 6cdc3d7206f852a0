#pragma once

#include "DemoRecords.h"
#include "reference/ReferenceData.h"
#include "search/NameKey.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>

#include <random>

namespace creditdesk {

/// Produces realistic, deterministic demo subjects: names by surname frequency, valid ID numbers
/// and credit codes consistent with region, birth date and sex, courts and case numbers of the
/// subject's region, listings on all six grounds in every publication state, measure
/// applications and departments' feedback. The same seed always gives the same data.
class DemoGenerator
{
public:
    struct Measure
    {
        qint64 id = 0;
        int categoryNumber = 0;
        qint64 departmentId = 0; ///< the department that implements it
        QString sourceCode;      ///< the catalogue source, e.g. spc-2015
    };

    struct Settings
    {
        quint64 seed = 20170521;
        /// The "today" of the demo data; fixed so that the data do not depend on the clock.
        QDate asOf = QDate(2026, 11, 20);
        /// Share of subjects registered in the home province (Anhui, 34).
        double homeProvinceShare = 0.85;
    };

    DemoGenerator(const ReferenceData &reference, QList<Measure> measures, QHash<qint64, QString> departmentNames,
                  const Settings &settings);

    /// The next \a count subjects.
    QList<SubjectRecord> next(int count);

private:
    quint64 random();
    int below(int bound);
    bool chance(double probability);
    QDate dateBetween(const QDate &first, const QDate &last);
    template<typename List>
    const auto &pick(const List &list)
    {
        return list[below(static_cast<int>(list.size()))];
    }

    QString personName(bool male);
    QString givenCharacter(bool male);
    SubjectRecord person();
    SubjectRecord organisation();
    QString residentId(const QString &regionCode, const QDate &birth, bool male);
    QString creditCode(const QString &regionCode);
    const Region &homeOrOtherCounty();
    void addListings(SubjectRecord &record, const QDate &earliestDecision);
    ListingRecord listing(const SubjectRecord &record, const QDate &earliestDecision);
    void addApplications(ListingRecord &listing, bool person);
    QString caseNumber(const QString &courtCode, int year, const QString &typeCode);

    Settings m_settings;
    std::mt19937_64 m_engine;
    NameKeyBuilder m_keys;
    QList<Region> m_homeCounties;
    QList<Region> m_otherCounties;
    QHash<QString, Region> m_regions;
    QHash<QString, Court> m_courtsByRegion;
    QHash<QString, Court> m_courtsByCode;
    QList<int> m_surnameCumulative;
    QList<Measure> m_measures;
    QHash<int, QList<Measure>> m_measuresByCategory;
    QHash<qint64, QString> m_departmentNames;
    QHash<QString, int> m_caseSequences;
    QSet<quint64> m_usedIds;
    QSet<QString> m_usedOrganisationCodes;
    QList<QPair<QString, QString>> m_recentCases; ///< (court code, case number) for co-debtors
};

} // namespace creditdesk
