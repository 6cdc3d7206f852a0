#include "Database.h"

#include "Migrations.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace creditdesk {

namespace {

/// Checks the first bytes of an existing file: SQLite files start with a fixed header.
Status checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("Database", "Cannot read %1: %2").arg(path, file.errorString())};
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return Error{
            QCoreApplication::translate("Database", "%1 is not a CreditDesk database: it is not an SQLite file.")
                .arg(path)};
    return {};
}

/// Opens a read-only connection and checks application id, schema version and readability.
Status inspectExisting(const QString &path, const QString &connectionName)
{
    const QString probeName = connectionName + QStringLiteral("-probe");
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), probeName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            status = Error{
                QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, sql::reasonOf(db.lastError()))};
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()) {
                status = Error{QCoreApplication::translate("Database", "%1 is damaged and cannot be read: %2")
                                   .arg(path, sql::reasonOf(query.lastError()))};
            } else {
                const int application = query.value(0).toInt();
                query.finish();
                QSqlQuery version(db);
                QSqlQuery tables(db);
                if (!version.exec(QStringLiteral("PRAGMA user_version")) || !version.next()
                    || !tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !tables.next()) {
                    status = Error{QCoreApplication::translate("Database", "%1 is damaged and cannot be read: %2")
                                       .arg(path, version.lastError().isValid() ? sql::reasonOf(version.lastError())
                                                                                : sql::reasonOf(tables.lastError()))};
                } else {
                    const int schema = version.value(0).toInt();
                    const int tableCount = tables.value(0).toInt();
                    if (application != Database::applicationId && (application != 0 || tableCount > 0)) {
                        status =
                            Error{QCoreApplication::translate(
                                      "Database", "%1 is an SQLite database of another application, not a CreditDesk "
                                                  "database. It was not changed.")
                                      .arg(path)};
                    } else if (schema > Database::currentSchemaVersion) {
                        status =
                            Error{QCoreApplication::translate(
                                      "Database", "%1 was written by a newer version of CreditDesk (schema %2; this "
                                                  "version reads up to %3). Update CreditDesk to open it. The file was "
                                                  "not changed.")
                                      .arg(path)
                                      .arg(schema)
                                      .arg(Database::currentSchemaVersion)};
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(probeName);
    return status;
}

} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const QString &connectionName,
                                                 const Options &options)
{
    const QFileInfo info(path);
    const bool exists = info.exists() && info.size() > 0;
    if (!exists && !options.createIfMissing)
        return Error{QCoreApplication::translate("Database", "The database %1 does not exist.").arg(path)};
    if (info.exists() && info.isDir())
        return Error{QCoreApplication::translate("Database", "%1 is a folder, not a database file.").arg(path)};
    if (exists) {
        if (const Status header = checkHeader(path); !header)
            return Error{header.error()};
        if (const Status inspected = inspectExisting(path, connectionName); !inspected)
            return Error{inspected.error()};
    }

    std::unique_ptr<Database> database(new Database(path, connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    if (!db.open())
        return Error{
            QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, sql::reasonOf(db.lastError()))};

    const char *pragmas[] = {"PRAGMA busy_timeout = 5000", "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                             "PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -65536"};
    for (const char *pragma : pragmas) {
        if (const Status status =
                sql::run(db, QString::fromLatin1(pragma), QT_TRANSLATE_NOOP("Database", "configure the database"));
            !status)
            return Error{status.error()};
    }
    if (const Status status = sql::run(db, QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
                                       QT_TRANSLATE_NOOP("Database", "mark the database as CreditDesk's"));
        !status)
        return Error{status.error()};

    const int target = options.targetVersion > 0 ? options.targetVersion : currentSchemaVersion;
    if (const Status migrated = Migrations::migrate(db, target); !migrated)
        return Error{migrated.error()};
    return database;
}

Result<std::unique_ptr<Database>> Database::openReadOnly(const QString &path, const QString &connectionName)
{
    std::unique_ptr<Database> database(new Database(path, connectionName));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return Error{
            QCoreApplication::translate("Database", "Cannot open %1: %2").arg(path, sql::reasonOf(db.lastError()))};
    if (const Status status = sql::run(db, QStringLiteral("PRAGMA cache_size = -65536"),
                                       QT_TRANSLATE_NOOP("Database", "configure the database"));
        !status)
        return Error{status.error()};
    if (database->schemaVersion() != currentSchemaVersion)
        return Error{
            QCoreApplication::translate("Database", "%1 is not at schema %2.").arg(path).arg(currentSchemaVersion)};
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery query(connection());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

Status Database::transaction(const std::function<Status()> &work)
{
    // BEGIN IMMEDIATE takes the write lock at the start (waiting up to the busy timeout), so a
    // second process never fails half-way when it tries to upgrade a read to a write.
    QSqlDatabase db = connection();
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return Error{QCoreApplication::translate("Database", "Could not start a transaction: %1")
                         .arg(sql::reasonOf(begin.lastError()))};
    Status status = work();
    QSqlQuery end(db);
    if (!status) {
        end.exec(QStringLiteral("ROLLBACK"));
        return status;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QString message = QCoreApplication::translate("Database", "Could not save the changes: %1")
                                    .arg(sql::reasonOf(end.lastError()));
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return Error{message};
    }
    return {};
}

QString Database::metaValue(const QString &key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

Status Database::setMetaValue(const QString &key, const QString &value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "store a setting"));
}

} // namespace creditdesk
