#include "CliCommands.h"
#include "CliSupport.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "workflow/AuditService.h"

#include <QCoreApplication>

namespace creditdesk::cli {

int audit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Audit journal commands.\n"
               "  audit verify --db FILE     checks the hash chain; exits 0 when it is intact, 1 naming the first "
               "broken entry otherwise\n"
               "  audit list --db FILE --user NAME [--actor A] [--action PREFIX] [--subject ID] [--limit N]\n"
               "  audit export --db FILE --user NAME --out FILE.csv [filters]"));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QCoreApplication::translate("Cli", "The database file."), QStringLiteral("FILE"));
    const QCommandLineOption userOption(QStringLiteral("user"),
                                        QCoreApplication::translate("Cli", "Act as this user (auditor or admin)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption actorOption(
        QStringLiteral("actor"), QCoreApplication::translate("Cli", "Only entries of this user."), QStringLiteral("A"));
    const QCommandLineOption actionOption(QStringLiteral("action"),
                                          QCoreApplication::translate("Cli", "Only actions starting so."),
                                          QStringLiteral("PREFIX"));
    const QCommandLineOption subjectOption(QStringLiteral("subject"),
                                           QCoreApplication::translate("Cli", "Only entries about this subject."),
                                           QStringLiteral("ID"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QCoreApplication::translate("Cli", "At most N entries (default 50)."),
                                         QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption outOption(
        QStringLiteral("out"), QCoreApplication::translate("Cli", "The CSV file to write."), QStringLiteral("FILE"));
    parser.addOptions({databaseOption, userOption, actorOption, actionOption, subjectOption, limitOption, outOption});
    parser.addPositionalArgument(QStringLiteral("verify|list|export"),
                                 QCoreApplication::translate("Cli", "What to do."));
    if (const int code = parseArguments(parser, QStringLiteral("audit"), arguments, out, err); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.size() != 1 || !parser.isSet(databaseOption)
        || !QStringList{QStringLiteral("verify"), QStringLiteral("list"), QStringLiteral("export")}.contains(action)) {
        err << QCoreApplication::translate("Cli", "Usage: creditdesk-cli audit verify|list|export --db FILE") << "\n";
        return UsageError;
    }
    std::unique_ptr<Database> database = openExisting(parser.value(databaseOption), QStringLiteral("cli-audit"), err);
    if (!database)
        return UsageError;
    if (action == QLatin1String("verify")) {
        // Verification shows no personal data, only whether the chain holds: no sign-in needed,
        // so that an outside auditor can check a copy.
        const AuditJournal::Verification result = AuditJournal(database->connection()).verify();
        if (result.intact) {
            out << QCoreApplication::translate("Cli", "Audit journal intact: %1 entries.").arg(result.entries) << "\n";
            return Success;
        }
        out << QCoreApplication::translate("Cli", "Audit journal broken at entry %1: %2")
                   .arg(result.firstBrokenSequence)
                   .arg(result.problem)
            << "\n";
        return Failure;
    }
    auto actor = signInCommandLine(*database, parser.value(userOption), err);
    if (!actor) {
        err << actor.error() << "\n";
        return Failure;
    }
    AuditFilter filter;
    filter.actor = parser.value(actorOption);
    filter.actionPrefix = parser.value(actionOption);
    filter.subjectId = parser.value(subjectOption).toLongLong();
    AuditService service(*database);
    if (action == QLatin1String("export")) {
        if (!parser.isSet(outOption)) {
            err << QCoreApplication::translate("Cli", "audit export needs --out FILE.") << "\n";
            return UsageError;
        }
        auto written = service.exportCsv(actor.value(), filter, parser.value(outOption));
        if (!written) {
            err << written.error() << "\n";
            return Failure;
        }
        out << QCoreApplication::translate("Cli", "%1 entries exported to %2.")
                   .arg(written.value())
                   .arg(parser.value(outOption))
            << "\n";
        return Success;
    }
    auto entries = service.page(actor.value(), filter, 0, qBound(1, parser.value(limitOption).toInt(), 100000));
    if (!entries) {
        err << entries.error() << "\n";
        return Failure;
    }
    for (const AuditEntry &entry : entries.value()) {
        out << entry.sequence << '\t' << entry.occurredAt.toString(Qt::ISODate) << '\t' << entry.actor << '\t'
            << entry.action << '\t' << entry.entityType << ' ' << entry.entityId << '\t' << entry.reason << '\n';
    }
    return Success;
}

} // namespace creditdesk::cli
