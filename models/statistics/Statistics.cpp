#include "Statistics.h"

namespace creditdesk {

namespace {

const QString courtPrefix = QStringLiteral("C:");

} // namespace

StatisticsArea StatisticsArea::region(const QString &regionCode, int regionLevel)
{
    return StatisticsArea{static_cast<Level>(qBound(1, regionLevel, 3)), regionCode};
}

StatisticsArea StatisticsArea::court(const QString &courtCode)
{
    return StatisticsArea{Level::Court, courtPrefix + courtCode};
}

QString StatisticsArea::regionCode() const
{
    return level == Level::Whole || level == Level::Court ? QString() : key;
}

QString StatisticsArea::courtCode() const
{
    return level == Level::Court ? key.mid(courtPrefix.size()) : QString();
}

} // namespace creditdesk
