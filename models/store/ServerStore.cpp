#include "ServerStore.h"

#include "Migrations.h"
#include "Sql.h"
#include "domain/EvidenceFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <array>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::ServerStore", source);
}

// Index i holds the script that brings the server schema to version i + 1. Never edit a
// shipped script: add a new one.
constexpr std::array<const char *, 3> scripts = {":/server/001_server.sql", ":/server/002_desk_instance.sql",
                                                 ":/server/003_evidence_file.sql"};

// Advisory lock keys: one for migrations, one that puts pushes in a row so that change-log
// sequence numbers become visible in their order (a desk pulling after N never skips a change
// committed later with a smaller number).
constexpr qint64 migrationLock = 2026112701;
constexpr qint64 pushLock = 2026112702;

QString failure(const QString &what, const QSqlQuery &query)
{
    return QStringLiteral("%1: %2").arg(what, query.lastError().text());
}

ServerStore::Change changeFrom(const QSqlQuery &query, int first)
{
    ServerStore::Change change;
    change.entityType = query.value(first).toString();
    change.entityKey = query.value(first + 1).toString();
    change.baseVersion = query.value(first + 2).toInt();
    change.action = query.value(first + 3).toString();
    change.payload = QJsonDocument::fromJson(query.value(first + 4).toString().toUtf8()).object();
    change.actor = query.value(first + 5).toString();
    change.reason = query.value(first + 6).toString();
    change.changeId = query.value(first + 7).toString();
    return change;
}

} // namespace

Result<ServerStore::Location> ServerStore::parseAddress(const QString &address)
{
    const QUrl url(address, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return Error{
            tr("The server address must look like postgresql://USER@HOST:PORT/DATABASE, not \"%1\".").arg(address)};
    if (!url.password().isEmpty())
        return Error{tr("Leave the password out of the server address: CreditDesk reads it from "
                        "CREDITDESK_SERVER_PASSWORD or asks for it.")};
    Location location;
    location.host = url.host();
    location.port = url.port(5432);
    location.database = url.path().mid(1);
    location.user = url.userName();
    if (location.host.isEmpty() || location.database.isEmpty() || location.user.isEmpty())
        return Error{
            tr("The server address needs a user, a host and a database: postgresql://USER@HOST:PORT/DATABASE.")};
    static const QStringList sslModes = {QStringLiteral("disable"), QStringLiteral("prefer"), QStringLiteral("require"),
                                         QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    const QUrlQuery query(url);
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (name == QLatin1String("sslmode") && sslModes.contains(value))
            location.sslMode = value;
        else if (name == QLatin1String("sslrootcert") && !value.isEmpty())
            location.sslRootCert = value;
        else
            return Error{tr("The server address may name sslmode (disable, prefer, require, verify-ca, verify-full) "
                            "and sslrootcert, not \"%1\".")
                             .arg(name)};
    }
    if (location.sslMode.isEmpty()) {
        // Across a network the connection is encrypted unless the address says otherwise.
        const bool thisMachine = location.host == QLatin1String("localhost")
                                 || location.host.startsWith(QLatin1String("127."))
                                 || location.host == QLatin1String("::1");
        location.sslMode = thisMachine ? QStringLiteral("prefer") : QStringLiteral("require");
    }
    return location;
}

Result<std::unique_ptr<ServerStore>> ServerStore::connect(const Location &location, const QString &password,
                                                          const QString &connectionName)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return Error{tr("Qt's PostgreSQL driver (QPSQL) is not installed.")};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setDatabaseName(location.database);
    db.setUserName(location.user);
    db.setPassword(password);
    QString options =
        QStringLiteral("connect_timeout=5;keepalives=1;keepalives_idle=30;keepalives_interval=10;keepalives_count=3;"
                       "application_name=creditdesk;sslmode=")
        + location.sslMode;
    if (!location.sslRootCert.isEmpty())
        options += QStringLiteral(";sslrootcert=") + location.sslRootCert;
    db.setConnectOptions(options);
    if (!db.open()) {
        const QString reason = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Error{tr("Cannot connect to the server %1:%2/%3: %4")
                         .arg(location.host)
                         .arg(location.port)
                         .arg(location.database, reason)};
    }
    // A stuck statement (a lost network, a lock held elsewhere) ends with an error, not a hang.
    QSqlQuery limit(db);
    if (!limit.exec(QStringLiteral("SET statement_timeout = 30000"))) {
        const QString reason = limit.lastError().text();
        limit = QSqlQuery();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return Error{tr("Cannot configure the connection to the server: %1").arg(reason)};
    }
    return std::unique_ptr<ServerStore>(new ServerStore(db, connectionName));
}

ServerStore::ServerStore(QSqlDatabase db, QString connectionName)
    : m_db(std::move(db)), m_connectionName(std::move(connectionName))
{}

ServerStore::~ServerStore()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

int ServerStore::latestVersion()
{
    return static_cast<int>(scripts.size());
}

Status ServerStore::reconnect()
{
    m_db.close();
    if (!m_db.open())
        return Error{tr("Cannot connect to the server again: %1").arg(m_db.lastError().text())};
    return {};
}

Result<int> ServerStore::schemaVersion()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT to_regclass('server_meta') IS NOT NULL")) || !query.next())
        return Error{failure(tr("Cannot read the server's schema"), query)};
    if (!query.value(0).toBool())
        return 0;
    if (!query.exec(QStringLiteral("SELECT value FROM server_meta WHERE key = 'schema_version'")))
        return Error{failure(tr("Cannot read the server's schema"), query)};
    return query.next() ? query.value(0).toInt() : 0;
}

Status ServerStore::inTransaction(const std::function<Status()> &work)
{
    if (!m_db.transaction())
        return Error{tr("Cannot start a transaction on the server: %1").arg(m_db.lastError().text())};
    // The locks below order the work only when each statement sees what committed before it:
    // read committed, whatever the server's default.
    QSqlQuery isolation(m_db);
    Status status = isolation.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL READ COMMITTED"))
                        ? Status{}
                        : Status{Error{failure(tr("Cannot start a transaction on the server"), isolation)}};
    if (status)
        status = work();
    if (status && !m_db.commit())
        status = Error{tr("The server did not commit: %1").arg(m_db.lastError().text())};
    if (!status)
        m_db.rollback();
    return status;
}

Status ServerStore::migrate()
{
    for (;;) {
        bool done = false;
        const Status step = inTransaction([&]() -> Status {
            QSqlQuery lock(m_db);
            if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(migrationLock)))
                return Error{failure(tr("Cannot lock the server's schema"), lock)};
            auto current = schemaVersion();
            if (!current)
                return Error{current.error()};
            if (current.value() > latestVersion())
                return Error{tr("The server's schema is version %1, newer than this CreditDesk (%2): update "
                                "CreditDesk.")
                                 .arg(current.value())
                                 .arg(latestVersion())};
            if (current.value() == latestVersion()) {
                done = true;
                return {};
            }
            const int version = current.value() + 1;
            QFile file(QString::fromLatin1(scripts[static_cast<size_t>(version - 1)]));
            if (!file.open(QIODevice::ReadOnly))
                return Error{tr("The server migration for version %1 is missing from this build.").arg(version)};
            for (const QString &statement : Migrations::statements(QString::fromUtf8(file.readAll()))) {
                QSqlQuery query(m_db);
                if (!query.exec(statement))
                    return Error{failure(tr("Server migration %1 failed").arg(version), query)};
            }
            QSqlQuery record(m_db);
            record.prepare(QStringLiteral("INSERT INTO server_meta (key, value) VALUES ('schema_version', ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
            record.addBindValue(QString::number(version));
            return sql::exec(record, QT_TRANSLATE_NOOP("Database", "record the server's schema version"));
        });
        if (!step || done)
            return step;
    }
}

Status ServerStore::registerDesk(const QString &deskId, const QString &office, const QString &instance)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO desk (id, office, instance) VALUES (?, ?, CAST(? AS uuid)) ON CONFLICT (id) "
                       "DO UPDATE SET office = excluded.office, last_seen_at = now(), instance = "
                       "coalesce(desk.instance, excluded.instance) RETURNING instance::text"));
    query.addBindValue(deskId);
    query.addBindValue(office);
    query.addBindValue(instance);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "register the desk on the server"));
        !status)
        return status;
    if (!query.next() || query.value(0).toString().compare(instance, Qt::CaseInsensitive) != 0)
        return Error{
            tr("The server already has another desk named \"%1\": give this desk a name of its own.").arg(deskId)};
    return {};
}

Result<ServerStore::PushOutcome> ServerStore::push(const QString &deskId, const Change &change)
{
    PushOutcome outcome;
    const QString payload = QString::fromUtf8(QJsonDocument(change.payload).toJson(QJsonDocument::Compact));
    // The change into the change log (accepted) or the conflicts (refused): the same columns but
    // one, the version it made or the one that refused it. Returns the new row's number.
    auto insertChange = [&](const QString &table, const QString &versionColumn, int version) -> Result<qint64> {
        QSqlQuery insert(m_db);
        insert.prepare(
            QStringLiteral("INSERT INTO %1 (change_id, desk_id, entity_type, entity_key, base_version, %2, "
                           "action, payload, actor, reason) VALUES (CAST(? AS uuid), ?, ?, ?, ?, ?, ?, "
                           "CAST(? AS jsonb), ?, ?) RETURNING %3")
                .arg(table, versionColumn,
                     table == QLatin1String("conflict") ? QStringLiteral("id") : QStringLiteral("sequence")));
        for (const QVariant &value :
             {QVariant(change.changeId), QVariant(deskId), QVariant(change.entityType), QVariant(change.entityKey),
              QVariant(change.baseVersion), QVariant(version), QVariant(change.action), QVariant(payload),
              QVariant(change.actor), QVariant(change.reason)})
            insert.addBindValue(value);
        if (const Status status = sql::exec(insert, QT_TRANSLATE_NOOP("Database", "store the change on the server"));
            !status)
            return Error{status.error()};
        insert.next();
        return insert.value(0).toLongLong();
    };
    const Status status = inTransaction([&]() -> Status {
        QSqlQuery lock(m_db);
        if (!lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(pushLock)))
            return Error{failure(tr("Cannot lock the change log"), lock)};
        // Sent before (the answer was lost on the way back): the first outcome, nothing new.
        QSqlQuery earlier(m_db);
        earlier.prepare(QStringLiteral(
            "SELECT true, sequence, version, 0 FROM change_log WHERE change_id = CAST(? AS uuid) UNION ALL "
            "SELECT false, 0, server_version, id FROM conflict WHERE change_id = CAST(? AS uuid)"));
        earlier.addBindValue(change.changeId);
        earlier.addBindValue(change.changeId);
        if (const Status read = sql::exec(earlier, QT_TRANSLATE_NOOP("Database", "look for the change on the server"));
            !read)
            return read;
        if (earlier.next()) {
            outcome = {earlier.value(0).toBool(), earlier.value(1).toLongLong(), earlier.value(2).toInt(),
                       earlier.value(3).toLongLong()};
            return {};
        }
        QSqlQuery current(m_db);
        current.prepare(
            QStringLiteral("SELECT version FROM entity_version WHERE entity_type = ? AND entity_key = ? FOR UPDATE"));
        current.addBindValue(change.entityType);
        current.addBindValue(change.entityKey);
        if (const Status read =
                sql::exec(current, QT_TRANSLATE_NOOP("Database", "read the entity's version on the server"));
            !read)
            return read;
        const int serverVersion = current.next() ? current.value(0).toInt() : 0;
        if (serverVersion != change.baseVersion) {
            // The entity moved on since this desk read it: keep the change, overwrite nothing.
            auto kept = insertChange(QStringLiteral("conflict"), QStringLiteral("server_version"), serverVersion);
            if (!kept)
                return Error{kept.error()};
            outcome.conflictId = kept.value();
            outcome.serverVersion = serverVersion;
            return {};
        }
        auto appended = insertChange(QStringLiteral("change_log"), QStringLiteral("version"), change.baseVersion + 1);
        if (!appended)
            return Error{appended.error()};
        outcome.sequence = appended.value();
        QSqlQuery version(m_db);
        version.prepare(QStringLiteral(
            "INSERT INTO entity_version (entity_type, entity_key, version, last_sequence) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (entity_type, entity_key) DO UPDATE SET version = excluded.version, "
            "last_sequence = excluded.last_sequence"));
        version.addBindValue(change.entityType);
        version.addBindValue(change.entityKey);
        version.addBindValue(change.baseVersion + 1);
        version.addBindValue(outcome.sequence);
        if (const Status stored = sql::exec(version, QT_TRANSLATE_NOOP("Database", "store the entity's version"));
            !stored)
            return stored;
        outcome.accepted = true;
        outcome.serverVersion = change.baseVersion + 1;
        return {};
    });
    if (!status)
        return Error{status.error()};
    return outcome;
}

Result<QList<ServerStore::PulledChange>> ServerStore::pull(const QString &deskId, qint64 sinceSequence, int limit)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT sequence, desk_id, version, entity_type, entity_key, base_version, action, "
        "payload::text, actor, reason, change_id::text FROM change_log WHERE sequence > ? AND desk_id <> ? "
        "ORDER BY sequence LIMIT ?"));
    query.addBindValue(sinceSequence);
    query.addBindValue(deskId);
    query.addBindValue(limit);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "pull changes from the server")); !status)
        return Error{status.error()};
    QList<PulledChange> changes;
    while (query.next())
        changes.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(), changeFrom(query, 3)});
    return changes;
}

Result<QList<ServerStore::Conflict>> ServerStore::openConflicts(const QString &deskId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT id, server_version, entity_type, entity_key, base_version, action, "
        "payload::text, actor, reason, change_id::text FROM conflict WHERE desk_id = ? AND resolved_at IS "
        "NULL ORDER BY id"));
    query.addBindValue(deskId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the open conflicts")); !status)
        return Error{status.error()};
    QList<Conflict> conflicts;
    while (query.next())
        conflicts.append({query.value(0).toLongLong(), changeFrom(query, 2), query.value(1).toInt()});
    return conflicts;
}

Status ServerStore::storeFile(const QString &deskId, const QString &sha256, const QByteArray &content)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO evidence_file (sha256, size, content, stored_by) VALUES (?, ?, ?, ?) "
                                 "ON CONFLICT (sha256) DO NOTHING"));
    query.addBindValue(sha256);
    query.addBindValue(static_cast<qint64>(content.size()));
    query.addBindValue(content);
    query.addBindValue(deskId);
    if (query.exec())
        return {};
    return Error{fileStoreFailure(
        tr("Cannot store the evidence file %1 on the server: %2").arg(sha256, query.lastError().text()))};
}

QString ServerStore::fileStoreFailure(const QString &failure)
{
    // A server not yet migrated to version 3 has no file store: say what to do.
    if (auto version = schemaVersion(); version && version.value() < 3)
        return tr("The server's schema is version %1; evidence files need version 3. Ask an administrator to run "
                  "\"creditdesk-cli server migrate\".")
            .arg(version.value());
    return failure;
}

Result<QByteArray> ServerStore::file(const QString &sha256)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT content FROM evidence_file WHERE sha256 = ?"));
    query.addBindValue(sha256);
    if (!query.exec())
        return Error{fileStoreFailure(
            tr("Cannot fetch the evidence file %1 from the server: %2").arg(sha256, query.lastError().text()))};
    if (!query.next())
        return Error{tr("The server has no evidence file %1.").arg(sha256)};
    QByteArray content = query.value(0).toByteArray();
    if (EvidenceFile::digestOf(content) != sha256)
        return Error{tr("The evidence file %1 on the server does not match its SHA-256.").arg(sha256)};
    return content;
}

Status ServerStore::resolveConflict(const QString &deskId, qint64 conflictId, const QString &resolution)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE conflict SET resolved_at = now(), resolution = ? WHERE id = ? AND desk_id = ? "
                                 "AND resolved_at IS NULL"));
    query.addBindValue(resolution);
    query.addBindValue(conflictId);
    query.addBindValue(deskId);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "record the conflict's resolution on the server"));
}

} // namespace creditdesk
