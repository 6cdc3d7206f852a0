#include "DatabaseLocation.h"

#include "store/Database.h"
#include "workflow/DemoDataService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace creditdesk::DatabaseLocation {

QString defaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("creditdesk-demo.sqlite"));
}

Status createDemo(const QString &path, qint64 subjects, const std::function<void(qint64, qint64)> &progress)
{
    Status status;
    {
        auto database = Database::open(path, QStringLiteral("first-start-demo"));
        if (!database)
            return Error{database.error()};
        DemoDataService service(**database);
        DemoDataService::Request request;
        request.subjects = subjects;
        request.objections = 12;
        request.repairs = 10;
        Actor actor;
        actor.userName = QStringLiteral("system");
        actor.displayName = QStringLiteral("CreditDesk");
        actor.origin = QStringLiteral("gui");
        auto summary = service.generate(
            actor, QCoreApplication::translate("DatabaseLocation", "Demo database created at first start"), request,
            progress);
        if (!summary)
            status = Error{summary.error()};
    }
    if (!status) {
        // A half-made demo database is of no use: remove it so the next start tries again.
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    return status;
}

} // namespace creditdesk::DatabaseLocation
