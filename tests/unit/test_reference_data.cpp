// Tests of the bundled reference data: regions, courts, measure catalogue, holidays.
#include "reference/ReferenceData.h"

#include <QSet>
#include <QTest>

using namespace creditdesk;

class TestReferenceData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsEverything();
    void courtsFollowRegions();
    void catalogueHasEverySourceItem();
};

void TestReferenceData::loadsEverything()
{
    auto data = ReferenceData::loadBundled();
    QVERIFY2(data.ok(), qPrintable(data.error()));
    QCOMPARE(data->regions.size(), 3210);
    QCOMPARE(data->holidays.size(), 142);
    QCOMPARE(data->measureCategories.size(), 10);
    QCOMPARE(data->measureSources.size(), 3);
}

void TestReferenceData::courtsFollowRegions()
{
    auto data = ReferenceData::loadBundled();
    QVERIFY(data.ok());
    QSet<QString> codes;
    for (const Court &court : data->courts) {
        QVERIFY2(!codes.contains(court.code), qPrintable(court.code));
        codes.insert(court.code);
    }
    const auto find = [&](const QString &regionCode) {
        for (const Court &court : data->courts) {
            if (court.regionCode == regionCode)
                return court;
        }
        return Court{};
    };
    QCOMPARE(find(QStringLiteral("500107")).code, QStringLiteral("渝0107")); // as in (2017)渝0107执4344号
    QCOMPARE(find(QStringLiteral("340104")).name, QStringLiteral("合肥市蜀山区人民法院"));
    QCOMPARE(find(QStringLiteral("340122")).name, QStringLiteral("肥东县人民法院"));
    QCOMPARE(find(QStringLiteral("340100")).name, QStringLiteral("合肥市中级人民法院"));
    QCOMPARE(find(QStringLiteral("340000")).name, QStringLiteral("安徽省高级人民法院"));
}

void TestReferenceData::catalogueHasEverySourceItem()
{
    auto data = ReferenceData::loadBundled();
    QVERIFY(data.ok());
    QHash<QString, int> perSource;
    QHash<int, int> anhuiPerCategory;
    for (const MeasureDefinition &measure : data->measures) {
        ++perSource[measure.sourceCode];
        QVERIFY(!measure.legalBasis.isEmpty());
        QVERIFY(!measure.text.isEmpty());
        if (measure.sourceCode == QLatin1String("anhui-2017"))
            ++anhuiPerCategory[measure.categoryNumber];
    }
    QCOMPARE(perSource.value(QStringLiteral("anhui-2017")), 34);
    QCOMPARE(perSource.value(QStringLiteral("spc-2015")), 9);
    QCOMPARE(perSource.value(QStringLiteral("national-2016")), 6);
    // The seven categories of the Anhui opinion with their item counts.
    const QHash<int, int> expected = {{1, 6}, {2, 2}, {3, 8}, {4, 4}, {5, 4}, {6, 4}, {7, 6}};
    QCOMPARE(anhuiPerCategory, expected);
}

QTEST_GUILESS_MAIN(TestReferenceData)
#include "test_reference_data.moc"
