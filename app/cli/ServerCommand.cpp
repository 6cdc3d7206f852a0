#include "CliCommands.h"
#include "CliSupport.h"
#include "store/ServerStore.h"

#include <QCoreApplication>

namespace creditdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("creditdesk::cli", text);
}

} // namespace

int server(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The central PostgreSQL server that several offices share (docs/central-server.md).\n"
           "  server status --server postgresql://USER@HOST:PORT/DATABASE\n"
           "  server migrate --server postgresql://USER@HOST:PORT/DATABASE\n"
           "status prints the server's schema version; migrate makes or updates the schema (an\n"
           "administrator of the server's database runs it once per CreditDesk version). The password\n"
           "comes from CREDITDESK_SERVER_PASSWORD or is asked for."));
    parser.addOption({QStringLiteral("server"), tr("The server's address."), QStringLiteral("ADDRESS")});
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("status or migrate."));
    if (const int code = parseArguments(parser, QStringLiteral("server"), arguments, out, err); code >= 0)
        return code;
    const QStringList actions = parser.positionalArguments();
    if (!parser.isSet(QStringLiteral("server")) || actions.size() != 1
        || (actions.first() != QLatin1String("status") && actions.first() != QLatin1String("migrate"))) {
        out << parser.helpText();
        return UsageError;
    }
    auto location = ServerStore::parseAddress(parser.value(QStringLiteral("server")));
    if (!location) {
        err << location.error() << "\n";
        return UsageError;
    }
    auto store =
        ServerStore::connect(location.value(), serverPassword(location->user, err), QStringLiteral("cli-server"));
    if (!store) {
        err << store.error() << "\n";
        return Failure;
    }
    if (actions.first() == QLatin1String("migrate")) {
        auto before = store.value()->schemaVersion();
        if (const Status migrated = store.value()->migrate(); !migrated) {
            err << migrated.error() << "\n";
            return Failure;
        }
        out << tr("Server schema brought from version %1 to %2.")
                   .arg(before ? before.value() : 0)
                   .arg(ServerStore::latestVersion())
            << "\n";
        return Success;
    }
    auto version = store.value()->schemaVersion();
    if (!version) {
        err << version.error() << "\n";
        return Failure;
    }
    out << tr("Server schema version %1; this CreditDesk needs %2.")
               .arg(version.value())
               .arg(ServerStore::latestVersion())
        << "\n";
    return version.value() == ServerStore::latestVersion() ? Success : Failure;
}

} // namespace creditdesk::cli
