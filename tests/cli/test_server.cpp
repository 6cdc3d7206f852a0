// Central server mode against a real PostgreSQL server started for the test on loopback: the
// server address and its faults; the schema made and migrated by the administrator, once, also
// when two migrate at the same time, and through creditdesk-cli server status|migrate; two desks editing the same
// entity, one after the other and at the same moment: one change is accepted and the other kept as a conflict, never
// overwriting; a desk offline for a while catching up in pages, in order; the server restarted
// in the middle of a desk's pulling, the desk reconnecting and going on without gaps or repeats.
#include "PostgresInstance.h"
#include "store/ServerStore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <thread>

using namespace creditdesk;

namespace {

/// The same installation UUID for a desk name in every test function (they share the server).
QString instanceOf(const QString &desk)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("6f1c1f4e-9a43-4b8e-8d0b-3b7f6b3c2a10")), desk)
        .toString(QUuid::WithoutBraces);
}

} // namespace

class TestServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addresses();
    void migratesOnce();
    void administratorUsesTheCommandLine();
    void concurrentEditsBecomeConflicts();
    void offlineDeskCatchesUp();
    void serverRestartedMidSync();

private:
    std::unique_ptr<ServerStore> connect(const QString &name, const QString &database = QStringLiteral("postgres"));
    static ServerStore::Change change(const QString &key, int baseVersion, const QString &decision);
    test::PostgresInstance m_server;
};

void TestServer::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    // Every test but migratesOnce (which makes a database of its own) works on a migrated server.
    auto admin = connect(QStringLiteral("admin"));
    QVERIFY(admin);
    const Status migrated = admin->migrate();
    QVERIFY2(migrated.ok(), qPrintable(migrated.error()));
}

std::unique_ptr<ServerStore> TestServer::connect(const QString &name, const QString &database)
{
    auto location = ServerStore::parseAddress(m_server.address(database));
    if (!location)
        return {};
    auto store = ServerStore::connect(location.value(), m_server.password(), name);
    if (!store)
        qWarning("%s", qPrintable(store.error()));
    return store ? std::move(store.value()) : nullptr;
}

ServerStore::Change TestServer::change(const QString &key, int baseVersion, const QString &decision)
{
    ServerStore::Change change;
    change.changeId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    change.entityType = QStringLiteral("objection");
    change.entityKey = key;
    change.baseVersion = baseVersion;
    change.action = QStringLiteral("objection.decide");
    change.payload = {{QStringLiteral("decision"), decision}};
    change.actor = QStringLiteral("reviewer");
    change.reason = QStringLiteral("复核意见");
    return change;
}

void TestServer::addresses()
{
    auto good = ServerStore::parseAddress(QStringLiteral("postgresql://officer@credit-server:5433/creditdesk"));
    QVERIFY(good);
    QCOMPARE(good->host, QStringLiteral("credit-server"));
    QCOMPARE(good->port, 5433);
    QCOMPARE(good->database, QStringLiteral("creditdesk"));
    QCOMPARE(good->user, QStringLiteral("officer"));
    QCOMPARE(ServerStore::parseAddress(QStringLiteral("postgresql://officer@host/db"))->port, 5432);
    // A password in the address is refused: it would show in process lists and shell history.
    const auto withPassword = ServerStore::parseAddress(QStringLiteral("postgresql://officer:secret@host/db"));
    QVERIFY(!withPassword);
    QVERIFY(withPassword.error().contains(QStringLiteral("CREDITDESK_SERVER_PASSWORD")));
    // Across a network TLS is required unless the address says otherwise; unknown options refused.
    QCOMPARE(good->sslMode, QStringLiteral("require"));
    QCOMPARE(ServerStore::parseAddress(QStringLiteral("postgresql://officer@127.0.0.1/db"))->sslMode,
             QStringLiteral("prefer"));
    auto verified = ServerStore::parseAddress(
        QStringLiteral("postgresql://officer@host/db?sslmode=verify-full&sslrootcert=/etc/creditdesk/ca.pem"));
    QVERIFY(verified);
    QCOMPARE(verified->sslMode, QStringLiteral("verify-full"));
    QCOMPARE(verified->sslRootCert, QStringLiteral("/etc/creditdesk/ca.pem"));
    QVERIFY(!ServerStore::parseAddress(QStringLiteral("postgresql://officer@host/db?password=secret")));
    QVERIFY(!ServerStore::parseAddress(QStringLiteral("postgresql://officer@host/db?sslmode=sometimes")));
    QVERIFY(!ServerStore::parseAddress(QStringLiteral("mysql://officer@host/db")));
    QVERIFY(!ServerStore::parseAddress(QStringLiteral("postgresql://host/db")));
    QVERIFY(!ServerStore::parseAddress(QStringLiteral("postgresql://officer@host")));
    // Nobody listening: a clear error naming the server.
    auto nowhere = ServerStore::parseAddress(QStringLiteral("postgresql://creditdesk@127.0.0.1:1/postgres"));
    QVERIFY(nowhere);
    auto unreachable = ServerStore::connect(nowhere.value(), QString(), QStringLiteral("unreachable"));
    QVERIFY(!unreachable);
    QVERIFY2(unreachable.error().contains(QStringLiteral("127.0.0.1:1/postgres")), qPrintable(unreachable.error()));
}

void TestServer::migratesOnce()
{
    {
        QSqlDatabase make = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("make-database"));
        make.setHostName(QStringLiteral("127.0.0.1"));
        make.setPort(m_server.port());
        make.setDatabaseName(QStringLiteral("postgres"));
        make.setUserName(QStringLiteral("creditdesk"));
        make.setPassword(m_server.password());
        QVERIFY2(make.open(), qPrintable(make.lastError().text()));
        QSqlQuery create(make);
        QVERIFY2(create.exec(QStringLiteral("CREATE DATABASE fresh")), qPrintable(create.lastError().text()));
        make.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("make-database"));
    auto first = connect(QStringLiteral("admin-1"), QStringLiteral("fresh"));
    QVERIFY(first);
    QCOMPARE(first->schemaVersion().value(), 0);
    // Two administrators migrate at the same moment (each thread its own connection): both
    // succeed, the schema is made once.
    Status firstResult = Error{QStringLiteral("no connection")};
    Status secondResult = Error{QStringLiteral("no connection")};
    auto migrateIn = [this](const QString &name, Status &result) {
        if (auto store = connect(name, QStringLiteral("fresh")))
            result = store->migrate();
    };
    std::thread a(migrateIn, QStringLiteral("admin-2"), std::ref(firstResult));
    std::thread b(migrateIn, QStringLiteral("admin-3"), std::ref(secondResult));
    a.join();
    b.join();
    QVERIFY2(firstResult.ok(), qPrintable(firstResult.error()));
    QVERIFY2(secondResult.ok(), qPrintable(secondResult.error()));
    QCOMPARE(first->schemaVersion().value(), ServerStore::latestVersion());
    QVERIFY(first->migrate().ok()); // again: nothing to do
    QCOMPARE(first->schemaVersion().value(), ServerStore::latestVersion());
}

void TestServer::administratorUsesTheCommandLine()
{
    auto cli = [this](const QStringList &arguments, QString *output = nullptr) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("CREDITDESK_SERVER_PASSWORD"), m_server.password());
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(CREDITDESK_CLI_PATH), QStringList{QStringLiteral("server")} + arguments);
        if (!process.waitForFinished(60000))
            return -1;
        if (output)
            *output = QString::fromUtf8(process.readAll());
        return process.exitCode();
    };
    QString output;
    QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--server"), m_server.address()}, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("version %1").arg(ServerStore::latestVersion())), qPrintable(output));
    QCOMPARE(cli({QStringLiteral("migrate"), QStringLiteral("--server"), m_server.address()}, &output), 0);
    QVERIFY2(output.contains(QStringLiteral("from version %1").arg(ServerStore::latestVersion())), qPrintable(output));
    // Faults: a password in the address, an unknown action, nobody listening.
    QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--server"),
                  QStringLiteral("postgresql://creditdesk:secret@127.0.0.1/postgres")},
                 &output),
             2);
    QVERIFY2(output.contains(QStringLiteral("CREDITDESK_SERVER_PASSWORD")), qPrintable(output));
    QCOMPARE(cli({QStringLiteral("drop"), QStringLiteral("--server"), m_server.address()}), 2);
    QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("--server"),
                  QStringLiteral("postgresql://creditdesk@127.0.0.1:1/postgres")},
                 &output),
             1);
    QVERIFY2(output.contains(QStringLiteral("127.0.0.1:1/postgres")), qPrintable(output));
}

void TestServer::concurrentEditsBecomeConflicts()
{
    auto deskA = connect(QStringLiteral("desk-a"));
    auto deskB = connect(QStringLiteral("desk-b"));
    QVERIFY(deskA && deskB);
    QVERIFY(
        deskA->registerDesk(QStringLiteral("A"), QStringLiteral("某市信用办"), instanceOf(QStringLiteral("A"))).ok());
    QVERIFY(
        deskB->registerDesk(QStringLiteral("B"), QStringLiteral("某区信用办"), instanceOf(QStringLiteral("B"))).ok());

    // Both desks read objection X at version 0 and decide it differently.
    const ServerStore::Change decisionA = change(QStringLiteral("X"), 0, QStringLiteral("corrected"));
    auto fromA = deskA->push(QStringLiteral("A"), decisionA);
    QVERIFY(fromA && fromA->accepted);
    QCOMPARE(fromA->serverVersion, 1);
    // The answer was lost and A sends the same change again: the same outcome, stored once.
    auto again = deskA->push(QStringLiteral("A"), decisionA);
    QVERIFY(again && again->accepted);
    QCOMPARE(again->sequence, fromA->sequence);
    QCOMPARE(again->serverVersion, 1);
    const ServerStore::Change fromBChange = change(QStringLiteral("X"), 0, QStringLiteral("upheld"));
    auto fromB = deskB->push(QStringLiteral("B"), fromBChange);
    QVERIFY(fromB);
    QVERIFY(!fromB->accepted);
    QCOMPARE(fromB->serverVersion, 1);
    QVERIFY(fromB->conflictId > 0);
    QCOMPARE(deskB->push(QStringLiteral("B"), fromBChange)->conflictId, fromB->conflictId); // again: one conflict
    // B's decision is kept for its officer, A's stands: nothing was overwritten.
    auto conflicts = deskB->openConflicts(QStringLiteral("B"));
    QVERIFY(conflicts);
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->first().change.payload.value(QStringLiteral("decision")).toString(), QStringLiteral("upheld"));
    QCOMPARE(conflicts->first().change.reason, QStringLiteral("复核意见"));
    auto seenByB = deskB->pull(QStringLiteral("B"), 0, 100);
    QVERIFY(seenByB);
    QCOMPARE(seenByB->size(), 1);
    QCOMPARE(seenByB->first().change.payload.value(QStringLiteral("decision")).toString(), QStringLiteral("corrected"));
    QCOMPARE(deskA->pull(QStringLiteral("A"), 0, 100)->size(), 0); // a desk does not pull its own

    // At the same moment, from version 1: exactly one is accepted, the other is a conflict.
    for (int round = 0; round < 10; ++round) {
        const QString key = QStringLiteral("Y%1").arg(round);
        QVERIFY(deskA->push(QStringLiteral("A"), change(key, 0, QStringLiteral("accepted")))->accepted);
        Result<ServerStore::PushOutcome> resultA = Error{QStringLiteral("no connection")};
        Result<ServerStore::PushOutcome> resultB = Error{QStringLiteral("no connection")};
        auto pushIn = [&](const QString &desk, const QString &decision, Result<ServerStore::PushOutcome> &result) {
            if (auto store = connect(QStringLiteral("push-") + desk))
                result = store->push(desk, change(key, 1, decision));
        };
        std::thread a(pushIn, QStringLiteral("A"), QStringLiteral("corrected"), std::ref(resultA));
        std::thread b(pushIn, QStringLiteral("B"), QStringLiteral("upheld"), std::ref(resultB));
        a.join();
        b.join();
        QVERIFY2(resultA && resultB, qPrintable(resultA ? resultB.error() : resultA.error()));
        QVERIFY(resultA->accepted != resultB->accepted);
        QCOMPARE(resultA->serverVersion, 2);
        QCOMPARE(resultB->serverVersion, 2);
    }
}

void TestServer::offlineDeskCatchesUp()
{
    auto deskA = connect(QStringLiteral("desk-a-offline"));
    QVERIFY(deskA);
    QVERIFY(
        deskA->registerDesk(QStringLiteral("A"), QStringLiteral("某市信用办"), instanceOf(QStringLiteral("A"))).ok());
    auto start = deskA->pull(QStringLiteral("C"), 0, 100000);
    QVERIFY(start);
    const qint64 before = start->isEmpty() ? 0 : start->last().sequence;
    // Desk C is offline while A records 45 decisions.
    for (int index = 0; index < 45; ++index)
        QVERIFY(
            deskA->push(QStringLiteral("A"), change(QStringLiteral("Z%1").arg(index), 0, QStringLiteral("corrected")))
                ->accepted);
    // C comes back and pulls in pages of 20 from where it was.
    auto deskC = connect(QStringLiteral("desk-c"));
    QVERIFY(deskC);
    QVERIFY(
        deskC->registerDesk(QStringLiteral("C"), QStringLiteral("某县信用办"), instanceOf(QStringLiteral("C"))).ok());
    qint64 since = before;
    QStringList keys;
    for (;;) {
        auto page = deskC->pull(QStringLiteral("C"), since, 20);
        QVERIFY(page);
        if (page->isEmpty())
            break;
        for (const auto &pulled : std::as_const(*page)) {
            QVERIFY(pulled.sequence > since);
            since = pulled.sequence;
            keys.append(pulled.change.entityKey);
        }
    }
    QCOMPARE(keys.size(), 45);
    QCOMPARE(keys.first(), QStringLiteral("Z0"));
    QCOMPARE(keys.last(), QStringLiteral("Z44"));
}

void TestServer::serverRestartedMidSync()
{
    auto deskA = connect(QStringLiteral("desk-a-restart"));
    auto deskD = connect(QStringLiteral("desk-d"));
    QVERIFY(deskA && deskD);
    QVERIFY(
        deskA->registerDesk(QStringLiteral("A"), QStringLiteral("某市信用办"), instanceOf(QStringLiteral("A"))).ok());
    QVERIFY(
        deskD->registerDesk(QStringLiteral("D"), QStringLiteral("某镇信用办"), instanceOf(QStringLiteral("D"))).ok());
    auto everything = deskD->pull(QStringLiteral("D"), 0, 100000);
    QVERIFY(everything);
    const qint64 before = everything->isEmpty() ? 0 : everything->last().sequence;
    for (int index = 0; index < 30; ++index)
        QVERIFY(
            deskA->push(QStringLiteral("A"), change(QStringLiteral("R%1").arg(index), 0, QStringLiteral("corrected")))
                ->accepted);
    qint64 since = before;
    QSet<qint64> seen;
    auto page = deskD->pull(QStringLiteral("D"), since, 10);
    QVERIFY(page && page->size() == 10);
    for (const auto &pulled : std::as_const(*page))
        seen.insert(pulled.sequence);
    since = page->last().sequence;

    // The server restarts while D is in the middle: the next pull fails with a clear error.
    const int port = m_server.port();
    QVERIFY2(m_server.stop(), qPrintable(m_server.error()));
    auto failed = deskD->pull(QStringLiteral("D"), since, 10);
    QVERIFY(!failed);
    QVERIFY(!failed.error().isEmpty());
    QVERIFY2(m_server.start(), qPrintable(m_server.error()));
    QCOMPARE(m_server.port(), port);
    // D reconnects and goes on from the last change it has.
    const Status reconnected = deskD->reconnect();
    QVERIFY2(reconnected.ok(), qPrintable(reconnected.error()));
    for (;;) {
        auto next = deskD->pull(QStringLiteral("D"), since, 10);
        QVERIFY2(next, qPrintable(next ? QString() : next.error()));
        if (next->isEmpty())
            break;
        for (const auto &pulled : std::as_const(*next)) {
            QVERIFY2(!seen.contains(pulled.sequence), "a change pulled twice");
            seen.insert(pulled.sequence);
        }
        since = next->last().sequence;
    }
    QCOMPARE(seen.size(), 30);
    // What was accepted before the restart is still there: a change from the old version is a
    // conflict.
    QVERIFY(deskA->reconnect().ok());
    auto stale = deskA->push(QStringLiteral("A"), change(QStringLiteral("R7"), 0, QStringLiteral("upheld")));
    QVERIFY(stale && !stale->accepted);
    QCOMPARE(stale->serverVersion, 1);
}

QTEST_GUILESS_MAIN(TestServer)
#include "test_server.moc"
