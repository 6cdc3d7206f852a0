#include "CliCommands.h"
#include "CliSupport.h"
#include "store/BackupStore.h"
#include "store/Database.h"
#include "workflow/BackupService.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace creditdesk::cli {

namespace {

struct BackupOptions
{
    QCommandLineOption database{QStringLiteral("db"), QCoreApplication::translate("Cli", "The database file."),
                                QStringLiteral("FILE")};
    QCommandLineOption user{QStringLiteral("user"), QCoreApplication::translate("Cli", "Act as this user (an admin)."),
                            QStringLiteral("NAME")};
    QCommandLineOption reason{QStringLiteral("reason"), QCoreApplication::translate("Cli", "Why (audited)."),
                              QStringLiteral("TEXT"),
                              QCoreApplication::translate("Cli", "Backup from the command line")};
};

} // namespace

int backup(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Writes a consistent copy of the database while it stays in use, and checks the copy. With --folder "
               "the copy is named by date and only the newest --keep copies stay."));
    BackupOptions common;
    const QCommandLineOption outOption(QStringLiteral("out"), QCoreApplication::translate("Cli", "The backup file."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption folderOption(
        QStringLiteral("folder"), QCoreApplication::translate("Cli", "A backup folder."), QStringLiteral("DIR"));
    const QCommandLineOption keepOption(QStringLiteral("keep"),
                                        QCoreApplication::translate("Cli", "Copies kept in the folder (default 10)."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    parser.addOptions({common.database, common.user, common.reason, outOption, folderOption, keepOption});
    if (const int code = parseArguments(parser, QStringLiteral("backup"), arguments, out, err); code >= 0)
        return code;
    if (!parser.isSet(common.database) || parser.isSet(outOption) == parser.isSet(folderOption)) {
        err << QCoreApplication::translate(
            "Cli", "Usage: creditdesk-cli backup --db FILE (--out FILE | --folder DIR) --user NAME")
            << "\n";
        return UsageError;
    }
    Database::Options options;
    options.createIfMissing = false;
    auto database = Database::open(parser.value(common.database), QStringLiteral("cli-backup"), options);
    if (!database) {
        err << database.error() << "\n";
        return Failure;
    }
    auto actor = signInCommandLine(**database, parser.value(common.user), err);
    if (!actor) {
        err << actor.error() << "\n";
        return Failure;
    }
    BackupService service(**database);
    if (parser.isSet(outOption)) {
        const Status made = service.backup(actor.value(), parser.value(outOption), parser.value(common.reason));
        if (!made) {
            err << made.error() << "\n";
            return Failure;
        }
        out << QCoreApplication::translate("Cli", "Backup written and checked: %1").arg(parser.value(outOption))
            << "\n";
        return Success;
    }
    auto path = service.backupToFolder(actor.value(), parser.value(folderOption), parser.value(keepOption).toInt(),
                                       parser.value(common.reason));
    if (!path) {
        err << path.error() << "\n";
        return Failure;
    }
    out << QCoreApplication::translate("Cli", "Backup written and checked: %1").arg(path.value()) << "\n";
    return Success;
}

int restore(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Replaces the database with a backup after checking the backup's integrity. The replaced file is kept "
               "as FILE.before-restore. Close CreditDesk on this database first."));
    BackupOptions common;
    const QCommandLineOption fromOption(QStringLiteral("from"), QCoreApplication::translate("Cli", "The backup file."),
                                        QStringLiteral("FILE"));
    parser.addOptions({common.database, common.user, common.reason, fromOption});
    if (const int code = parseArguments(parser, QStringLiteral("restore"), arguments, out, err); code >= 0)
        return code;
    if (!parser.isSet(common.database) || !parser.isSet(fromOption)) {
        err << QCoreApplication::translate("Cli", "Usage: creditdesk-cli restore --db FILE --from BACKUP --user NAME")
            << "\n";
        return UsageError;
    }
    // The admin signs in against the backup: the current file may be the damaged one.
    Actor actor;
    {
        Database::Options options;
        options.createIfMissing = false;
        if (const Status checked = BackupStore::checkFile(parser.value(fromOption)); !checked) {
            err << QCoreApplication::translate("Cli", "The backup was not restored: %1").arg(checked.error()) << "\n";
            return Failure;
        }
        auto backupDatabase = Database::open(parser.value(fromOption), QStringLiteral("cli-restore-check"), options);
        if (!backupDatabase) {
            err << backupDatabase.error() << "\n";
            return Failure;
        }
        auto signedIn = signInCommandLine(**backupDatabase, parser.value(common.user), err);
        if (!signedIn) {
            err << signedIn.error() << "\n";
            return Failure;
        }
        actor = signedIn.value();
    }
    const Status restored = BackupService::restore(actor, parser.value(fromOption), parser.value(common.database),
                                                   parser.value(common.reason));
    if (!restored) {
        err << restored.error() << "\n";
        return Failure;
    }
    out << QCoreApplication::translate("Cli", "Restored %1 from %2.")
               .arg(parser.value(common.database), parser.value(fromOption))
        << "\n";
    return Success;
}

int integrity(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Checks a database file without changing it (PRAGMA integrity_check)."));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QCoreApplication::translate("Cli", "The database file."), QStringLiteral("FILE"));
    parser.addOption(databaseOption);
    if (const int code = parseArguments(parser, QStringLiteral("integrity-check"), arguments, out, err); code >= 0)
        return code;
    if (!parser.isSet(databaseOption)) {
        err << QCoreApplication::translate("Cli", "Usage: creditdesk-cli integrity-check --db FILE") << "\n";
        return UsageError;
    }
    const Status checked = BackupStore::checkFile(parser.value(databaseOption));
    if (!checked) {
        out << checked.error() << "\n";
        return Failure;
    }
    out << QCoreApplication::translate("Cli", "%1: integrity ok.")
               .arg(QFileInfo(parser.value(databaseOption)).fileName())
        << "\n";
    return Success;
}

} // namespace creditdesk::cli
