// Tests of opening databases: migrations from old versions, and refusal without modification
// of files that are not SQLite, are damaged, belong to another program or are newer; a failed
// statement says what it was for and what went wrong in words, through Qt SQL and SQLite's own
// interface alike.
#include "FileHash.h"
#include "TestDatabase.h"
#include "store/Migrations.h"
#include "store/NativeSqlite.h"
#include "store/Sql.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace creditdesk;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newDatabaseIsCurrent();
    void migratesVersionOneWithData();
    void refusesNewerVersion();
    void refusesNonSqlite();
    void refusesDamaged();
    void refusesForeignSqlite();
    void splitsTriggers();
    void failuresSayWhatWentWrong();
};

void TestDatabaseOpen::newDatabaseIsCurrent()
{
    test::TestDatabase db;
    QVERIFY(db.createEmpty());
    QCOMPARE(db.database().schemaVersion(), Database::currentSchemaVersion);
    QSqlQuery query(db.database().connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next());
    QCOMPARE(query.value(0).toInt(), 1);
    // A foreign key violation is refused.
    QVERIFY(
        !query.exec(QStringLiteral("INSERT INTO subject_identifier (subject_id, type, value) VALUES (999, 1, 'x')")));
}

void TestDatabaseOpen::migratesVersionOneWithData()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("old.sqlite"));
    {
        Database::Options options;
        options.targetVersion = 1;
        auto old = Database::open(path, QStringLiteral("old"), options);
        QVERIFY2(old.ok(), qPrintable(old.ok() ? QString() : old.error()));
        QCOMPARE((*old)->schemaVersion(), 1);
        QSqlQuery insert((*old)->connection());
        QVERIFY(
            insert.exec(QStringLiteral("INSERT INTO subject (kind, name, name_key, created_at, updated_at) "
                                       "VALUES (2, '合肥华信建材有限公司', '合肥华信建材有限公司', 'now', 'now')")));
    }
    auto current = Database::open(path, QStringLiteral("current"));
    QVERIFY2(current.ok(), qPrintable(current.ok() ? QString() : current.error()));
    QCOMPARE((*current)->schemaVersion(), Database::currentSchemaVersion);
    // The rows written under version 1 are in the search index that version 2 added.
    QSqlQuery query((*current)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM subject_name_search WHERE name_key LIKE '%华信建%'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestDatabaseOpen::refusesNewerVersion()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("newer.sqlite"));
    {
        auto db = Database::open(path, QStringLiteral("newer"));
        QVERIFY(db.ok());
        QSqlQuery query((*db)->connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = test::fileHash(path);
    auto again = Database::open(path, QStringLiteral("again"));
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(QStringLiteral("newer version")), qPrintable(again.error()));
    QVERIFY(again.error().contains(QStringLiteral("99")));
    QCOMPARE(test::fileHash(path), before);
}

void TestDatabaseOpen::refusesNonSqlite()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("notes.sqlite"));
    writeFile(path, QByteArrayLiteral("name,id\n王伟,110105194912310021\n"));
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path, QStringLiteral("text"));
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("not an SQLite file")), qPrintable(db.error()));
    QCOMPARE(test::fileHash(path), before);
}

void TestDatabaseOpen::refusesDamaged()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("damaged.sqlite"));
    {
        test::TestDatabase source;
        QVERIFY(source.createEmpty());
        QSqlQuery query(source.database().connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        const QString sourcePath = source.path();
        source.close();
        QFile file(sourcePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        // Keep the header, overwrite the schema page with noise.
        for (qsizetype i = 100; i < qMin<qsizetype>(bytes.size(), 4096); ++i)
            bytes[i] = static_cast<char>((i * 37) & 0xff);
        writeFile(path, bytes);
    }
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path, QStringLiteral("damaged"));
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("damaged")) || db.error().contains(QStringLiteral("Cannot open")),
             qPrintable(db.error()));
    QCOMPARE(test::fileHash(path), before);
}

void TestDatabaseOpen::refusesForeignSqlite()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray before = test::fileHash(path);
    auto db = Database::open(path, QStringLiteral("foreign"));
    QVERIFY(!db.ok());
    QVERIFY2(db.error().contains(QStringLiteral("another application")), qPrintable(db.error()));
    QCOMPARE(test::fileHash(path), before);
}

void TestDatabaseOpen::splitsTriggers()
{
    const QStringList statements = Migrations::statements(QStringLiteral(
        "-- comment\nCREATE TABLE a (x);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n  SELECT 1;\n  SELECT 2;\nEND;\n"
        "CREATE INDEX i ON a(x);\n"));
    QCOMPARE(statements.size(), 3);
    QVERIFY(statements[1].startsWith(QStringLiteral("CREATE TRIGGER")));
    QVERIFY(statements[1].endsWith(QStringLiteral("END;")));
}

void TestDatabaseOpen::failuresSayWhatWentWrong()
{
    test::TestDatabase db;
    QVERIFY(db.createEmpty());
    QSqlQuery create(db.database().connection());
    QVERIFY(create.exec(QStringLiteral("CREATE TABLE taken (id INTEGER PRIMARY KEY, value TEXT UNIQUE)")));
    QVERIFY(create.exec(QStringLiteral("INSERT INTO taken (value) VALUES ('a')")));

    // A value already taken, through Qt SQL: the purpose, the reason in words, SQLite's text.
    QSqlQuery again(db.database().connection());
    QVERIFY(again.prepare(QStringLiteral("INSERT INTO taken (value) VALUES ('a')")));
    const Status refused = sql::exec(again, QT_TRANSLATE_NOOP("Database", "store a setting"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(QStringLiteral("Could not store a setting: the change does not fit what is "
                                                       "stored")),
             qPrintable(refused.error()));
    QVERIFY2(refused.error().contains(QStringLiteral("UNIQUE constraint failed")), qPrintable(refused.error()));

    // The same through SQLite's own interface (where the driver shares CreditDesk's SQLite).
    if (sqlite3 *handle = native::sharedHandle(db.database().connection())) {
        native::Statement statement;
        QVERIFY(statement.prepare(handle, QByteArrayLiteral("INSERT INTO taken (value) VALUES ('a')")));
        const Status native = statement.run(QT_TRANSLATE_NOOP("Database", "store a setting"));
        QVERIFY(!native);
        QVERIFY2(native.error().startsWith(QStringLiteral("Could not store a setting: the change does not fit")),
                 qPrintable(native.error()));
    }

    // Another connection writing: the database is busy, said so, not only "database is locked".
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(db.path());
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(other.open());
        QSqlQuery hold(other);
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(hold.exec(QStringLiteral("INSERT INTO taken (value) VALUES ('b')")));
        QSqlQuery write(db.database().connection());
        QVERIFY(write.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
        QVERIFY(write.prepare(QStringLiteral("INSERT INTO taken (value) VALUES ('c')")));
        const Status busy = sql::exec(write, QT_TRANSLATE_NOOP("Database", "store a setting"));
        QVERIFY(!busy);
        QVERIFY2(busy.error().contains(QStringLiteral("another program or CreditDesk window is writing")),
                 qPrintable(busy.error()));
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        hold = QSqlQuery();
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));

    // A code without a sentence keeps SQLite's text alone.
    QCOMPARE(sql::sqliteReason(1, QStringLiteral("no such table: x")), QStringLiteral("no such table: x"));
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "test_database.moc"
