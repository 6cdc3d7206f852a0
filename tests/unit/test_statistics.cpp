// The statistics dashboard's figures: the summaries the triggers keep as listings, measure
// applications and feedback change equal a rebuild from the rows; the active count agrees with
// the in-force rule; breakdowns add up to the whole; the listings behind a bar are the right
// ones; and only the roles that may read statistics get them.
#include "Actors.h"
#include "Scalar.h"
#include "TestDatabase.h"
#include "store/ListingSql.h"
#include "store/StatisticsRepository.h"
#include "workflow/StatisticsService.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;
using test::scalar;

class TestStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void summariesFollowEveryChange();
    void activeAgreesWithTheInForceRule();
    void breakdownsAddUp();
    void measuresAndFeedback();
    void listingsBehindABar();
    void caseCharts();
    void onlyReadersMayRead();
    void objectionTimeLimitsCountAsTheQueue_data();
    void objectionTimeLimitsCountAsTheQueue();

private:
    QStringList summaryRows();
    Status run(const QString &statement);
    test::TestDatabase m_db;
    const QDate m_today{2026, 11, 20};
};

void TestStatistics::initTestCase()
{
    // A demo with objection and repair cases in every state, as of the day the tests count to.
    QVERIFY(m_db.createDemoWithCases(1500, m_today, 12, 10));
}

QStringList TestStatistics::summaryRows()
{
    QStringList rows;
    QSqlQuery query(m_db.database().connection());
    if (!query.exec(
            QStringLiteral("SELECT 'L', area, month, ground, listed, removed, expired FROM statistics_listing "
                           "WHERE listed <> 0 OR removed <> 0 OR expired <> 0 UNION ALL "
                           "SELECT 'M', area, month, category || '/' || department_id, applications, "
                           "with_feedback, 0 FROM statistics_measure WHERE applications <> 0 OR with_feedback <> 0 "
                           "ORDER BY 1, 2, 3, 4")))
        return {query.lastError().text()};
    while (query.next()) {
        QStringList fields;
        for (int column = 0; column < 7; ++column)
            fields.append(query.value(column).toString());
        rows.append(fields.join(u'|'));
    }
    return rows;
}

Status TestStatistics::run(const QString &statement)
{
    QSqlQuery query(m_db.database().connection());
    if (!query.exec(statement))
        return Error{statement + QStringLiteral(": ") + query.lastError().text()};
    return {};
}

void TestStatistics::summariesFollowEveryChange()
{
    QVERIFY(!summaryRows().isEmpty());
    // Every kind of change a listing, an application or feedback can undergo.
    const QStringList changes = {
        // a court deletes and revokes listings; a listing published again
        QStringLiteral("UPDATE listing SET state = 4, state_date = '2025-03-04' WHERE id % 11 = 0 AND state = 1"),
        QStringLiteral("UPDATE listing SET state = 3, state_date = '2026-10-31' WHERE id % 13 = 0 AND state = 1"),
        QStringLiteral("UPDATE listing SET state = 1, state_date = NULL WHERE id % 17 = 0 AND state = 4"),
        // periods extended and shortened, a decision date corrected, a ground corrected
        QStringLiteral("UPDATE listing SET extension_months = 12 WHERE id % 7 = 0 AND period_months > 0"),
        QStringLiteral("UPDATE listing SET period_months = 6 WHERE id % 19 = 0"),
        QStringLiteral("UPDATE listing SET decision_date = '2024-02-29' WHERE id % 23 = 0"),
        QStringLiteral("UPDATE listing SET ground = 1 + (ground % 6) WHERE id % 29 = 0"),
        // a listing moved to another court, with its measure applications
        QStringLiteral("UPDATE listing SET court_code = (SELECT code FROM court ORDER BY code DESC LIMIT 1) "
                       "WHERE id % 31 = 0"),
        // feedback arrives, a second feedback on the same application, feedback withdrawn
        QStringLiteral("INSERT INTO measure_feedback (application_id, handling_type, result, occurred_on, "
                       "reported_by, recorded_at) SELECT id, 1, 'refused', '2026-01-05', 'dept', '2026-01-05' "
                       "FROM measure_application WHERE id % 5 = 0"),
        QStringLiteral("INSERT INTO measure_feedback (application_id, handling_type, result, occurred_on, "
                       "reported_by, recorded_at) SELECT id, 2, 'again', '2026-01-06', 'dept', '2026-01-06' "
                       "FROM measure_application WHERE id % 10 = 0"),
        QStringLiteral("DELETE FROM measure_feedback WHERE id IN (SELECT max(id) FROM measure_feedback "
                       "GROUP BY application_id HAVING count(*) = 1 LIMIT 50)"),
        // applications moved to another department and month, some withdrawn altogether
        QStringLiteral("UPDATE measure_application SET department_id = (SELECT min(id) FROM department), "
                       "started_on = '2026-06-01' WHERE id % 9 = 0"),
        QStringLiteral("DELETE FROM measure_feedback WHERE application_id IN (SELECT id FROM measure_application "
                       "WHERE id % 37 = 0)"),
        QStringLiteral("DELETE FROM measure_application WHERE id % 37 = 0"),
        // the expiry job confirms ended periods: a deletion for the period's end, on its last day
        QStringLiteral(
            "UPDATE listing SET state = 4, deletion_event = 8, state_date = date(statistics_expiry, "
            "'-1 day') WHERE id % 43 = 0 AND period_months > 0 AND state = 1 AND statistics_expiry <= '2026-11-20'"),
        // feedback moved to another application
        QStringLiteral("UPDATE measure_feedback SET application_id = application_id + 1 WHERE id % 47 = 0 AND "
                       "application_id + 1 IN (SELECT id FROM measure_application)"),
        // a listing entered and one removed from the cache with everything hanging on it
        QStringLiteral("INSERT INTO listing (subject_id, court_code, case_number, ground, decision_date, "
                       "period_months, state, created_at, updated_at) SELECT subject_id, court_code, "
                       "case_number || '-new', ground, '2026-11-02', 24, 1, created_at, updated_at FROM listing "
                       "WHERE id % 41 = 0"),
    };
    for (const QString &change : changes)
        QVERIFY2(run(change), qPrintable(change));
    // A confirmed expiry counts as expired, not removed.
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM listing WHERE deletion_event = 8 AND "
                                                    "state = 4 AND statistics_end_kind <> 2"))
                 .toInt(),
             0);
    QVERIFY(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM listing WHERE deletion_event = 8")).toInt()
            > 0);
    const QStringList incremental = summaryRows();
    QVERIFY(StatisticsRepository(m_db.database().connection()).rebuild());
    const QStringList rebuilt = summaryRows();
    QCOMPARE(incremental.size(), rebuilt.size());
    QCOMPARE(incremental, rebuilt);
}

void TestStatistics::activeAgreesWithTheInForceRule()
{
    // Active at the end of this month = listings in force on its last day (the same period
    // arithmetic as the list's own in-force rule, including the last day of short months).
    const StatisticsService service(m_db.database());
    const StatisticsFilter filter = StatisticsService::defaultFilter(m_today);
    auto trend = service.listingTrend(test::officer(), filter);
    QVERIFY2(trend, qPrintable(trend.error()));
    QCOMPARE(trend->size(), 24);
    QCOMPARE(trend->last().month, QStringLiteral("2026-11"));
    const qint64 inForce =
        scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM listing l WHERE l.decision_date <= :today AND %1")
                                    .arg(sql::listingInForceCondition())
                                    .replace(QLatin1String(":today"), QLatin1String("'2026-11-30'")))
            .toLongLong();
    QVERIFY(inForce > 0);
    QCOMPARE(trend->last().activeAtEnd, inForce);
    // And the months carry the count on: each month's active = the previous + listed - ended.
    for (qsizetype index = 1; index < trend->size(); ++index) {
        const ListingMonth &month = trend->at(index);
        QCOMPARE(month.activeAtEnd, trend->at(index - 1).activeAtEnd + month.listed - month.removed - month.expired);
    }
}

void TestStatistics::breakdownsAddUp()
{
    const StatisticsService service(m_db.database());
    StatisticsFilter filter{QDate(2014, 1, 1), QDate(2026, 11, 30), StatisticsArea::whole()};
    auto grounds = service.chart(test::reviewer(), StatisticsChart::ListingsByGround, filter, m_today);
    auto regions = service.chart(test::reviewer(), StatisticsChart::ListingsByRegion, filter, m_today);
    auto courts = service.chart(test::reviewer(), StatisticsChart::ListingsByCourt, filter, m_today);
    QVERIFY(grounds && regions && courts);
    auto total = [](const StatisticsTable &table, int column) {
        double sum = 0;
        for (const auto &row : table.rows)
            sum += row.values.at(column);
        return static_cast<qint64>(sum);
    };
    const qint64 listed =
        scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM listing WHERE decision_date <= '2026-11-30'"))
            .toLongLong();
    QCOMPARE(total(grounds.value(), 0), listed);
    QCOMPARE(total(courts.value(), 0), listed);
    // Courts without a region (none in the demo) would be missing from the regions.
    QCOMPARE(total(regions.value(), 0), listed);
    QCOMPARE(regions->opens, StatisticsTable::Opens::Region);
    QVERIFY(!grounds->rows.first().label.isEmpty());

    // Down one level: the province's cities add up to the province's bar.
    const auto &province = regions->rows.first();
    filter.area = StatisticsArea::region(province.key, 1);
    auto cities = service.chart(test::reviewer(), StatisticsChart::ListingsByRegion, filter, m_today);
    QVERIFY(cities);
    QVERIFY(total(cities.value(), 0) <= static_cast<qint64>(province.values.at(0)));
    auto provinceCourts = service.chart(test::reviewer(), StatisticsChart::ListingsByCourt, filter, m_today);
    QVERIFY(provinceCourts);
    QCOMPARE(total(provinceCourts.value(), 0), static_cast<qint64>(province.values.at(0)));
}

void TestStatistics::measuresAndFeedback()
{
    const StatisticsService service(m_db.database());
    const StatisticsFilter filter{QDate(2020, 1, 1), QDate(2026, 11, 30), StatisticsArea::whole()};
    auto categories = service.chart(test::officer(), StatisticsChart::MeasuresByCategory, filter, m_today);
    auto departments = service.chart(test::officer(), StatisticsChart::MeasuresByDepartment, filter, m_today);
    QVERIFY(categories && departments);
    const qint64 applications =
        scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM measure_application WHERE started_on BETWEEN "
                                               "'2020-01-01' AND '2026-11-30'"))
            .toLongLong();
    const qint64 reported =
        scalar(
            m_db.database(),
            QStringLiteral("SELECT count(*) FROM measure_application ma WHERE started_on BETWEEN '2020-01-01' AND "
                           "'2026-11-30' AND EXISTS (SELECT 1 FROM measure_feedback f WHERE f.application_id = ma.id)"))
            .toLongLong();
    QVERIFY(applications > 0);
    QVERIFY(reported > 0);
    for (const StatisticsTable *table : {&categories.value(), &departments.value()}) {
        double started = 0;
        double withFeedback = 0;
        for (const auto &row : table->rows) {
            started += row.values.at(0);
            withFeedback += row.values.at(1);
            QCOMPARE(row.values.size(), 3);
            QVERIFY(!row.label.isEmpty());
        }
        QCOMPARE(static_cast<qint64>(started), applications);
        QCOMPARE(static_cast<qint64>(withFeedback), reported);
    }
}

void TestStatistics::listingsBehindABar()
{
    const StatisticsService service(m_db.database());
    StatisticsFilter filter{QDate(2014, 1, 1), QDate(2026, 11, 30), StatisticsArea::whole()};
    auto courts = service.chart(test::officer(), StatisticsChart::ListingsByCourt, filter, m_today);
    QVERIFY(courts && !courts->rows.isEmpty());
    const auto &court = courts->rows.first();
    filter.area = StatisticsArea::court(court.key);
    auto grounds = service.chart(test::officer(), StatisticsChart::ListingsByGround, filter, m_today);
    QVERIFY(grounds && !grounds->rows.isEmpty());
    const auto &ground = grounds->rows.first();
    auto behind = service.listingsBehind(test::officer(), StatisticsChart::ListingsByGround, filter, ground.key, 10000);
    QVERIFY2(behind, qPrintable(behind.error()));
    QCOMPARE(behind->size(), static_cast<qsizetype>(ground.values.at(0)));
    for (const StatisticsListingRow &row : behind.value()) {
        QCOMPARE(QString::number(row.ground), ground.key);
        QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT court_code FROM listing WHERE id = ?"), {row.listingId})
                     .toString(),
                 court.key);
        QVERIFY(!row.subjectName.isEmpty());
    }
    // Newest first, and the limit is kept.
    auto limited = service.listingsBehind(test::officer(), StatisticsChart::ListingsByGround, filter, ground.key, 3);
    QVERIFY(limited);
    QVERIFY(limited->size() <= 3);
    if (limited->size() > 1)
        QVERIFY(limited->at(0).decisionDate >= limited->at(1).decisionDate);
    // Charts of cases do not open listings.
    QVERIFY(!service.listingsBehind(test::officer(), StatisticsChart::Objections, filter, QString()));
}

void TestStatistics::caseCharts()
{
    const StatisticsService service(m_db.database());
    const StatisticsFilter filter = StatisticsService::defaultFilter(m_today);
    for (const StatisticsChart chart :
         {StatisticsChart::Objections, StatisticsChart::Repairs, StatisticsChart::Screening}) {
        auto table = service.chart(test::auditor(), chart, filter, m_today);
        QVERIFY2(table, qPrintable(table.error()));
        QCOMPARE(table->rows.size(), 24); // every month of the period, also those without cases
        QVERIFY(!table->note.isEmpty());
    }
    // The repairs of the demo: every application received in the period is counted in its month.
    auto repairs = service.chart(test::auditor(), StatisticsChart::Repairs, filter, m_today);
    QVERIFY(repairs);
    double received = 0;
    for (const auto &row : repairs->rows)
        received += row.values.at(0);
    QVERIFY(received > 0);
    QCOMPARE(static_cast<qint64>(received),
             scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM repair_application WHERE received_on BETWEEN "
                                                    "'2024-12-01' AND '2026-11-30'"))
                 .toLongLong());
    // The objections: the outcome mix counts every case received or decided in the period.
    auto objections = service.chart(test::auditor(), StatisticsChart::Objections, filter, m_today);
    QVERIFY(objections);
    double cases = 0;
    for (const auto &slice : objections->pie)
        cases += slice.values.at(0);
    QCOMPARE(static_cast<qint64>(cases),
             scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM objection")).toLongLong());
    QVERIFY(objections->pie.size() >= 2);
    // A slice of the outcome mix opens exactly its cases; a month those received or decided in it.
    for (const auto &slice : objections->pie) {
        auto behind = service.casesBehind(test::auditor(), StatisticsChart::Objections, filter, slice.key);
        QVERIFY2(behind, qPrintable(behind.error()));
        QCOMPARE(behind->size(), static_cast<qsizetype>(slice.values.at(0)));
        for (const StatisticsCaseRow &row : behind.value()) {
            QCOMPARE(row.outcome, slice.label);
            QVERIFY(!row.subjectName.isEmpty());
            QVERIFY(!row.reference.isEmpty());
        }
    }
    for (const auto &month : repairs->rows) {
        auto behind = service.casesBehind(test::auditor(), StatisticsChart::Repairs, filter, month.key);
        QVERIFY(behind);
        qint64 receivedInMonth = 0;
        qint64 decidedInMonth = 0;
        for (const StatisticsCaseRow &row : behind.value()) {
            receivedInMonth += row.receivedOn.toString(QStringLiteral("yyyy-MM")) == month.key ? 1 : 0;
            decidedInMonth += row.decidedOn.toString(QStringLiteral("yyyy-MM")) == month.key ? 1 : 0;
        }
        QCOMPARE(receivedInMonth, static_cast<qint64>(month.values.at(0)));
        QCOMPARE(decidedInMonth, static_cast<qint64>(month.values.at(1)));
    }
    QVERIFY(!service.casesBehind(test::auditor(), StatisticsChart::ListingTrend, filter, QStringLiteral("2026-01")));
    // Each province counts the repairs of the subjects registered in it: together, all of them.
    auto provinces = service.regions(test::auditor(), QString());
    QVERIFY(provinces && !provinces->isEmpty());
    double byProvince = 0;
    for (const StatisticsBar &province : provinces.value()) {
        const StatisticsFilter inProvince{filter.from, filter.to, StatisticsArea::region(province.key, 1)};
        auto part = service.chart(test::auditor(), StatisticsChart::Repairs, inProvince, m_today);
        QVERIFY(part);
        for (const auto &row : part->rows)
            byProvince += row.values.at(0);
    }
    QCOMPARE(byProvince, received);
    // A period that ends before it starts is refused.
    const StatisticsFilter backwards{QDate(2026, 1, 1), QDate(2025, 1, 31), StatisticsArea::whole()};
    QVERIFY(!service.chart(test::auditor(), StatisticsChart::ListingTrend, backwards, m_today));
}

void TestStatistics::onlyReadersMayRead()
{
    const StatisticsService service(m_db.database());
    const StatisticsFilter filter = StatisticsService::defaultFilter(m_today);
    QVERIFY(!service.chart(test::admin(), StatisticsChart::ListingTrend, filter, m_today));
    QVERIFY(!service.listingsBehind(test::admin(), StatisticsChart::ListingTrend, filter, QStringLiteral("2026-01")));
    QVERIFY(service.chart(test::auditor(), StatisticsChart::ListingTrend, filter, m_today));
}

void TestStatistics::objectionTimeLimitsCountAsTheQueue_data()
{
    QTest::addColumn<int>("route");
    QTest::addColumn<QDate>("decidedOn");
    QTest::addColumn<QString>("dates");
    // A platform objection received on 11 Sep 2026: its 20 days end on 1 Oct, in the National
    // Day holiday, so the written answer is due on 8 Oct, as the case queue says.
    QTest::newRow("platform answer ends on a working day")
        << 2 << QDate(2026, 10, 8) << QStringLiteral("received_on = '2026-09-11', decided_on = '2026-10-08'");
    // The court's review counts from forwarding: received 1 Sep, forwarded 14 Sep, decided by
    // the court on 25 Sep — within its 15 days (to 29 Sep), though 24 days after receipt. The
    // reconsideration decided on 20 Oct (decided_on, as the workflow sets it) does not move it.
    QTest::newRow("court review from forwarding")
        << 1 << QDate(2026, 9, 25)
        << QStringLiteral("received_on = '2026-09-01', forwarded_on = '2026-09-14', decided_on = '2026-10-20', "
                          "court_decided_on = '2026-09-25'");
}

void TestStatistics::objectionTimeLimitsCountAsTheQueue()
{
    QFETCH(int, route);
    QFETCH(QDate, decidedOn);
    QFETCH(QString, dates);
    const StatisticsService service(m_db.database());
    const StatisticsFilter decidedThatDay{decidedOn, decidedOn, StatisticsArea::whole()};
    auto counts = [&]() {
        auto table = service.chart(test::auditor(), StatisticsChart::Objections, decidedThatDay, m_today);
        const QRegularExpressionMatch numbers =
            QRegularExpression(QStringLiteral("within the time limit: (\\d+), late: (\\d+)")).match(table->note);
        return numbers.hasMatch() ? std::make_pair(numbers.captured(1).toInt(), numbers.captured(2).toInt())
                                  : std::make_pair(-1, -1);
    };
    const auto before = counts();
    QVERIFY(before.first >= 0);
    // A case of the route decided on another day becomes one decided on that day, in time.
    const qint64 id = scalar(m_db.database(), QStringLiteral("SELECT min(id) FROM objection WHERE route = %1 AND "
                                                             "coalesce(court_decided_on, decided_on, '') <> '%2'")
                                                  .arg(route)
                                                  .arg(decidedOn.toString(Qt::ISODate)))
                          .toLongLong();
    QVERIFY(id > 0);
    QVERIFY(run(QStringLiteral("UPDATE objection SET %1 WHERE id = %2").arg(dates).arg(id)));
    const auto after = counts();
    QCOMPARE(after.first, before.first + 1);
    QCOMPARE(after.second, before.second);
}

QTEST_GUILESS_MAIN(TestStatistics)
#include "test_statistics.moc"
