// Listing corrections: registration, four eyes, approval changes the listing once with its
// history, concurrent and stale decisions are refused and change nothing.
#include "Actors.h"
#include "TestDatabase.h"
#include "store/AuditJournal.h"
#include "workflow/ListingCorrectionService.h"
#include "workflow/PolicyService.h"

#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;

class TestListingCorrection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void approveChangesListing();
    void rejectLeavesListing();
    void fourEyes();
    void fourEyesConfigurable();
    void concurrentDecisionRefused();
    void staleListingRefused();
    void invalidInput();
    void threeWorkingDaysToDecide();

private:
    QString listingValue(const QString &column);
    qint64 listingVersion();

    std::unique_ptr<test::TestDatabase> m_db;
    qint64 m_listing = 0;
};

void TestListingCorrection::init()
{
    m_db = std::make_unique<test::TestDatabase>();
    QVERIFY(m_db->createDemo(20));
    QSqlQuery query(m_db->database().connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM listing ORDER BY id LIMIT 1")) && query.next());
    m_listing = query.value(0).toLongLong();
}

void TestListingCorrection::cleanup()
{
    m_db.reset();
}

QString TestListingCorrection::listingValue(const QString &column)
{
    QSqlQuery query(m_db->database().connection());
    query.exec(QStringLiteral("SELECT %1 FROM listing WHERE id = %2").arg(column).arg(m_listing));
    return query.next() ? query.value(0).toString() : QString();
}

qint64 TestListingCorrection::listingVersion()
{
    return listingValue(QStringLiteral("row_version")).toLongLong();
}

void TestListingCorrection::approveChangesListing()
{
    ListingCorrectionService service(m_db->database());
    const QString before = listingValue(QStringLiteral("obligation"));
    auto id =
        service.registerCorrection(test::officer(), m_listing, QStringLiteral("obligation"),
                                   QStringLiteral("支付货款人民币1000元"), QStringLiteral("court letter 2026-11-02"));
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error()));
    QCOMPARE(listingValue(QStringLiteral("obligation")), before); // nothing changes before the decision
    const qint64 version = listingVersion();
    const ListingCorrection pending = *service.find(id.value());
    QCOMPARE(pending.oldValue, before);
    QVERIFY(
        service
            .decide(test::reviewer(), id.value(), pending.rowVersion, true, QStringLiteral("matches the court letter"))
            .ok());
    QCOMPARE(listingValue(QStringLiteral("obligation")), QStringLiteral("支付货款人民币1000元"));
    QCOMPARE(listingVersion(), version + 1);
    QSqlQuery events(m_db->database().connection());
    QVERIFY(events.exec(
        QStringLiteral("SELECT note FROM listing_event WHERE kind = 6 AND listing_id = %1").arg(m_listing)));
    QVERIFY(events.next());
    QVERIFY(events.value(0).toString().contains(before));
    QCOMPARE(service.find(id.value())->state, ListingCorrection::State::Approved);
    QVERIFY(AuditJournal(m_db->database().connection()).verify().intact);
    // Deciding again is refused.
    QVERIFY(!service
                 .decide(test::reviewer(QStringLiteral("r2")), id.value(), pending.rowVersion + 1, true,
                         QStringLiteral("again"))
                 .ok());
}

void TestListingCorrection::rejectLeavesListing()
{
    ListingCorrectionService service(m_db->database());
    const QString before = listingValue(QStringLiteral("basis_issuer"));
    auto id = service.registerCorrection(test::officer(), m_listing, QStringLiteral("basis_issuer"),
                                         QStringLiteral("另一法院"), QStringLiteral("applicant says so"));
    QVERIFY(id.ok());
    QVERIFY(service.decide(test::reviewer(), id.value(), 1, false, QStringLiteral("no evidence")).ok());
    QCOMPARE(listingValue(QStringLiteral("basis_issuer")), before);
    QCOMPARE(service.find(id.value())->state, ListingCorrection::State::Rejected);
}

void TestListingCorrection::fourEyes()
{
    ListingCorrectionService service(m_db->database());
    const Actor both = test::actorWith(Role::Officer | Role::Reviewer, QStringLiteral("li.na"));
    auto id = service.registerCorrection(both, m_listing, QStringLiteral("performance"), QStringLiteral("1"),
                                         QStringLiteral("partial payment proven"));
    QVERIFY(id.ok());
    const Status own = service.decide(both, id.value(), 1, true, QStringLiteral("ok"));
    QVERIFY(!own.ok());
    QVERIFY(own.error().contains(QStringLiteral("four eyes")));
    QCOMPARE(service.find(id.value())->state, ListingCorrection::State::Pending);
    QVERIFY(service.decide(test::reviewer(), id.value(), 1, true, QStringLiteral("ok")).ok());
    QCOMPARE(listingValue(QStringLiteral("performance")), QStringLiteral("1"));
}

void TestListingCorrection::fourEyesConfigurable()
{
    PolicyService policies(m_db->database());
    SecurityPolicy policy = policies.load();
    policy.fourEyes.insert(QString::fromLatin1(ListingCorrectionService::decisionType), false);
    QVERIFY(policies.save(test::admin(), policy, QStringLiteral("single-officer office")).ok());
    ListingCorrectionService service(m_db->database());
    const Actor both = test::actorWith(Role::Officer | Role::Reviewer, QStringLiteral("li.na"));
    auto id = service.registerCorrection(both, m_listing, QStringLiteral("filing_date"), QStringLiteral("2020-01-02"),
                                         QStringLiteral("typo"));
    QVERIFY(id.ok());
    QVERIFY(service.decide(both, id.value(), 1, true, QStringLiteral("ok")).ok());
}

void TestListingCorrection::concurrentDecisionRefused()
{
    ListingCorrectionService service(m_db->database());
    auto id = service.registerCorrection(test::officer(), m_listing, QStringLiteral("obligation"),
                                         QStringLiteral("新的义务"), QStringLiteral("court letter"));
    QVERIFY(id.ok());
    // Both reviewers opened version 1; the first decides, the second is told and changes nothing.
    QVERIFY(service.decide(test::reviewer(QStringLiteral("first")), id.value(), 1, false, QStringLiteral("no")).ok());
    const Status second =
        service.decide(test::reviewer(QStringLiteral("second")), id.value(), 1, true, QStringLiteral("yes"));
    QVERIFY(!second.ok());
    QVERIFY2(second.error().contains(QStringLiteral("already decided by first")), qPrintable(second.error()));
    QVERIFY(listingValue(QStringLiteral("obligation")) != QStringLiteral("新的义务"));
}

void TestListingCorrection::staleListingRefused()
{
    ListingCorrectionService service(m_db->database());
    auto first = service.registerCorrection(test::officer(), m_listing, QStringLiteral("obligation"),
                                            QStringLiteral("甲"), QStringLiteral("letter A"));
    auto second = service.registerCorrection(test::officer(), m_listing, QStringLiteral("basis_issuer"),
                                             QStringLiteral("乙"), QStringLiteral("letter B"));
    QVERIFY(first.ok() && second.ok());
    QVERIFY(service.decide(test::reviewer(), first.value(), 1, true, QStringLiteral("ok")).ok());
    const QString issuer = listingValue(QStringLiteral("basis_issuer"));
    const Status stale = service.decide(test::reviewer(), second.value(), 1, true, QStringLiteral("ok"));
    QVERIFY(!stale.ok());
    QVERIFY(stale.error().contains(QStringLiteral("changed after")));
    // Rolled back as a whole: the correction is still pending, the listing unchanged.
    QCOMPARE(service.find(second.value())->state, ListingCorrection::State::Pending);
    QCOMPARE(listingValue(QStringLiteral("basis_issuer")), issuer);
}

void TestListingCorrection::invalidInput()
{
    ListingCorrectionService service(m_db->database());
    QVERIFY(!service
                 .registerCorrection(test::officer(), m_listing, QStringLiteral("state"), QStringLiteral("4"),
                                     QStringLiteral("x"))
                 .ok());
    QVERIFY(!service
                 .registerCorrection(test::officer(), m_listing, QStringLiteral("performance"), QStringLiteral("7"),
                                     QStringLiteral("x"))
                 .ok());
    for (const QString &notADate : {QStringLiteral("2020-02-30"), QStringLiteral("2026/01/05"),
                                    QStringLiteral("2026-01-05（据来函）"), QStringLiteral("0026-01-05")})
        QVERIFY2(!service
                      .registerCorrection(test::officer(), m_listing, QStringLiteral("filing_date"), notADate,
                                          QStringLiteral("x"))
                      .ok(),
                 qPrintable(notADate));
    QVERIFY(!service
                 .registerCorrection(test::officer(), 999999, QStringLiteral("obligation"), QStringLiteral("x"),
                                     QStringLiteral("x"))
                 .ok());
    QVERIFY(!service
                 .registerCorrection(test::officer(), m_listing, QStringLiteral("obligation"), QStringLiteral("x"),
                                     QString())
                 .ok());
}

void TestListingCorrection::threeWorkingDaysToDecide()
{
    // Registered on Thursday 24 Sep 2026, before the Mid-Autumn holiday (25–27 Sep): due on
    // Wednesday 30 Sep (SPC rules Art. 9), overdue from the first day after it, holidays or not.
    ListingCorrectionService service(m_db->database());
    auto id = service.registerCorrection(test::officer(), m_listing, QStringLiteral("obligation"),
                                         QStringLiteral("给付 5 万元"), QStringLiteral("court letter"));
    QVERIFY(id.ok());
    QSqlQuery registered(m_db->database().connection());
    // Noon of that day where the tests run (stored in UTC, like every time).
    const QString noon = QDateTime(QDate(2026, 9, 24), QTime(12, 0)).toUTC().toString(Qt::ISODateWithMs);
    QVERIFY(registered.exec(
        QStringLiteral("UPDATE listing_correction SET registered_at = '%1' WHERE id = %2").arg(noon).arg(id.value())));
    auto clockOn = [&](const QDate &today) {
        auto pending = service.pendingWithDeadlines(test::reviewer(), today);
        for (const PendingCorrection &entry : pending.value())
            if (entry.correction.id == id.value())
                return entry;
        return PendingCorrection{};
    };
    QCOMPARE(clockOn(QDate(2026, 9, 24)).dueOn, QDate(2026, 9, 30));
    QCOMPARE(clockOn(QDate(2026, 9, 24)).workingDaysLeft, 3);
    QVERIFY(!clockOn(QDate(2026, 9, 30)).isOverdue());
    QCOMPARE(clockOn(QDate(2026, 10, 5)).workingDaysLeft, -1); // National Day: still one day late
    QVERIFY(clockOn(QDate(2026, 10, 5)).isOverdue());
    QCOMPARE(clockOn(QDate(2026, 10, 9)).workingDaysLeft, -2);
    // Viewed in a year the holiday calendar lacks: overdue all the same, with the reason.
    const PendingCorrection uncounted = clockOn(QDate(2031, 1, 6));
    QVERIFY(uncounted.isOverdue());
    QVERIFY(!uncounted.clockError.isEmpty());
    // Decided, it no longer waits.
    QVERIFY(service.decide(test::reviewer(), id.value(), 1, false, QStringLiteral("no")).ok());
    QCOMPARE(clockOn(QDate(2026, 9, 24)).correction.id, 0);
}

QTEST_GUILESS_MAIN(TestListingCorrection)
#include "test_listing_correction.moc"
