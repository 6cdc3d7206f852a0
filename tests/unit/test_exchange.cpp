// Exchange packages: a package applied whole (subjects found by search keys, listings, state
// changes, measure applications, departments); the same package twice changing nothing; a
// package with faults rejected with line, field and reason and nothing written; a damaged body
// rejected; a package ahead of its sequence waiting and applied when the gap is filled; a cancel
// writing nothing; a case number in the other bracket form meaning the same listing; a key and
// an identifier of different subjects refused; a waiting package that cannot be applied at its
// turn dropped so a corrected one can follow; feedback packages out, each after the previous
// one; the reader on odd input; a package larger than the cache written with its search
// indexes suspended and rebuilt, with the same search entries, dates and statistics as row by
// row, and a cancel in the middle of it leaving the schema whole; the writes through SQLite's
// own interface giving the same rows and statistics as the writes through Qt SQL; faults far
// apart in a large package each reported, the record after a line that is not JSON still read;
// a listing's period extended by the court's later decision within SPC rules Art. 2; a person's
// sex and birth date taken from the ID number when the record leaves them out.
#include "Actors.h"
#include "PackageFile.h"
#include "Scalar.h"
#include "TestDatabase.h"
#include "domain/CreditCode.h"
#include "domain/IdNumber.h"
#include "exchange/ExchangePackage.h"
#include "store/NativeSqlite.h"
#include "store/SchemaWriteFloor.h"
#include "store/StatisticsRepository.h"
#include "workflow/CourtListService.h"
#include "workflow/DossierService.h"
#include "workflow/ExchangeService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace creditdesk;
using test::scalar;

class TestExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void appliesWholePackage();
    void samePackageTwiceChangesNothing();
    void faultsRejectWithLineAndField();
    void damagedBodyIsRejected();
    void outOfSequenceWaits();
    void cancelWritesNothing();
    void sameCaseIsTheSameListing();
    void waitingPackageThatFailsIsDropped();
    void feedbackPackagesFollowEachOther();
    void readerOnOddInput();
    void largePackageRebuildsSearchIndexes();
    void directWritesEqualQtWrites();
    void faultsFarApartAreAllReported();
    void engineFloorWritesWhatAnImportWrites();
    void listingsFollowTheCourtRules();
    void listingMovedOntoAnotherCaseIsNamed();
    void extensionsFollowTheCourtRules();
    void datesFollowTheCourtsOrder();
    void recordsWithFaultsAreNotNamedMissing();
    void waitingPackageTheDeskFailsIsKept();
    void creditorRefusedForSixMonths();

private:
    /// A valid resident ID number from a serial.
    static QString idNumber(int serial);
    QString writePackage(const QString &name, const QString &packageId, qint64 sequence,
                         const QList<QJsonObject> &records);
    qint64 count(const char *table);
    /// The sequence number of the next package from the source "province".
    qint64 nextSequence();
    /// Writes \a records as package \a name, number \a number, and imports it on \a today.
    Result<ExchangeService::ImportReport> importRecords(const QString &name, qint64 number,
                                                        const QList<QJsonObject> &records, const QDate &today);
    /// Each problem as "LINE FIELD".
    static QStringList problemsOf(const ExchangeService::ImportReport &report);
    test::TestDatabase m_db;
    QString m_court;
    QString m_measure;
    QString m_department;
};

void TestExchange::initTestCase()
{
    QVERIFY(m_db.createDemo(200));
    m_court = scalar(m_db.database(), QStringLiteral("SELECT min(code) FROM court")).toString();
    m_measure = scalar(m_db.database(), QStringLiteral("SELECT s.code || '/' || m.category_number || '/' || "
                                                       "m.item_number FROM measure m JOIN measure_source s ON s.id = "
                                                       "m.source_id ORDER BY m.id LIMIT 1"))
                    .toString();
    m_department = scalar(m_db.database(), QStringLiteral("SELECT min(name) FROM department")).toString();
    QVERIFY(!m_court.isEmpty() && !m_measure.isEmpty() && !m_department.isEmpty());
}

QString TestExchange::idNumber(int serial)
{
    const QString first17 = QStringLiteral("11010119800101%1").arg(serial % 1000, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QString TestExchange::writePackage(const QString &name, const QString &packageId, qint64 sequence,
                                   const QList<QJsonObject> &records)
{
    return test::writePackage(m_db.folder() + u'/' + name, packageId, sequence, records);
}

qint64 TestExchange::count(const char *table)
{
    return scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
}

qint64 TestExchange::nextSequence()
{
    return scalar(m_db.database(), QStringLiteral("SELECT coalesce(max(sequence), 0) + 1 FROM exchange_package WHERE "
                                                  "direction = 'in' AND source = 'province' AND state = 'applied'"))
        .toLongLong();
}

Result<ExchangeService::ImportReport> TestExchange::importRecords(const QString &name, qint64 number,
                                                                  const QList<QJsonObject> &records, const QDate &today)
{
    const QString path =
        writePackage(name + QStringLiteral(".jsonl"), QStringLiteral("package-") + name, number, records);
    ExchangeService service(m_db.database());
    service.setToday(today);
    return service.importPackage(test::officer(), path);
}

QStringList TestExchange::problemsOf(const ExchangeService::ImportReport &report)
{
    QStringList all;
    for (const PackageProblem &problem : report.problems)
        all.append(QStringLiteral("%1 %2").arg(problem.line).arg(problem.field));
    return all;
}

void TestExchange::appliesWholePackage()
{
    const qint64 subjects = count("subject");
    const qint64 listings = count("listing");
    const qint64 applications = count("measure_application");
    const QList<QJsonObject> records = {
        {{QStringLiteral("type"), QStringLiteral("department")},
         {QStringLiteral("name"), QStringLiteral("测试市税务局")}},
        {{QStringLiteral("type"), QStringLiteral("subject")},
         {QStringLiteral("key"), QStringLiteral("S1")},
         {QStringLiteral("kind"), QStringLiteral("person")},
         {QStringLiteral("name"), QStringLiteral("欧阳交换")},
         {QStringLiteral("id_number"), idNumber(11)}},
        {{QStringLiteral("type"), QStringLiteral("listing")},
         {QStringLiteral("key"), QStringLiteral("L1")},
         {QStringLiteral("subject"), QStringLiteral("S1")},
         {QStringLiteral("court"), m_court},
         {QStringLiteral("case_number"), QStringLiteral("(2026)京0101执901号")},
         {QStringLiteral("ground"), 1},
         {QStringLiteral("decision_date"), QStringLiteral("2026-10-08")}},
        {{QStringLiteral("type"), QStringLiteral("measure_application")},
         {QStringLiteral("key"), QStringLiteral("A1")},
         {QStringLiteral("listing"), QStringLiteral("L1")},
         {QStringLiteral("measure"), m_measure},
         {QStringLiteral("department"), QStringLiteral("测试市税务局")},
         {QStringLiteral("started_on"), QStringLiteral("2026-10-09")}},
    };
    const QString path = writePackage(QStringLiteral("p1.jsonl"), QStringLiteral("package-1"), 1, records);
    QVERIFY(!path.isEmpty());
    ExchangeService service(m_db.database());
    auto report = service.importPackage(test::officer(), path);
    QVERIFY(report);
    QVERIFY2(report->outcome == ExchangeService::ImportReport::Outcome::Applied,
             qPrintable(report->problems.value(0).text()));
    QCOMPARE(report->records, 4);
    QCOMPARE(count("subject"), subjects + 1);
    QCOMPARE(count("listing"), listings + 1);
    QCOMPARE(count("measure_application"), applications + 1);
    // The new subject is found by its search keys (name key, pinyin) like any other.
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM subject WHERE name = '欧阳交换' AND "
                                                    "pinyin_key LIKE '%ouyang%'"))
                 .toInt(),
             1);
    QCOMPARE(
        scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM audit_entry WHERE action = 'exchange.import'"))
            .toInt(),
        1);
    QCOMPARE(
        scalar(m_db.database(), QStringLiteral("SELECT state FROM exchange_package WHERE id = 'package-1'")).toString(),
        QStringLiteral("applied"));
    // Only officers and administrators exchange packages.
    QVERIFY(!service.importPackage(test::auditor(), path));
}

void TestExchange::samePackageTwiceChangesNothing()
{
    const qint64 subjects = count("subject");
    const qint64 audit = count("audit_entry");
    auto report =
        ExchangeService(m_db.database()).importPackage(test::officer(), m_db.folder() + QStringLiteral("/p1.jsonl"));
    QVERIFY(report);
    QVERIFY(report->outcome == ExchangeService::ImportReport::Outcome::AlreadyApplied);
    QCOMPARE(count("subject"), subjects);
    QCOMPARE(count("audit_entry"), audit);
}

void TestExchange::faultsRejectWithLineAndField()
{
    const qint64 subjects = count("subject");
    const qint64 listings = count("listing");
    QString badId = idNumber(12);
    badId[17] = badId[17] == u'1' ? u'2' : u'1';
    const QList<QJsonObject> records = {
        {{QStringLiteral("type"), QStringLiteral("subject")},
         {QStringLiteral("key"), QStringLiteral("S2")},
         {QStringLiteral("kind"), QStringLiteral("person")},
         {QStringLiteral("name"), QStringLiteral("好记录")},
         {QStringLiteral("id_number"), idNumber(13)}},
        {{QStringLiteral("type"), QStringLiteral("subject")},
         {QStringLiteral("key"), QStringLiteral("S3")},
         {QStringLiteral("kind"), QStringLiteral("person")},
         {QStringLiteral("name"), QStringLiteral("坏号码")},
         {QStringLiteral("id_number"), badId}},
        {{QStringLiteral("type"), QStringLiteral("listing")},
         {QStringLiteral("key"), QStringLiteral("L3")},
         {QStringLiteral("subject"), QStringLiteral("S9")},
         {QStringLiteral("court"), QStringLiteral("X999")},
         {QStringLiteral("case_number"), QStringLiteral("(2026)京0101执902号")},
         {QStringLiteral("ground"), 7},
         {QStringLiteral("decision_date"), QStringLiteral("2026-13-01")}},
        {{QStringLiteral("type"), QStringLiteral("listing_state")},
         {QStringLiteral("listing"), QStringLiteral("L1")},
         {QStringLiteral("state"), QStringLiteral("gone")},
         {QStringLiteral("on"), QStringLiteral("2026-11-01")}},
        {{QStringLiteral("type"), QStringLiteral("listing")},
         {QStringLiteral("key"), QStringLiteral("L5")},
         {QStringLiteral("subject"), QStringLiteral("S9")},
         {QStringLiteral("court"), QStringLiteral("X999")},
         {QStringLiteral("case_number"), QStringLiteral("(2026)京0101执905号")},
         {QStringLiteral("ground"), 2},
         {QStringLiteral("period_months"), 24},
         {QStringLiteral("decision_date"), QStringLiteral("2026-10-01")}},
    };
    const QString path = writePackage(QStringLiteral("bad.jsonl"), QStringLiteral("package-bad"), 2, records);
    auto report = ExchangeService(m_db.database()).importPackage(test::officer(), path);
    QVERIFY(report);
    QVERIFY(report->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    auto has = [&](int line, const QString &field) {
        return std::any_of(report->problems.cbegin(), report->problems.cend(), [&](const PackageProblem &problem) {
            return problem.line == line && problem.field == field;
        });
    };
    QStringList all;
    for (const PackageProblem &problem : report->problems)
        all.append(problem.text());
    // Line 1 is the header: the records stand on lines 2 to 6. Fields first; references of a
    // record whose fields are right (line 6).
    QVERIFY2(has(3, QStringLiteral("id_number")), qPrintable(all.join(u'\n')));
    QVERIFY2(has(6, QStringLiteral("subject")), qPrintable(all.join(u'\n')));
    QVERIFY2(has(6, QStringLiteral("court")), qPrintable(all.join(u'\n')));
    QVERIFY2(has(4, QStringLiteral("ground")), qPrintable(all.join(u'\n')));
    QVERIFY2(has(4, QStringLiteral("decision_date")), qPrintable(all.join(u'\n')));
    QVERIFY2(has(5, QStringLiteral("state")), qPrintable(all.join(u'\n')));
    QVERIFY(!has(2, QStringLiteral("id_number")));
    // Nothing of it was written, not even the good record; the sequence is still free.
    QCOMPARE(count("subject"), subjects);
    QCOMPARE(count("listing"), listings);
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM exchange_package WHERE id = 'package-bad'"))
                 .toInt(),
             0);
}

void TestExchange::damagedBodyIsRejected()
{
    const QString path = writePackage(
        QStringLiteral("damaged.jsonl"), QStringLiteral("package-damaged"), 2,
        {{{QStringLiteral("type"), QStringLiteral("department")}, {QStringLiteral("name"), QStringLiteral("某某局")}}});
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray content = file.readAll();
    content.replace("某某局", "某甲局");
    file.resize(0);
    file.write(content);
    file.close();
    auto report = ExchangeService(m_db.database()).importPackage(test::officer(), path);
    QVERIFY(report);
    QVERIFY(report->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    QCOMPARE(report->problems.first().field, QStringLiteral("body_sha256"));
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM department WHERE name = '某甲局'")).toInt(),
             0);
}

void TestExchange::outOfSequenceWaits()
{
    // Package 3 deletes the listing that package 2 records; 3 arrives first.
    const QString third = writePackage(QStringLiteral("p3.jsonl"), QStringLiteral("package-3"), 3,
                                       {{{QStringLiteral("type"), QStringLiteral("listing_state")},
                                         {QStringLiteral("listing"), QStringLiteral("L4")},
                                         {QStringLiteral("state"), QStringLiteral("deleted")},
                                         {QStringLiteral("on"), QStringLiteral("2026-11-20")},
                                         {QStringLiteral("deletion_event"), QStringLiteral("performed")}}});
    const QString second = writePackage(QStringLiteral("p2.jsonl"), QStringLiteral("package-2"), 2,
                                        {{{QStringLiteral("type"), QStringLiteral("subject")},
                                          {QStringLiteral("key"), QStringLiteral("S4")},
                                          {QStringLiteral("kind"), QStringLiteral("person")},
                                          {QStringLiteral("name"), QStringLiteral("顺序人")},
                                          {QStringLiteral("id_number"), idNumber(14)}},
                                         {{QStringLiteral("type"), QStringLiteral("listing")},
                                          {QStringLiteral("key"), QStringLiteral("L4")},
                                          {QStringLiteral("subject"), QStringLiteral("S4")},
                                          {QStringLiteral("court"), m_court},
                                          {QStringLiteral("case_number"), QStringLiteral("(2026)京0101执904号")},
                                          {QStringLiteral("ground"), 4},
                                          {QStringLiteral("period_months"), 24},
                                          {QStringLiteral("decision_date"), QStringLiteral("2026-09-01")}}});
    ExchangeService service(m_db.database());
    auto early = service.importPackage(test::officer(), third);
    QVERIFY(early);
    QVERIFY(early->outcome == ExchangeService::ImportReport::Outcome::Waiting);
    QCOMPARE(
        scalar(m_db.database(), QStringLiteral("SELECT state FROM exchange_package WHERE id = 'package-3'")).toString(),
        QStringLiteral("waiting"));
    auto gap = service.importPackage(test::officer(), second);
    QVERIFY(gap);
    QVERIFY(gap->outcome == ExchangeService::ImportReport::Outcome::Applied);
    QCOMPARE(gap->alsoApplied, QStringList{QStringLiteral("package-3")});
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT l.state FROM listing l JOIN exchange_key k ON k.local_id "
                                                    "= l.id WHERE k.kind = 'listing' AND k.key = 'L4'"))
                 .toInt(),
             4);
    QCOMPARE(scalar(m_db.database(),
                    QStringLiteral("SELECT count(*) FROM exchange_package WHERE state = 'applied' AND content IS NULL"))
                 .toInt(),
             3);
    // A sequence number already applied is refused for another package.
    const QString again = writePackage(QStringLiteral("p2b.jsonl"), QStringLiteral("package-2b"), 2, {});
    auto refused = service.importPackage(test::officer(), again);
    QVERIFY(refused && refused->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    QCOMPARE(refused->problems.first().field, QStringLiteral("sequence"));
}

void TestExchange::cancelWritesNothing()
{
    QList<QJsonObject> records;
    for (int index = 0; index < 9000; ++index)
        records.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("subject")},
                                   {QStringLiteral("key"), QStringLiteral("C%1").arg(index)},
                                   {QStringLiteral("kind"), QStringLiteral("person")},
                                   {QStringLiteral("name"), QStringLiteral("取消%1").arg(index)},
                                   {QStringLiteral("id_number"), [index]() -> QString {
                                        const QString first17 =
                                            QStringLiteral("320102")
                                            + QDate(1960, 1, 1).addDays(index).toString(QStringLiteral("yyyyMMdd"))
                                            + QStringLiteral("001");
                                        return first17 + IdNumber::checkCharacter(first17);
                                    }()}});
    const QString path = writePackage(QStringLiteral("p4.jsonl"), QStringLiteral("package-4"), 4, records);
    const qint64 subjects = count("subject");
    int calls = 0;
    // Past the check (first half of the progress), the writing is cancelled.
    auto report = ExchangeService(m_db.database()).importPackage(test::officer(), path, [&](qint64 done, qint64 total) {
        ++calls;
        return done * 2 < total + total / 4;
    });
    QVERIFY(report);
    QVERIFY2(report->outcome == ExchangeService::ImportReport::Outcome::Cancelled,
             qPrintable(report->problems.value(0).text()));
    QVERIFY(calls > 1);
    QCOMPARE(count("subject"), subjects);
    QCOMPARE(
        scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM exchange_package WHERE id = 'package-4'")).toInt(),
        0);
    // Cancelled at the last moment, after the last batch of records (the first call at the end),
    // when the rows and indexes are written but nothing is committed: still nothing written.
    int callsAtTheEnd = 0;
    auto late = ExchangeService(m_db.database()).importPackage(test::officer(), path, [&](qint64 done, qint64 total) {
        if (done == total)
            ++callsAtTheEnd;
        return callsAtTheEnd < 2;
    });
    QVERIFY(late);
    QVERIFY2(late->outcome == ExchangeService::ImportReport::Outcome::Cancelled,
             qPrintable(late->problems.value(0).text()));
    QCOMPARE(count("subject"), subjects);
    QCOMPARE(
        scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM exchange_package WHERE id = 'package-4'")).toInt(),
        0);
    // A package ahead of its sequence, cancelled: not kept to wait either.
    const QString ahead =
        writePackage(QStringLiteral("p99.jsonl"), QStringLiteral("package-99"), 99, records.mid(0, 3));
    auto notKept =
        ExchangeService(m_db.database()).importPackage(test::officer(), ahead, [](qint64, qint64) { return false; });
    QVERIFY(notKept);
    QVERIFY(notKept->outcome == ExchangeService::ImportReport::Outcome::Cancelled);
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM exchange_package WHERE id = 'package-99'"))
                 .toInt(),
             0);
    // Not cancelled, the same package applies.
    auto applied = ExchangeService(m_db.database()).importPackage(test::officer(), path);
    QVERIFY(applied && applied->outcome == ExchangeService::ImportReport::Outcome::Applied);
    QCOMPARE(count("subject"), subjects + 9000);
}

void TestExchange::sameCaseIsTheSameListing()
{
    const qint64 listings = count("listing");
    // L9 names the case of L1 with full-width brackets: the same listing of the same subject.
    const QString path = writePackage(QStringLiteral("p5.jsonl"), QStringLiteral("package-5"), 5,
                                      {{{QStringLiteral("type"), QStringLiteral("listing")},
                                        {QStringLiteral("key"), QStringLiteral("L9")},
                                        {QStringLiteral("subject"), QStringLiteral("S1")},
                                        {QStringLiteral("court"), m_court},
                                        {QStringLiteral("case_number"), QStringLiteral("（2026）京0101执901号")},
                                        {QStringLiteral("ground"), 3},
                                        {QStringLiteral("period_months"), 36},
                                        {QStringLiteral("decision_date"), QStringLiteral("2026-10-08")}}});
    ExchangeService service(m_db.database());
    auto report = service.importPackage(test::officer(), path);
    QVERIFY(report);
    QVERIFY2(report->outcome == ExchangeService::ImportReport::Outcome::Applied,
             qPrintable(report->problems.value(0).text()));
    QCOMPARE(count("listing"), listings);
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(DISTINCT local_id) FROM exchange_key WHERE kind = "
                                                    "'listing' AND key IN ('L1', 'L9')"))
                 .toInt(),
             1);
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT l.ground FROM listing l JOIN exchange_key k ON k.local_id "
                                                    "= l.id WHERE k.kind = 'listing' AND k.key = 'L9'"))
                 .toInt(),
             3);
    // S1's key with the ID number of S4's subject: two subjects, refused.
    const QString mixed = writePackage(QStringLiteral("p6-mixed.jsonl"), QStringLiteral("package-6-mixed"), 6,
                                       {{{QStringLiteral("type"), QStringLiteral("subject")},
                                         {QStringLiteral("key"), QStringLiteral("S1")},
                                         {QStringLiteral("kind"), QStringLiteral("person")},
                                         {QStringLiteral("name"), QStringLiteral("欧阳交换")},
                                         {QStringLiteral("id_number"), idNumber(14)}}});
    auto refused = service.importPackage(test::officer(), mixed);
    QVERIFY(refused && refused->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    QCOMPARE(refused->problems.first().field, QStringLiteral("id_number"));
    QCOMPARE(refused->problems.first().line, 2);
}

void TestExchange::waitingPackageThatFailsIsDropped()
{
    // Package 7 arrives first and refers to a listing nobody sends; package 6 then applies,
    // 7 fails at its turn and is dropped; a corrected 7 applies after it.
    const QList<QJsonObject> broken = {{{QStringLiteral("type"), QStringLiteral("listing_state")},
                                        {QStringLiteral("listing"), QStringLiteral("L404")},
                                        {QStringLiteral("state"), QStringLiteral("masked")},
                                        {QStringLiteral("on"), QStringLiteral("2026-11-21")}}};
    ExchangeService service(m_db.database());
    auto early = service.importPackage(
        test::officer(), writePackage(QStringLiteral("p7.jsonl"), QStringLiteral("package-7"), 7, broken));
    QVERIFY(early && early->outcome == ExchangeService::ImportReport::Outcome::Waiting);
    auto sixth = service.importPackage(test::officer(),
                                       writePackage(QStringLiteral("p6.jsonl"), QStringLiteral("package-6"), 6,
                                                    {{{QStringLiteral("type"), QStringLiteral("department")},
                                                      {QStringLiteral("name"), QStringLiteral("测试市人社局")}}}));
    QVERIFY(sixth && sixth->outcome == ExchangeService::ImportReport::Outcome::Applied);
    QVERIFY(sixth->alsoApplied.isEmpty());
    QVERIFY(!sixth->problems.isEmpty());
    QCOMPARE(
        scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM exchange_package WHERE id = 'package-7'")).toInt(),
        0);
    auto corrected = service.importPackage(test::officer(),
                                           writePackage(QStringLiteral("p7b.jsonl"), QStringLiteral("package-7b"), 7,
                                                        {{{QStringLiteral("type"), QStringLiteral("listing_state")},
                                                          {QStringLiteral("listing"), QStringLiteral("L9")},
                                                          {QStringLiteral("state"), QStringLiteral("masked")},
                                                          {QStringLiteral("on"), QStringLiteral("2026-11-21")}}}));
    QVERIFY(corrected);
    QVERIFY2(corrected->outcome == ExchangeService::ImportReport::Outcome::Applied,
             qPrintable(corrected->problems.value(0).text()));
}

void TestExchange::feedbackPackagesFollowEachOther()
{
    ExchangeService service(m_db.database());
    const QString first = m_db.folder() + QStringLiteral("/out-1.jsonl");
    auto report = service.exportFeedback(test::officer(), 0, first);
    QVERIFY2(report, qPrintable(report ? QString() : report.error()));
    QCOMPARE(report->header.sequence, 1);
    const qint64 feedback = count("measure_feedback");
    QVERIFY(feedback > 0);
    auto reader = PackageReader::openFile(first);
    QVERIFY(reader);
    QList<PackageProblem> problems;
    qint64 records = 0;
    qint64 feedbackRecords = 0;
    while (auto record = reader.value()->next(problems)) {
        ++records;
        if (record->fields.value(QStringLiteral("type")).toString() == QLatin1String("feedback"))
            ++feedbackRecords;
    }
    QVERIFY(problems.isEmpty());
    QCOMPARE(records, reader.value()->header().records);
    QCOMPARE(reader.value()->bodySha256(), reader.value()->header().bodySha256);
    QCOMPARE(feedbackRecords, feedback);
    // One more feedback; the next package since 1 carries only it.
    const qint64 application =
        scalar(m_db.database(), QStringLiteral("SELECT min(id) FROM measure_application")).toLongLong();
    QSqlQuery insert(m_db.database().connection());
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO measure_feedback (application_id, handling_type, result, "
                                       "occurred_on, reported_by, recorded_at) VALUES (%1, 1, '已拦截', '2026-11-26', "
                                       "'税务局', '2026-11-26T08:00:00Z')")
                            .arg(application)));
    const QString second = m_db.folder() + QStringLiteral("/out-2.jsonl");
    auto next = service.exportFeedback(test::officer(), 1, second);
    QVERIFY(next);
    QCOMPARE(next->header.sequence, 2);
    QCOMPARE(next->records, 1);
    QVERIFY(!service.exportFeedback(test::officer(), 9, second)); // no outgoing package 9
    // Another source name numbers its packages from 1; auditors do not set it.
    QVERIFY(!service.setOfficeSource(test::auditor(), QStringLiteral("x")));
    QVERIFY(service.setOfficeSource(test::officer(), QStringLiteral("测试市信用办")));
    auto renamed = service.exportFeedback(test::officer(), 0, m_db.folder() + QStringLiteral("/out-3.jsonl"));
    QVERIFY(renamed);
    QCOMPARE(renamed->header.source, QStringLiteral("测试市信用办"));
    QCOMPARE(renamed->header.sequence, 1);
}

void TestExchange::readerOnOddInput()
{
    auto empty = PackageReader::openBytes(QByteArray(), QStringLiteral("empty"));
    QVERIFY(!empty);
    auto notJson = PackageReader::openBytes(QByteArrayLiteral("hello\n"), QStringLiteral("text"));
    QVERIFY(!notJson);
    QVERIFY(notJson.error().contains(QStringLiteral("line 1")));
    const QByteArray header = QByteArrayLiteral(
        "{\"format\":\"creditdesk-exchange\",\"version\":1,\"package\":\"x\",\"source\":\"s\",\"sequence\":1,"
        "\"records\":1,\"body_sha256\":\"0000000000000000000000000000000000000000000000000000000000000000\"}\n");
    auto reader = PackageReader::openBytes(header + "[1,2]\n{\"type\":\"x\"}\nnot json", QStringLiteral("odd"));
    QVERIFY(reader);
    QList<PackageProblem> problems;
    int records = 0;
    while (reader.value()->next(problems))
        ++records;
    QCOMPARE(records, 1);
    QCOMPARE(problems.size(), 2);
    QCOMPARE(problems.at(0).line, 2);
    QCOMPARE(problems.at(1).line, 4);
    auto future = PackageReader::openBytes(QByteArray(header).replace("\"version\":1", "\"version\":9"),
                                           QStringLiteral("future"));
    QVERIFY(!future && future.error().contains(QStringLiteral("version")));
}

void TestExchange::largePackageRebuildsSearchIndexes()
{
    test::TestDatabase small(QStringLiteral("bulk"));
    QVERIFY(small.createDemo(100));
    const QString court = scalar(small.database(), QStringLiteral("SELECT min(code) FROM court")).toString();
    auto schema = [&] {
        return scalar(small.database(), QStringLiteral("SELECT group_concat(name || ':' || sql, '|') FROM (SELECT "
                                                       "name, sql FROM sqlite_master WHERE type IN ('index', "
                                                       "'trigger') ORDER BY name)"))
            .toString();
    };
    auto statistics = [&] {
        return scalar(small.database(),
                      QStringLiteral("SELECT group_concat(area || month || ground || ':' || listed, "
                                     "'|') FROM (SELECT * FROM statistics_listing WHERE listed <> 0 ORDER BY 1, 2, 3)"))
            .toString();
    };
    auto statisticsFromListings = [&] {
        return scalar(small.database(),
                      QStringLiteral("SELECT group_concat(area || month || ground || ':' || listed, '|') FROM (SELECT "
                                     "a.area, substr(l.decision_date, 1, 7) AS month, l.ground, count(*) AS listed "
                                     "FROM listing l JOIN statistics_area a ON a.court_code = l.court_code GROUP BY "
                                     "1, 2, 3 ORDER BY 1, 2, 3)"))
            .toString();
    };
    const QString schemaBefore = schema();
    QCOMPARE(statistics(), statisticsFromListings());
    // 10,000 subjects with a listing each: 20,000 records into a cache of 100 subjects.
    constexpr int people = 10000;
    QList<QJsonObject> records;
    for (int index = 0; index < people; ++index) {
        const QString first17 = QStringLiteral("330106")
                                + QDate(1950, 1, 1).addDays(index).toString(QStringLiteral("yyyyMMdd"))
                                + QStringLiteral("017");
        records.append(
            {{QStringLiteral("type"), QStringLiteral("subject")},
             {QStringLiteral("key"), QStringLiteral("B%1").arg(index)},
             {QStringLiteral("kind"), QStringLiteral("person")},
             {QStringLiteral("name"), index == 4321 ? QStringLiteral("欧阳大量") : QStringLiteral("批量%1").arg(index)},
             {QStringLiteral("id_number"), QString(first17 + IdNumber::checkCharacter(first17))}});
        records.append(
            {{QStringLiteral("type"), QStringLiteral("listing")},
             {QStringLiteral("key"), QStringLiteral("BL%1").arg(index)},
             {QStringLiteral("subject"), QStringLiteral("B%1").arg(index)},
             {QStringLiteral("court"), court},
             {QStringLiteral("case_number"), QStringLiteral("(2025)浙0106执%1号").arg(index + 1)},
             {QStringLiteral("ground"), 1 + index % 6},
             {QStringLiteral("period_months"), index % 6 == 0 ? 0 : 24},
             {QStringLiteral("decision_date"), QDate(2025, 1, 1).addDays(index % 300).toString(Qt::ISODate)}});
    }
    const QString path = small.folder() + QStringLiteral("/large.jsonl");
    {
        PackageWriter writer;
        QVERIFY(writer.open(path));
        for (const QJsonObject &record : std::as_const(records))
            QVERIFY(writer.write(record));
        PackageHeader header;
        header.packageId = QStringLiteral("large-1");
        header.source = QStringLiteral("province");
        header.sequence = 1;
        QVERIFY(writer.finish(header));
    }
    // Cancelled while writing: nothing written, every index and trigger still there.
    auto cancelled =
        ExchangeService(small.database()).importPackage(test::officer(), path, [](qint64 done, qint64 total) {
            return done * 4 < total * 3;
        });
    QVERIFY(cancelled && cancelled->outcome == ExchangeService::ImportReport::Outcome::Cancelled);
    QCOMPARE(schema(), schemaBefore);
    QCOMPARE(scalar(small.database(), QStringLiteral("SELECT count(*) FROM subject")).toInt(), 100);

    auto report = ExchangeService(small.database()).importPackage(test::officer(), path);
    QVERIFY(report);
    QVERIFY2(report->outcome == ExchangeService::ImportReport::Outcome::Applied,
             qPrintable(report->problems.value(0).text()));
    QVERIFY(report->searchIndexesRebuilt);
    QCOMPARE(schema(), schemaBefore);
    QCOMPARE(scalar(small.database(), QStringLiteral("SELECT count(*) FROM subject")).toInt(), 100 + people);
    // The name search has every new subject, and its index agrees with the table.
    QCOMPARE(scalar(small.database(), QStringLiteral("SELECT count(*) FROM subject_name_search")).toInt(),
             100 + people);
    QCOMPARE(scalar(small.database(),
                    QStringLiteral("SELECT count(*) FROM subject_name_search WHERE subject_name_search MATCH '阳大量'"))
                 .toInt(),
             1);
    {
        QSqlQuery check(small.database().connection());
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO subject_name_search(subject_name_search, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
    }
    // Each new subject's latest decision is its listing's date, as the trigger would have set.
    QCOMPARE(scalar(small.database(),
                    QStringLiteral("SELECT count(*) FROM subject s JOIN listing l ON l.subject_id = s.id WHERE s.id > "
                                   "100 AND s.latest_decision <> l.decision_date"))
                 .toInt(),
             0);
    QCOMPARE(statistics(), statisticsFromListings());
    QCOMPARE(scalar(small.database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestExchange::directWritesEqualQtWrites()
{
    // One package into two copies of one demo cache, once through SQLite's own interface (new
    // subjects and listings, statistics summed by the writer) and once through Qt SQL (row by
    // row, the statistics trigger): every row and every statistic the same.
    test::TestDatabase direct(QStringLiteral("direct"));
    test::TestDatabase throughQt(QStringLiteral("through-qt"));
    QVERIFY(direct.createDemo(300));
    QVERIFY(throughQt.createDemo(300));
#if defined(Q_OS_LINUX)
    // Debian's and Ubuntu's Qt driver uses the system SQLite, which CreditDesk links.
    QVERIFY(native::sharedHandle(direct.database().connection()) != nullptr);
#endif
    const QString court = scalar(direct.database(), QStringLiteral("SELECT min(code) FROM court")).toString();
    const QString otherCourt = scalar(direct.database(), QStringLiteral("SELECT max(code) FROM court")).toString();
    // A subject of the cache, by its identifier, with one of its cases (published, not extended).
    const QString knownId = scalar(direct.database(), QStringLiteral("SELECT i.value FROM subject_identifier i JOIN "
                                                                     "listing l ON l.subject_id = i.subject_id WHERE "
                                                                     "i.type = 1 AND l.state = 1 AND "
                                                                     "l.extension_months = 0 ORDER BY i.id LIMIT 1"))
                                .toString();
    const QString knownCase =
        scalar(direct.database(), QStringLiteral("SELECT l.case_number FROM subject_identifier i JOIN listing l ON "
                                                 "l.subject_id = i.subject_id WHERE i.value = '%1' AND l.state = 1 "
                                                 "AND l.extension_months = 0 LIMIT 1")
                                      .arg(knownId))
            .toString();
    QVERIFY(!knownId.isEmpty() && !knownCase.isEmpty());
    auto person = [](int index, const QString &name) {
        const QString first17 = QStringLiteral("440305")
                                + QDate(1970, 1, 1).addDays(index).toString(QStringLiteral("yyyyMMdd"))
                                + QStringLiteral("021");
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("subject")},
                           {QStringLiteral("key"), QStringLiteral("P%1").arg(index)},
                           {QStringLiteral("kind"), QStringLiteral("person")},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("sex"), index % 2 ? QStringLiteral("F") : QStringLiteral("M")},
                           {QStringLiteral("id_number"), QString(first17 + IdNumber::checkCharacter(first17))}};
    };
    // Decision dates at the ends of months and in leap years, fixed periods of every length.
    const QStringList dates = {QStringLiteral("2024-01-31"), QStringLiteral("2024-02-29"),
                               QStringLiteral("2023-08-31"), QStringLiteral("2025-03-15"),
                               QStringLiteral("2025-12-31"), QStringLiteral("2022-05-01")};
    QList<QJsonObject> records = {{{QStringLiteral("type"), QStringLiteral("department")},
                                   {QStringLiteral("name"), QStringLiteral("比对市市场监督管理局")}}};
    for (int index = 0; index < 700; ++index) {
        records.append(person(index, QStringLiteral("比对%1").arg(index)));
        const int ground = 1 + index % 6;
        records.append({{QStringLiteral("type"), QStringLiteral("listing")},
                        {QStringLiteral("key"), QStringLiteral("PL%1").arg(index)},
                        {QStringLiteral("subject"), QStringLiteral("P%1").arg(index)},
                        {QStringLiteral("court"), index % 3 ? court : otherCourt},
                        {QStringLiteral("case_number"), QStringLiteral("(2024)粤0305执%1号").arg(index + 1)},
                        {QStringLiteral("ground"), ground},
                        {QStringLiteral("period_months"), ground == 1 ? 0 : 24 + index % 37},
                        {QStringLiteral("decision_date"), dates.at(index % dates.size())}});
    }
    // An organisation with its legal representative.
    const QString code17 = QStringLiteral("91440300MA5FA1B2") + CreditCode::organisationCheckCharacter(u"MA5FA1B2");
    records.append({{QStringLiteral("type"), QStringLiteral("subject")},
                    {QStringLiteral("key"), QStringLiteral("O1")},
                    {QStringLiteral("kind"), QStringLiteral("organisation")},
                    {QStringLiteral("name"), QStringLiteral("比对科技有限公司")},
                    {QStringLiteral("legal_representative"), QStringLiteral("司马比对")},
                    {QStringLiteral("credit_code"), QString(code17 + CreditCode::checkCharacter(code17))}});
    // The same case twice for a subject of this package: one listing under two keys.
    records.append({{QStringLiteral("type"), QStringLiteral("listing")},
                    {QStringLiteral("key"), QStringLiteral("PL0-again")},
                    {QStringLiteral("subject"), QStringLiteral("P0")},
                    {QStringLiteral("court"), court},
                    {QStringLiteral("case_number"), QStringLiteral("（2024）粤0305执1号")},
                    {QStringLiteral("ground"), 2},
                    {QStringLiteral("period_months"), 24},
                    {QStringLiteral("decision_date"), QStringLiteral("2024-06-30")}});
    // A subject the cache holds, found by its identifier and updated; its known case updated,
    // and a new case of it.
    QJsonObject known = person(9999, QStringLiteral("缓存比对"));
    known.insert(QStringLiteral("key"), QStringLiteral("K1"));
    known.insert(QStringLiteral("id_number"), knownId);
    records.append(known);
    for (const QString &caseNumber : {knownCase, QStringLiteral("(2025)粤0305执99999号")})
        records.append({{QStringLiteral("type"), QStringLiteral("listing")},
                        {QStringLiteral("key"), QStringLiteral("K1-%1").arg(caseNumber)},
                        {QStringLiteral("subject"), QStringLiteral("K1")},
                        {QStringLiteral("court"), court},
                        {QStringLiteral("case_number"), caseNumber},
                        {QStringLiteral("ground"), 4},
                        {QStringLiteral("period_months"), 24},
                        {QStringLiteral("decision_date"), QStringLiteral("2025-01-31")}});
    // State changes of listings of this package, and a measure applied.
    records.append({{QStringLiteral("type"), QStringLiteral("listing_state")},
                    {QStringLiteral("listing"), QStringLiteral("PL7")},
                    {QStringLiteral("state"), QStringLiteral("revoked")},
                    {QStringLiteral("on"), QStringLiteral("2025-02-01")}});
    records.append({{QStringLiteral("type"), QStringLiteral("listing_state")},
                    {QStringLiteral("listing"), QStringLiteral("PL8")},
                    {QStringLiteral("state"), QStringLiteral("deleted")},
                    {QStringLiteral("on"), QStringLiteral("2025-02-02")},
                    {QStringLiteral("deletion_event"), QStringLiteral("period-ended")}});
    records.append({{QStringLiteral("type"), QStringLiteral("measure_application")},
                    {QStringLiteral("key"), QStringLiteral("PA1")},
                    {QStringLiteral("listing"), QStringLiteral("PL3")},
                    {QStringLiteral("measure"), m_measure},
                    {QStringLiteral("department"), QStringLiteral("比对市市场监督管理局")},
                    {QStringLiteral("started_on"), QStringLiteral("2025-03-20")}});
    // Periods extended: a listing of this package, and the cache's listing updated above.
    records.append({{QStringLiteral("type"), QStringLiteral("listing_extension")},
                    {QStringLiteral("listing"), QStringLiteral("PL9")},
                    {QStringLiteral("months"), 12},
                    {QStringLiteral("on"), QStringLiteral("2026-06-01")}});
    records.append({{QStringLiteral("type"), QStringLiteral("listing_extension")},
                    {QStringLiteral("listing"), QStringLiteral("K1-%1").arg(knownCase)},
                    {QStringLiteral("months"), 36},
                    {QStringLiteral("on"), QStringLiteral("2026-11-01")}});
    // A listing after the state changes, of a subject earlier in the package.
    records.append({{QStringLiteral("type"), QStringLiteral("listing")},
                    {QStringLiteral("key"), QStringLiteral("PL1-second")},
                    {QStringLiteral("subject"), QStringLiteral("P1")},
                    {QStringLiteral("court"), otherCourt},
                    {QStringLiteral("case_number"), QStringLiteral("(2025)粤0305执88888号")},
                    {QStringLiteral("ground"), 5},
                    {QStringLiteral("period_months"), 36},
                    {QStringLiteral("decision_date"), QStringLiteral("2025-11-30")}});

    const QString path = direct.folder() + QStringLiteral("/compare.jsonl");
    {
        PackageWriter writer;
        QVERIFY(writer.open(path));
        for (const QJsonObject &record : std::as_const(records))
            QVERIFY(writer.write(record));
        PackageHeader header;
        header.packageId = QStringLiteral("compare-1");
        header.source = QStringLiteral("province");
        header.sequence = 1;
        QVERIFY(writer.finish(header));
    }
    ExchangeService directService(direct.database());
    ExchangeService qtService(throughQt.database());
    qtService.setDirectSqliteWrites(false);
    for (ExchangeService *service : {&directService, &qtService}) {
        auto report = service->importPackage(test::officer(), path);
        QVERIFY(report);
        QVERIFY2(report->outcome == ExchangeService::ImportReport::Outcome::Applied,
                 qPrintable(report->problems.value(0).text()));
    }
    // The package applied as meant, on both.
    for (test::TestDatabase *copy : {&direct, &throughQt}) {
        QCOMPARE(scalar(copy->database(), QStringLiteral("SELECT count(DISTINCT local_id) FROM exchange_key WHERE "
                                                         "kind = 'listing' AND key IN ('PL0', 'PL0-again')"))
                     .toInt(),
                 1);
        QCOMPARE(scalar(copy->database(), QStringLiteral("SELECT name FROM subject s JOIN subject_identifier i ON "
                                                         "i.subject_id = s.id WHERE i.value = '%1'")
                                              .arg(knownId))
                     .toString(),
                 QStringLiteral("缓存比对"));
        QCOMPARE(
            scalar(copy->database(), QStringLiteral("SELECT group_concat(months) FROM (SELECT l.extension_months AS "
                                                    "months FROM listing l JOIN exchange_key k ON k.local_id = "
                                                    "l.id AND k.kind = 'listing' WHERE k.key IN ('PL9', 'K1-%1') "
                                                    "ORDER BY k.key)")
                                         .arg(knownCase))
                .toString(),
            QStringLiteral("36,12"));
    }
    const char *const tables[] = {
        "SELECT id, kind, name, name_key, sex, birth_date, region_code, legal_representative, "
        "legal_representative_key, pinyin_key, initials_key, latest_decision, row_version FROM subject",
        "SELECT subject_id, type, value FROM subject_identifier ORDER BY subject_id, type, value",
        "SELECT id, subject_id, court_code, case_number, basis_document, ground, filing_date, decision_date, "
        "period_months, extension_months, state, state_date, deletion_event, row_version FROM listing",
        "SELECT listing_id, occurred_on, kind, state, deletion_event, note FROM listing_event ORDER BY listing_id, id",
        "SELECT source, kind, key, local_id FROM exchange_key",
        "SELECT listing_id, measure_id, department_id, started_on FROM measure_application",
        "SELECT area, month, ground, listed, removed, expired FROM statistics_listing WHERE listed <> 0 OR removed "
        "<> 0 OR expired <> 0",
        "SELECT rowid, name_key, legal_representative_key FROM subject_name_search",
    };
    for (const char *table : tables) {
        auto dump = [&](test::TestDatabase &copy) -> QString {
            QSqlQuery query(copy.database().connection());
            // Every row as its columns quoted and joined, the rows in the statement's order.
            const QString rows = QStringLiteral("SELECT group_concat(quote(r), char(10)) FROM (SELECT %1 AS r FROM "
                                                "(%2))");
            QSqlQuery columns(copy.database().connection());
            columns.exec(QStringLiteral("SELECT * FROM (%1) LIMIT 0").arg(QLatin1String(table)));
            QStringList quoted;
            for (int column = 0; column < columns.record().count(); ++column)
                quoted.append(QStringLiteral("quote(%1)").arg(columns.record().fieldName(column)));
            if (!query.exec(rows.arg(quoted.join(QStringLiteral(" || ',' || ")), QLatin1String(table)))
                || !query.next())
                return QStringLiteral("error: ") + query.lastError().text();
            return query.value(0).toString();
        };
        const QString expected = dump(throughQt);
        QVERIFY2(!expected.startsWith(QLatin1String("error")), qPrintable(expected));
        QVERIFY2(dump(direct) == expected, table);
    }
    QCOMPARE(scalar(direct.database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(scalar(direct.database(), QStringLiteral("PRAGMA foreign_key_check")).toString(), QString());
}

void TestExchange::faultsFarApartAreAllReported()
{
    // Line 3 is not JSON; the subject after it is still read (its listing finds it); the last
    // record, 12,000 records later and long after writing stopped, still has its fault found.
    auto line = [](const QJsonObject &object) -> QByteArray {
        QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
        text.append('\n');
        return text;
    };
    auto subject = [&](const QString &key, int index) -> QByteArray {
        const QString first17 = QStringLiteral("510104")
                                + QDate(1955, 1, 1).addDays(index).toString(QStringLiteral("yyyyMMdd"))
                                + QStringLiteral("033");
        return line({{QStringLiteral("type"), QStringLiteral("subject")},
                     {QStringLiteral("key"), key},
                     {QStringLiteral("kind"), QStringLiteral("person")},
                     {QStringLiteral("name"), QStringLiteral("远隔%1").arg(index)},
                     {QStringLiteral("id_number"), QString(first17 + IdNumber::checkCharacter(first17))}});
    };
    auto listing = [&](const QString &key, const QString &subjectKey, const QString &court) -> QByteArray {
        return line({{QStringLiteral("type"), QStringLiteral("listing")},
                     {QStringLiteral("key"), key},
                     {QStringLiteral("subject"), subjectKey},
                     {QStringLiteral("court"), court},
                     {QStringLiteral("case_number"), QStringLiteral("(2026)川0104执%1号").arg(key)},
                     {QStringLiteral("ground"), 2},
                     {QStringLiteral("period_months"), 24},
                     {QStringLiteral("decision_date"), QStringLiteral("2026-03-31")}});
    };
    QByteArray body = subject(QStringLiteral("F0"), 0);
    body.append("{not json\n");
    body.append(subject(QStringLiteral("F1"), 1));
    body.append(listing(QStringLiteral("FL1"), QStringLiteral("F1"), m_court));
    qint64 records = 3;
    for (int index = 2; index < 12002; ++index, ++records)
        body.append(subject(QStringLiteral("F%1").arg(index), index));
    body.append(listing(QStringLiteral("FL-last"), QStringLiteral("F5"), QStringLiteral("X999")));
    ++records;
    const QJsonObject header{{QStringLiteral("format"), QStringLiteral("creditdesk-exchange")},
                             {QStringLiteral("version"), 1},
                             {QStringLiteral("package"), QStringLiteral("far-apart-1")},
                             {QStringLiteral("source"), QStringLiteral("far-apart")},
                             {QStringLiteral("sequence"), 1},
                             {QStringLiteral("records"), records},
                             {QStringLiteral("body_sha256"),
                              QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex())}};
    const QString path = m_db.folder() + QStringLiteral("/far-apart.jsonl");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(line(header));
    file.write(body);
    file.close();
    const qint64 subjects = count("subject");
    auto report = ExchangeService(m_db.database()).importPackage(test::officer(), path);
    QVERIFY(report);
    QStringList all;
    for (const PackageProblem &problem : report->problems)
        all.append(problem.text());
    QVERIFY2(report->outcome == ExchangeService::ImportReport::Outcome::Rejected, qPrintable(all.join(u'\n')));
    QCOMPARE(report->problems.size(), 2);
    QCOMPARE(report->problems.at(0).line, 3);
    QCOMPARE(report->problems.at(1).line, static_cast<int>(records) + 2);
    QCOMPARE(report->problems.at(1).field, QStringLiteral("court"));
    QCOMPARE(count("subject"), subjects);
}

void TestExchange::engineFloorWritesWhatAnImportWrites()
{
    // The benchmark's engine floor adds the rows an import of subjects with one listing each
    // adds, keeps the schema, the name search and the statistics consistent, and leaves nothing.
    test::TestDatabase floor(QStringLiteral("floor"));
    QVERIFY(floor.createDemo(50));
    auto value = [&](const QString &statement) { return scalar(floor.database(), statement); };
    const QString schemaStatement =
        QStringLiteral("SELECT group_concat(name || ':' || sql, '|') FROM (SELECT name, sql FROM sqlite_master WHERE "
                       "type IN ('index', 'trigger') ORDER BY name)");
    const QString statisticsStatement = QStringLiteral(
        "SELECT group_concat(area || month || ground || ':' || listed, '|') FROM (SELECT * FROM statistics_listing "
        "WHERE listed <> 0 ORDER BY 1, 2, 3)");
    const QString statisticsFromListings = QStringLiteral(
        "SELECT group_concat(area || month || ground || ':' || listed, '|') FROM (SELECT a.area, "
        "substr(l.decision_date, 1, 7) AS month, l.ground, count(*) AS listed FROM listing l JOIN statistics_area a "
        "ON a.court_code = l.court_code GROUP BY 1, 2, 3 ORDER BY 1, 2, 3)");
    const QString endsStatement = QStringLiteral(
        "SELECT group_concat(area || month || ground || ':' || removed || '/' || expired, '|') FROM (SELECT * FROM "
        "statistics_listing WHERE removed <> 0 OR expired <> 0 ORDER BY 1, 2, 3)");
    const QString endsFromListings = QStringLiteral(
        "SELECT group_concat(area || month || ground || ':' || removed || '/' || expired, '|') FROM (SELECT a.area, "
        "l.statistics_end_month AS month, l.ground, sum(l.statistics_end_kind = 1) AS removed, "
        "sum(l.statistics_end_kind = 2) AS expired FROM listing l JOIN statistics_area a ON a.court_code = "
        "l.court_code WHERE l.statistics_end_kind > 0 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3)");
    const QString schemaBefore = value(schemaStatement).toString();
    QCOMPARE(value(statisticsStatement), value(statisticsFromListings));
    QCOMPARE(value(endsStatement), value(endsFromListings));
    const char *const tables[] = {"subject",       "subject_identifier", "listing",
                                  "listing_event", "exchange_key",       "subject_name_search"};
    QList<qint64> before;
    for (const char *table : tables)
        before.append(value(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong());

    constexpr qint64 added = 700;
    auto figures = SchemaWriteFloor::measure(floor.database().connection(), added, QStringLiteral("floor-platform"));
    QVERIFY2(figures, qPrintable(figures ? QString() : figures.error()));
    QVERIFY(figures->rowsSeconds > 0 && figures->derivedSeconds > 0 && figures->indexSeconds > 0);
    QVERIFY(figures->totalSeconds >= figures->rowsSeconds + figures->derivedSeconds + figures->indexSeconds);
    for (int index = 0; index < static_cast<int>(std::size(tables)); ++index)
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(tables[index]))).toLongLong(),
                 before.at(index) + (QLatin1String(tables[index]) == QLatin1String("exchange_key") ? 2 : 1) * added);
    QCOMPARE(value(schemaStatement).toString(), schemaBefore);
    QCOMPARE(value(statisticsStatement), value(statisticsFromListings));
    QCOMPARE(value(endsStatement), value(endsFromListings));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM subject_name_search WHERE subject_name_search MATCH '欧阳伟'"))
                 .toLongLong(),
             value(QStringLiteral("SELECT count(*) FROM subject WHERE name_key LIKE '%欧阳伟%'")).toLongLong());
    {
        QSqlQuery check(floor.database().connection());
        QVERIFY2(check.exec(QStringLiteral(
                     "INSERT INTO subject_name_search(subject_name_search, rank) VALUES ('integrity-check', 1)")),
                 qPrintable(check.lastError().text()));
    }
    QCOMPARE(value(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
    // Each new subject is found by its ID number, each new listing by its case number.
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM subject_identifier i JOIN exchange_key k ON k.local_id = "
                                  "i.subject_id AND k.kind = 'subject' WHERE k.source = 'floor-platform' AND "
                                  "length(i.value) = 18"))
                 .toLongLong(),
             added);
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM sqlite_temp_master WHERE name = 'floor_row'")).toInt(), 0);
    // A second measurement on the same connection works (nothing of the first is left over).
    auto second = SchemaWriteFloor::measure(floor.database().connection(), 10, QStringLiteral("floor-platform-2"));
    QVERIFY2(second, qPrintable(second ? QString() : second.error()));
    QCOMPARE(value(QStringLiteral("SELECT count(*) FROM subject")).toLongLong(), before.at(0) + added + 10);
}

void TestExchange::listingsFollowTheCourtRules()
{
    const qint64 sequence = nextSequence();
    auto person = [](const QString &key, const QString &first17) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("subject")},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("kind"), QStringLiteral("person")},
                           {QStringLiteral("name"), QStringLiteral("规则%1").arg(key)},
                           {QStringLiteral("id_number"), QString(first17 + IdNumber::checkCharacter(first17))}};
    };
    auto listing = [&](const QString &key, const QString &subject, int ground, const QJsonValue &period,
                       const QString &decided) {
        QJsonObject record{{QStringLiteral("type"), QStringLiteral("listing")},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("subject"), subject},
                           {QStringLiteral("court"), m_court},
                           {QStringLiteral("case_number"), QStringLiteral("(2026)京0101执7%1号").arg(key.mid(1))},
                           {QStringLiteral("ground"), ground},
                           {QStringLiteral("decision_date"), decided}};
        if (!period.isUndefined())
            record.insert(QStringLiteral("period_months"), period);
        return record;
    };
    // A minor known from an earlier package (subjects alone may be sent), and an adult whose
    // record carries a birth date before 1990.
    QJsonObject adult = person(QStringLiteral("R1"), QStringLiteral("11010119750302001"));
    adult.insert(QStringLiteral("birth_date"), QStringLiteral("1975-03-02"));
    const QString first = writePackage(QStringLiteral("rules-1.jsonl"), QStringLiteral("package-rules-1"), sequence,
                                       {adult, person(QStringLiteral("R2"), QStringLiteral("11010520100307001"))});
    auto subjects = ExchangeService(m_db.database()).importPackage(test::officer(), first);
    QVERIFY(subjects);
    QVERIFY2(subjects->outcome == ExchangeService::ImportReport::Outcome::Applied,
             qPrintable(subjects->problems.isEmpty() ? QString() : subjects->problems.first().text()));

    const qint64 listings = count("listing");
    const QList<QJsonObject> records = {
        person(QStringLiteral("R3"), QStringLiteral("11010520080615002")),
        listing(QStringLiteral("L1"), QStringLiteral("R1"), 3, QJsonValue(QJsonValue::Undefined),
                QStringLiteral("2026-01-10")),
        listing(QStringLiteral("L2"), QStringLiteral("R1"), 4, 12, QStringLiteral("2026-01-10")),
        listing(QStringLiteral("L3"), QStringLiteral("R1"), 1, 24, QStringLiteral("2026-01-10")),
        listing(QStringLiteral("L4"), QStringLiteral("R1"), 2, 61, QStringLiteral("2026-01-10")),
        listing(QStringLiteral("L5"), QStringLiteral("R2"), 2, 24, QStringLiteral("2026-01-10")),
        listing(QStringLiteral("L6"), QStringLiteral("R3"), 5, 24, QStringLiteral("2026-06-14")),
        // Right: two years, extended by three; a minor's listing on the day of majority.
        listing(QStringLiteral("L7"), QStringLiteral("R1"), 2, 60, QStringLiteral("2026-01-10")),
        listing(QStringLiteral("L8"), QStringLiteral("R3"), 5, 24, QStringLiteral("2026-06-15")),
        // An unknown ground is named alone (the period depends on it); ground 1 with a long
        // period is told it has none.
        listing(QStringLiteral("L9"), QStringLiteral("R1"), 7, 36, QStringLiteral("2026-01-10")),
        listing(QStringLiteral("L10"), QStringLiteral("R1"), 1, 100, QStringLiteral("2026-01-10")),
    };
    const QString second =
        writePackage(QStringLiteral("rules-2.jsonl"), QStringLiteral("package-rules-2"), sequence + 1, records);
    auto report = ExchangeService(m_db.database()).importPackage(test::officer(), second);
    QVERIFY(report);
    QVERIFY(report->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    // The records stand on lines 2 to 12 (line 1 is the header).
    QCOMPARE(problemsOf(*report), QStringList({QStringLiteral("3 period_months"), QStringLiteral("4 period_months"),
                                               QStringLiteral("5 period_months"), QStringLiteral("6 period_months"),
                                               QStringLiteral("7 decision_date"), QStringLiteral("8 decision_date"),
                                               QStringLiteral("11 ground"), QStringLiteral("12 period_months")}));
    QVERIFY2(report->problems.last().text().contains(QStringLiteral("no fixed period")),
             qPrintable(report->problems.last().text()));
    QVERIFY2(report->problems.at(4).text().contains(QStringLiteral("2010-03-07")),
             qPrintable(report->problems.at(4).text()));
    QCOMPARE(count("listing"), listings);
}

void TestExchange::listingMovedOntoAnotherCaseIsNamed()
{
    const qint64 sequence = nextSequence();
    auto listing = [&](const QString &key, const QString &caseNumber) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("listing")},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("subject"), QStringLiteral("M1")},
                           {QStringLiteral("court"), m_court},
                           {QStringLiteral("case_number"), caseNumber},
                           {QStringLiteral("ground"), 2},
                           {QStringLiteral("period_months"), 24},
                           {QStringLiteral("decision_date"), QStringLiteral("2026-03-02")}};
    };
    const QString first17 = QStringLiteral("11010119660302003");
    const QJsonObject subject{{QStringLiteral("type"), QStringLiteral("subject")},
                              {QStringLiteral("key"), QStringLiteral("M1")},
                              {QStringLiteral("kind"), QStringLiteral("person")},
                              {QStringLiteral("name"), QStringLiteral("案号移动")},
                              {QStringLiteral("id_number"), QString(first17 + IdNumber::checkCharacter(first17))}};
    const QString caseOne = QStringLiteral("(2026)京0101执8801号");
    const QString first = writePackage(QStringLiteral("moved-1.jsonl"), QStringLiteral("package-moved-1"), sequence,
                                       {subject, listing(QStringLiteral("ML1"), caseOne),
                                        listing(QStringLiteral("ML2"), QStringLiteral("(2026)京0101执8802号"))});
    auto applied = ExchangeService(m_db.database()).importPackage(test::officer(), first);
    QVERIFY(applied && applied->outcome == ExchangeService::ImportReport::Outcome::Applied);
    // The second listing's key now names the first one's case: rejected with line and field.
    const QString second = writePackage(QStringLiteral("moved-2.jsonl"), QStringLiteral("package-moved-2"),
                                        sequence + 1, {listing(QStringLiteral("ML2"), caseOne)});
    auto report = ExchangeService(m_db.database()).importPackage(test::officer(), second);
    QVERIFY(report);
    QVERIFY(report->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    QCOMPARE(report->problems.size(), 1);
    QCOMPARE(report->problems.first().line, 2);
    QCOMPARE(report->problems.first().field, QStringLiteral("case_number"));

    // The subject under its key with another ID number: applied, the stored identifier kept, and
    // that said in the report and the audit entry. The kept identifier's birth date counts: the
    // package's would make the subject a minor, the stored one is an adult's.
    const QString other17 = QStringLiteral("11010120120302005");
    QJsonObject renumbered = subject;
    renumbered.insert(QStringLiteral("id_number"), QString(other17 + IdNumber::checkCharacter(other17)));
    renumbered.insert(QStringLiteral("name"), QStringLiteral("案号移动改名"));
    renumbered.insert(QStringLiteral("birth_date"), QStringLiteral("2012-03-02"));
    renumbered.insert(QStringLiteral("sex"), QStringLiteral("F"));
    const QString third =
        writePackage(QStringLiteral("moved-3.jsonl"), QStringLiteral("package-moved-3"), sequence + 1,
                     {renumbered, listing(QStringLiteral("ML3"), QStringLiteral("(2026)京0101执8803号"))});
    auto kept = ExchangeService(m_db.database()).importPackage(test::officer(), third);
    QVERIFY(kept);
    QVERIFY2(kept->outcome == ExchangeService::ImportReport::Outcome::Applied,
             qPrintable(kept->problems.isEmpty() ? QString() : kept->problems.first().text()));
    QCOMPARE(kept->notTaken.size(), 1);
    QCOMPARE(kept->notTaken.first().line, 2);
    QCOMPARE(kept->notTaken.first().field, QStringLiteral("id_number"));
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT i.value FROM subject_identifier i JOIN subject s ON s.id = "
                                                    "i.subject_id WHERE s.name = '案号移动改名'"))
                 .toString(),
             QString(first17 + IdNumber::checkCharacter(first17)));
    // The sex and birth date that go with the stored identifier stay (the first package left them
    // out, so they are the ones its ID number carries); the name is the package's.
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT coalesce(birth_date, '') || '/' || coalesce(sex, '') FROM "
                                                    "subject WHERE name = '案号移动改名'"))
                 .toString(),
             QStringLiteral("1966-03-02/M"));
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT json_extract(details, '$.notTaken') FROM audit_entry "
                                                    "WHERE action = 'exchange.import' AND entity_id = "
                                                    "'package-moved-3'"))
                 .toInt(),
             1);
}

void TestExchange::extensionsFollowTheCourtRules()
{
    const qint64 sequence = nextSequence();
    auto listing = [&](const QString &key, int ground, int period, const QString &decided) {
        QJsonObject record{{QStringLiteral("type"), QStringLiteral("listing")},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("subject"), QStringLiteral("E1")},
                           {QStringLiteral("court"), m_court},
                           {QStringLiteral("case_number"), QStringLiteral("(2025)京0101执66%1号").arg(key.mid(2))},
                           {QStringLiteral("ground"), ground},
                           {QStringLiteral("decision_date"), decided}};
        if (period > 0)
            record.insert(QStringLiteral("period_months"), period);
        return record;
    };
    auto extension = [](const QString &key, int months, const QString &on) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("listing_extension")},
                           {QStringLiteral("listing"), key},
                           {QStringLiteral("months"), months},
                           {QStringLiteral("on"), on}};
    };
    auto state = [](const QString &key, const QString &to, const QString &on) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("listing_state")},
                           {QStringLiteral("listing"), key},
                           {QStringLiteral("state"), to},
                           {QStringLiteral("on"), on}};
    };
    auto extendedBy = [&](const QString &key) {
        return scalar(m_db.database(), QStringLiteral("SELECT l.extension_months FROM listing l JOIN exchange_key k ON "
                                                      "k.local_id = l.id AND k.kind = 'listing' WHERE k.key = '%1'")
                                           .arg(key))
            .toInt();
    };
    // The period of a listing extended in 2028 may run.
    auto import = [&](const QString &name, qint64 number, const QList<QJsonObject> &records) {
        return importRecords(name, number, records, QDate(2030, 12, 31));
    };
    const QString first17 = QStringLiteral("11010119700302004");
    const QString decided = QStringLiteral("2025-03-10");
    QJsonObject deleted = state(QStringLiteral("EL5"), QStringLiteral("deleted"), QStringLiteral("2026-01-01"));
    deleted.insert(QStringLiteral("deletion_event"), QStringLiteral("performed"));
    auto applied = import(QStringLiteral("extend-1"), sequence,
                          {{{QStringLiteral("type"), QStringLiteral("subject")},
                            {QStringLiteral("key"), QStringLiteral("E1")},
                            {QStringLiteral("kind"), QStringLiteral("person")},
                            {QStringLiteral("name"), QStringLiteral("延长期限")},
                            {QStringLiteral("id_number"), QString(first17 + IdNumber::checkCharacter(first17))}},
                           listing(QStringLiteral("EL1"), 2, 24, decided),
                           listing(QStringLiteral("EL2"), 1, 0, decided),
                           listing(QStringLiteral("EL3"), 3, 24, QStringLiteral("2023-01-05")),
                           listing(QStringLiteral("EL4"), 4, 48, decided),
                           listing(QStringLiteral("EL5"), 5, 24, decided),
                           deleted,
                           // A listing extended in the package that lists it.
                           listing(QStringLiteral("EL6"), 6, 24, decided),
                           extension(QStringLiteral("EL6"), 12, QStringLiteral("2025-09-01")),
                           listing(QStringLiteral("EL7"), 2, 24, decided),
                           listing(QStringLiteral("EL9"), 3, 24, decided),
                           listing(QStringLiteral("EL10"), 4, 24, decided),
                           state(QStringLiteral("EL10"), QStringLiteral("masked"), QStringLiteral("2025-06-01")),
                           listing(QStringLiteral("EL11"), 2, 24, QStringLiteral("2024-11-27"))});
    QVERIFY(applied);
    QVERIFY2(applied->outcome == ExchangeService::ImportReport::Outcome::Applied,
             qPrintable(applied->problems.isEmpty() ? QString() : applied->problems.first().text()));
    QCOMPARE(extendedBy(QStringLiteral("EL6")), 12);
    // The subject's record left out sex and birth date: the ones its ID number carries.
    QCOMPARE(
        scalar(m_db.database(), QStringLiteral("SELECT sex || ' ' || birth_date FROM subject WHERE name = '延长期限'"))
            .toString(),
        QStringLiteral("F 1970-03-02"));

    // SPC rules Art. 2: only a fixed period, of a listing in force, from its decision to its end,
    // by one to three years, at most five years in all, and each decision once. Line 2 is written
    // before the first fault (and rolled back); after it every record is still checked against
    // the listings as the records before it left them.
    auto rejected = import(QStringLiteral("extend-2"), sequence + 1,
                           {extension(QStringLiteral("EL1"), 12, QStringLiteral("2026-05-01")),
                            extension(QStringLiteral("EL2"), 12, QStringLiteral("2026-05-01")),
                            extension(QStringLiteral("EL3"), 12, QStringLiteral("2026-01-01")),
                            extension(QStringLiteral("EL4"), 12, QStringLiteral("2025-01-01")),
                            extension(QStringLiteral("EL5"), 12, QStringLiteral("2026-02-01")),
                            extension(QStringLiteral("EL-none"), 12, QStringLiteral("2026-02-01")),
                            extension(QStringLiteral("EL6"), 36, QStringLiteral("2026-01-01")),
                            // Two faults of one record, both named.
                            extension(QStringLiteral("EL1"), 36, QStringLiteral("2025-01-01")),
                            // Extensions taken while only checking add up.
                            extension(QStringLiteral("EL7"), 24, QStringLiteral("2026-01-01")),
                            extension(QStringLiteral("EL7"), 24, QStringLiteral("2026-06-01")),
                            // A listing of this package only checked, and a state change only checked.
                            listing(QStringLiteral("EL8"), 1, 0, decided),
                            extension(QStringLiteral("EL8"), 12, QStringLiteral("2026-01-01")),
                            state(QStringLiteral("EL9"), QStringLiteral("revoked"), QStringLiteral("2026-02-01")),
                            extension(QStringLiteral("EL9"), 12, QStringLiteral("2026-03-01")),
                            // The day after the period's last day; the same decision twice.
                            extension(QStringLiteral("EL11"), 12, QStringLiteral("2026-11-28")),
                            extension(QStringLiteral("EL1"), 12, QStringLiteral("2026-05-01"))});
    QVERIFY(rejected);
    QVERIFY(rejected->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    QCOMPARE(problemsOf(*rejected),
             QStringList({QStringLiteral("3 listing"), QStringLiteral("4 on"), QStringLiteral("5 on"),
                          QStringLiteral("6 listing"), QStringLiteral("7 listing"), QStringLiteral("8 months"),
                          QStringLiteral("9 on"), QStringLiteral("9 months"), QStringLiteral("11 months"),
                          QStringLiteral("13 listing"), QStringLiteral("15 listing"), QStringLiteral("16 on"),
                          QStringLiteral("17 on")}));
    QVERIFY2(rejected->problems.at(1).text().contains(QStringLiteral("2025-01-05")),
             qPrintable(rejected->problems.at(1).text()));
    QVERIFY2(rejected->problems.at(5).text().contains(QStringLiteral("72")),
             qPrintable(rejected->problems.at(5).text()));
    QVERIFY2(rejected->problems.at(10).text().contains(QStringLiteral("revoked")),
             qPrintable(rejected->problems.at(10).text()));
    QVERIFY2(rejected->problems.at(11).text().contains(QStringLiteral("2026-11-27")),
             qPrintable(rejected->problems.at(11).text()));
    QCOMPARE(extendedBy(QStringLiteral("EL1")), 0);

    // Extended twice, to five years in all; a masked listing and one on its period's last day;
    // the history says when and by how much, and the statistics' expiry month moves with the
    // period (as a rebuild from the rows has it).
    auto extended = import(QStringLiteral("extend-3"), sequence + 1,
                           {extension(QStringLiteral("EL1"), 12, QStringLiteral("2026-05-01")),
                            extension(QStringLiteral("EL1"), 24, QStringLiteral("2028-03-10")),
                            extension(QStringLiteral("EL4"), 12, QStringLiteral("2026-01-01")),
                            extension(QStringLiteral("EL10"), 12, QStringLiteral("2026-01-01")),
                            extension(QStringLiteral("EL11"), 12, QStringLiteral("2026-11-27"))});
    QVERIFY(extended);
    QVERIFY2(extended->outcome == ExchangeService::ImportReport::Outcome::Applied,
             qPrintable(extended->problems.isEmpty() ? QString() : extended->problems.first().text()));
    QCOMPARE(extendedBy(QStringLiteral("EL1")), 36);
    QCOMPARE(extendedBy(QStringLiteral("EL4")), 12);
    QCOMPARE(extendedBy(QStringLiteral("EL10")), 12);
    QCOMPARE(extendedBy(QStringLiteral("EL11")), 12);
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT group_concat(e, ' ') FROM (SELECT e.occurred_on || "
                                                    "e.note AS e FROM listing_event e JOIN exchange_key k ON "
                                                    "k.local_id = e.listing_id AND k.kind = 'listing' WHERE k.key = "
                                                    "'EL1' AND e.kind = 7 ORDER BY e.id)"))
                 .toString(),
             QStringLiteral("2026-05-01+12 2028-03-10+24"));
    const QString statistics = QStringLiteral("SELECT group_concat(area || month || ground || ':' || listed || '/' || "
                                              "removed || '/' || expired, '|') FROM (SELECT * FROM statistics_listing "
                                              "WHERE listed <> 0 OR removed <> 0 OR expired <> 0 ORDER BY 1, 2, 3)");
    const QString kept = scalar(m_db.database(), statistics).toString();
    QVERIFY(StatisticsRepository(m_db.database().connection()).rebuild());
    QCOMPARE(scalar(m_db.database(), statistics).toString(), kept);

    // The same decision from a later package, and listings sent again without room for their
    // extensions, by key while only checking: the period too long, ground 1.
    auto again =
        import(QStringLiteral("extend-4"), sequence + 2,
               {extension(QStringLiteral("EL4"), 12, QStringLiteral("2026-01-01")),
                listing(QStringLiteral("EL4"), 4, 60, decided), listing(QStringLiteral("EL1"), 1, 0, decided)});
    QVERIFY(again);
    QVERIFY(again->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    QCOMPARE(problemsOf(*again),
             QStringList({QStringLiteral("2 on"), QStringLiteral("3 period_months"), QStringLiteral("4 ground")}));
    QVERIFY2(again->problems.first().text().contains(QStringLiteral("already")),
             qPrintable(again->problems.first().text()));
    // Found by its case under a new key while writing: the same listing, the same rule.
    QJsonObject sameCase = listing(QStringLiteral("EL1"), 2, 48, decided);
    sameCase.insert(QStringLiteral("key"), QStringLiteral("EL1-again"));
    auto byCase = import(QStringLiteral("extend-5"), sequence + 2, {sameCase});
    QVERIFY(byCase);
    QVERIFY(byCase->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    QCOMPARE(problemsOf(*byCase), QStringList({QStringLiteral("2 period_months")}));
    QCOMPARE(extendedBy(QStringLiteral("EL1")), 36);

    // While only checking, as while writing: a listing written just before the first fault (still
    // in the writer's buffer), a listing found by its case, a listing sent again whose extension
    // comes again; a listing with a fault of its own is not judged further.
    QJsonObject unknownCourt = listing(QStringLiteral("ELX"), 2, 24, decided);
    unknownCourt.insert(QStringLiteral("court"), QStringLiteral("no-such-court"));
    sameCase.insert(QStringLiteral("key"), QStringLiteral("EL1-again2"));
    auto checked = import(QStringLiteral("extend-6"), sequence + 2,
                          {listing(QStringLiteral("EL13"), 2, 24, decided), unknownCourt,
                           extension(QStringLiteral("ELX"), 12, QStringLiteral("2026-01-01")),
                           extension(QStringLiteral("EL13"), 12, QStringLiteral("2025-01-01")),
                           extension(QStringLiteral("EL2"), 12, QStringLiteral("2026-05-01")), sameCase,
                           listing(QStringLiteral("EL10"), 4, 24, decided),
                           extension(QStringLiteral("EL10"), 12, QStringLiteral("2026-01-01"))});
    QVERIFY(checked);
    QVERIFY(checked->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    QCOMPARE(problemsOf(*checked),
             QStringList({QStringLiteral("3 court"), QStringLiteral("5 on"), QStringLiteral("6 listing"),
                          QStringLiteral("7 period_months"), QStringLiteral("9 on")}));
}

void TestExchange::datesFollowTheCourtsOrder()
{
    const qint64 sequence = nextSequence();
    const QString first17 = QStringLiteral("11010519820405031");
    const QJsonObject subject{{QStringLiteral("type"), QStringLiteral("subject")},
                              {QStringLiteral("key"), QStringLiteral("D1")},
                              {QStringLiteral("kind"), QStringLiteral("person")},
                              {QStringLiteral("name"), QStringLiteral("日期次序")},
                              {QStringLiteral("id_number"), QString(first17 + IdNumber::checkCharacter(first17))}};
    auto listing = [&](const QString &key, const QString &decided) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("listing")},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("subject"), QStringLiteral("D1")},
                           {QStringLiteral("court"), m_court},
                           {QStringLiteral("case_number"), QStringLiteral("(2026)京0101执55%1号").arg(key.mid(2))},
                           {QStringLiteral("ground"), 2},
                           {QStringLiteral("period_months"), 24},
                           {QStringLiteral("decision_date"), decided}};
    };
    auto extension = [](const QString &key, const QString &on) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("listing_extension")},
                           {QStringLiteral("listing"), key},
                           {QStringLiteral("months"), 12},
                           {QStringLiteral("on"), on}};
    };
    auto masked = [](const QString &key, const QString &on) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("listing_state")},
                           {QStringLiteral("listing"), key},
                           {QStringLiteral("state"), QStringLiteral("masked")},
                           {QStringLiteral("on"), on}};
    };
    auto measure = [&](const QString &key, const QString &listingKey, const QString &on) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("measure_application")},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("listing"), listingKey},
                           {QStringLiteral("measure"), m_measure},
                           {QStringLiteral("department"), m_department},
                           {QStringLiteral("started_on"), on}};
    };
    auto import = [&](const QString &name, qint64 number, const QList<QJsonObject> &records) {
        return importRecords(name, number, records, QDate(2026, 6, 30));
    };

    // DL2 extended on 2026-03-01.
    auto applied = import(QStringLiteral("dates-1"), sequence,
                          {subject, listing(QStringLiteral("DL1"), QStringLiteral("2026-01-10")),
                           listing(QStringLiteral("DL2"), QStringLiteral("2026-02-01")),
                           extension(QStringLiteral("DL2"), QStringLiteral("2026-03-01"))});
    QVERIFY(applied);
    QVERIFY2(applied->outcome == ExchangeService::ImportReport::Outcome::Applied,
             qPrintable(applied->problems.isEmpty() ? QString() : applied->problems.first().text()));

    // Nothing is dated after the import day; the case is filed before the listing; a state
    // change, a measure and an extension come on or after the listing's decision; a listing sent
    // again is not decided after its extension. Each while only checking (after the first fault).
    QJsonObject born = subject;
    born.insert(QStringLiteral("key"), QStringLiteral("D2"));
    born.insert(QStringLiteral("birth_date"), QStringLiteral("2026-07-01"));
    QJsonObject filed = listing(QStringLiteral("DL4"), QStringLiteral("2026-01-31"));
    filed.insert(QStringLiteral("filing_date"), QStringLiteral("2026-02-01"));
    // A filing date in the future is named once, not compared with the decision date too.
    QJsonObject filedLater = listing(QStringLiteral("DL6"), QStringLiteral("2026-06-01"));
    filedLater.insert(QStringLiteral("filing_date"), QStringLiteral("2026-07-01"));
    const qint64 listings = count("listing");
    auto rejected = import(QStringLiteral("dates-2"), sequence + 1,
                           {born, listing(QStringLiteral("DL3"), QStringLiteral("2026-07-01")), filed,
                            masked(QStringLiteral("DL1"), QStringLiteral("2026-01-09")),
                            measure(QStringLiteral("DA1"), QStringLiteral("DL1"), QStringLiteral("2026-01-05")),
                            extension(QStringLiteral("DL1"), QStringLiteral("2026-07-01")),
                            listing(QStringLiteral("DL2"), QStringLiteral("2026-03-02")),
                            // Right: on the decision date, the day of the extension, today.
                            measure(QStringLiteral("DA2"), QStringLiteral("DL1"), QStringLiteral("2026-01-10")),
                            masked(QStringLiteral("DL1"), QStringLiteral("2026-01-10")),
                            listing(QStringLiteral("DL5"), QStringLiteral("2026-06-30")),
                            // An extension only checked; its listing sent again, decided after it.
                            extension(QStringLiteral("DL1"), QStringLiteral("2026-02-01")),
                            listing(QStringLiteral("DL1"), QStringLiteral("2026-02-02")), filedLater});
    QVERIFY(rejected);
    QVERIFY(rejected->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    QCOMPARE(problemsOf(*rejected),
             QStringList({QStringLiteral("2 birth_date"), QStringLiteral("3 decision_date"),
                          QStringLiteral("4 filing_date"), QStringLiteral("5 on"), QStringLiteral("6 started_on"),
                          QStringLiteral("7 on"), QStringLiteral("8 decision_date"), QStringLiteral("13 decision_date"),
                          QStringLiteral("14 filing_date")}));
    QVERIFY2(rejected->problems.at(1).text().contains(QStringLiteral("today is 2026-06-30")),
             qPrintable(rejected->problems.at(1).text()));
    QVERIFY2(rejected->problems.at(2).text().contains(QStringLiteral("2026-01-31")),
             qPrintable(rejected->problems.at(2).text()));
    QVERIFY2(rejected->problems.at(3).text().contains(QStringLiteral("2026-01-10")),
             qPrintable(rejected->problems.at(3).text()));
    QVERIFY2(rejected->problems.at(6).text().contains(QStringLiteral("2026-03-01")),
             qPrintable(rejected->problems.at(6).text()));
    QVERIFY2(rejected->problems.at(7).text().contains(QStringLiteral("2026-02-01")),
             qPrintable(rejected->problems.at(7).text()));
    QCOMPARE(count("listing"), listings);

    // While writing, each record alone: a state change and a measure before the decision; the
    // listing sent again, decided after its extension, by its key and found by its case (also
    // while only checking); then on the day of the extension, which is right.
    QJsonObject byCase = listing(QStringLiteral("DL2"), QStringLiteral("2026-03-02"));
    byCase.insert(QStringLiteral("key"), QStringLiteral("DL2-by-case"));
    const QList<QPair<QList<QJsonObject>, QStringList>> alone = {
        {{masked(QStringLiteral("DL1"), QStringLiteral("2026-01-09"))}, {QStringLiteral("2 on")}},
        {{measure(QStringLiteral("DA3"), QStringLiteral("DL1"), QStringLiteral("2026-01-05"))},
         {QStringLiteral("2 started_on")}},
        {{listing(QStringLiteral("DL2"), QStringLiteral("2026-03-02"))}, {QStringLiteral("2 decision_date")}},
        {{byCase}, {QStringLiteral("2 decision_date")}},
        {{listing(QStringLiteral("DL2"), QStringLiteral("2026-03-02")), byCase},
         {QStringLiteral("2 decision_date"), QStringLiteral("3 decision_date")}}};
    for (const auto &[records, expected] : alone) {
        auto resent = import(QStringLiteral("dates-3"), sequence + 1, records);
        QVERIFY(resent);
        QVERIFY(resent->outcome == ExchangeService::ImportReport::Outcome::Rejected);
        QCOMPARE(problemsOf(*resent), expected);
    }
    auto sameDay = import(QStringLiteral("dates-4"), sequence + 1,
                          {listing(QStringLiteral("DL2"), QStringLiteral("2026-03-01")),
                           masked(QStringLiteral("DL2"), QStringLiteral("2026-03-01"))});
    QVERIFY(sameDay);
    QVERIFY2(sameDay->outcome == ExchangeService::ImportReport::Outcome::Applied,
             qPrintable(sameDay->problems.isEmpty() ? QString() : sameDay->problems.first().text()));
}

void TestExchange::recordsWithFaultsAreNotNamedMissing()
{
    // A subject and a listing with faults of their own found while parsing: the records that name
    // them are not told as well that there is no such subject or listing, and a second record
    // with the key of one is named. A key nowhere is still named.
    const QString first17 = QStringLiteral("11010519750612041");
    const QString valid = first17 + IdNumber::checkCharacter(first17);
    const QString wrongCheck = first17 + (valid.back() == u'1' ? u'2' : u'1');
    auto subject = [](const QString &idNumber) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("subject")},
                           {QStringLiteral("key"), QStringLiteral("F1")},
                           {QStringLiteral("kind"), QStringLiteral("person")},
                           {QStringLiteral("name"), QStringLiteral("有误记录")},
                           {QStringLiteral("id_number"), idNumber}};
    };
    auto listing = [&](const QString &key, const QString &decided) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("listing")},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("subject"), QStringLiteral("F1")},
                           {QStringLiteral("court"), m_court},
                           {QStringLiteral("case_number"), QStringLiteral("(2026)京0101执77%1号").arg(key.mid(2))},
                           {QStringLiteral("ground"), 2},
                           {QStringLiteral("period_months"), 24},
                           {QStringLiteral("decision_date"), decided}};
    };
    auto masked = [](const QString &key) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("listing_state")},
                           {QStringLiteral("listing"), key},
                           {QStringLiteral("state"), QStringLiteral("masked")},
                           {QStringLiteral("on"), QStringLiteral("2026-06-01")}};
    };
    const QJsonObject measure{{QStringLiteral("type"), QStringLiteral("measure_application")},
                              {QStringLiteral("key"), QStringLiteral("FA1")},
                              {QStringLiteral("listing"), QStringLiteral("FL1")},
                              {QStringLiteral("measure"), m_measure},
                              {QStringLiteral("department"), m_department},
                              {QStringLiteral("started_on"), QStringLiteral("2026-06-01")}};
    const QJsonObject extension{{QStringLiteral("type"), QStringLiteral("listing_extension")},
                                {QStringLiteral("listing"), QStringLiteral("FL1")},
                                {QStringLiteral("months"), 12},
                                {QStringLiteral("on"), QStringLiteral("2026-06-01")}};
    const qint64 subjects = count("subject");
    const qint64 listings = count("listing");
    auto rejected =
        importRecords(QStringLiteral("faulty"), nextSequence(),
                      {subject(wrongCheck), listing(QStringLiteral("FL1"), QStringLiteral("2026-07-01")),
                       listing(QStringLiteral("FL2"), QStringLiteral("2026-05-01")), masked(QStringLiteral("FL1")),
                       measure, extension, subject(valid), listing(QStringLiteral("FL1"), QStringLiteral("2026-05-01")),
                       masked(QStringLiteral("FL-nowhere"))},
                      QDate(2026, 6, 30));
    QVERIFY(rejected);
    QVERIFY(rejected->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    QCOMPARE(problemsOf(*rejected),
             QStringList({QStringLiteral("2 id_number"), QStringLiteral("3 decision_date"), QStringLiteral("8 key"),
                          QStringLiteral("9 key"), QStringLiteral("10 listing")}));
    QCOMPARE(count("subject"), subjects);
    QCOMPARE(count("listing"), listings);
}

void TestExchange::waitingPackageTheDeskFailsIsKept()
{
    // Package N+1 arrives first and waits; when N is applied, the desk fails to write N+1 (a
    // trigger of this connection stands for a full disk): N stays applied, N+1 is kept waiting,
    // not dropped, and sending it again applies it.
    const qint64 sequence = nextSequence();
    auto department = [](const QString &name) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("department")}, {QStringLiteral("name"), name}};
    };
    const QString laterPath = writePackage(QStringLiteral("kept-2.jsonl"), QStringLiteral("package-kept-2"),
                                           sequence + 1, {department(QStringLiteral("等待测试局"))});
    ExchangeService service(m_db.database());
    auto early = service.importPackage(test::officer(), laterPath);
    QVERIFY(early && early->outcome == ExchangeService::ImportReport::Outcome::Waiting);
    QSqlQuery trigger(m_db.database().connection());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER fail_department BEFORE INSERT ON department WHEN "
                                        "NEW.name = '等待测试局' BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    auto first = service.importPackage(test::officer(),
                                       writePackage(QStringLiteral("kept-1.jsonl"), QStringLiteral("package-kept-1"),
                                                    sequence, {department(QStringLiteral("先到测试局"))}));
    QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER fail_department")));
    QVERIFY(first);
    QVERIFY(first->outcome == ExchangeService::ImportReport::Outcome::Applied);
    QVERIFY(first->alsoApplied.isEmpty());
    QVERIFY2(!first->problems.isEmpty() && first->problems.last().reason.contains(QStringLiteral("was kept")),
             qPrintable(first->problems.isEmpty() ? QString() : first->problems.last().text()));
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT state FROM exchange_package WHERE id = 'package-kept-2'"))
                 .toString(),
             QStringLiteral("waiting"));
    QCOMPARE(scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM department WHERE name IN ('先到测试局', "
                                                    "'等待测试局')"))
                 .toInt(),
             1);
    auto again = service.importPackage(test::officer(), laterPath);
    QVERIFY(again);
    QVERIFY2(again->outcome == ExchangeService::ImportReport::Outcome::Applied,
             qPrintable(again->problems.isEmpty() ? QString() : again->problems.first().text()));
    QCOMPARE(
        scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM department WHERE name = '等待测试局'")).toInt(),
        1);
}

void TestExchange::creditorRefusedForSixMonths()
{
    // SPC rules Art. 10: after a deletion on a creditor's application, that creditor's new
    // application against the subject within six months is refused: in a later package, in the
    // same package (while writing and while only checking), and on the desk itself.
    const QDate today(2026, 11, 28);
    const QString creditor = QStringLiteral("某信贷有限公司");
    auto subject = [](const QString &key, const QString &first17) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("subject")},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("kind"), QStringLiteral("person")},
                           {QStringLiteral("name"), QString(QStringLiteral("债权人规则") + key)},
                           {QStringLiteral("id_number"), QString(first17 + IdNumber::checkCharacter(first17))}};
    };
    auto listing = [&](const QString &key, const QString &subjectKey, const QString &decided,
                       const QString &byCreditor) {
        QJsonObject record{{QStringLiteral("type"), QStringLiteral("listing")},
                           {QStringLiteral("key"), key},
                           {QStringLiteral("subject"), subjectKey},
                           {QStringLiteral("court"), m_court},
                           {QStringLiteral("case_number"), QStringLiteral("(2026)京0101执88%1号").arg(key.mid(2))},
                           {QStringLiteral("ground"), 2},
                           {QStringLiteral("period_months"), 24},
                           {QStringLiteral("decision_date"), decided}};
        if (!byCreditor.isEmpty())
            record.insert(QStringLiteral("creditor"), byCreditor);
        return record;
    };
    auto deleted = [](const QString &key, const QString &on, const QString &byCreditor) {
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("listing_state")},
                           {QStringLiteral("listing"), key},
                           {QStringLiteral("state"), QStringLiteral("deleted")},
                           {QStringLiteral("deletion_event"), QStringLiteral("creditor")},
                           {QStringLiteral("on"), on},
                           {QStringLiteral("creditor"), byCreditor}};
    };

    // Listed on the creditor's application, deleted on it (the name in traditional characters).
    auto first =
        importRecords(QStringLiteral("creditor-1"), nextSequence(),
                      {subject(QStringLiteral("CR1"), QStringLiteral("11010519790314021")),
                       listing(QStringLiteral("CL1"), QStringLiteral("CR1"), QStringLiteral("2026-01-05"), creditor),
                       deleted(QStringLiteral("CL1"), QStringLiteral("2026-03-02"), QStringLiteral("某信貸有限公司"))},
                      today);
    QVERIFY(first);
    QVERIFY2(first->outcome == ExchangeService::ImportReport::Outcome::Applied,
             qPrintable(first->problems.isEmpty() ? QString() : first->problems.first().text()));
    QCOMPARE(
        scalar(m_db.database(), QStringLiteral("SELECT l.creditor FROM listing l JOIN exchange_key k ON k.local_id "
                                               "= l.id AND k.kind = 'listing' WHERE k.key = 'CL1'"))
            .toString(),
        creditor);

    // A later package: the same creditor before the six months are over, another creditor, the
    // same creditor from the day they end, the court on its own motion; a creditor on a change
    // that is no deletion on the creditor's application.
    QJsonObject masked = deleted(QStringLiteral("CL3"), QStringLiteral("2026-07-01"), creditor);
    masked.insert(QStringLiteral("state"), QStringLiteral("masked"));
    masked.remove(QStringLiteral("deletion_event"));
    auto later = importRecords(
        QStringLiteral("creditor-2"), nextSequence(),
        {listing(QStringLiteral("CL2"), QStringLiteral("CR1"), QStringLiteral("2026-06-01"), creditor),
         listing(QStringLiteral("CL3"), QStringLiteral("CR1"), QStringLiteral("2026-06-01"),
                 QStringLiteral("另一公司")),
         listing(QStringLiteral("CL4"), QStringLiteral("CR1"), QStringLiteral("2026-09-02"), creditor),
         listing(QStringLiteral("CL5"), QStringLiteral("CR1"), QStringLiteral("2026-06-01"), QString()), masked},
        today);
    QVERIFY(later);
    QVERIFY(later->outcome == ExchangeService::ImportReport::Outcome::Rejected);
    QCOMPARE(problemsOf(*later), QStringList({QStringLiteral("2 creditor"), QStringLiteral("6 creditor")}));
    QVERIFY2(later->problems.first().reason.contains(QStringLiteral("2026-09-02")),
             qPrintable(later->problems.first().text()));

    // In one package: while writing, and while only checking (after a fault on line 2).
    const QList<QJsonObject> oneBody = {
        subject(QStringLiteral("CR2"), QStringLiteral("11010519790314022")),
        listing(QStringLiteral("CM1"), QStringLiteral("CR2"), QStringLiteral("2026-01-05"), creditor),
        deleted(QStringLiteral("CM1"), QStringLiteral("2026-03-02"), creditor),
        listing(QStringLiteral("CM2"), QStringLiteral("CR2"), QStringLiteral("2026-04-01"), creditor)};
    auto writing = importRecords(QStringLiteral("creditor-3"), nextSequence(), oneBody, today);
    QVERIFY(writing);
    QCOMPARE(problemsOf(*writing), QStringList({QStringLiteral("5 creditor")}));
    QList<QJsonObject> checking = oneBody;
    checking.prepend(deleted(QStringLiteral("CM-nowhere"), QStringLiteral("2026-03-02"), creditor));
    auto checked = importRecords(QStringLiteral("creditor-4"), nextSequence(), checking, today);
    QVERIFY(checked);
    QCOMPARE(problemsOf(*checked), QStringList({QStringLiteral("2 listing"), QStringLiteral("6 creditor")}));

    // While only checking, a subject of the cache sent again: the deletions of earlier packages
    // and of this one (of its listing of the cache) count as well.
    auto applied = importRecords(
        QStringLiteral("creditor-5"), nextSequence(),
        {listing(QStringLiteral("CL7"), QStringLiteral("CR1"), QStringLiteral("2026-01-20"), QString())}, today);
    QVERIFY(applied && applied->outcome == ExchangeService::ImportReport::Outcome::Applied);
    auto resent =
        importRecords(QStringLiteral("creditor-6"), nextSequence(),
                      {deleted(QStringLiteral("CM-nowhere"), QStringLiteral("2026-03-02"), creditor),
                       subject(QStringLiteral("CR1"), QStringLiteral("11010519790314021")),
                       listing(QStringLiteral("CL6"), QStringLiteral("CR1"), QStringLiteral("2026-06-01"), creditor),
                       deleted(QStringLiteral("CL7"), QStringLiteral("2026-04-01"), QStringLiteral("第三公司")),
                       listing(QStringLiteral("CL8"), QStringLiteral("CR1"), QStringLiteral("2026-05-01"),
                               QStringLiteral("第三公司"))},
                      today);
    QVERIFY(resent);
    QCOMPARE(problemsOf(*resent),
             QStringList({QStringLiteral("2 listing"), QStringLiteral("4 creditor"), QStringLiteral("6 creditor")}));

    // The same while only checking, the subject of the cache sent under a new key (found by its
    // identifier).
    auto rekeyed = importRecords(
        QStringLiteral("creditor-6b"), nextSequence(),
        {deleted(QStringLiteral("CM-nowhere"), QStringLiteral("2026-03-02"), creditor),
         subject(QStringLiteral("CR1-new"), QStringLiteral("11010519790314021")),
         listing(QStringLiteral("CL10"), QStringLiteral("CR1-new"), QStringLiteral("2026-06-01"), creditor)},
        today);
    QVERIFY(rekeyed);
    QCOMPARE(problemsOf(*rekeyed), QStringList({QStringLiteral("2 listing"), QStringLiteral("4 creditor")}));

    // The creditor is stored through Qt SQL as through SQLite's interface, and a listing sent
    // again without one keeps it.
    auto creditorOf = [&](const QString &key) {
        return scalar(m_db.database(),
                      QStringLiteral("SELECT l.creditor FROM listing l JOIN exchange_key k ON "
                                     "k.local_id = l.id AND k.kind = 'listing' WHERE k.key = ?"),
                      {key})
            .toString();
    };
    {
        const QString path =
            writePackage(QStringLiteral("creditor-7.jsonl"), QStringLiteral("package-creditor-7"), nextSequence(),
                         {listing(QStringLiteral("CL9"), QStringLiteral("CR1"), QStringLiteral("2026-10-01"),
                                  QStringLiteral("某公司"))});
        ExchangeService service(m_db.database());
        service.setToday(today);
        service.setDirectSqliteWrites(false);
        auto qtWritten = service.importPackage(test::officer(), path);
        QVERIFY(qtWritten && qtWritten->outcome == ExchangeService::ImportReport::Outcome::Applied);
        QVERIFY(!qtWritten->writtenDirectly);
    }
    QCOMPARE(creditorOf(QStringLiteral("CL9")), QStringLiteral("某公司"));
    auto withoutCreditor = importRecords(
        QStringLiteral("creditor-8"), nextSequence(),
        {listing(QStringLiteral("CL9"), QStringLiteral("CR1"), QStringLiteral("2026-10-01"), QString())}, today);
    QVERIFY(withoutCreditor && withoutCreditor->outcome == ExchangeService::ImportReport::Outcome::Applied);
    QCOMPARE(creditorOf(QStringLiteral("CL9")), QStringLiteral("某公司"));

    // The desk's own record of a listing sees the deletion the package brought.
    ListingDraft draft;
    draft.subjectId = scalar(m_db.database(), QStringLiteral("SELECT local_id FROM exchange_key WHERE kind = "
                                                             "'subject' AND key = 'CR1'"))
                          .toLongLong();
    QVERIFY(draft.subjectId > 0);
    draft.courtCode = m_court;
    draft.caseNumber = QStringLiteral("(2026)京0101执8899号");
    draft.ground = ListingGround::EvadesBySham;
    draft.decisionDate = QDate(2026, 5, 1);
    draft.creditor = creditor;
    draft.reason = QStringLiteral("法院决定纳入");
    auto refused = CourtListService(m_db.database()).recordListing(test::officer(), draft);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("Art. 10")), qPrintable(refused.error()));
    // The dossier's history names the creditor of the deletion.
    auto dossier = DossierService(m_db.database()).open(test::officer(), draft.subjectId);
    QVERIFY(dossier);
    const QList<TimelineEntry> history = dossier->timeline();
    QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const TimelineEntry &entry) {
        return entry.detail.contains(QStringLiteral("某信貸有限公司"));
    }));
    // A listing decided before the deletion is not refused by it.
    draft.decisionDate = QDate(2026, 3, 1);
    auto before = CourtListService(m_db.database()).recordListing(test::officer(), draft);
    QVERIFY2(before, qPrintable(before ? QString() : before.error()));
}

QTEST_MAIN(TestExchange)
#include "test_exchange.moc"
