// Tests of the command-line contract that scripts and later checks rely on: exit codes,
// one line per checked value, the JSON of search, and audit verification after tampering.
#include "TestDatabase.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace creditdesk;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QStringList &arguments, const QMap<QString, QString> &environment = {})
{
    QProcess process;
    QProcessEnvironment processEnvironment = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        processEnvironment.insert(it.key(), it.value());
    process.setProcessEnvironment(processEnvironment);
    process.start(QStringLiteral(CREDITDESK_CLI_PATH), arguments);
    Run run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void checkId();
    void searchJson();
    void searchErrors();
    void auditVerify();
    void actingAsUsers();
    void newDatabaseFirstAdmin();
    void benchSearch();
    void screenExitCodes();
    void feedbackCommand();
    void calendarFileFaults();

private:
    QTemporaryDir m_folder;
    QString m_database;
};

void TestCli::initTestCase()
{
    m_database = m_folder.filePath(QStringLiteral("cli.sqlite"));
    const Run run = runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_database, QStringLiteral("--subjects"),
                            QStringLiteral("800")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.contains(QStringLiteral("800 subjects")));
    const Run again = runCli({QStringLiteral("demo"), QStringLiteral("--db"), m_database});
    QCOMPARE(again.exitCode, 1); // never into an existing file
}

void TestCli::version()
{
    const Run run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(QStringLiteral("creditdesk-cli ")));
}

void TestCli::checkId()
{
    const Run valid = runCli(
        {QStringLiteral("check-id"), QStringLiteral("11010519491231002x"), QStringLiteral("91350100M000100Y43")});
    QCOMPARE(valid.exitCode, 0);
    QCOMPARE(valid.out.count(u'\n'), 2);
    QVERIFY(valid.out.contains(QStringLiteral("valid resident ID number")));
    QVERIFY(valid.out.contains(QStringLiteral("valid unified social credit code")));

    const Run invalid = runCli({QStringLiteral("check-id"), QStringLiteral("11010519491231002X"),
                                QStringLiteral("110105194912310021"), QStringLiteral("91350100M000100Y44")});
    QCOMPARE(invalid.exitCode, 1);
    const QStringList lines = invalid.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].contains(QStringLiteral(": valid")));
    QVERIFY(lines[1].contains(QStringLiteral("invalid resident ID number: The check character is 1 but should be X")));
    QVERIFY(lines[2].contains(QStringLiteral("invalid unified social credit code")));

    QCOMPARE(runCli({QStringLiteral("check-id")}).exitCode, 2);
}

void TestCli::searchJson()
{
    const Run run = runCli({QStringLiteral("search"), QStringLiteral("--db"), m_database, QStringLiteral("王"),
                            QStringLiteral("--limit"), QStringLiteral("5"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isArray());
    const QJsonArray rows = document.array();
    QCOMPARE(rows.size(), 5);
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        QVERIFY(row.value(QStringLiteral("name")).toString().startsWith(u'王'));
        const QString kind = row.value(QStringLiteral("kind")).toString();
        QVERIFY(kind == QLatin1String("person") || kind == QLatin1String("organisation"));
        QVERIFY(row.value(QStringLiteral("active")).isBool());
        QVERIFY(row.value(QStringLiteral("identifier")).toString().contains(u'*')
                || kind == QLatin1String("organisation"));
    }
}

void TestCli::searchErrors()
{
    QCOMPARE(runCli({QStringLiteral("search"), QStringLiteral("王")}).exitCode, 2);
    const Run missing = runCli({QStringLiteral("search"), QStringLiteral("--db"),
                                m_folder.filePath(QStringLiteral("none.sqlite")), QStringLiteral("王")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(missing.err.contains(QStringLiteral("does not exist")));
    QVERIFY(!QFile::exists(m_folder.filePath(QStringLiteral("none.sqlite"))));
    QCOMPARE(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
}

void TestCli::auditVerify()
{
    const QString copy = m_folder.filePath(QStringLiteral("tampered.sqlite"));
    {
        // A consistent copy to tamper with.
        test::TestDatabase db;
        QVERIFY(db.createDemo(200));
        QSqlQuery query(db.database().connection());
        QVERIFY(query.exec(QStringLiteral("VACUUM INTO '%1'").arg(copy)));
    }
    const Run intact = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy});
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.out + intact.err));
    QVERIFY(intact.out.contains(QStringLiteral("intact")));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(copy);
        QVERIFY(raw.open());
        QSqlQuery query(raw);
        QVERIFY(query.exec(QStringLiteral("UPDATE audit_entry SET actor = 'someone else' WHERE sequence = 3")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    const Run broken = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), copy});
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.out.contains(QStringLiteral("entry 3")), qPrintable(broken.out));
}

void TestCli::actingAsUsers()
{
    const QMap<QString, QString> admin = {{QStringLiteral("CREDITDESK_USER"), QStringLiteral("admin")},
                                          {QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("demo")}};
    const QMap<QString, QString> officer = {{QStringLiteral("CREDITDESK_USER"), QStringLiteral("officer")},
                                            {QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("demo")}};
    // Without a user, commands that act are refused and say how to give one.
    const Run anonymous = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_database, QStringLiteral("--out"),
                                  m_folder.filePath(QStringLiteral("b0.sqlite"))},
                                 {{QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("demo")}});
    QCOMPARE(anonymous.exitCode, 1);
    QVERIFY(anonymous.err.contains(QStringLiteral("--user")));
    // An officer may not back up; the admin may.
    QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_database, QStringLiteral("--out"),
                     m_folder.filePath(QStringLiteral("b1.sqlite"))},
                    officer)
                 .exitCode,
             1);
    const Run made = runCli({QStringLiteral("backup"), QStringLiteral("--db"), m_database, QStringLiteral("--out"),
                             m_folder.filePath(QStringLiteral("b2.sqlite"))},
                            admin);
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    QCOMPARE(runCli({QStringLiteral("integrity-check"), QStringLiteral("--db"),
                     m_folder.filePath(QStringLiteral("b2.sqlite"))})
                 .exitCode,
             0);

    // Masking policy set by the admin shows in the CLI's own output.
    const Run policy = runCli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--db"), m_database,
                               QStringLiteral("--mask"), QStringLiteral("resident_id=3,2"), QStringLiteral("--reason"),
                               QStringLiteral("office rule 4")},
                              admin);
    QVERIFY2(policy.exitCode == 0, qPrintable(policy.err));
    QCOMPARE(runCli({QStringLiteral("policy"), QStringLiteral("set"), QStringLiteral("--db"), m_database,
                     QStringLiteral("--mask"), QStringLiteral("resident_id=3,2"), QStringLiteral("--reason"),
                     QStringLiteral("x")},
                    officer)
                 .exitCode,
             1);
    const Run masked = runCli({QStringLiteral("search"), QStringLiteral("--db"), m_database, QStringLiteral("王"),
                               QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json")});
    const QJsonObject row = QJsonDocument::fromJson(masked.out.toUtf8()).array().first().toObject();
    const QString identifier = row.value(QStringLiteral("identifier")).toString();
    QCOMPARE(identifier.count(u'*'), 13);

    // Full identifiers only with a user and a reason, and the reveal is in the journal.
    QCOMPARE(runCli({QStringLiteral("search"), QStringLiteral("--db"), m_database, QStringLiteral("王"),
                     QStringLiteral("--reveal")},
                    officer)
                 .exitCode,
             2);
    const Run revealed =
        runCli({QStringLiteral("search"), QStringLiteral("--db"), m_database, QStringLiteral("王"),
                QStringLiteral("--limit"), QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--reveal"),
                QStringLiteral("--reason"), QStringLiteral("court request 88")},
               officer);
    QVERIFY2(revealed.exitCode == 0, qPrintable(revealed.err));
    const QString full = QJsonDocument::fromJson(revealed.out.toUtf8())
                             .array()
                             .first()
                             .toObject()
                             .value(QStringLiteral("identifier"))
                             .toString();
    QCOMPARE(full.size(), 18);
    QVERIFY(!full.contains(u'*'));
    QCOMPARE(full.left(3), identifier.left(3));
    const Run journal = runCli({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--db"), m_database,
                                QStringLiteral("--action"), QStringLiteral("identifier.reveal")},
                               {{QStringLiteral("CREDITDESK_USER"), QStringLiteral("auditor")},
                                {QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("demo")}});
    QVERIFY2(journal.exitCode == 0, qPrintable(journal.err));
    QVERIFY(journal.out.contains(QStringLiteral("officer")));
    QVERIFY(journal.out.contains(QStringLiteral("court request 88")));
    QVERIFY(!journal.out.contains(full));
}

void TestCli::newDatabaseFirstAdmin()
{
    const QString path = m_folder.filePath(QStringLiteral("office.sqlite"));
    const Run created = runCli({QStringLiteral("user"), QStringLiteral("create-admin"), QStringLiteral("--db"), path,
                                QStringLiteral("--name"), QStringLiteral("chief")},
                               {{QStringLiteral("CREDITDESK_NEW_PASSWORD"), QStringLiteral("chief password 1")}});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    // Only once.
    QCOMPARE(runCli({QStringLiteral("user"), QStringLiteral("create-admin"), QStringLiteral("--db"), path,
                     QStringLiteral("--name"), QStringLiteral("second")},
                    {{QStringLiteral("CREDITDESK_NEW_PASSWORD"), QStringLiteral("second password 1")}})
                 .exitCode,
             1);
    const QMap<QString, QString> chief = {
        {QStringLiteral("CREDITDESK_USER"), QStringLiteral("chief")},
        {QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("chief password 1")},
        {QStringLiteral("CREDITDESK_NEW_PASSWORD"), QStringLiteral("officer pass 1")}};
    const Run added =
        runCli({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--db"), path, QStringLiteral("--name"),
                QStringLiteral("zhang.san"), QStringLiteral("--roles"), QStringLiteral("officer,reviewer"),
                QStringLiteral("--reason"), QStringLiteral("new colleague")},
               chief);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const Run listed = runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), path}, chief);
    QVERIFY(listed.out.contains(QStringLiteral("chief\tadmin")));
    QVERIFY(listed.out.contains(QStringLiteral("zhang.san\tofficer,reviewer\tmust change password")));
    // The demo password is not a password here, and the new database has its reference data.
    QCOMPARE(runCli({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--db"), path},
                    {{QStringLiteral("CREDITDESK_USER"), QStringLiteral("chief")},
                     {QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("demo")}})
                 .exitCode,
             1);
    auto database = Database::open(path, QStringLiteral("office"));
    QVERIFY(database.ok());
    QSqlQuery query((*database)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT (SELECT count(*) FROM region), (SELECT count(*) FROM measure)"))
            && query.next());
    QCOMPARE(query.value(0).toInt(), 3210);
    QCOMPARE(query.value(1).toInt(), 49);
}

void TestCli::benchSearch()
{
    const Run run =
        runCli({QStringLiteral("bench"), QStringLiteral("search"), QStringLiteral("--db"), m_database,
                QStringLiteral("--per-class"), QStringLiteral("3"), QStringLiteral("--runs"), QStringLiteral("1")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.trimmed().split(u'\n');
    QVERIFY(lines.size() >= 9); // header, eight classes, summary
    static const QRegularExpression summary(QStringLiteral("^p95_max_ms=[0-9.]+ speedup_min=[0-9.]+$"));
    QVERIFY2(summary.match(lines.last()).hasMatch(), qPrintable(lines.last()));
    QVERIFY(run.out.contains(QStringLiteral("name-substring-3+")));
    QVERIFY(run.out.contains(QStringLiteral("case-number")));
}

void TestCli::screenExitCodes()
{
    const QMap<QString, QString> officer = {{QStringLiteral("CREDITDESK_USER"), QStringLiteral("officer")},
                                            {QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("demo")}};
    QString listedId;
    {
        auto database = Database::open(m_database, QStringLiteral("cli-screen-test"));
        QVERIFY(database);
        QSqlQuery query((*database)->connection());
        QVERIFY(query.exec(QStringLiteral("SELECT i.value FROM subject_identifier i JOIN listing l ON l.subject_id = "
                                          "i.subject_id WHERE i.type = 1 AND l.state = 1 AND l.period_months = 0 "
                                          "LIMIT 1")));
        QVERIFY(query.next());
        listedId = query.value(0).toString();
    }
    auto write = [this](const QString &name, const QByteArray &content) {
        QFile file(m_folder.filePath(name));
        file.open(QIODevice::WriteOnly);
        file.write(content);
        return file.fileName();
    };
    const QString out = m_folder.filePath(QStringLiteral("result.csv"));
    auto screen = [&](const QString &input) {
        return runCli(
            {QStringLiteral("screen"), QStringLiteral("--db"), m_database, input, QStringLiteral("--out"), out},
            officer);
    };
    const Run hit =
        screen(write(QStringLiteral("hit.csv"),
                     QStringLiteral("姓名,证件号码\n某人,%1\n王小明,110101199003070011\n").arg(listedId).toUtf8()));
    QVERIFY2(hit.exitCode == 3, qPrintable(hit.err + hit.out));
    QFile result(out);
    QVERIFY(result.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(result.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(0).contains(QStringLiteral("line,reference,name,identifier,result,score")));
    QVERIFY(lines.at(1).contains(QStringLiteral(",hit,1.00,")));
    QVERIFY(lines.at(2).contains(QStringLiteral(",no-hit,")));
    QVERIFY(!lines.at(1).contains(listedId)); // masked
    result.close();
    QFile::remove(out);
    QCOMPARE(
        screen(write(QStringLiteral("clean.csv"), QByteArray("name,id_number\n王小明,110101199003070011\n"))).exitCode,
        0);
    // A failed run leaves an earlier result file as it was, and nothing beside it.
    const QStringList before = QFileInfo(out).dir().entryList(QDir::Files);
    const QByteArray earlier = [&] {
        QFile file(out);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(earlier.contains("no-hit"));
    const Run unusable = screen(write(QStringLiteral("bad.csv"), QByteArray("city,phone\n合肥,1\n")));
    QCOMPARE(unusable.exitCode, 2);
    QVERIFY(unusable.err.contains(QStringLiteral("No column")));
    const Run nobody = screen(write(QStringLiteral("header-only.csv"), QByteArray("name,id_number\n")));
    QCOMPARE(nobody.exitCode, 2);
    QVERIFY2(nobody.err.contains(QStringLiteral("no applicant")), qPrintable(nobody.err));
    QFile kept(out);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), earlier);
    QStringList after = QFileInfo(out).dir().entryList(QDir::Files);
    after.removeAll(QStringLiteral("bad.csv"));
    after.removeAll(QStringLiteral("header-only.csv"));
    QCOMPARE(after, before);
}

void TestCli::calendarFileFaults()
{
    const QMap<QString, QString> admin = {{QStringLiteral("CREDITDESK_USER"), QStringLiteral("admin")},
                                          {QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("demo")}};
    const QString file = m_folder.filePath(QStringLiteral("notice-2027.csv"));
    auto import = [&](const QByteArray &bytes) {
        QFile csv(file);
        if (!csv.open(QIODevice::WriteOnly) || csv.write(bytes) != bytes.size())
            return Run{};
        csv.close();
        return runCli({QStringLiteral("calendar"), QStringLiteral("import"), QStringLiteral("--db"), m_database,
                       QStringLiteral("--year"), QStringLiteral("2027"), QStringLiteral("--reason"),
                       QStringLiteral("2027年安排"), file},
                      admin);
    };
    // Excel's "CSV" on Chinese Windows is GBK: refused, not stored garbled.
    const Run gbk = import(QByteArray("date,kind,name\n2027-02-06,off,\xB4\xBA\xBD\xDA\n"));
    QCOMPARE(gbk.exitCode, 2);
    QVERIFY2(gbk.err.contains(QStringLiteral("UTF-8")), qPrintable(gbk.err));
    // A day twice names both lines; a date with slashes is no date.
    const Run twice = import(QByteArray("date,kind,name\n2027-02-06,off,春节\n2027-02-06,workday,春节\n"));
    QCOMPARE(twice.exitCode, 2);
    QVERIFY2(twice.err.contains(QStringLiteral("line 3")) && twice.err.contains(QStringLiteral("line 2")),
             qPrintable(twice.err));
    const Run slashes = import(QByteArray("date,kind,name\n2027/02/06,off,春节\n"));
    QCOMPARE(slashes.exitCode, 2);
    QVERIFY2(slashes.err.contains(QStringLiteral("field date")), qPrintable(slashes.err));
}

void TestCli::feedbackCommand()
{
    // An application of the demo cache, read beside the CLI.
    QString application;
    QDate started;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("cli-feedback-read"));
        db.setDatabaseName(m_database);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral(
            "SELECT id, started_on FROM measure_application WHERE ended_on IS NULL ORDER BY id LIMIT 1")));
        QVERIFY(query.next());
        application = query.value(0).toString();
        started = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("cli-feedback-read"));
    const QMap<QString, QString> officer = {{QStringLiteral("CREDITDESK_USER"), QStringLiteral("officer")},
                                            {QStringLiteral("CREDITDESK_PASSWORD"), QStringLiteral("demo")}};
    auto record = [&](const QString &handling, const QString &date) {
        return runCli({QStringLiteral("feedback"), QStringLiteral("--db"), m_database, QStringLiteral("--application"),
                       application, QStringLiteral("--handling"), handling, QStringLiteral("--result"),
                       QStringLiteral("已限制其投标"), QStringLiteral("--date"), date, QStringLiteral("--reported-by"),
                       QStringLiteral("某市财政局")},
                      officer);
    };
    const Run recorded = record(QStringLiteral("2"), started.addDays(1).toString(Qt::ISODate));
    QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.err));
    QVERIFY(recorded.out.contains(QStringLiteral("recorded")));
    // A wrong handling is refused with its field; a date that is no date is a usage error.
    const Run wrongHandling = record(QStringLiteral("9"), started.addDays(1).toString(Qt::ISODate));
    QCOMPARE(wrongHandling.exitCode, 1);
    QVERIFY2(wrongHandling.err.contains(QStringLiteral("Handling")), qPrintable(wrongHandling.err));
    const Run noDate = record(QStringLiteral("2"), QStringLiteral("2026-13-01"));
    QCOMPARE(noDate.exitCode, 2);
    QVERIFY2(noDate.err.contains(QStringLiteral("--date")), qPrintable(noDate.err));
    // A missing option is a usage error, named, before anyone signs in.
    const Run noReporter =
        runCli({QStringLiteral("feedback"), QStringLiteral("--db"), m_database, QStringLiteral("--application"),
                application, QStringLiteral("--handling"), QStringLiteral("2"), QStringLiteral("--result"),
                QStringLiteral("已限制"), QStringLiteral("--date"), started.addDays(1).toString(Qt::ISODate)},
               officer);
    QCOMPARE(noReporter.exitCode, 2);
    QVERIFY2(noReporter.err.contains(QStringLiteral("--reported-by")), qPrintable(noReporter.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
