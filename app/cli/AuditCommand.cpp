#include "CliCommands.h"
#include "CliSupport.h"
#include "store/AuditJournal.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace creditdesk::cli {

namespace {} // namespace

int audit(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Audit journal commands. verify: checks the hash chain; exits 0 when it is "
                                           "intact, 1 naming the first broken entry otherwise."));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QCoreApplication::translate("Cli", "The database file."), QStringLiteral("FILE"));
    parser.addOption(databaseOption);
    parser.addPositionalArgument(QStringLiteral("verify"), QCoreApplication::translate("Cli", "Verify the journal."));
    if (const int code = parseArguments(parser, QStringLiteral("audit"), arguments, out, err); code >= 0)
        return code;
    if (parser.positionalArguments() != QStringList{QStringLiteral("verify")} || !parser.isSet(databaseOption)) {
        err << QCoreApplication::translate("Cli", "Usage: creditdesk-cli audit verify --db FILE") << "\n";
        return UsageError;
    }
    Database::Options options;
    options.createIfMissing = false;
    auto database = Database::open(parser.value(databaseOption), QStringLiteral("cli-audit"), options);
    if (!database) {
        err << database.error() << "\n";
        return UsageError;
    }
    const AuditJournal::Verification result = AuditJournal((*database)->connection()).verify();
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

} // namespace creditdesk::cli
