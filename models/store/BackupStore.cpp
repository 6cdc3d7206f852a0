#include "BackupStore.h"

#include "Sql.h"

#include "Database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace creditdesk::BackupStore {

Status writeCopy(const QSqlDatabase &db, const QString &outPath)
{
    if (QFileInfo::exists(outPath))
        return Error{QCoreApplication::translate("BackupStore", "%1 already exists; choose a new file.").arg(outPath)};
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(outPath);
    if (!query.exec()) {
        return Error{QCoreApplication::translate("BackupStore", "The backup to %1 failed: %2")
                         .arg(outPath, sql::reasonOf(query.lastError()))};
    }
    return {};
}

Status checkFile(const QString &path, bool quick)
{
    if (!QFileInfo::exists(path))
        return Error{QCoreApplication::translate("BackupStore", "%1 does not exist.").arg(path)};
    const QString connectionName = QStringLiteral("check-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            status = Error{QCoreApplication::translate("BackupStore", "%1 cannot be opened: %2")
                               .arg(path, sql::reasonOf(db.lastError()))};
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next()
                || query.value(0).toInt() != Database::applicationId) {
                status =
                    Error{QCoreApplication::translate("BackupStore", "%1 is not a CreditDesk database.").arg(path)};
            } else if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next()
                       || query.value(0).toInt() > Database::currentSchemaVersion) {
                status =
                    Error{QCoreApplication::translate("BackupStore", "%1 was written by a newer version of CreditDesk.")
                              .arg(path)};
            } else if (!query.exec(quick ? QStringLiteral("PRAGMA quick_check")
                                         : QStringLiteral("PRAGMA integrity_check"))) {
                status = Error{QCoreApplication::translate("BackupStore", "%1 is damaged: %2")
                                   .arg(path, sql::reasonOf(query.lastError()))};
            } else {
                QStringList problems;
                while (query.next())
                    problems.append(query.value(0).toString());
                if (problems != QStringList{QStringLiteral("ok")}) {
                    status = Error{QCoreApplication::translate("BackupStore", "%1 is damaged: %2")
                                       .arg(path, problems.mid(0, 5).join(QStringLiteral("; ")))};
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return status;
}

} // namespace creditdesk::BackupStore
