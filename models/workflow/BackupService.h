#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QDateTime>
#include <QStringList>

namespace creditdesk {

class Database;

/// Backups by an admin: an online, consistent copy of the open database (its own audit entry
/// is inside the copy), rotation that keeps the newest N copies in a folder, and restore that
/// checks the copy's integrity before it replaces anything.
class BackupService
{
public:
    explicit BackupService(Database &database);

    Status backup(const Actor &actor, const QString &outPath, const QString &reason);
    /// Writes creditdesk-YYYYMMDD-HHMMSS.sqlite into \a folder and keeps the newest \a keep.
    Result<QString> backupToFolder(const Actor &actor, const QString &folder, int keep, const QString &reason,
                                   const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// Replaces the (closed) database file \a targetPath with \a backupPath after checking the
    /// backup; then records the restore in the restored database's journal.
    static Status restore(const Actor &actor, const QString &backupPath, const QString &targetPath,
                          const QString &reason);

    /// Backup files in \a folder, newest first.
    static QStringList backupsIn(const QString &folder);

private:
    Database &m_database;
};

} // namespace creditdesk
