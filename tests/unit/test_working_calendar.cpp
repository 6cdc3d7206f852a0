// Deadline arithmetic on the working-day calendar, with the real 2025 and 2026 State Council
// notices: Spring Festival and National Day with their make-up working days. Expected dates
// are worked out by hand from the notices, not read from the shipped file.
#include "TestDatabase.h"
#include "domain/WorkingCalendar.h"
#include "store/CalendarRepository.h"

#include <QTest>

using namespace creditdesk;

class TestWorkingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void workingDays_data();
    void workingDays();
    void calendarDaysNeverEndOnADayOff_data();
    void calendarDaysNeverEndOnADayOff();
    void countsBetween();
    void missingYearIsReported();
    void bundledYearsInstalled();

private:
    test::TestDatabase m_db;
    WorkingCalendar m_calendar;
};

void TestWorkingCalendar::initTestCase()
{
    QVERIFY(m_db.createEmpty());
    auto loaded = CalendarRepository(m_db.database().connection()).load();
    QVERIFY(loaded.ok());
    m_calendar = loaded.value();
}

void TestWorkingCalendar::workingDays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");
    // 2025 Spring Festival: off 28 Jan - 4 Feb, make-up working days Sun 26 Jan and Sat 8 Feb.
    QTest::newRow("2025 make-up Sunday counts") << QDate(2025, 1, 24) << 2 << QDate(2025, 1, 27);
    QTest::newRow("2025 across Spring Festival") << QDate(2025, 1, 27) << 1 << QDate(2025, 2, 5);
    QTest::newRow("2025 three after Spring Festival") << QDate(2025, 1, 27) << 3 << QDate(2025, 2, 7);
    QTest::newRow("2025 make-up Saturday") << QDate(2025, 2, 7) << 1 << QDate(2025, 2, 8);
    // 2025 National Day and Mid-Autumn: off 1-8 Oct, make-up Sun 28 Sep and Sat 11 Oct.
    QTest::newRow("2025 make-up Sunday before National Day") << QDate(2025, 9, 26) << 1 << QDate(2025, 9, 28);
    QTest::newRow("2025 three working days across National Day") << QDate(2025, 9, 30) << 3 << QDate(2025, 10, 11);
    // 2026 Spring Festival: off 15-23 Feb, make-up Sat 14 Feb and Sat 28 Feb.
    QTest::newRow("2026 make-up Saturday before") << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
    QTest::newRow("2026 across nine days off") << QDate(2026, 2, 14) << 2 << QDate(2026, 2, 25);
    QTest::newRow("2026 objection received before the holiday") << QDate(2026, 2, 13) << 2 << QDate(2026, 2, 24);
    // 2026 Mid-Autumn 25-27 Sep, National Day 1-7 Oct, make-up Sun 20 Sep and Sat 10 Oct.
    QTest::newRow("2026 Mid-Autumn") << QDate(2026, 9, 24) << 1 << QDate(2026, 9, 28);
    QTest::newRow("2026 three across National Day") << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 10);
    QTest::newRow("2026 make-up Sunday") << QDate(2026, 9, 18) << 1 << QDate(2026, 9, 20);
    QTest::newRow("plain week") << QDate(2026, 11, 20) << 3 << QDate(2026, 11, 25);
    QTest::newRow("zero days") << QDate(2026, 11, 20) << 0 << QDate(2026, 11, 20);
}

void TestWorkingCalendar::workingDays()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(QDate, due);
    auto result = m_calendar.addWorkingDays(start, days);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result.value(), due);
}

void TestWorkingCalendar::calendarDaysNeverEndOnADayOff_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");
    QTest::newRow("ends on a weekday") << QDate(2026, 3, 2) << 15 << QDate(2026, 3, 17);
    QTest::newRow("ends on a Sunday") << QDate(2025, 3, 3) << 20 << QDate(2025, 3, 24);
    QTest::newRow("ends in Spring Festival 2026") << QDate(2026, 2, 1) << 15 << QDate(2026, 2, 24);
    QTest::newRow("ends in National Day 2025") << QDate(2025, 9, 15) << 20 << QDate(2025, 10, 9);
    QTest::newRow("ends on a make-up Saturday") << QDate(2025, 9, 21) << 20 << QDate(2025, 10, 11);
    QTest::newRow("ends in National Day 2026") << QDate(2026, 9, 15) << 20 << QDate(2026, 10, 8);
}

void TestWorkingCalendar::calendarDaysNeverEndOnADayOff()
{
    QFETCH(QDate, start);
    QFETCH(int, days);
    QFETCH(QDate, due);
    auto result = m_calendar.addCalendarDays(start, days);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result.value(), due);
}

void TestWorkingCalendar::countsBetween()
{
    QCOMPARE(m_calendar.workingDaysBetween(QDate(2025, 1, 27), QDate(2025, 2, 7)).value(), 3);
    QCOMPARE(m_calendar.workingDaysBetween(QDate(2025, 2, 7), QDate(2025, 1, 27)).value(), -3);
    QCOMPARE(m_calendar.workingDaysBetween(QDate(2026, 2, 14), QDate(2026, 2, 14)).value(), 0);
    QVERIFY(m_calendar.isWorkingDay(QDate(2026, 2, 28)).value());   // make-up Saturday
    QVERIFY(!m_calendar.isWorkingDay(QDate(2026, 2, 16)).value());  // Spring Festival Monday
    QVERIFY(!m_calendar.isWorkingDay(QDate(2026, 11, 28)).value()); // plain Saturday
}

void TestWorkingCalendar::missingYearIsReported()
{
    QVERIFY(!m_calendar.covers(2027));
    auto crossing = m_calendar.addWorkingDays(QDate(2026, 12, 28), 5);
    QVERIFY(!crossing.ok());
    QVERIFY2(crossing.error().contains(QStringLiteral("2027")), qPrintable(crossing.error()));
    QVERIFY(!m_calendar.addCalendarDays(QDate(2026, 12, 20), 20).ok());
    QVERIFY(!m_calendar.isWorkingDay(QDate(2022, 6, 1)).ok());
}

void TestWorkingCalendar::bundledYearsInstalled()
{
    QCOMPARE(m_calendar.years(), (QList<int>{2023, 2024, 2025, 2026}));
    auto years = CalendarRepository(m_db.database().connection()).years();
    QVERIFY(years.ok());
    for (const CalendarRepository::YearInfo &year : years.value()) {
        QVERIFY(year.days >= 30);
        QVERIFY(year.source.contains(QStringLiteral("cn-holidays.csv")));
    }
    // New Year 2023 began on Saturday 31 December 2022, in the 2023 notice.
    QVERIFY(!m_calendar.isWorkingDay(QDate(2023, 1, 2)).value());
}

QTEST_GUILESS_MAIN(TestWorkingCalendar)
#include "test_working_calendar.moc"
