#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace creditdesk {

/// One open connection to a CreditDesk SQLite cache. Opening checks that the file is ours and
/// not newer than this build before anything is written, then brings the schema up to date.
/// Each thread opens its own Database with its own connection name.
class Database
{
public:
    struct Options
    {
        bool createIfMissing = true;
        /// Stop migrating at this version (tests of old schemas); 0 means the current version.
        int targetVersion = 0;
    };

    static constexpr int currentSchemaVersion = 20;
    static constexpr int applicationId = 0x43524454; // "CRDT"

    static Result<std::unique_ptr<Database>> open(const QString &path, const QString &connectionName,
                                                  const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path, const QString &connectionName)
    {
        return open(path, connectionName, Options{});
    }

    /// A read-only connection to an existing database at the current schema, for a worker
    /// thread that reads while another connection writes (WAL): it writes nothing, not even a
    /// pragma, so it opens while a writer holds the lock.
    static Result<std::unique_ptr<Database>> openReadOnly(const QString &path, const QString &connectionName);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    /// Runs \a work inside one transaction: committed when it succeeds, rolled back otherwise.
    Status transaction(const std::function<Status()> &work);

    /// Reads a value from the meta table; empty when absent.
    QString metaValue(const QString &key) const;
    /// Writes a value to the meta table (inside the caller's transaction).
    Status setMetaValue(const QString &key, const QString &value);

private:
    Database(QString path, QString connectionName);

    QString m_path;
    QString m_connectionName;
};

} // namespace creditdesk
