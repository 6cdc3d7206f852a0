// Leaving the list: the repair rule sets chosen by date and the period arithmetic of each tier
// across 2026-04-01; eligibility; the court-list path (revocation, the seven Art. 10 events and
// the end of a fixed period, each with its due date, measures lifted and departments notified;
// the creditor's six-month block); a repair decided under four eyes with its effects; faults
// injected mid-way roll everything back; the expiry batch proposed, confirmed, cancelled.
#include "Actors.h"
#include "Scalar.h"
#include "TestDatabase.h"
#include "domain/RepairEligibility.h"
#include "search/NameKey.h"
#include "search/QueryClassifier.h"
#include "search/SearchEngine.h"
#include "workflow/CourtListService.h"
#include "workflow/DossierService.h"
#include "workflow/ExpiryService.h"
#include "workflow/RepairService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;
using test::scalar;

namespace {

const QDate today = QDate::currentDate();
const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n% proof\n");
const QByteArray png = QByteArrayLiteral("\x89PNG\r\n\x1a\nsigned commitment");

/// Everything the effects of leaving the list touch, to compare before and after a rollback.
QString snapshot(Database &db)
{
    QStringList parts;
    for (const QString &statement :
         {QStringLiteral("SELECT group_concat(id || ':' || state || ':' || deletion_event || ':' || row_version) "
                         "FROM listing"),
          QStringLiteral("SELECT group_concat(id || ':' || state || ':' || row_version) FROM breach_record"),
          QStringLiteral("SELECT group_concat(id || ':' || state || ':' || row_version) FROM repair_application"),
          QStringLiteral("SELECT count(*) FROM measure_application WHERE ended_on IS NULL"),
          QStringLiteral("SELECT count(*) FROM breach_measure_application WHERE ended_on IS NULL"),
          QStringLiteral("SELECT count(*) FROM outgoing_notification"),
          QStringLiteral("SELECT count(*) FROM listing_exit"), QStringLiteral("SELECT count(*) FROM listing_event"),
          QStringLiteral("SELECT count(*) FROM repair_event"), QStringLiteral("SELECT count(*) FROM audit_entry")})
        parts.append(scalar(db, statement).toString());
    return parts.join(u'|');
}

QByteArray ruleCsv(int order36GeneralMinimum)
{
    return QStringLiteral("code,title,document,effective_from,effective_to,tier,minimum_months,maximum_months,"
                          "processing_working_days\n"
                          "old,试行,第58号,2023-05-01,2026-03-31,minor,0,3,10\n"
                          "old,试行,第58号,2023-05-01,2026-03-31,general,3,12,10\n"
                          "old,试行,第58号,2023-05-01,2026-03-31,serious,12,36,10\n"
                          "new,办法,第36号,2026-04-01,,minor,0,3,7\n"
                          "new,办法,第36号,2026-04-01,,general,%1,12,7\n"
                          "new,办法,第36号,2026-04-01,,serious,12,36,7\n")
        .arg(order36GeneralMinimum)
        .toUtf8();
}

} // namespace

class TestRepair : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledRuleSets();
    void periodArithmetic_data();
    void periodArithmetic();
    void ruleSetChosenByApplicationDate();
    void ruleFileErrors_data();
    void ruleFileErrors();
    void eligibilityConditions();
    void art10Events_data();
    void art10Events();
    void revocationAndLateMirror();
    void refusedMirrors();
    void creditorBlockedForSixMonths();
    void repairDecidedWithEffects();
    void repairConditionsAndFourEyes();
    void repairFaultsRollBack_data();
    void repairFaultsRollBack();
    void mirrorFaultsRollBack_data();
    void mirrorFaultsRollBack();
    void expiryBatch();
    void expiryCancelledAndFaulted();
    void dossierKeepsHistory();

private:
    qint64 activeListingWithMeasures(int skip = 0);
    qint64 recordBreach(BreachTier tier, const QDate &decided, int measures = 3);
    qint64 readyApplication(qint64 breachId, const QDate &received);

    test::TestDatabase m_db;
    qint64 m_subjectId = 0;
    QString m_courtCode;
    QList<qint64> m_measureIds;
    QList<qint64> m_departmentIds;
    int m_counter = 0;
};

void TestRepair::initTestCase()
{
    QVERIFY(m_db.createDemo(300));
    Database &db = m_db.database();
    m_subjectId = scalar(db, QStringLiteral("SELECT id FROM subject ORDER BY id LIMIT 1")).toLongLong();
    m_courtCode = scalar(db, QStringLiteral("SELECT code FROM court ORDER BY code LIMIT 1")).toString();
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM measure ORDER BY id LIMIT 3")));
    while (query.next())
        m_measureIds.append(query.value(0).toLongLong());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM department ORDER BY id LIMIT 2")));
    while (query.next())
        m_departmentIds.append(query.value(0).toLongLong());
    QCOMPARE(m_measureIds.size(), 3);
    QCOMPARE(m_departmentIds.size(), 2);
}

qint64 TestRepair::activeListingWithMeasures(int skip)
{
    return scalar(
               m_db.database(),
               QStringLiteral("SELECT l.id FROM listing l WHERE l.state = 1 AND l.period_months = 0 AND EXISTS "
                              "(SELECT 1 FROM measure_application a WHERE a.listing_id = l.id AND a.ended_on IS NULL) "
                              "AND (SELECT count(DISTINCT department_id) FROM measure_application a WHERE "
                              "a.listing_id = l.id) > 1 ORDER BY l.id LIMIT 1 OFFSET ?"),
               {skip})
        .toLongLong();
}

qint64 TestRepair::recordBreach(BreachTier tier, const QDate &decided, int measures)
{
    BreachDraft draft;
    draft.subjectId = m_subjectId;
    draft.tier = tier;
    draft.decisionDate = decided;
    draft.authority = QStringLiteral("某市市场监督管理局");
    draft.documentNumber = QStringLiteral("某市监罚〔%1〕%2号").arg(decided.year()).arg(++m_counter);
    draft.behaviour = QStringLiteral("未按期履行行政处罚决定");
    draft.reason = QStringLiteral("received from the platform");
    // Two measures by the first department, one by the second: two notifications on a repair.
    for (int index = 0; index < measures; ++index)
        draft.measures.append({m_measureIds.at(index % 3), m_departmentIds.at(index == 2 ? 1 : 0)});
    auto id = RepairService(m_db.database()).recordBreach(test::officer(), draft);
    if (!id)
        qWarning() << id.error();
    return id ? id.value() : 0;
}

qint64 TestRepair::readyApplication(qint64 breachId, const QDate &received)
{
    RepairService service(m_db.database());
    RepairDraft draft{breachId, QStringLiteral("张三"), QStringLiteral("13800000000"), received,
                      QStringLiteral("罚款已缴清，已整改")};
    auto id = service.registerApplication(test::officer(), draft);
    if (!id) {
        qWarning() << id.error();
        return 0;
    }
    if (!service.addEvidence(test::officer(), id.value(), RepairEvidenceKind::ProofOfPerformance,
                             QStringLiteral("/scans/缴款凭证.pdf"), pdf)
        || !service.addEvidence(test::officer(), id.value(), RepairEvidenceKind::CreditCommitment,
                                QStringLiteral("承诺书.png"), png))
        return 0;
    const RepairStep accept{RepairState::Accepted, received, QStringLiteral("材料齐全")};
    if (const Status status =
            service.advance(test::officer(), id.value(), service.find(id.value())->rowVersion, accept);
        !status) {
        qWarning() << status.error();
        return 0;
    }
    return id.value();
}

void TestRepair::bundledRuleSets()
{
    auto book = RepairRepository(m_db.database().connection()).ruleBook();
    QVERIFY2(book, qPrintable(book.error()));
    QCOMPARE(book->ruleSets().size(), 2);
    QCOMPARE(book->inForceOn(QDate(2026, 3, 31))->code, QStringLiteral("ndrc-order-58"));
    QCOMPARE(book->inForceOn(QDate(2026, 4, 1))->code, QStringLiteral("ndrc-order-36"));
    QCOMPARE(book->inForceOn(QDate(2031, 1, 1))->code, QStringLiteral("ndrc-order-36"));
    QVERIFY(!book->inForceOn(QDate(2023, 4, 30))); // before the trial measures: reported, not assumed
    for (const RepairRuleSet &set : book->ruleSets()) {
        QCOMPARE(set.period(BreachTier::Minor).maximumMonths, 3);
        QCOMPARE(set.period(BreachTier::General).minimumMonths, 3);
        QCOMPARE(set.period(BreachTier::General).maximumMonths, 12);
        QCOMPARE(set.period(BreachTier::Serious).minimumMonths, 12);
        QCOMPARE(set.period(BreachTier::Serious).maximumMonths, 36);
    }
}

void TestRepair::periodArithmetic_data()
{
    QTest::addColumn<int>("generalMinimumFrom20260401");
    QTest::addColumn<int>("tier");
    QTest::addColumn<QDate>("decided");
    QTest::addColumn<QDate>("applied");
    QTest::addColumn<QString>("ruleSet");
    QTest::addColumn<QDate>("earliest");
    QTest::addColumn<QDate>("stop");
    const int minor = 1;
    const int general = 2;
    const int serious = 3;
    // The rule book of the shipped values (3 months for general under both sets) ...
    QTest::newRow("minor, any time, at most 3 months")
        << 3 << minor << QDate(2026, 1, 15) << QDate(2026, 1, 20) << "old" << QDate(2026, 1, 15) << QDate(2026, 4, 15);
    QTest::newRow("general, month end clamps") << 3 << general << QDate(2025, 11, 30) << QDate(2026, 3, 1) << "old"
                                               << QDate(2026, 2, 28) << QDate(2026, 11, 30);
    QTest::newRow("general, leap day") << 3 << general << QDate(2024, 2, 29) << QDate(2024, 6, 1) << "old"
                                       << QDate(2024, 5, 29) << QDate(2025, 2, 28);
    QTest::newRow("serious, 1 to 3 years")
        << 3 << serious << QDate(2023, 5, 1) << QDate(2024, 6, 1) << "old" << QDate(2024, 5, 1) << QDate(2026, 5, 1);
    QTest::newRow("serious, applied under Order 36")
        << 3 << serious << QDate(2025, 4, 1) << QDate(2026, 4, 1) << "new" << QDate(2026, 4, 1) << QDate(2028, 4, 1);
    // ... and one where Order No. 36 asks 6 months for general breaches: the application's
    // date picks the set, on either side of 2026-04-01.
    QTest::newRow("general, applied 2026-03-31: old set") << 6 << general << QDate(2025, 12, 31) << QDate(2026, 3, 31)
                                                          << "old" << QDate(2026, 3, 31) << QDate(2026, 12, 31);
    QTest::newRow("general, applied 2026-04-01: new set") << 6 << general << QDate(2025, 12, 31) << QDate(2026, 4, 1)
                                                          << "new" << QDate(2026, 6, 30) << QDate(2026, 12, 31);
    QTest::newRow("minor across the change")
        << 6 << minor << QDate(2026, 3, 20) << QDate(2026, 4, 2) << "new" << QDate(2026, 3, 20) << QDate(2026, 6, 20);
    QTest::newRow("serious across the change")
        << 6 << serious << QDate(2025, 3, 31) << QDate(2026, 4, 1) << "new" << QDate(2026, 3, 31) << QDate(2028, 3, 31);
}

void TestRepair::periodArithmetic()
{
    QFETCH(int, generalMinimumFrom20260401);
    QFETCH(int, tier);
    QFETCH(QDate, decided);
    QFETCH(QDate, applied);
    QFETCH(QString, ruleSet);
    QFETCH(QDate, earliest);
    QFETCH(QDate, stop);
    auto book = RepairRuleBook::fromCsv(ruleCsv(generalMinimumFrom20260401), QStringLiteral("rules.csv"));
    QVERIFY2(book, qPrintable(book.error()));
    BreachRecord record;
    record.tier = static_cast<BreachTier>(tier);
    record.decisionDate = decided;
    auto set = book->inForceOn(applied);
    QVERIFY(set);
    QCOMPARE(set->code, ruleSet);
    QCOMPARE(set->earliestRepairDate(record.tier, decided), earliest);
    QCOMPARE(set->automaticStopDate(record.tier, decided), stop);
    auto eligibility = RepairEligibility::evaluate(record, book.value(), applied, true, true);
    QVERIFY(eligibility);
    QCOMPARE(eligibility->ruleSetCode, ruleSet);
    QCOMPARE(eligibility->earliestRepairDate, earliest);
}

void TestRepair::ruleSetChosenByApplicationDate()
{
    // A serious breach decided under the trial measures, applied for under Order No. 36: the
    // application records the set of its own date, and the stored maximum stays that of the
    // decision date.
    const qint64 breach = recordBreach(BreachTier::Serious, QDate(2025, 3, 1));
    QVERIFY(breach > 0);
    RepairService service(m_db.database());
    const auto record = RepairRepository(m_db.database().connection()).findBreach(breach);
    QCOMPARE(record->ruleSet, QStringLiteral("ndrc-order-58"));
    QCOMPARE(record->maximumUntil, QDate(2028, 3, 1));
    auto id = service.registerApplication(
        test::officer(), {breach, QStringLiteral("李四"), {}, QDate(2026, 4, 1), QStringLiteral("已履行")});
    QVERIFY2(id, qPrintable(id.error()));
    QCOMPARE(service.find(id.value())->ruleSet, QStringLiteral("ndrc-order-36"));
    // 10 working days from Wednesday 2026-04-01 over the Qingming holiday (4–6 April): 2026-04-16.
    QCOMPARE(service.find(id.value())->dueOn, QDate(2026, 4, 16));
    // A second application on the same information while the first is open is refused.
    auto second = service.registerApplication(
        test::officer(), {breach, QStringLiteral("李四"), {}, QDate(2026, 4, 2), QStringLiteral("已履行")});
    QVERIFY(!second);
    QVERIFY2(second.error().contains(QString::number(id.value())), qPrintable(second.error()));
    // Overdue from the first day after the due date, also when every day since was a day off:
    // due Thursday 24 Sep 2026, before the Mid-Autumn holiday (25–27 Sep).
    QSqlQuery due(m_db.database().connection());
    QVERIFY(
        due.exec(QStringLiteral("UPDATE repair_application SET due_on = '2026-09-24' WHERE id = %1").arg(id.value())));
    auto caseOn = [&](const QDate &today) {
        auto queue = service.queue(test::officer(), true, today);
        for (const RepairCase &entry : queue.value())
            if (entry.application.id == id.value())
                return entry;
        return RepairCase{};
    };
    QCOMPARE(caseOn(QDate(2026, 9, 24)).daysLeft, 0);
    QVERIFY(!caseOn(QDate(2026, 9, 24)).isOverdue());
    QCOMPARE(caseOn(QDate(2026, 9, 27)).daysLeft, -1);
    QVERIFY(caseOn(QDate(2026, 9, 27)).isOverdue());
    QCOMPARE(caseOn(QDate(2026, 9, 29)).daysLeft, -2);
}

void TestRepair::ruleFileErrors_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("expected");
    const QByteArray header = "code,title,document,effective_from,effective_to,tier,minimum_months,maximum_months,"
                              "processing_working_days\n";
    QTest::newRow("bad tier") << header + "a,t,d,2023-05-01,,grave,0,3,10\n" << QStringLiteral("line 2, field tier");
    QTest::newRow("minimum above maximum")
        << header + "a,t,d,2023-05-01,,minor,0,3,10\na,t,d,2023-05-01,,general,13,12,10\n"
        << QStringLiteral("line 3, field maximum_months");
    QTest::newRow("bad date") << header + "a,t,d,2023-13-01,,minor,0,3,10\n"
                              << QStringLiteral("line 2, field effective_from");
    QTest::newRow("tier missing") << header + "a,t,d,2023-05-01,,minor,0,3,10\na,t,d,2023-05-01,,general,3,12,10\n"
                                  << QStringLiteral("lacks a tier");
    QTest::newRow("tier twice") << header + "a,t,d,2023-05-01,,minor,0,3,10\na,t,d,2023-05-01,,minor,0,3,10\n"
                                << QStringLiteral("line 3, field tier");
    QByteArray overlapping = header;
    for (const char *tier : {"minor", "general", "serious"}) {
        overlapping += QByteArray("a,t,d,2023-05-01,,") + tier + ",0,12,10\n";
        overlapping += QByteArray("b,t,d,2026-04-01,,") + tier + ",0,12,10\n";
    }
    QTest::newRow("sets overlap") << overlapping << QStringLiteral("overlap");
    QTest::newRow("missing column") << QByteArray("code,title\na,b\n") << QStringLiteral("is missing");
}

void TestRepair::ruleFileErrors()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, expected);
    auto book = RepairRuleBook::fromCsv(csv, QStringLiteral("rules.csv"));
    QVERIFY(!book);
    QVERIFY2(book.error().contains(expected), qPrintable(book.error()));
    // Through the service nothing already stored changes.
    const QString before = scalar(m_db.database(), QStringLiteral("SELECT group_concat(code || tier || version) "
                                                                  "FROM repair_rule"))
                               .toString();
    QVERIFY(!RepairService(m_db.database())
                 .importRules(test::admin(), csv, QStringLiteral("rules.csv"), QStringLiteral("update")));
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT group_concat(code || tier || version) FROM repair_rule"))
                 .toString(),
             before);
}

void TestRepair::eligibilityConditions()
{
    auto book = RepairRuleBook::fromCsv(ruleCsv(3), QStringLiteral("rules.csv"));
    QVERIFY(book);
    BreachRecord record;
    record.tier = BreachTier::General;
    record.decisionDate = QDate(2026, 5, 10);
    record.maximumUntil = QDate(2027, 5, 10);
    auto early = RepairEligibility::evaluate(record, book.value(), QDate(2026, 8, 9), false, true);
    QVERIFY(early);
    QVERIFY(!early->eligible());
    QCOMPARE(early->missing().size(), 2); // minimum period and proof of performance
    QCOMPARE(early->missing().at(0).condition, RepairEligibility::Condition::MinimumPeriodReached);
    QCOMPARE(early->missing().at(1).condition, RepairEligibility::Condition::ObligationsPerformed);
    auto ready = RepairEligibility::evaluate(record, book.value(), QDate(2026, 8, 10), true, true);
    QVERIFY(ready->eligible());
    QCOMPARE(ready->automaticStopDate, QDate(2027, 5, 10));
    auto late = RepairEligibility::evaluate(record, book.value(), QDate(2027, 5, 10), true, true);
    QVERIFY(!late->eligible()); // publication has stopped by itself: nothing to repair
    QCOMPARE(late->missing().at(0).condition, RepairEligibility::Condition::StillPublished);
    record.state = BreachState::Repaired;
    QVERIFY(!RepairEligibility::evaluate(record, book.value(), QDate(2026, 9, 1), true, true)->eligible());
}

void TestRepair::art10Events_data()
{
    QTest::addColumn<int>("event");
    QTest::addColumn<int>("skip");
    int skip = 0;
    for (const DeletionEvent event : ListingExitRules::deletionEvents()) {
        if (event != DeletionEvent::PeriodEnded)
            QTest::newRow(qPrintable(deletionEventName(event))) << static_cast<int>(event) << skip++;
    }
}

void TestRepair::art10Events()
{
    QFETCH(int, event);
    QFETCH(int, skip);
    Database &db = m_db.database();
    // Listings left earlier in this function are off the list, so "skip" counts the remaining.
    Q_UNUSED(skip);
    const qint64 listingId = activeListingWithMeasures();
    QVERIFY(listingId > 0);
    const qint64 subjectId =
        scalar(db, QStringLiteral("SELECT subject_id FROM listing WHERE id = ?"), {listingId}).toLongLong();
    const int active = scalar(db,
                              QStringLiteral("SELECT count(*) FROM measure_application WHERE listing_id = ? AND "
                                             "ended_on IS NULL"),
                              {listingId})
                           .toInt();
    const int departments = scalar(db,
                                   QStringLiteral("SELECT count(DISTINCT department_id) FROM measure_application "
                                                  "WHERE listing_id = ? AND ended_on IS NULL"),
                                   {listingId})
                                .toInt();
    const qint64 version =
        scalar(db, QStringLiteral("SELECT row_version FROM listing WHERE id = ?"), {listingId}).toLongLong();
    const int notificationsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM outgoing_notification")).toInt();

    CourtDecision decision;
    decision.kind = ListingExitKind::Deletion;
    decision.event = static_cast<DeletionEvent>(event);
    decision.courtDecidedOn = QDate(2026, 9, 30); // before the National Day holiday of 1–7 October
    decision.documentNumber = QStringLiteral("(2026)京0105执恢12号决定书");
    decision.creditor = QStringLiteral("某银行股份有限公司");
    decision.reason = QStringLiteral("法院决定删除");
    CourtListService service(db);
    auto exitId = service.mirrorDecision(test::officer(), listingId, version, decision, QDate(2026, 10, 9));
    QVERIFY2(exitId, qPrintable(exitId.error()));

    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM listing WHERE id = ?"), {listingId}).toInt(), 4);
    QCOMPARE(scalar(db, QStringLiteral("SELECT deletion_event FROM listing WHERE id = ?"), {listingId}).toInt(), event);
    QCOMPARE(scalar(db, QStringLiteral("SELECT state_date FROM listing WHERE id = ?"), {listingId}).toString(),
             QStringLiteral("2026-09-30"));
    // Due three working days after the decision: 8, 9 and the make-up Saturday 10 October.
    QCOMPARE(scalar(db, QStringLiteral("SELECT due_on FROM listing_exit WHERE id = ?"), {exitId.value()}).toString(),
             QStringLiteral("2026-10-10"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM measure_application WHERE listing_id = ? AND "
                                   "ended_on = '2026-10-09' AND end_reason LIKE '%' || ? || '%'"),
                    {listingId, deletionEventText(static_cast<DeletionEvent>(event))})
                 .toInt(),
             active);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM measure_application WHERE listing_id = ? AND "
                                   "ended_on IS NULL"),
                    {listingId})
                 .toInt(),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outgoing_notification")).toInt() - notificationsBefore,
             departments);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM outgoing_notification WHERE listing_id = ? AND "
                                   "subject_id = ? AND package_id IS NULL"),
                    {listingId, subjectId})
                 .toInt(),
             departments);
    const QString details =
        scalar(db,
               QStringLiteral("SELECT details FROM audit_entry WHERE action = 'listing.delete' AND entity_id = ? "
                              "ORDER BY sequence DESC"),
               {QString::number(listingId)})
            .toString();
    const QJsonObject audited = QJsonDocument::fromJson(details.toUtf8()).object();
    QCOMPARE(audited.value(QStringLiteral("event")).toInt(), event);
    QCOMPARE(audited.value(QStringLiteral("dueOn")).toString(), QStringLiteral("2026-10-10"));
    QCOMPARE(audited.value(QStringLiteral("late")).toBool(), false);
    QCOMPARE(audited.value(QStringLiteral("lifted")).toArray().size(), departments);
    // The listing is no longer active in search.
    SearchEngine engine(db.connection());
    const QString name = scalar(db, QStringLiteral("SELECT name FROM subject WHERE id = ?"), {subjectId}).toString();
    const bool stillListed = scalar(db,
                                    QStringLiteral("SELECT count(*) FROM listing WHERE subject_id = ? AND state IN "
                                                   "(1, 2)"),
                                    {subjectId})
                                 .toInt()
                             > 0;
    const NameKeyBuilder keys;
    SearchRequest request;
    request.query = QueryClassifier(keys).classify(name);
    request.today = QDate(2026, 11, 20);
    auto page = engine.page(request, {}, 200);
    QVERIFY(page);
    bool found = false;
    for (const SearchRow &row : page->rows) {
        if (row.subjectId == subjectId) {
            found = true;
            if (!stillListed)
                QVERIFY(!row.active);
        }
    }
    QVERIFY(found);
}

void TestRepair::revocationAndLateMirror()
{
    Database &db = m_db.database();
    const qint64 listingId = activeListingWithMeasures();
    QVERIFY(listingId > 0);
    const qint64 version =
        scalar(db, QStringLiteral("SELECT row_version FROM listing WHERE id = ?"), {listingId}).toLongLong();
    CourtDecision revoke;
    revoke.kind = ListingExitKind::Revocation;
    revoke.courtDecidedOn = QDate(2026, 9, 24);
    revoke.reason = QStringLiteral("错误纳入，法院撤销");
    // Due 30 September (Mid-Autumn 25–27 September off); recorded on 8 October: late.
    auto exitId = CourtListService(db).mirrorDecision(test::officer(), listingId, version, revoke, QDate(2026, 10, 8));
    QVERIFY2(exitId, qPrintable(exitId.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM listing WHERE id = ?"), {listingId}).toInt(), 3);
    QCOMPARE(scalar(db, QStringLiteral("SELECT due_on FROM listing_exit WHERE id = ?"), {exitId.value()}).toString(),
             QStringLiteral("2026-09-30"));
    const QString details = scalar(db,
                                   QStringLiteral("SELECT details FROM audit_entry WHERE action = 'listing.revoke' "
                                                  "AND entity_id = ?"),
                                   {QString::number(listingId)})
                                .toString();
    QVERIFY(QJsonDocument::fromJson(details.toUtf8()).object().value(QStringLiteral("late")).toBool());
    auto exits = CourtListService(db).exits(
        test::officer(),
        scalar(db, QStringLiteral("SELECT subject_id FROM listing WHERE id = ?"), {listingId}).toLongLong());
    QVERIFY(exits);
    QVERIFY(std::any_of(exits->cbegin(), exits->cend(),
                        [&](const ListingExit &exit) { return exit.id == exitId.value() && exit.wasLate(); }));
}

void TestRepair::refusedMirrors()
{
    Database &db = m_db.database();
    CourtListService service(db);
    const qint64 listingId = activeListingWithMeasures();
    const qint64 version =
        scalar(db, QStringLiteral("SELECT row_version FROM listing WHERE id = ?"), {listingId}).toLongLong();
    const QString before = snapshot(db);
    CourtDecision decision;
    decision.kind = ListingExitKind::Deletion;
    decision.courtDecidedOn = QDate(2026, 10, 12);
    decision.reason = QStringLiteral("test");
    QVERIFY(!service.mirrorDecision(test::officer(), listingId, version, decision, QDate(2026, 10, 13))); // no event
    decision.event = DeletionEvent::CreditorApplied;
    QVERIFY(!service.mirrorDecision(test::officer(), listingId, version, decision, QDate(2026, 10, 13))); // no creditor
    decision.event = DeletionEvent::PeriodEnded;
    auto noPeriod = service.mirrorDecision(test::officer(), listingId, version, decision, QDate(2026, 10, 13));
    QVERIFY(!noPeriod); // a ground-1 listing has no fixed period
    decision.event = DeletionEvent::ObligationPerformed;
    auto stale = service.mirrorDecision(test::officer(), listingId, version - 1, decision, QDate(2026, 10, 13));
    QVERIFY(!stale);
    QVERIFY2(stale.error().contains(QStringLiteral("meanwhile")), qPrintable(stale.error()));
    decision.courtDecidedOn = QDate(2026, 10, 14);
    QVERIFY(!service.mirrorDecision(test::officer(), listingId, version, decision, QDate(2026, 10, 13))); // future
    QVERIFY(!service.mirrorDecision(test::reviewer(), listingId, version, decision, QDate(2026, 10, 14)));
    QCOMPARE(snapshot(db), before);
}

void TestRepair::creditorBlockedForSixMonths()
{
    Database &db = m_db.database();
    CourtListService service(db);
    const qint64 subjectId = scalar(db, QStringLiteral("SELECT id FROM subject ORDER BY id DESC LIMIT 1")).toLongLong();
    ListingDraft draft;
    draft.subjectId = subjectId;
    draft.courtCode = m_courtCode;
    draft.caseNumber = QStringLiteral("(2026)京0105执100号");
    draft.ground = ListingGround::EvadesBySham;
    draft.decisionDate = QDate(2026, 3, 2);
    draft.creditor = QStringLiteral("某银行股份有限公司");
    draft.reason = QStringLiteral("法院决定纳入");
    auto first = service.recordListing(test::officer(), draft);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT period_months FROM listing WHERE id = ?"), {first.value()}).toInt(), 24);
    QCOMPARE(scalar(db, QStringLiteral("SELECT creditor FROM listing WHERE id = ?"), {first.value()}).toString(),
             draft.creditor);
    CourtDecision deletion;
    deletion.kind = ListingExitKind::Deletion;
    deletion.event = DeletionEvent::CreditorApplied;
    deletion.courtDecidedOn = QDate(2026, 5, 11);
    deletion.creditor = QStringLiteral("某銀行股份有限公司"); // written in traditional characters
    deletion.reason = QStringLiteral("申请执行人申请删除");
    QVERIFY(service.mirrorDecision(test::officer(), first.value(), 1, deletion, QDate(2026, 5, 12)));

    // The same creditor (full-width, simplified) asks again within six months: refused.
    draft.caseNumber = QStringLiteral("(2026)京0105执101号");
    draft.decisionDate = QDate(2026, 11, 10);
    draft.creditor = QStringLiteral("某银行股份有限公司 ");
    const QString before = snapshot(db);
    auto blocked = service.recordListing(test::officer(), draft);
    QVERIFY(!blocked);
    QVERIFY2(blocked.error().contains(QStringLiteral("Art. 10")), qPrintable(blocked.error()));
    QCOMPARE(snapshot(db), before);
    // From the day six months after the deletion, and for another creditor, it is allowed.
    draft.decisionDate = QDate(2026, 11, 11);
    QVERIFY2(service.recordListing(test::officer(), draft), "six months have passed");
    draft.caseNumber = QStringLiteral("(2026)京0105执102号");
    draft.decisionDate = QDate(2026, 6, 1);
    draft.creditor = QStringLiteral("另一家公司");
    QVERIFY(service.recordListing(test::officer(), draft));
    // Without a creditor (the court lists on its own motion) nothing blocks.
    draft.caseNumber = QStringLiteral("(2026)京0105执103号");
    draft.creditor.clear();
    QVERIFY(service.recordListing(test::officer(), draft));
    // The same case twice is refused.
    QVERIFY(!service.recordListing(test::officer(), draft));
}

void TestRepair::repairDecidedWithEffects()
{
    Database &db = m_db.database();
    const qint64 breach = recordBreach(BreachTier::General, QDate(2026, 5, 10));
    QVERIFY(breach > 0);
    const qint64 application = readyApplication(breach, QDate(2026, 8, 12));
    QVERIFY(application > 0);
    RepairService service(db);
    auto eligibility = service.eligibility(test::reviewer(), breach, QDate(2026, 8, 20));
    QVERIFY2(eligibility, qPrintable(eligibility.error()));
    QVERIFY(eligibility->eligible());
    QCOMPARE(eligibility->earliestRepairDate, QDate(2026, 8, 10));
    QCOMPARE(eligibility->automaticStopDate, QDate(2027, 5, 10));
    const int notificationsBefore = scalar(db, QStringLiteral("SELECT count(*) FROM outgoing_notification")).toInt();
    const RepairStep repair{RepairState::Repaired, QDate(2026, 8, 20), QStringLiteral("已纠正失信行为并履行义务")};
    const Status decided =
        service.advance(test::reviewer(), application, service.find(application)->rowVersion, repair);
    QVERIFY2(decided, qPrintable(decided.error()));

    const auto record = RepairRepository(db.connection()).findBreach(breach);
    QCOMPARE(record->state, BreachState::Repaired);
    QCOMPARE(record->stoppedOn, QDate(2026, 8, 20));
    QCOMPARE(service.find(application)->state, RepairState::Repaired);
    QCOMPARE(service.find(application)->decidedBy, QStringLiteral("reviewer"));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM breach_measure_application WHERE breach_id = ? AND "
                                   "ended_on = '2026-08-20' AND end_reason LIKE '%' || ? || '%'"),
                    {breach, QString::number(application)})
                 .toInt(),
             3);
    // Two departments applied the three measures: two notifications, one each.
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outgoing_notification")).toInt() - notificationsBefore, 2);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(DISTINCT department_id) FROM outgoing_notification WHERE "
                                   "breach_id = ?"),
                    {breach})
                 .toInt(),
             2);
    auto history = service.history(test::auditor(), application);
    QVERIFY(history);
    QCOMPARE(history->size(), 3); // received, accepted, repaired
    QCOMPARE(history->last().to, RepairState::Repaired);
    QCOMPARE(history->last().details.value(QStringLiteral("lifted")).toArray().size(), 2);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'repair.decide' AND "
                                   "entity_id = ? AND actor = 'reviewer'"),
                    {QString::number(application)})
                 .toInt(),
             1);
    // Nothing further: a decided application takes no step, evidence cannot be added.
    QVERIFY(!service.advance(test::reviewer(), application, service.find(application)->rowVersion, repair));
    QVERIFY(
        !service.addEvidence(test::officer(), application, RepairEvidenceKind::Other, QStringLiteral("x.pdf"), pdf));
    QVERIFY(!service.registerApplication(
        test::officer(), {breach, QStringLiteral("张三"), {}, QDate(2026, 8, 21), QStringLiteral("again")}));
}

void TestRepair::repairConditionsAndFourEyes()
{
    Database &db = m_db.database();
    RepairService service(db);
    // Before the minimum period: refused with the conditions missing, nothing changed.
    const qint64 breach = recordBreach(BreachTier::Serious, QDate(2026, 1, 5));
    const qint64 application = readyApplication(breach, QDate(2026, 6, 1));
    QVERIFY(application > 0);
    const QString before = snapshot(db);
    const RepairStep repair{RepairState::Repaired, QDate(2026, 6, 2), QStringLiteral("ok")};
    const Status early = service.advance(test::reviewer(), application, service.find(application)->rowVersion, repair);
    QVERIFY(!early);
    QVERIFY2(early.error().contains(QStringLiteral("2027")), qPrintable(early.error())); // not before 5 Jan 2027
    QCOMPARE(snapshot(db), before);

    // Without a credit commitment: refused, naming what is missing.
    const qint64 second = recordBreach(BreachTier::General, QDate(2026, 1, 5));
    auto id = service.registerApplication(
        test::officer(), {second, QStringLiteral("王五"), {}, QDate(2026, 6, 1), QStringLiteral("已履行")});
    QVERIFY(id);
    QVERIFY(service.addEvidence(test::officer(), id.value(), RepairEvidenceKind::ProofOfPerformance,
                                QStringLiteral("proof.pdf"), pdf));
    QVERIFY(!service.addEvidence(test::officer(), id.value(), RepairEvidenceKind::CreditCommitment,
                                 QStringLiteral("commitment.docx"), QByteArrayLiteral("PK\x03\x04word")));
    QVERIFY(service.advance(test::officer(), id.value(), service.find(id.value())->rowVersion,
                            {RepairState::Accepted, QDate(2026, 6, 1), QStringLiteral("受理")}));
    auto withoutCommitment = service.eligibility(test::officer(), second, QDate(2026, 6, 2));
    QVERIFY(withoutCommitment);
    QCOMPARE(withoutCommitment->missing().size(), 1);
    QCOMPARE(withoutCommitment->missing().first().condition, RepairEligibility::Condition::CreditCommitmentGiven);
    const Status missing = service.advance(test::reviewer(), id.value(), service.find(id.value())->rowVersion,
                                           {RepairState::Repaired, QDate(2026, 6, 2), QStringLiteral("ok")});
    QVERIFY(!missing);
    QVERIFY2(missing.error().contains(
                 RepairEligibility::evaluate(BreachRecord{}, RepairRuleSet{}, QDate(2026, 1, 1), false, false)
                     .checks.at(3)
                     .text),
             qPrintable(missing.error()));

    // Four eyes: an officer who is also a reviewer may not decide what they registered.
    const Actor both = test::actorWith(Role::Officer | Role::Reviewer, QStringLiteral("officer"));
    QVERIFY(service.addEvidence(both, id.value(), RepairEvidenceKind::CreditCommitment, QStringLiteral("c.pdf"), pdf));
    const Status own = service.advance(both, id.value(), service.find(id.value())->rowVersion,
                                       {RepairState::Repaired, QDate(2026, 6, 2), QStringLiteral("ok")});
    QVERIFY(!own);
    QVERIFY2(own.error().contains(QStringLiteral("four eyes")), qPrintable(own.error()));
    // An officer may not decide at all; a reviewer may not take the officer's intake steps.
    QVERIFY(!service.advance(test::officer(QStringLiteral("other")), id.value(), service.find(id.value())->rowVersion,
                             {RepairState::Refused, QDate(2026, 6, 2), QStringLiteral("no")}));
    // A stale version is refused.
    QVERIFY(!service.advance(test::reviewer(), id.value(), service.find(id.value())->rowVersion - 1,
                             {RepairState::Repaired, QDate(2026, 6, 2), QStringLiteral("ok")}));
    // Two reviewers: the second, reading the same version, finds it decided.
    const qint64 version = service.find(id.value())->rowVersion;
    QVERIFY(service.advance(test::reviewer(QStringLiteral("r1")), id.value(), version,
                            {RepairState::Repaired, QDate(2026, 6, 2), QStringLiteral("ok")}));
    QVERIFY(!service.advance(test::reviewer(QStringLiteral("r2")), id.value(), version,
                             {RepairState::Refused, QDate(2026, 6, 2), QStringLiteral("no")}));
    QCOMPARE(service.find(id.value())->state, RepairState::Repaired);
}

void TestRepair::repairFaultsRollBack_data()
{
    QTest::addColumn<QString>("point");
    QTest::newRow("after publication stopped") << QStringLiteral("after-stop");
    QTest::newRow("after measures lifted") << QStringLiteral("after-lifting");
    QTest::newRow("before the audit entry") << QStringLiteral("before-audit");
}

void TestRepair::repairFaultsRollBack()
{
    QFETCH(QString, point);
    Database &db = m_db.database();
    const qint64 breach = recordBreach(BreachTier::General, QDate(2026, 2, 2));
    const qint64 application = readyApplication(breach, QDate(2026, 6, 1));
    QVERIFY(application > 0);
    RepairService service(db);
    const QString before = snapshot(db);
    QStringList reached;
    service.setFaultInjection([&](const QString &at) -> Status {
        reached.append(at);
        return at == point ? Status{Error{QStringLiteral("injected")}} : Status{};
    });
    const Status decided = service.advance(test::reviewer(), application, service.find(application)->rowVersion,
                                           {RepairState::Repaired, QDate(2026, 6, 3), QStringLiteral("ok")});
    QVERIFY(!decided);
    QCOMPARE(decided.error(), QStringLiteral("injected"));
    QCOMPARE(reached.last(), point);
    QCOMPARE(snapshot(db), before);
    service.setFaultInjection({});
    QVERIFY(service.advance(test::reviewer(), application, service.find(application)->rowVersion,
                            {RepairState::Repaired, QDate(2026, 6, 3), QStringLiteral("ok")}));
    QVERIFY(snapshot(db) != before);
}

void TestRepair::mirrorFaultsRollBack_data()
{
    QTest::addColumn<QString>("point");
    QTest::newRow("after the state change") << QStringLiteral("after-state");
    QTest::newRow("before the audit entry") << QStringLiteral("before-audit");
}

void TestRepair::mirrorFaultsRollBack()
{
    QFETCH(QString, point);
    Database &db = m_db.database();
    const qint64 listingId = activeListingWithMeasures();
    const qint64 version =
        scalar(db, QStringLiteral("SELECT row_version FROM listing WHERE id = ?"), {listingId}).toLongLong();
    const QString before = snapshot(db);
    CourtListService service(db);
    service.setFaultInjection([&](const QString &at) -> Status {
        return at == point ? Status{Error{QStringLiteral("injected")}} : Status{};
    });
    CourtDecision decision;
    decision.kind = ListingExitKind::Deletion;
    decision.event = DeletionEvent::EnforcementTerminated;
    decision.courtDecidedOn = QDate(2026, 11, 2);
    decision.reason = QStringLiteral("终结执行");
    QVERIFY(!service.mirrorDecision(test::officer(), listingId, version, decision, QDate(2026, 11, 3)));
    QCOMPARE(snapshot(db), before);
}

void TestRepair::expiryBatch()
{
    Database &db = m_db.database();
    CourtListService court(db);
    // A ground-3 listing decided 2024-10-08 ends its two years on 2026-10-08.
    const qint64 subjectId =
        scalar(db, QStringLiteral("SELECT id FROM subject ORDER BY id LIMIT 1 OFFSET 5")).toLongLong();
    ListingDraft draft;
    draft.subjectId = subjectId;
    draft.courtCode = m_courtCode;
    draft.caseNumber = QStringLiteral("(2024)京0105执900号");
    draft.ground = ListingGround::EvadesBySham;
    draft.decisionDate = QDate(2024, 10, 8);
    draft.reason = QStringLiteral("test");
    auto expired = court.recordListing(test::officer(), draft);
    QVERIFY2(expired, qPrintable(expired.error()));
    draft.caseNumber = QStringLiteral("(2024)京0105执902号"); // changes after the proposal
    draft.decisionDate = QDate(2024, 10, 9);
    auto changing = court.recordListing(test::officer(), draft);
    QVERIFY(changing);
    draft.caseNumber = QStringLiteral("(2025)京0105执901号"); // still running
    draft.decisionDate = QDate(2025, 10, 8);
    auto running = court.recordListing(test::officer(), draft);
    QVERIFY(running);
    const qint64 minor = recordBreach(BreachTier::Minor, QDate(2026, 7, 1)); // stops 2026-10-01
    const qint64 serious = recordBreach(BreachTier::Serious, QDate(2026, 7, 1));
    QVERIFY(minor > 0 && serious > 0);

    ExpiryService service(db);
    const QString before = snapshot(db);
    auto proposal = service.propose(test::officer(), QDate(2026, 11, 26));
    QVERIFY2(proposal, qPrintable(proposal.error()));
    QCOMPARE(snapshot(db), before); // proposing changes nothing
    auto listed =
        std::find_if(proposal->listings.cbegin(), proposal->listings.cend(),
                     [&](const ExpiryProposal::ListingItem &item) { return item.listing.id == expired.value(); });
    QVERIFY(listed != proposal->listings.cend());
    QCOMPARE(listed->periodEnd, QDate(2026, 10, 8));
    QCOMPARE(listed->dueOn, QDate(2026, 10, 12)); // Friday 9, make-up Saturday 10, Monday 12
    QVERIFY(listed->overdue);
    QVERIFY(std::none_of(proposal->listings.cbegin(), proposal->listings.cend(),
                         [&](const ExpiryProposal::ListingItem &item) { return item.listing.id == running.value(); }));
    QVERIFY(std::any_of(proposal->breaches.cbegin(), proposal->breaches.cend(),
                        [&](const ExpiryProposal::BreachItem &item) { return item.record.id == minor; }));
    QVERIFY(std::none_of(proposal->breaches.cbegin(), proposal->breaches.cend(),
                         [&](const ExpiryProposal::BreachItem &item) { return item.record.id == serious; }));
    for (const ExpiryProposal::ListingItem &item : proposal->listings)
        QVERIFY(item.periodEnd < QDate(2026, 11, 26));

    // One entry changes meanwhile: it is skipped and reported, the rest is applied.
    CourtDecision performed;
    performed.kind = ListingExitKind::Deletion;
    performed.event = DeletionEvent::ObligationPerformed;
    performed.courtDecidedOn = QDate(2026, 11, 20);
    performed.reason = QStringLiteral("履行完毕");
    QVERIFY(court.mirrorDecision(test::officer(), changing.value(), 1, performed, QDate(2026, 11, 21)));

    // A proposal for a day still to come is refused: nothing leaves before its time.
    ExpiryProposal future = proposal.value();
    future.asOf = QDate::currentDate().addDays(1);
    QVERIFY(!service.confirm(test::officer(), future, QStringLiteral("too early")));
    const int auditBefore = scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry")).toInt();
    QVERIFY(!service.confirm(test::reviewer(), proposal.value(), QStringLiteral("reviewer may not")));
    QVERIFY(!service.confirm(test::officer(), proposal.value(), QStringLiteral(" ")));
    auto outcome = service.confirm(test::officer(), proposal.value(), QStringLiteral("到期删除，已核对"));
    QVERIFY2(outcome, qPrintable(outcome.error()));
    QCOMPARE(outcome->skipped.size(), 1);
    QCOMPARE(outcome->listingsDeleted, proposal->listings.size() - 1);
    QCOMPARE(outcome->breachesStopped, proposal->breaches.size());
    // Each entry has its own audit entry.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM audit_entry WHERE sequence > (SELECT max(sequence) - ? "
                                   "FROM audit_entry) AND action IN ('listing.expire', 'breach.expire')"),
                    {static_cast<int>(proposal->size() - 1)})
                 .toInt(),
             static_cast<int>(proposal->size() - 1));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_entry")).toInt() - auditBefore,
             static_cast<int>(proposal->size() - 1));
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT state || ':' || deletion_event || ':' || state_date FROM listing "
                                   "WHERE id = ?"),
                    {expired.value()})
                 .toString(),
             QStringLiteral("4:8:2026-10-08"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT state FROM listing WHERE id = ?"), {running.value()}).toInt(), 1);
    QCOMPARE(RepairRepository(db.connection()).findBreach(minor)->state, BreachState::Expired);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM breach_measure_application WHERE breach_id = ? AND "
                                   "ended_on IS NULL"),
                    {minor})
                 .toInt(),
             0);
    // Nothing is left to propose.
    auto again = service.propose(test::officer(), QDate(2026, 11, 26));
    QVERIFY(again);
    QVERIFY2(again->isEmpty(), qPrintable(QString::number(again->size())));
}

void TestRepair::expiryCancelledAndFaulted()
{
    Database &db = m_db.database();
    const qint64 first = recordBreach(BreachTier::Minor, QDate(2026, 6, 1));
    const qint64 second = recordBreach(BreachTier::Minor, QDate(2026, 6, 2));
    QVERIFY(first > 0 && second > 0);
    ExpiryService service(db);
    auto proposal = service.propose(test::officer(), QDate(2026, 11, 26));
    QVERIFY(proposal);
    QCOMPARE(proposal->size(), 2);
    const QString before = snapshot(db);
    int calls = 0;
    auto cancelled = service.confirm(test::officer(), proposal.value(), QStringLiteral("ok"), [&](int done, int total) {
        ++calls;
        return !(done == 1 && total == 2);
    });
    QVERIFY(!cancelled);
    QCOMPARE(calls, 1);
    QCOMPARE(snapshot(db), before);
    QVERIFY(service.confirm(test::officer(), proposal.value(), QStringLiteral("ok")));
    QCOMPARE(RepairRepository(db.connection()).findBreach(second)->state, BreachState::Expired);
}

void TestRepair::dossierKeepsHistory()
{
    Database &db = m_db.database();
    auto dossier = DossierService(db).open(test::officer(), m_subjectId);
    QVERIFY2(dossier, qPrintable(dossier.error()));
    QVERIFY(!dossier->breaches.isEmpty());
    QVERIFY(std::any_of(dossier->breaches.cbegin(), dossier->breaches.cend(),
                        [](const BreachRecord &record) { return record.state == BreachState::Repaired; }));
    QVERIFY(std::any_of(dossier->repairs.cbegin(), dossier->repairs.cend(), [](const RepairApplication &application) {
        return application.state == RepairState::Repaired;
    }));
    // Measures of repaired information are still listed, with their end and its reason.
    QVERIFY(std::any_of(dossier->measures.cbegin(), dossier->measures.cend(), [](const AppliedMeasure &measure) {
        return measure.breachId > 0 && measure.endedOn.isValid() && !measure.endReason.isEmpty();
    }));
    const QList<TimelineEntry> timeline = dossier->timeline();
    QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(), [](const TimelineEntry &entry) {
        return entry.what == repairStateText(RepairState::Repaired);
    }));
    QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(), [](const TimelineEntry &entry) {
        return entry.what == breachStateText(BreachState::Repaired);
    }));
}

QTEST_GUILESS_MAIN(TestRepair)
#include "test_repair.moc"
