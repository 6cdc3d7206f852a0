#include "CliSupport.h"

#include "CliCommands.h"

#include <QCoreApplication>

namespace creditdesk::cli {

int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments, QTextStream &out,
                   QTextStream &err)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    QStringList all = arguments;
    all.prepend(QStringLiteral("creditdesk-cli ") + command);
    if (!parser.parse(all)) {
        err << parser.errorText() << "\n";
        return UsageError;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return Success;
    }
    return -1;
}

Actor commandLineActor(const QString &userOption)
{
    Actor actor;
    actor.origin = QStringLiteral("cli");
    actor.userName = userOption;
    if (actor.userName.isEmpty())
        actor.userName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("system")));
    actor.displayName = actor.userName;
    return actor;
}

} // namespace creditdesk::cli
