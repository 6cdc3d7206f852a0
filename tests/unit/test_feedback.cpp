// Departments' feedback on applied measures: recorded by an officer with its handling, result,
// action, day (not before the measure, not after it was lifted, not after today) and reporter,
// audited, counted in the statistics, shown in the dossier and carried by the next outgoing
// package; every wrong field refused with its name and nothing written; roles without the
// permission refused.
#include "Actors.h"
#include "Scalar.h"
#include "TestDatabase.h"
#include "exchange/ExchangePackage.h"
#include "item/DossierModel.h"
#include "workflow/DossierService.h"
#include "workflow/ExchangeService.h"
#include "workflow/FeedbackService.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;
using test::scalar;

class TestFeedback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void recordsAuditsAndCounts();
    void refusesWrongFields_data();
    void refusesWrongFields();
    void onlyOfficersRecord();
    void dossierShowsItAndPackageCarriesIt();

private:
    qint64 count(const char *table);
    test::TestDatabase m_db;
    qint64 m_application = 0;
    QDate m_started;
    qint64 m_subject = 0;
    qint64 m_lifted = 0; ///< an application that has ended
    QDate m_liftedOn;
    QDate m_today{2026, 11, 27};
};

void TestFeedback::initTestCase()
{
    QVERIFY(m_db.createDemo(150));
    // An application still in force, without feedback yet.
    QSqlQuery query(m_db.database().connection());
    QVERIFY(query.exec(QStringLiteral(
        "SELECT a.id, a.started_on, l.subject_id FROM measure_application a JOIN listing l ON l.id = a.listing_id "
        "WHERE a.ended_on IS NULL AND a.started_on <= '2026-11-01' AND NOT EXISTS (SELECT 1 FROM measure_feedback f "
        "WHERE f.application_id = a.id) ORDER BY a.id LIMIT 1")));
    QVERIFY(query.next());
    m_application = query.value(0).toLongLong();
    m_started = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    m_subject = query.value(2).toLongLong();
    QVERIFY(m_application > 0 && m_started.isValid());
    // One that has ended: lifted, or ended with its listing.
    QVERIFY(query.exec(QStringLiteral("SELECT id, ended_on FROM measure_application WHERE ended_on IS NOT NULL AND "
                                      "ended_on < '2026-11-01' ORDER BY id LIMIT 1")));
    if (query.next()) {
        m_lifted = query.value(0).toLongLong();
        m_liftedOn = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    } else {
        // The demo has none: end one.
        QVERIFY(query.exec(QStringLiteral(
            "UPDATE measure_application SET ended_on = date(started_on, '+30 days') "
            "WHERE id = (SELECT max(id) FROM measure_application WHERE started_on < '2026-06-01') RETURNING id, "
            "ended_on")));
        QVERIFY(query.next());
        m_lifted = query.value(0).toLongLong();
        m_liftedOn = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    }
    QVERIFY(m_lifted > 0 && m_liftedOn.isValid());
}

qint64 TestFeedback::count(const char *table)
{
    return scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
}

void TestFeedback::recordsAuditsAndCounts()
{
    const qint64 withFeedbackBefore =
        scalar(m_db.database(), QStringLiteral("SELECT coalesce(sum(with_feedback), 0) FROM statistics_measure WHERE "
                                               "area = ''"))
            .toLongLong();
    FeedbackService service(m_db.database());
    const Feedback entry{1, QStringLiteral("  招标资格申请被拒绝  "), QStringLiteral("依据本措施拒绝"),
                         m_started.addDays(3), QStringLiteral("测试市住房和城乡建设局")};
    auto id = service.record(test::officer(), m_application, entry, m_today);
    QVERIFY2(id, qPrintable(id ? QString() : id.error()));
    QCOMPARE(
        scalar(m_db.database(),
               QStringLiteral("SELECT handling_type || '|' || result || '|' || action || '|' || occurred_on || '|' "
                              "|| reported_by FROM measure_feedback WHERE id = %1")
                   .arg(id.value()))
            .toString(),
        QStringLiteral("1|招标资格申请被拒绝|依据本措施拒绝|%1|测试市住房和城乡建设局")
            .arg(m_started.addDays(3).toString(Qt::ISODate)));
    // Audited with the actor, the application and the subject.
    const QJsonObject details =
        QJsonDocument::fromJson(
            scalar(m_db.database(), QStringLiteral("SELECT details FROM audit_entry WHERE action = "
                                                   "'feedback.record' ORDER BY sequence DESC LIMIT 1"))
                .toString()
                .toUtf8())
            .object();
    QCOMPARE(details.value(QStringLiteral("application")).toInteger(), m_application);
    QCOMPARE(details.value(QStringLiteral("subject")).toInteger(), m_subject);
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT actor FROM audit_entry WHERE action = 'feedback.record' "
                                                    "ORDER BY sequence DESC LIMIT 1"))
                 .toString(),
             test::officer().userName);
    // The statistics count the application as answered.
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT coalesce(sum(with_feedback), 0) FROM statistics_measure "
                                                    "WHERE area = ''"))
                 .toLongLong(),
             withFeedbackBefore + 1);
}

void TestFeedback::refusesWrongFields_data()
{
    QTest::addColumn<int>("handling");
    QTest::addColumn<QString>("result");
    QTest::addColumn<QString>("reportedBy");
    QTest::addColumn<int>("daysAfterStart");
    QTest::addColumn<qint64>("application");
    QTest::addColumn<QString>("field");
    const QString office = QStringLiteral("某局");
    const QString restricted = QStringLiteral("已限制");
    QTest::newRow("no handling") << 0 << QStringLiteral("已拦截") << office << 1 << qint64(0)
                                 << QStringLiteral("Handling");
    QTest::newRow("empty result") << 2 << QStringLiteral("   ") << office << 1 << qint64(0) << QStringLiteral("Result");
    QTest::newRow("no reporter") << 2 << restricted << QString() << 1 << qint64(0) << QStringLiteral("Reported by");
    QTest::newRow("before applied") << 2 << restricted << office << -1 << qint64(0)
                                    << QStringLiteral("before the measure");
    QTest::newRow("in the future") << 2 << restricted << office << 100000 << qint64(0) << QStringLiteral("future");
    QTest::newRow("no application") << 2 << restricted << office << 1 << qint64(999999) << QStringLiteral("999999");
    // -1: the application that has ended, a day after it ended.
    QTest::newRow("after lifted") << 2 << restricted << office << 1 << qint64(-1) << QStringLiteral("lifted");
}

void TestFeedback::refusesWrongFields()
{
    QFETCH(int, handling);
    QFETCH(QString, result);
    QFETCH(QString, reportedBy);
    QFETCH(int, daysAfterStart);
    QFETCH(qint64, application);
    QFETCH(QString, field);
    const qint64 entries = count("measure_feedback");
    const qint64 audit = count("audit_entry");
    QDate day = daysAfterStart > 50000 ? m_today.addDays(1) : m_started.addDays(daysAfterStart);
    qint64 target = application > 0 ? application : m_application;
    if (application < 0) {
        target = m_lifted;
        day = m_liftedOn.addDays(1);
    }
    auto refused = FeedbackService(m_db.database())
                       .record(test::officer(), target, {handling, result, QString(), day, reportedBy}, m_today);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(field), qPrintable(refused.error()));
    QCOMPARE(count("measure_feedback"), entries);
    QCOMPARE(count("audit_entry"), audit);
}

void TestFeedback::onlyOfficersRecord()
{
    const qint64 entries = count("measure_feedback");
    for (const Actor &actor : {test::reviewer(), test::auditor()}) {
        auto refused =
            FeedbackService(m_db.database())
                .record(actor, m_application,
                        {3, QStringLiteral("核查无业务"), QString(), m_started, QStringLiteral("某局")}, m_today);
        QVERIFY(!refused);
    }
    QCOMPARE(count("measure_feedback"), entries);
}

void TestFeedback::dossierShowsItAndPackageCarriesIt()
{
    DossierService dossiers(m_db.database());
    FeedbackService feedback(m_db.database());
    DossierModel model(dossiers, test::officer());
    model.setFeedbackService(&feedback);
    QVERIFY(model.mayRecordFeedback());
    QVERIFY(model.load(m_subject, m_today));
    const Feedback entry{4, QStringLiteral("已提醒申请人"), QString(), m_started.addDays(5), QStringLiteral("某局")};
    const qint64 id = model.recordFeedback(m_application, entry);
    QVERIFY2(id > 0, qPrintable(model.error()));
    // The dossier, reloaded, shows it under its measure.
    bool shown = false;
    MeasureTreeModel *measures = model.measures();
    for (int category = 0; category < measures->rowCount(); ++category) {
        const QModelIndex categoryIndex = measures->index(category, 0);
        for (int row = 0; row < measures->rowCount(categoryIndex); ++row) {
            const QModelIndex measureIndex = measures->index(row, 0, categoryIndex);
            const AppliedMeasure *measure = measures->measureAt(measureIndex);
            QVERIFY(measure);
            for (int f = 0; f < measures->rowCount(measureIndex); ++f)
                shown = shown
                        || (measure->id == m_application
                            && measures->index(f, 0, measureIndex).data().toString().contains(entry.result));
        }
    }
    QVERIFY(shown);
    // A reviewer's dossier offers no recording.
    DossierModel readOnly(dossiers, test::reviewer());
    readOnly.setFeedbackService(&feedback);
    QVERIFY(!readOnly.mayRecordFeedback());
    // The next outgoing package carries the entries.
    const QString path = m_db.folder() + QStringLiteral("/out.jsonl");
    auto exported = ExchangeService(m_db.database()).exportFeedback(test::officer(), 0, path);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error()));
    auto reader = PackageReader::openFile(path);
    QVERIFY(reader);
    QList<PackageProblem> problems;
    int carried = 0;
    while (auto record = reader.value()->next(problems)) {
        if (record->fields.value(QStringLiteral("type")).toString() == QLatin1String("feedback")
            && record->fields.value(QStringLiteral("result")).toString() == entry.result)
            ++carried;
    }
    QCOMPARE(carried, 1);
}

QTEST_MAIN(TestFeedback)
#include "test_feedback.moc"
