#include "CliCommands.h"
#include "CliSupport.h"
#include "store/Database.h"
#include "workflow/FeedbackService.h"

#include <QCoreApplication>

namespace creditdesk::cli {

int feedback(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Records a department's feedback on a measure it applied (audited; carried by the next outgoing "
               "package).\n"
               "  feedback --db FILE --user OFFICER --application ID --handling 1|2|3|4 --result TEXT\n"
               "           --date YYYY-MM-DD --reported-by NAME [--action TEXT]\n"
               "Handling: 1 intercepted, 2 restricted, 3 checked without business, 4 other."));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QCoreApplication::translate("Cli", "The database file."), QStringLiteral("FILE"));
    const QCommandLineOption userOption(QStringLiteral("user"), QCoreApplication::translate("Cli", "Act as this user."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption applicationOption(QStringLiteral("application"),
                                               QCoreApplication::translate("Cli", "The measure application."),
                                               QStringLiteral("ID"));
    const QCommandLineOption handlingOption(QStringLiteral("handling"),
                                            QCoreApplication::translate("Cli", "How the department handled it."),
                                            QStringLiteral("N"));
    const QCommandLineOption resultOption(QStringLiteral("result"), QCoreApplication::translate("Cli", "The result."),
                                          QStringLiteral("TEXT"));
    const QCommandLineOption actionOption(
        QStringLiteral("action"), QCoreApplication::translate("Cli", "The action taken."), QStringLiteral("TEXT"));
    const QCommandLineOption dateOption(QStringLiteral("date"),
                                        QCoreApplication::translate("Cli", "The day it was handled."),
                                        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption reportedByOption(
        QStringLiteral("reported-by"), QCoreApplication::translate("Cli", "Who reported it."), QStringLiteral("NAME"));
    parser.addOptions({databaseOption, userOption, applicationOption, handlingOption, resultOption, actionOption,
                       dateOption, reportedByOption});
    if (const int code = parseArguments(parser, QStringLiteral("feedback"), arguments, out, err); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(databaseOption)) {
        out << parser.helpText();
        return UsageError;
    }
    // Every option checked before signing in: a usage error costs no audited sign-in.
    for (const QCommandLineOption *required :
         {&applicationOption, &handlingOption, &resultOption, &dateOption, &reportedByOption}) {
        if (!parser.isSet(*required)) {
            err << QCoreApplication::translate("Cli", "--%1 is needed.").arg(required->names().constFirst()) << "\n";
            return UsageError;
        }
    }
    bool applicationIsNumber = false;
    bool handlingIsNumber = false;
    const qint64 application = parser.value(applicationOption).toLongLong(&applicationIsNumber);
    const int handling = parser.value(handlingOption).toInt(&handlingIsNumber);
    if (!applicationIsNumber || application <= 0 || !handlingIsNumber) {
        err << QCoreApplication::translate("Cli", "--application and --handling take whole numbers.") << "\n";
        return UsageError;
    }
    const QDate date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
    if (!date.isValid()) {
        err << QCoreApplication::translate("Cli", "--date: a date as YYYY-MM-DD is needed, not \"%1\".")
                   .arg(parser.value(dateOption))
            << "\n";
        return UsageError;
    }
    Session session =
        openSignedIn(parser.value(databaseOption), QStringLiteral("cli-feedback"), parser.value(userOption), err);
    if (!session.database)
        return Failure;
    FeedbackService service(*session.database);
    const Feedback entry{handling, parser.value(resultOption), parser.value(actionOption), date,
                         parser.value(reportedByOption)};
    auto id = service.record(session.actor, application, entry);
    if (!id) {
        err << id.error() << "\n";
        return Failure;
    }
    out << QCoreApplication::translate("Cli", "Feedback %1 recorded.").arg(id.value()) << "\n";
    return Success;
}

} // namespace creditdesk::cli
