#include "BackupService.h"

#include "Authorization.h"
#include "store/AuditJournal.h"
#include "store/BackupStore.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace creditdesk {

namespace {

const QString backupPattern = QStringLiteral("creditdesk-*.sqlite");

Status requireReason(const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{QCoreApplication::translate("BackupService", "Give a reason: it goes into the audit journal.")};
    return {};
}

} // namespace

BackupService::BackupService(Database &database) : m_database(database) {}

Status BackupService::backup(const Actor &actor, const QString &outPath, const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::MakeBackup); !allowed)
        return allowed;
    if (const Status s = requireReason(reason); !s)
        return s;
    if (QFileInfo::exists(outPath))
        return Error{
            QCoreApplication::translate("BackupService", "%1 already exists; choose a new file.").arg(outPath)};
    // The entry goes in first, so that the copy carries the record of its own making.
    const Status audited = m_database.transaction([&] {
        return audit(m_database, actor,
                     {QStringLiteral("backup.create"), QStringLiteral("database"), QFileInfo(outPath).fileName(),
                      reason.trimmed(), QJsonObject{{QStringLiteral("path"), outPath}}});
    });
    if (!audited)
        return audited;
    if (const Status copied = BackupStore::writeCopy(m_database.connection(), outPath); !copied)
        return copied;
    return BackupStore::checkFile(outPath, true);
}

Result<QString> BackupService::backupToFolder(const Actor &actor, const QString &folder, int keep,
                                              const QString &reason, const QDateTime &now)
{
    if (!QDir().mkpath(folder))
        return Error{QCoreApplication::translate("BackupService", "Cannot create the folder %1.").arg(folder)};
    const QString path = QDir(folder).filePath(
        QStringLiteral("creditdesk-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".sqlite"));
    if (const Status made = backup(actor, path, reason); !made)
        return Error{made.error()};
    const QStringList existing = backupsIn(folder);
    for (qsizetype i = qMax(1, keep); i < existing.size(); ++i)
        QFile::remove(existing[i]);
    return path;
}

QStringList BackupService::backupsIn(const QString &folder)
{
    QStringList paths;
    // The timestamp in the name sorts newest last; reverse for newest first.
    const QStringList names = QDir(folder).entryList({backupPattern}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString &name : names)
        paths.append(QDir(folder).filePath(name));
    return paths;
}

Status BackupService::restore(const Actor &actor, const QString &backupPath, const QString &targetPath,
                              const QString &reason)
{
    if (const Status allowed = requirePermission(actor, Action::RestoreBackup); !allowed)
        return allowed;
    if (const Status s = requireReason(reason); !s)
        return s;
    if (const Status checked = BackupStore::checkFile(backupPath); !checked) {
        return Error{
            QCoreApplication::translate("BackupService", "The backup was not restored: %1").arg(checked.error())};
    }
    const QString temporary = targetPath + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(backupPath, temporary))
        return Error{QCoreApplication::translate("BackupService", "Cannot copy %1 to %2.").arg(backupPath, temporary)};
    // The current database is set aside whole: with its write-ahead log, which holds the last
    // transactions until they are copied into the file (after a crash, all of them since).
    const QString aside = targetPath + QStringLiteral(".before-restore");
    const QStringList parts = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
    for (const QString &part : parts)
        QFile::remove(aside + part);
    const auto putBack = [&](qsizetype moved) { // the current database as it was
        for (qsizetype back = 0; back < moved; ++back)
            QFile::rename(aside + parts.at(back), targetPath + parts.at(back));
        QFile::remove(temporary);
    };
    for (qsizetype moved = 0; moved < parts.size(); ++moved) {
        const QString part = parts.at(moved);
        if (QFileInfo::exists(targetPath + part) && !QFile::rename(targetPath + part, aside + part)) {
            putBack(moved);
            return Error{QCoreApplication::translate("BackupService", "Cannot move the current database %1 aside.")
                             .arg(targetPath + part)};
        }
    }
    if (!QFile::rename(temporary, targetPath)) {
        putBack(parts.size());
        return Error{QCoreApplication::translate("BackupService", "Cannot put the restored database in place.")};
    }

    auto restored = Database::open(targetPath, QStringLiteral("restore-") + actor.userName);
    if (!restored)
        return Error{restored.error()};
    return (*restored)->transaction([&] {
        return audit(**restored, actor,
                     {QStringLiteral("backup.restore"), QStringLiteral("database"), QFileInfo(backupPath).fileName(),
                      reason.trimmed(), QJsonObject{{QStringLiteral("from"), backupPath}}});
    });
}

} // namespace creditdesk
