#include "CliCommands.h"
#include "CliSupport.h"
#include "store/Database.h"
#include "workflow/DemoDataService.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

namespace creditdesk::cli {

namespace {} // namespace

int demo(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Creates a database filled with deterministic demo data."));
    const QCommandLineOption databaseOption(QStringLiteral("db"),
                                            QCoreApplication::translate("Cli", "The database file to create."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption subjectsOption(QStringLiteral("subjects"),
                                            QCoreApplication::translate("Cli", "Number of subjects (default 10000)."),
                                            QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QCoreApplication::translate("Cli", "Random seed (default 20170521)."),
                                        QStringLiteral("S"), QStringLiteral("20170521"));
    const QCommandLineOption userOption(
        QStringLiteral("user"), QCoreApplication::translate("Cli", "Act as this user (default: the system account)."),
        QStringLiteral("NAME"));
    const QCommandLineOption objectionsOption(
        QStringLiteral("objections"),
        QCoreApplication::translate("Cli", "Objection cases in every state to add (default 0; the GUI's demo has 12)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption repairsOption(
        QStringLiteral("repairs"),
        QCoreApplication::translate(
            "Cli",
            "Breach information with repair applications in every stage to add (default 0; the GUI's demo has 10)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption batchOption(
        QStringLiteral("batch-size"),
        QCoreApplication::translate("Cli", "Subjects written per transaction (default 5000, from 100 to 100000)."),
        QStringLiteral("N"), QStringLiteral("5000"));
    parser.addOptions(
        {databaseOption, subjectsOption, seedOption, userOption, objectionsOption, repairsOption, batchOption});
    if (const int code = parseArguments(parser, QStringLiteral("demo"), arguments, out, err); code >= 0)
        return code;
    if (!parser.isSet(databaseOption)) {
        err << QCoreApplication::translate("Cli", "demo needs --db FILE.") << "\n";
        return UsageError;
    }
    bool subjectsOk = false;
    bool seedOk = false;
    const qint64 subjects = parser.value(subjectsOption).toLongLong(&subjectsOk);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (!subjectsOk || subjects < 0 || subjects > 20000000) {
        err << QCoreApplication::translate("Cli", "--subjects must be a number from 0 to 20000000.") << "\n";
        return UsageError;
    }
    bool batchOk = false;
    const int batchSize = parser.value(batchOption).toInt(&batchOk);
    if (!batchOk || batchSize < 100 || batchSize > 100000) {
        err << QCoreApplication::translate("Cli", "--batch-size must be a number from 100 to 100000.") << "\n";
        return UsageError;
    }
    if (!seedOk) {
        err << QCoreApplication::translate("Cli", "--seed must be a whole number.") << "\n";
        return UsageError;
    }
    const QString path = parser.value(databaseOption);
    if (QFileInfo(path).exists() && QFileInfo(path).size() > 0) {
        err << QCoreApplication::translate("Cli", "%1 already exists; demo data goes into a new file only.").arg(path)
            << "\n";
        return Failure;
    }
    auto database = Database::open(path, QStringLiteral("cli-demo"));
    if (!database) {
        err << database.error() << "\n";
        return Failure;
    }
    DemoDataService service(**database);
    DemoDataService::Request request;
    request.subjects = subjects;
    request.settings.seed = seed;
    request.batchSize = batchSize;
    request.objections = qBound(0, parser.value(objectionsOption).toInt(), 1000);
    request.repairs = qBound(0, parser.value(repairsOption).toInt(), 1000);
    QElapsedTimer timer;
    timer.start();
    const Actor actor = commandLineActor(parser.value(userOption));
    auto summary =
        service.generate(actor, QCoreApplication::translate("Cli", "Demo data generated with creditdesk-cli"), request,
                         [&, reported = qint64(0)](qint64 done, qint64 total) mutable {
                             // A line for the first batch, then about every 5,000 subjects.
                             if (reported == 0 || done / 5000 > reported / 5000 || done == total) {
                                 reported = done;
                                 err << QCoreApplication::translate("Cli", "%1 of %2 subjects").arg(done).arg(total)
                                     << "\n"
                                     << Qt::flush;
                             }
                         });
    if (!summary) {
        err << summary.error() << "\n";
        return Failure;
    }
    out << QCoreApplication::translate("Cli", "Created %1: %2 subjects, %3 listings, %4 measure applications in %5 s.")
               .arg(path)
               .arg(summary->subjects)
               .arg(summary->listings)
               .arg(summary->measureApplications)
               .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << "\n";
    return Success;
}

} // namespace creditdesk::cli
