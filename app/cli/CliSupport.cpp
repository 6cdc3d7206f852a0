#include "CliSupport.h"

#include "CliCommands.h"

#include "security/PasswordHasher.h"
#include "store/Database.h"
#include "workflow/AuthenticationService.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

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

QString readHiddenLine()
{
    std::string line;
#ifdef Q_OS_WIN
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    const bool console = GetConsoleMode(input, &mode);
    if (console)
        SetConsoleMode(input, mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT));
    std::getline(std::cin, line);
    if (console)
        SetConsoleMode(input, mode);
#else
    termios saved{};
    const bool terminal = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios hidden = saved;
        hidden.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &hidden);
    }
    std::getline(std::cin, line);
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
#endif
    std::fputc('\n', stderr);
    return QString::fromStdString(line);
}

QString serverPassword(const QString &user, QTextStream &err)
{
    if (qEnvironmentVariableIsSet("CREDITDESK_SERVER_PASSWORD"))
        return qEnvironmentVariable("CREDITDESK_SERVER_PASSWORD");
    err << QCoreApplication::translate("creditdesk::cli", "Password of %1 on the server: ").arg(user) << Qt::flush;
    return readHiddenLine();
}

Result<Actor> signInCommandLine(Database &database, const QString &userOption, QTextStream &err)
{
    const QString user = userOption.isEmpty() ? qEnvironmentVariable("CREDITDESK_USER") : userOption;
    if (user.isEmpty()) {
        return Error{QCoreApplication::translate(
            "Cli", "This command acts as a user: give --user NAME or set CREDITDESK_USER (and CREDITDESK_PASSWORD).")};
    }
    QString password = qEnvironmentVariable("CREDITDESK_PASSWORD");
    if (!qEnvironmentVariableIsSet("CREDITDESK_PASSWORD")) {
        err << QCoreApplication::translate("Cli", "Password for %1: ").arg(user) << Qt::flush;
        password = readHiddenLine();
    }
    const PasswordHasher hasher;
    AuthenticationService authentication(database, hasher);
    auto signedIn = authentication.signIn(user, password, QStringLiteral("cli"));
    if (!signedIn)
        return Error{signedIn.error()};
    if (signedIn->mustChangePassword) {
        return Error{
            QCoreApplication::translate("Cli", "%1 must change the password first (creditdesk-cli user passwd).")
                .arg(user)};
    }
    return signedIn->actor;
}

std::unique_ptr<Database> openExisting(const QString &path, const QString &connectionName, QTextStream &err)
{
    Database::Options options;
    options.createIfMissing = false;
    auto database = Database::open(path, connectionName, options);
    if (!database) {
        err << database.error() << "\n";
        return nullptr;
    }
    return std::move(database.value());
}

Session openSignedIn(const QString &path, const QString &connectionName, const QString &userOption, QTextStream &err)
{
    Session session;
    session.database = openExisting(path, connectionName, err);
    if (!session.database)
        return session;
    auto actor = signInCommandLine(*session.database, userOption, err);
    if (!actor) {
        err << actor.error() << "\n";
        session.database.reset();
        return session;
    }
    session.actor = actor.value();
    return session;
}

} // namespace creditdesk::cli
