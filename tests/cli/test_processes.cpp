// Real processes on one database file: two reviewers deciding the same correction at once (one
// wins, the other is told and changes nothing); a file edited behind the program's back is
// caught by verify; and SIGKILL at 20 random points of a large write leaves the database
// intact with every transaction wholly present or wholly absent; the same for SIGKILL at 20
// random points of a package import: the package wholly in or wholly out.
#include "TestDatabase.h"
#include "domain/IdNumber.h"
#include "exchange/ExchangePackage.h"
#include "store/AuditJournal.h"
#include "store/BackupStore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace creditdesk;

namespace {

QProcess *startCli(const QStringList &arguments, const QString &user, QObject *parent)
{
    auto *process = new QProcess(parent);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CREDITDESK_USER"), user);
    environment.insert(QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("demo"));
    process->setProcessEnvironment(environment);
    process->start(QStringLiteral(CREDITDESK_CLI_PATH), arguments);
    return process;
}

} // namespace

class TestProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoReviewersOneCorrection();
    void tamperingBehindTheProgramIsCaught();
    void killDuringLargeWrite();
    void killDuringImport();
};

void TestProcesses::twoReviewersOneCorrection()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shared.sqlite"));
    {
        QProcess demo;
        demo.start(QStringLiteral(CREDITDESK_CLI_PATH), {QStringLiteral("demo"), QStringLiteral("--db"), path,
                                                         QStringLiteral("--subjects"), QStringLiteral("50")});
        QVERIFY(demo.waitForFinished(60000));
        QCOMPARE(demo.exitCode(), 0);
    }
    QProcess *registering =
        startCli({QStringLiteral("correction"), QStringLiteral("register"), QStringLiteral("--db"), path,
                  QStringLiteral("--listing"), QStringLiteral("1"), QStringLiteral("--field"),
                  QStringLiteral("obligation"), QStringLiteral("--value"), QStringLiteral("更正后的义务"),
                  QStringLiteral("--reason"), QStringLiteral("court letter")},
                 QStringLiteral("officer"), this);
    QVERIFY(registering->waitForFinished(60000));
    QCOMPARE(registering->exitCode(), 0);

    // A second reviewer account, so that two different reviewers decide.
    {
        QProcess add;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("demo"));
        environment.insert(QStringLiteral("CREDITDESK_NEW_PASSWORD"), QStringLiteral("second reviewer 1"));
        add.setProcessEnvironment(environment);
        add.start(QStringLiteral(CREDITDESK_CLI_PATH),
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), path,
                   QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--name"),
                   QStringLiteral("reviewer2"), QStringLiteral("--roles"), QStringLiteral("reviewer"),
                   QStringLiteral("--reason"), QStringLiteral("test")});
        QVERIFY(add.waitForFinished(60000));
        QCOMPARE(add.exitCode(), 0);
        QProcess change;
        QProcessEnvironment changeEnvironment = QProcessEnvironment::systemEnvironment();
        changeEnvironment.insert(QStringLiteral("CREDITDESK_USER"), QStringLiteral("reviewer2"));
        changeEnvironment.insert(QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("second reviewer 1"));
        changeEnvironment.insert(QStringLiteral("CREDITDESK_NEW_PASSWORD"), QStringLiteral("second reviewer 2"));
        change.setProcessEnvironment(changeEnvironment);
        change.start(QStringLiteral(CREDITDESK_CLI_PATH),
                     {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("--db"), path});
        QVERIFY(change.waitForFinished(60000));
        QCOMPARE(change.exitCode(), 0);
    }

    // Both saw version 1 and decide at the same time, in two processes.
    const QStringList common = {QStringLiteral("--db"),      path,
                                QStringLiteral("--id"),      QStringLiteral("1"),
                                QStringLiteral("--version"), QStringLiteral("1"),
                                QStringLiteral("--reason"),  QStringLiteral("checked")};
    QProcess *first = startCli(QStringList{QStringLiteral("correction"), QStringLiteral("approve")} + common,
                               QStringLiteral("reviewer"), this);
    auto *second = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("CREDITDESK_USER"), QStringLiteral("reviewer2"));
    environment.insert(QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("second reviewer 2"));
    second->setProcessEnvironment(environment);
    second->start(QStringLiteral(CREDITDESK_CLI_PATH),
                  QStringList{QStringLiteral("correction"), QStringLiteral("reject")} + common);
    QVERIFY(first->waitForFinished(60000));
    QVERIFY(second->waitForFinished(60000));
    const int succeeded = (first->exitCode() == 0 ? 1 : 0) + (second->exitCode() == 0 ? 1 : 0);
    QCOMPARE(succeeded, 1);
    const QString loserMessage =
        QString::fromUtf8(first->exitCode() == 0 ? second->readAllStandardError() : first->readAllStandardError());
    QVERIFY2(loserMessage.contains(QStringLiteral("already decided"))
                 || loserMessage.contains(QStringLiteral("Someone else")),
             qPrintable(loserMessage));
    QVERIFY(!loserMessage.contains(QStringLiteral("locked")));

    auto database = Database::open(path, QStringLiteral("check"));
    QVERIFY(database.ok());
    QSqlQuery query((*database)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM audit_entry WHERE action IN ('correction.approve', "
                                      "'correction.reject')"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    query.finish();
    QVERIFY(AuditJournal((*database)->connection()).verify().intact);
}

void TestProcesses::tamperingBehindTheProgramIsCaught()
{
    test::TestDatabase db;
    QVERIFY(db.createDemo(30));
    // Another program edits the file while CreditDesk has it open.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("behind"));
        raw.setDatabaseName(db.path());
        QVERIFY(raw.open());
        QSqlQuery edit(raw);
        QVERIFY(edit.exec(QStringLiteral("UPDATE audit_entry SET reason = 'quietly changed' WHERE sequence = 2")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("behind"));
    const AuditJournal::Verification result = AuditJournal(db.database().connection()).verify();
    QVERIFY(!result.intact);
    QCOMPARE(result.firstBrokenSequence, 2);
    QProcess verify;
    verify.start(QStringLiteral(CREDITDESK_CLI_PATH),
                 {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), db.path()});
    QVERIFY(verify.waitForFinished(60000));
    QCOMPARE(verify.exitCode(), 1);
}

void TestProcesses::killDuringLargeWrite()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a POSIX signal");
#else
    QTemporaryDir folder;
    QRandomGenerator random(20261126);
    int checked = 0;
    int interruptedMidway = 0;
    for (int round = 0; round < 20; ++round) {
        const QString path = folder.filePath(QStringLiteral("killed-%1.sqlite").arg(round));
        QProcess writer;
        writer.start(QStringLiteral(CREDITDESK_CLI_PATH),
                     {QStringLiteral("demo"), QStringLiteral("--db"), path, QStringLiteral("--subjects"),
                      QStringLiteral("100000"), QStringLiteral("--batch-size"), QStringLiteral("500")});
        QVERIFY(writer.waitForStarted());
        // Wait until subjects are being written (the first progress line), then kill at a
        // random moment of the write: on a slow (sanitizer) build as on a fast one.
        QByteArray progress;
        QElapsedTimer waited;
        waited.start();
        while (!progress.contains(" of ") && writer.state() == QProcess::Running && waited.elapsed() < 120000) {
            writer.waitForReadyRead(100);
            progress += writer.readAllStandardError();
        }
        const int delay = random.bounded(1000);
        QTest::qWait(delay);
        writer.kill(); // SIGKILL: no cleanup, no rollback by the program
        QVERIFY(writer.waitForFinished(10000));
        if (!QFile::exists(path) || QFileInfo(path).size() == 0)
            continue; // killed before the file was created

        const Status integrity = BackupStore::checkFile(path);
        QVERIFY2(integrity.ok(),
                 qPrintable(QStringLiteral("round %1 after %2 ms: %3").arg(round).arg(delay).arg(integrity.error())));
        auto database = Database::open(path, QStringLiteral("killed"));
        QVERIFY2(database.ok(), qPrintable(database.ok() ? QString() : database.error()));
        const AuditJournal::Verification verification = AuditJournal((*database)->connection()).verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
        // Every batch is one transaction with its audit entry: the subjects present are exactly
        // those the committed batches announce, and nothing hangs off a missing subject.
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM subject), "
            "(SELECT coalesce(sum(json_extract(details, '$.subjects')), 0) FROM audit_entry WHERE action = "
            "'demo.generate'), "
            "(SELECT count(*) FROM listing WHERE subject_id NOT IN (SELECT id FROM subject)), "
            "(SELECT count(*) FROM measure_application WHERE listing_id NOT IN (SELECT id FROM listing)), "
            "(SELECT count(*) FROM subject_name_search)")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toLongLong(), query.value(1).toLongLong());
        ++checked;
        if (query.value(0).toLongLong() > 0 && query.value(0).toLongLong() < 100000)
            ++interruptedMidway;
        QCOMPARE(query.value(2).toLongLong(), 0);
        QCOMPARE(query.value(3).toLongLong(), 0);
        query.finish();
        QSqlQuery foreignKeys((*database)->connection());
        QVERIFY(foreignKeys.exec(QStringLiteral("PRAGMA foreign_key_check")));
        QVERIFY(!foreignKeys.next());
    }
    // The kills landed in the middle of the work, not before or after it.
    QCOMPARE(checked, 20);
    QVERIFY2(interruptedMidway >= 15, qPrintable(QString::number(interruptedMidway)));
    qInfo("%d of 20 kills checked, %d in the middle of writing subjects", checked, interruptedMidway);
#endif
}

void TestProcesses::killDuringImport()
{
#ifndef Q_OS_UNIX
    QSKIP("SIGKILL is a POSIX signal");
#else
    if (qEnvironmentVariableIsSet("CREDITDESK_SKIP_IMPORT_KILLS"))
        QSKIP("runs as the test test_processes_import_kills");
    QTemporaryDir folder;
    const QString base = folder.filePath(QStringLiteral("base.sqlite"));
    QString court;
    qint64 subjectsBefore = 0;
    {
        test::TestDatabase demo;
        QVERIFY(demo.createDemo(100));
        QSqlQuery query(demo.database().connection());
        QVERIFY(query.exec(QStringLiteral("SELECT min(code), (SELECT count(*) FROM subject) FROM court"))
                && query.next());
        court = query.value(0).toString();
        subjectsBefore = query.value(1).toLongLong();
        query.finish();
        QVERIFY(BackupStore::writeCopy(demo.database().connection(), base));
    }
    // A package of 6,000 subjects with a listing each.
    constexpr int people = 6000;
    const QString package = folder.filePath(QStringLiteral("package.jsonl"));
    PackageWriter writer;
    QVERIFY(writer.open(package));
    for (int index = 0; index < people; ++index) {
        const QString first17 = QStringLiteral("110101")
                                + QDate(1950, 1, 1).addDays(index / 999).toString(QStringLiteral("yyyyMMdd"))
                                + QStringLiteral("%1").arg(index % 999 + 1, 3, 10, QLatin1Char('0'));
        QVERIFY(writer.write({{QStringLiteral("type"), QStringLiteral("subject")},
                              {QStringLiteral("key"), QStringLiteral("S%1").arg(index)},
                              {QStringLiteral("kind"), QStringLiteral("person")},
                              {QStringLiteral("name"), QStringLiteral("导入%1").arg(index)},
                              {QStringLiteral("id_number"), QString(first17 + IdNumber::checkCharacter(first17))}}));
        QVERIFY(writer.write({{QStringLiteral("type"), QStringLiteral("listing")},
                              {QStringLiteral("key"), QStringLiteral("L%1").arg(index)},
                              {QStringLiteral("subject"), QStringLiteral("S%1").arg(index)},
                              {QStringLiteral("court"), court},
                              {QStringLiteral("case_number"), QStringLiteral("(2026)京0101执%1号").arg(index + 1)},
                              {QStringLiteral("ground"), 1},
                              {QStringLiteral("decision_date"), QStringLiteral("2026-06-01")}}));
    }
    PackageHeader header;
    header.packageId = QStringLiteral("kill-test");
    header.source = QStringLiteral("province");
    header.sequence = 1;
    QVERIFY(writer.finish(header));

    auto import = [&](const QString &path) {
        return startCli({QStringLiteral("import"), QStringLiteral("--db"), path, package}, QStringLiteral("officer"),
                        this);
    };
    // How long a whole import takes here (a sanitizer build is slower): the kills fall inside.
    const QString calibration = folder.filePath(QStringLiteral("calibration.sqlite"));
    QVERIFY(QFile::copy(base, calibration));
    QElapsedTimer timer;
    timer.start();
    QProcess *whole = import(calibration);
    QVERIFY(whole->waitForFinished(600000));
    QCOMPARE(whole->exitCode(), 0);
    const qint64 duration = timer.elapsed();

    QRandomGenerator random(20261127);
    int wholeIn = 0;
    int wholeOut = 0;
    for (int round = 0; round < 20; ++round) {
        const QString path = folder.filePath(QStringLiteral("import-%1.sqlite").arg(round));
        QVERIFY(QFile::copy(base, path));
        QProcess *importer = import(path);
        QVERIFY(importer->waitForStarted());
        const int delay = static_cast<int>(random.bounded(static_cast<quint32>(duration)));
        QTest::qWait(delay);
        if (importer->state() != QProcess::NotRunning) { // it may have finished already
            importer->kill();
            QVERIFY(importer->waitForFinished(10000));
        }

        const Status integrity = BackupStore::checkFile(path);
        QVERIFY2(integrity.ok(),
                 qPrintable(QStringLiteral("round %1 after %2 ms: %3").arg(round).arg(delay).arg(integrity.error())));
        auto database = Database::open(path, QStringLiteral("imported"));
        QVERIFY(database.ok());
        QSqlQuery query((*database)->connection());
        QVERIFY(
            query.exec(QStringLiteral("SELECT (SELECT count(*) FROM subject), (SELECT count(*) FROM exchange_package "
                                      "WHERE id = 'kill-test'), (SELECT count(*) FROM exchange_key), (SELECT "
                                      "count(*) FROM audit_entry WHERE action = 'exchange.import')")));
        QVERIFY(query.next());
        const bool in = query.value(1).toInt() == 1;
        QCOMPARE(query.value(0).toLongLong(), subjectsBefore + (in ? people : 0));
        QCOMPARE(query.value(2).toLongLong(), in ? 2 * people : 0);
        QCOMPARE(query.value(3).toInt(), in ? 1 : 0);
        query.finish();
        const AuditJournal::Verification verification = AuditJournal((*database)->connection()).verify();
        QVERIFY2(verification.intact, qPrintable(verification.problem));
        (in ? wholeIn : wholeOut)++;
        delete importer;
    }
    qInfo("20 kills during a %lld ms import: %d left the package wholly in, %d wholly out", duration, wholeIn,
          wholeOut);
    QVERIFY(wholeOut >= 5); // most kills fell before the commit
#endif
}

QTEST_GUILESS_MAIN(TestProcesses)
#include "test_processes.moc"
