#include "CliCommands.h"
#include "CliSupport.h"
#include "security/PasswordHasher.h"
#include "store/Database.h"
#include "workflow/AuthenticationService.h"
#include "workflow/SetupService.h"
#include "workflow/UserService.h"

#include <QCoreApplication>

namespace creditdesk::cli {

namespace {

QString passwordFromEnvironmentOrPrompt(const char *variable, const QString &prompt, QTextStream &err)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    err << prompt << Qt::flush;
    return readHiddenLine();
}

} // namespace

int user(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "User accounts.\n"
               "  user create-admin --db FILE --name NAME   the first administrator of a new database\n"
               "  user list --db FILE --user ADMIN\n"
               "  user add --db FILE --user ADMIN --name NAME --roles officer,reviewer --reason TEXT\n"
               "  user roles --db FILE --user ADMIN --name NAME --roles auditor --reason TEXT\n"
               "  user reset --db FILE --user ADMIN --name NAME --reason TEXT\n"
               "  user passwd --db FILE --user NAME\n"
               "New passwords come from CREDITDESK_NEW_PASSWORD or are asked for."));
    const QCommandLineOption databaseOption(
        QStringLiteral("db"), QCoreApplication::translate("Cli", "The database file."), QStringLiteral("FILE"));
    const QCommandLineOption userOption(QStringLiteral("user"), QCoreApplication::translate("Cli", "Act as this user."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption nameOption(
        QStringLiteral("name"), QCoreApplication::translate("Cli", "The account to change."), QStringLiteral("NAME"));
    const QCommandLineOption rolesOption(
        QStringLiteral("roles"),
        QCoreApplication::translate("Cli", "Comma-separated: officer, reviewer, auditor, admin."),
        QStringLiteral("ROLES"));
    const QCommandLineOption reasonOption(QStringLiteral("reason"),
                                          QCoreApplication::translate("Cli", "Why (audited)."), QStringLiteral("TEXT"));
    parser.addOptions({databaseOption, userOption, nameOption, rolesOption, reasonOption});
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("create-admin|list|add|roles|reset|passwd"));
    if (const int code = parseArguments(parser, QStringLiteral("user"), arguments, out, err); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(databaseOption)) {
        out << parser.helpText();
        return UsageError;
    }
    const QString action = positional.first();
    Database::Options options;
    options.createIfMissing = action == QLatin1String("create-admin");
    auto database = Database::open(parser.value(databaseOption), QStringLiteral("cli-user"), options);
    if (!database) {
        err << database.error() << "\n";
        return Failure;
    }
    const PasswordHasher hasher;
    AuthenticationService authentication(**database, hasher);
    const QString name = parser.value(nameOption);
    const QString newPasswordPrompt = QCoreApplication::translate("Cli", "New password: ");

    if (action == QLatin1String("create-admin")) {
        // A new database gets the bundled reference data (regions, courts, measure catalogue).
        const Actor setup{QStringLiteral("setup"), QStringLiteral("setup"), QStringLiteral("cli"), {}};
        if (const Status prepared =
                SetupService(**database)
                    .prepareNewDatabase(setup, QCoreApplication::translate("Cli", "New database prepared"));
            !prepared) {
            err << prepared.error() << "\n";
            return Failure;
        }
        const QString password = passwordFromEnvironmentOrPrompt("CREDITDESK_NEW_PASSWORD", newPasswordPrompt, err);
        auto created = authentication.createFirstAdmin(name, name, password, QStringLiteral("cli"));
        if (!created) {
            err << created.error() << "\n";
            return Failure;
        }
        out << QCoreApplication::translate("Cli", "Administrator %1 created.").arg(name) << "\n";
        return Success;
    }

    if (action == QLatin1String("passwd")) {
        // Changing one's own password checks the current one; it works also when an admin reset
        // it and a change is due.
        const QString userName =
            parser.value(userOption).isEmpty() ? qEnvironmentVariable("CREDITDESK_USER") : parser.value(userOption);
        const Actor self{userName, userName, QStringLiteral("cli"), {}};
        const QString current = passwordFromEnvironmentOrPrompt(
            "CREDITDESK_PASSWORD", QCoreApplication::translate("Cli", "Current password: "), err);
        const QString next = passwordFromEnvironmentOrPrompt("CREDITDESK_NEW_PASSWORD", newPasswordPrompt, err);
        const Status changed = authentication.changePassword(self, current, next);
        if (!changed) {
            err << changed.error() << "\n";
            return Failure;
        }
        out << QCoreApplication::translate("Cli", "Password changed.") << "\n";
        return Success;
    }
    auto actor = signInCommandLine(**database, parser.value(userOption), err);
    if (!actor) {
        err << actor.error() << "\n";
        return Failure;
    }
    UserService users(**database, hasher);
    const QString reason = parser.value(reasonOption);
    const Roles roles = rolesFromNames(parser.value(rolesOption).split(u',', Qt::SkipEmptyParts));
    Status status;
    if (action == QLatin1String("list")) {
        auto accounts = users.list(actor.value());
        if (!accounts) {
            err << accounts.error() << "\n";
            return Failure;
        }
        for (const UserAccount &account : accounts.value()) {
            out << account.userName << '\t' << roleNames(account.roles).join(u',')
                << (account.mustChangePassword ? QStringLiteral("\tmust change password") : QString())
                << (account.lockedUntil.isValid() ? QStringLiteral("\tlocked") : QString()) << '\n';
        }
        return Success;
    } else if (action == QLatin1String("add")) {
        const QString password = passwordFromEnvironmentOrPrompt("CREDITDESK_NEW_PASSWORD", newPasswordPrompt, err);
        status = users.create(actor.value(), name, name, roles, password, reason);
    } else if (action == QLatin1String("roles")) {
        status = users.setRoles(actor.value(), name, roles, reason);
    } else if (action == QLatin1String("reset")) {
        const QString password = passwordFromEnvironmentOrPrompt("CREDITDESK_NEW_PASSWORD", newPasswordPrompt, err);
        status = users.resetPassword(actor.value(), name, password, reason);
    } else {
        out << parser.helpText();
        return UsageError;
    }
    if (!status) {
        err << status.error() << "\n";
        return Failure;
    }
    out << QCoreApplication::translate("Cli", "Done.") << "\n";
    return Success;
}

} // namespace creditdesk::cli
