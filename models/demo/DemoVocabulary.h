#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace creditdesk::demo {

struct WeightedText
{
    QString text;
    int weight = 1;
};

/// Surnames with approximate relative frequencies (per 100,000), including compound surnames
/// and surnames with special readings.
const QList<WeightedText> &surnames();
const QStringList &maleGivenCharacters();
const QStringList &femaleGivenCharacters();
const QStringList &commonTwoCharacterGivenNames();
/// Rare characters, some outside the Basic Multilingual Plane (𠮷).
const QStringList &rareGivenCharacters();
const QStringList &companyBrandCharacters();
const QStringList &companyIndustries();
const QStringList &companySuffixes();
/// The department that plausibly implements a measure, from the words of its title: railway
/// for trains, civil aviation for flights, the education department for schools, and so on.
QString departmentForMeasure(const QString &title, int categoryNumber);
const QStringList &obligationTemplates();

} // namespace creditdesk::demo
