#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace creditdesk {

/// The central PostgreSQL server that several offices share (Qt's QPSQL driver): its schema
/// and migrations (resources/server/NNN_*.sql) and the change log through which the desks push
/// their workflow actions and pull the others'. A change carries the entity version the desk
/// started from; the server accepts it only while that is still the current version, otherwise
/// it keeps the change as a conflict for the officer and overwrites nothing.
class ServerStore
{
public:
    /// Where the server is: postgresql://USER@HOST:PORT/DATABASE[?sslmode=MODE&sslrootcert=FILE]
    /// (the password never goes into the address; it comes from CREDITDESK_SERVER_PASSWORD or a
    /// prompt). TLS is required unless the host is this machine or sslmode says otherwise.
    struct Location
    {
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QString sslMode;     ///< libpq's sslmode
        QString sslRootCert; ///< the certificate authority to verify the server by
    };
    struct Change
    {
        QString changeId;    ///< a UUID the desk gives each change: sending it again is harmless
        QString entityType;  ///< e.g. "objection"
        QString entityKey;   ///< the entity's key shared by all desks
        int baseVersion = 0; ///< the version the desk's change starts from (0: a new entity)
        QString action;      ///< e.g. "objection.decide"
        QJsonObject payload;
        QString actor;
        QString reason;
    };
    struct PushOutcome
    {
        bool accepted = false;
        qint64 sequence = 0;   ///< of the accepted change
        int serverVersion = 0; ///< the entity's version after the push (or the one that refused it)
        qint64 conflictId = 0; ///< of the kept conflict
    };
    struct PulledChange
    {
        qint64 sequence = 0;
        QString deskId;
        int version = 0;
        Change change;
    };
    struct Conflict
    {
        qint64 id = 0;
        Change change;
        int serverVersion = 0;
    };

    static Result<Location> parseAddress(const QString &address);
    /// Opens a connection named \a connectionName (one per thread).
    static Result<std::unique_ptr<ServerStore>> connect(const Location &location, const QString &password,
                                                        const QString &connectionName);
    ~ServerStore();
    ServerStore(const ServerStore &) = delete;
    ServerStore &operator=(const ServerStore &) = delete;

    static int latestVersion();
    /// The schema version on the server (0: no CreditDesk schema yet).
    Result<int> schemaVersion();
    /// Brings the server's schema to the latest version; two administrators migrating at once
    /// wait for each other (an advisory lock).
    Status migrate();
    /// After the server was restarted: opens the connection again.
    Status reconnect();

    /// Registers desk \a deskId of \a office installed as \a instance (a UUID made when it
    /// joined); refused when another installation holds that name.
    Status registerDesk(const QString &deskId, const QString &office, const QString &instance);
    /// Appends \a change when its base version is the entity's current one, else keeps it as a
    /// conflict. A change sent again (same id: the answer was lost) gets its first outcome.
    Result<PushOutcome> push(const QString &deskId, const Change &change);
    /// The changes other desks made after \a sinceSequence, oldest first, at most \a limit.
    Result<QList<PulledChange>> pull(const QString &deskId, qint64 sinceSequence, int limit);
    Result<QList<Conflict>> openConflicts(const QString &deskId);
    /// Keeps an evidence file by its SHA-256 (\a sha256, lower-case hex) for the other desks; a
    /// file already there is left as it is.
    Status storeFile(const QString &deskId, const QString &sha256, const QByteArray &content);
    /// The evidence file with that SHA-256, checked against it.
    Result<QByteArray> file(const QString &sha256);
    /// Records how an officer of \a deskId resolved the conflict \a conflictId (once: a second
    /// report of the same conflict changes nothing).
    Status resolveConflict(const QString &deskId, qint64 conflictId, const QString &resolution);

private:
    ServerStore(QSqlDatabase db, QString connectionName);
    Status inTransaction(const std::function<Status()> &work);
    /// \a failure, or what to do when the server has no file store yet (schema before version 3).
    QString fileStoreFailure(const QString &failure);

    QSqlDatabase m_db;
    QString m_connectionName;
};

} // namespace creditdesk
