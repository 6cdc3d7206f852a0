// Backups: online copy with its own audit entry, rotation, integrity check, and a restore that
// refuses a damaged copy and leaves the current database untouched.
#include "Actors.h"
#include "FileHash.h"
#include "TestDatabase.h"
#include "store/AuditJournal.h"
#include "store/BackupStore.h"
#include "workflow/BackupService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace creditdesk;

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupIsConsistentAndAudited();
    void rotationKeepsNewest();
    void restoreChecksFirst();
    void restoreReplacesAndAudits();
    void restoreKeepsTheLastTransactionsAside();
};

void TestBackup::backupIsConsistentAndAudited()
{
    test::TestDatabase db;
    QVERIFY(db.createDemo(200));
    BackupService service(db.database());
    const QString out = db.folder() + QStringLiteral("/copy.sqlite");
    QVERIFY(!service.backup(test::officer(), out, QStringLiteral("x")).ok());
    QVERIFY(!QFile::exists(out));
    const Status made = service.backup(test::admin(), out, QStringLiteral("before the year-end update"));
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QVERIFY(BackupStore::checkFile(out).ok());
    QVERIFY(!service.backup(test::admin(), out, QStringLiteral("again")).ok()); // never overwrites
    auto copy = Database::open(out, QStringLiteral("copy"));
    QVERIFY(copy.ok());
    QSqlQuery query((*copy)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM subject")) && query.next());
    QCOMPARE(query.value(0).toInt(), 200);
    QVERIFY(query.exec(QStringLiteral("SELECT action FROM audit_entry ORDER BY sequence DESC LIMIT 1"))
            && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("backup.create"));
    query.finish();
    QVERIFY(AuditJournal((*copy)->connection()).verify().intact);
}

void TestBackup::rotationKeepsNewest()
{
    test::TestDatabase db;
    QVERIFY(db.createDemo(20));
    BackupService service(db.database());
    const QString folder = db.folder() + QStringLiteral("/backups");
    const QDateTime start(QDate(2026, 11, 1), QTime(8, 0), Qt::UTC);
    QString newest;
    for (int i = 0; i < 5; ++i) {
        auto path = service.backupToFolder(test::admin(), folder, 3, QStringLiteral("nightly"), start.addDays(i));
        QVERIFY2(path.ok(), qPrintable(path.ok() ? QString() : path.error()));
        newest = path.value();
    }
    const QStringList kept = BackupService::backupsIn(folder);
    QCOMPARE(kept.size(), 3);
    QCOMPARE(kept.first(), newest);
    QVERIFY(kept.last().endsWith(QStringLiteral("creditdesk-20261103-080000.sqlite")));
}

void TestBackup::restoreChecksFirst()
{
    test::TestDatabase db;
    QVERIFY(db.createDemo(50));
    const QString backup = db.folder() + QStringLiteral("/good.sqlite");
    QVERIFY(BackupService(db.database()).backup(test::admin(), backup, QStringLiteral("test")).ok());
    // A damaged copy: garbage over a data page.
    const QString damaged = db.folder() + QStringLiteral("/damaged.sqlite");
    QVERIFY(QFile::copy(backup, damaged));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write(QByteArray(8192, '\x5a'));
    }
    QVERIFY(!BackupStore::checkFile(damaged).ok());
    const QString target = db.path();
    db.close();
    const QByteArray before = test::fileHash(target);
    const Status refused = BackupService::restore(test::admin(), damaged, target, QStringLiteral("test"));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(QStringLiteral("not restored")));
    QCOMPARE(test::fileHash(target), before);
    QVERIFY(!BackupService::restore(test::officer(), backup, target, QStringLiteral("test")).ok());
    QCOMPARE(test::fileHash(target), before);
}

void TestBackup::restoreReplacesAndAudits()
{
    test::TestDatabase db;
    QVERIFY(db.createDemo(30));
    const QString backup = db.folder() + QStringLiteral("/good.sqlite");
    QVERIFY(BackupService(db.database()).backup(test::admin(), backup, QStringLiteral("test")).ok());
    {
        QSqlQuery query(db.database().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE subject SET name = '改坏的名字' WHERE id = 1")));
    }
    const QString target = db.path();
    db.close();
    QVERIFY(BackupService::restore(test::admin(), backup, target, QStringLiteral("undo a bad import")).ok());
    QVERIFY(QFile::exists(target + QStringLiteral(".before-restore")));
    auto restored = Database::open(target, QStringLiteral("restored"));
    QVERIFY(restored.ok());
    QSqlQuery query((*restored)->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT name FROM subject WHERE id = 1")) && query.next());
    QVERIFY(query.value(0).toString() != QStringLiteral("改坏的名字"));
    QVERIFY(query.exec(QStringLiteral("SELECT action, reason FROM audit_entry ORDER BY sequence DESC LIMIT 1"))
            && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("backup.restore"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("undo a bad import"));
    query.finish();
    QVERIFY(AuditJournal((*restored)->connection()).verify().intact);
}

void TestBackup::restoreKeepsTheLastTransactionsAside()
{
    // A database as a crash leaves it: the last transaction only in its write-ahead log.
    test::TestDatabase db;
    QVERIFY(db.createDemo(30));
    const QString backup = db.folder() + QStringLiteral("/good.sqlite");
    QVERIFY(BackupService(db.database()).backup(test::admin(), backup, QStringLiteral("test")).ok());
    {
        QSqlQuery query(db.database().connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE subject SET name = '最后的修改' WHERE id = 1")));
    }
    const QString crashed = db.folder() + QStringLiteral("/crashed.sqlite");
    QVERIFY(QFile::exists(db.path() + QStringLiteral("-wal")));
    for (const QString &part : {QString(), QStringLiteral("-wal")})
        QVERIFY(QFile::copy(db.path() + part, crashed + part));
    db.close();

    QVERIFY(BackupService::restore(test::admin(), backup, crashed, QStringLiteral("after a crash")).ok());
    QVERIFY(QFile::exists(crashed + QStringLiteral(".before-restore-wal")));
    // The set-aside database still has the transaction; the restored one has the backup's name.
    auto aside = Database::open(crashed + QStringLiteral(".before-restore"), QStringLiteral("aside"));
    QVERIFY2(aside.ok(), qPrintable(aside.ok() ? QString() : aside.error()));
    QSqlQuery asideName((*aside)->connection());
    QVERIFY(asideName.exec(QStringLiteral("SELECT name FROM subject WHERE id = 1")) && asideName.next());
    QCOMPARE(asideName.value(0).toString(), QStringLiteral("最后的修改"));
    asideName.finish();
    auto restored = Database::open(crashed, QStringLiteral("restored-crashed"));
    QVERIFY(restored.ok());
    QSqlQuery restoredName((*restored)->connection());
    QVERIFY(restoredName.exec(QStringLiteral("SELECT name FROM subject WHERE id = 1")) && restoredName.next());
    QVERIFY(restoredName.value(0).toString() != QStringLiteral("最后的修改"));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "test_backup.moc"
