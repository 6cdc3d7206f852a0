// Exchange packages: a package applied whole (subjects found by search keys, listings, state
// changes, measure applications, departments); the same package twice changing nothing; a
// package with faults rejected with line, field and reason and nothing written; a damaged body
// rejected; a package ahead of its sequence waiting and applied when the gap is filled; a cancel
// writing nothing; a case number in the other bracket form meaning the same listing; a key and
// an identifier of different subjects refused; a waiting package that cannot be applied at its
// turn dropped so a corrected one can follow; feedback packages out, each after the previous
// one; the reader on odd input; a package larger than the cache written with its search
// indexes suspended and rebuilt, with the same search entries, dates and statistics as row by
// row, and a cancel in the middle of it leaving the schema whole.
#include "Actors.h"
#include "Scalar.h"
#include "TestDatabase.h"
#include "domain/CreditCode.h"
#include "domain/IdNumber.h"
#include "exchange/ExchangePackage.h"
#include "workflow/ExchangeService.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
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

private:
    /// A valid resident ID number from a serial.
    static QString idNumber(int serial);
    QString writePackage(const QString &name, const QString &packageId, qint64 sequence,
                         const QList<QJsonObject> &records);
    qint64 count(const char *table);
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
    const QString path = m_db.folder() + u'/' + name;
    PackageWriter writer;
    if (!writer.open(path))
        return {};
    for (const QJsonObject &record : records) {
        if (!writer.write(record))
            return {};
    }
    PackageHeader header;
    header.packageId = packageId;
    header.source = QStringLiteral("province");
    header.sequence = sequence;
    header.created = QStringLiteral("2026-11-27T08:00:00Z");
    return writer.finish(header) ? path : QString();
}

qint64 TestExchange::count(const char *table)
{
    return scalar(m_db.database(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))).toLongLong();
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

QTEST_MAIN(TestExchange)
#include "test_exchange.moc"
