#include "CliCommands.h"
#include "CliSupport.h"
#include "store/Database.h"
#include "workflow/ListingCorrectionService.h"

#include <QCoreApplication>

namespace creditdesk::cli {

int correction(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Listing corrections (four eyes).\n"
               "  correction register --db FILE --user OFFICER --listing ID --field F --value V --reason TEXT\n"
               "  correction list --db FILE --user NAME\n"
               "  correction approve|reject --db FILE --user REVIEWER --id ID --reason TEXT [--version N]"));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QCoreApplication::translate("Cli", "The database file."), QStringLiteral("FILE"));
    const QCommandLineOption userOption(QStringLiteral("user"), QCoreApplication::translate("Cli", "Act as this user."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption listingOption(QStringLiteral("listing"),
                                           QCoreApplication::translate("Cli", "The listing."), QStringLiteral("ID"));
    const QCommandLineOption fieldOption(
        QStringLiteral("field"), QCoreApplication::translate("Cli", "The field to correct."), QStringLiteral("F"));
    const QCommandLineOption valueOption(
        QStringLiteral("value"), QCoreApplication::translate("Cli", "The corrected value."), QStringLiteral("V"));
    const QCommandLineOption idOption(QStringLiteral("id"), QCoreApplication::translate("Cli", "The correction."),
                                      QStringLiteral("ID"));
    const QCommandLineOption versionOption(
        QStringLiteral("version"),
        QCoreApplication::translate("Cli", "The version you reviewed (default: the current one)."),
        QStringLiteral("N"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"),
                                          QCoreApplication::translate("Cli", "Why (audited)."), QStringLiteral("TEXT"));
    parser.addOptions(
        {databaseOption, userOption, listingOption, fieldOption, valueOption, idOption, versionOption, reasonOption});
    parser.addPositionalArgument(QStringLiteral("register|list|approve|reject"),
                                 QCoreApplication::translate("Cli", "What to do."));
    if (const int code = parseArguments(parser, QStringLiteral("correction"), arguments, out, err); code >= 0)
        return code;
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || !parser.isSet(databaseOption)) {
        out << parser.helpText();
        return UsageError;
    }
    Session session =
        openSignedIn(parser.value(databaseOption), QStringLiteral("cli-correction"), parser.value(userOption), err);
    if (!session.database)
        return Failure;
    Database &database = *session.database;
    const Actor &actor = session.actor;
    ListingCorrectionService service(database);
    if (action == QLatin1String("register")) {
        auto id = service.registerCorrection(actor, parser.value(listingOption).toLongLong(), parser.value(fieldOption),
                                             parser.value(valueOption), parser.value(reasonOption));
        if (!id) {
            err << id.error() << "\n";
            return Failure;
        }
        out << QCoreApplication::translate("Cli", "Correction %1 registered; a reviewer decides it.").arg(id.value())
            << "\n";
        return Success;
    }
    if (action == QLatin1String("list")) {
        auto pending = service.pending(actor);
        if (!pending) {
            err << pending.error() << "\n";
            return Failure;
        }
        for (const ListingCorrection &c : pending.value()) {
            out << c.id << '\t' << c.listingId << '\t' << c.field << '\t' << c.oldValue << " -> " << c.newValue << '\t'
                << c.registeredBy << "\tversion " << c.rowVersion << '\n';
        }
        return Success;
    }
    if (action == QLatin1String("approve") || action == QLatin1String("reject")) {
        const qint64 id = parser.value(idOption).toLongLong();
        qint64 version = parser.value(versionOption).toLongLong();
        if (!parser.isSet(versionOption)) {
            const auto current = service.find(id);
            version = current ? current->rowVersion : 0;
        }
        const Status decided =
            service.decide(actor, id, version, action == QLatin1String("approve"), parser.value(reasonOption));
        if (!decided) {
            err << decided.error() << "\n";
            return Failure;
        }
        out << QCoreApplication::translate("Cli", "Correction %1 decided.").arg(id) << "\n";
        return Success;
    }
    out << parser.helpText();
    return UsageError;
}

} // namespace creditdesk::cli
