// creditdesk-cli: the headless entry point. Dispatches to one command per first argument.
#include "CliCommands.h"
#include "common/Localization.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <QTextStream>
#include <memory>

#include <cstdio>

using namespace creditdesk;

namespace {

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate(
        "Cli", "Usage: creditdesk-cli COMMAND [OPTIONS]\n"
               "\n"
               "Commands:\n"
               "  --version                      print the version\n"
               "  check-id VALUE...              validate resident ID numbers and credit codes\n"
               "  search --db FILE QUERY [--limit N] [--json]\n"
               "                                 search subjects by name, identifier or case number\n"
               "  demo --db FILE [--subjects N] [--seed S]\n"
               "                                 create a database with generated demo data\n"
               "  audit verify --db FILE         verify the hash chain of the audit journal\n"
               "  audit list|export --db FILE --user NAME\n"
               "                                 read or export the audit journal\n"
               "  user create-admin|list|add|roles|reset|passwd --db FILE ...\n"
               "                                 user accounts and roles\n"
               "  backup --db FILE (--out FILE | --folder DIR) --user NAME\n"
               "  restore --db FILE --from BACKUP --user NAME\n"
               "  integrity-check --db FILE      check a database file without changing it\n"
               "  correction register|list|approve|reject --db FILE --user NAME ...\n"
               "                                 listing corrections under four eyes\n"
               "  objection register|evidence|step|list|show --db FILE --user NAME ...\n"
               "                                 objections with their statutory clocks\n"
               "  calendar show|import --db FILE --user ADMIN ...\n"
               "                                 the working-day calendar (next year's holiday notice)\n"
               "  repair list|eligibility|register|evidence|step|rules --db FILE --user NAME ...\n"
               "                                 credit repair of breach information\n"
               "  listing leave|expired|expire --db FILE --user NAME ...\n"
               "                                 the court's revocations and deletions; the expiry job\n"
               "  screen --db FILE --user OFFICER INPUT --out RESULT.csv [--threshold T]\n"
               "                                 screens a batch of applicants against the list\n"
               "  import --db FILE --user NAME PACKAGE\n"
               "                                 applies a package from the credit platform, whole or not\n"
               "  feedback --db FILE --user OFFICER --application ID --handling N --result TEXT ...\n"
               "                                 records a department's feedback on a measure it applied\n"
               "  export-feedback --db FILE --user NAME --since SEQ --out PACKAGE\n"
               "                                 writes feedback and outcomes as the next outgoing package\n"
               "  server status|migrate --server postgresql://USER@HOST:PORT/DATABASE\n"
               "                                 the central server's schema (its administrator)\n"
               "  sync join|run|status|conflicts|resolve --db FILE --user NAME ...\n"
               "                                 this desk's synchronisation with the central server\n"
               "  policy show|set --db FILE --user ADMIN ...\n"
               "                                 masking, lock-out, idle lock, reveal time, four eyes\n"
               "  search ... --reveal --reason TEXT --user NAME\n"
               "                                 full identifiers, audited\n"
               "\n"
               "Commands that change or reveal data act as a user: --user NAME, password from\n"
               "CREDITDESK_PASSWORD or asked for; CREDITDESK_USER may replace --user.\n"
               "\n"
               "Run a command with --help for its options.\n");
}

} // namespace

int main(int argc, char *argv[])
{
    // Notices are drawn with fonts, which need a QGuiApplication; without a display it draws
    // offscreen. Every other command stays a plain QCoreApplication.
    const bool drawsNotices = argc > 1 && qstrcmp(argv[1], "notice") == 0;
    if (drawsNotices && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(drawsNotices ? new QGuiApplication(argc, argv)
                                                       : new QCoreApplication(argc, argv));
    QCoreApplication &application = *app;
    QCoreApplication::setOrganizationName(QStringLiteral("CreditDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("creditdesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CREDITDESK_VERSION));
    installTranslations(application, qEnvironmentVariable("CREDITDESK_LANGUAGE"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeFirst();
    if (arguments.isEmpty()) {
        printUsage(err);
        return cli::UsageError;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("--version") || command == QLatin1String("version")) {
        out << "creditdesk-cli " << QCoreApplication::applicationVersion() << " (schema "
            << Database::currentSchemaVersion << ")\n";
        return cli::Success;
    }
    if (command == QLatin1String("--help") || command == QLatin1String("help")) {
        printUsage(out);
        return cli::Success;
    }
    if (command == QLatin1String("check-id"))
        return cli::checkId(arguments, out, err);
    if (command == QLatin1String("search"))
        return cli::search(arguments, out, err);
    if (command == QLatin1String("demo"))
        return cli::demo(arguments, out, err);
    if (command == QLatin1String("audit"))
        return cli::audit(arguments, out, err);
    if (command == QLatin1String("user"))
        return cli::user(arguments, out, err);
    if (command == QLatin1String("backup"))
        return cli::backup(arguments, out, err);
    if (command == QLatin1String("restore"))
        return cli::restore(arguments, out, err);
    if (command == QLatin1String("integrity-check"))
        return cli::integrity(arguments, out, err);
    if (command == QLatin1String("correction"))
        return cli::correction(arguments, out, err);
    if (command == QLatin1String("feedback"))
        return cli::feedback(arguments, out, err);
    if (command == QLatin1String("policy"))
        return cli::policy(arguments, out, err);
    if (command == QLatin1String("objection"))
        return cli::objection(arguments, out, err);
    if (command == QLatin1String("calendar"))
        return cli::calendar(arguments, out, err);
    if (command == QLatin1String("repair"))
        return cli::repair(arguments, out, err);
    if (command == QLatin1String("listing"))
        return cli::listing(arguments, out, err);
    if (command == QLatin1String("screen"))
        return cli::screen(arguments, out, err);
    if (command == QLatin1String("bench"))
        return cli::bench(arguments, out, err);
    if (command == QLatin1String("notice"))
        return cli::notice(arguments, out, err);
    if (command == QLatin1String("import"))
        return cli::importPackage(arguments, out, err);
    if (command == QLatin1String("export-feedback"))
        return cli::exportFeedback(arguments, out, err);
    if (command == QLatin1String("server"))
        return cli::server(arguments, out, err);
    if (command == QLatin1String("sync"))
        return cli::sync(arguments, out, err);
    err << QCoreApplication::translate("Cli", "Unknown command \"%1\".").arg(command) << "\n";
    printUsage(err);
    return cli::UsageError;
}
