#include "CliCommands.h"
#include "CliSupport.h"
#include "store/Database.h"
#include "workflow/ExchangeService.h"

#include <QCoreApplication>

namespace creditdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int count = -1)
{
    return QCoreApplication::translate("creditdesk::cli", text, disambiguation, count);
}

/// Exit status of an import that waits for an earlier package of its source.
constexpr int waitingForEarlierPackage = 4;

} // namespace

int importPackage(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Applies a package from the credit platform (docs/exchange-format.md): every record is checked\n"
           "first, then all are written in one transaction, or none.\n"
           "  import --db FILE --user NAME PACKAGE\n"
           "Exit status: 0 applied (or applied before: nothing changes), 2 rejected (nothing written; each\n"
           "fault listed with line, field and reason), 4 kept to wait for an earlier package of its source,\n"
           "1 another failure."));
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("user"), tr("Act as this user."), QStringLiteral("NAME")},
    });
    parser.addPositionalArgument(QStringLiteral("PACKAGE"), tr("The package file."));
    if (const int code = parseArguments(parser, QStringLiteral("import"), arguments, out, err); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("db")) || parser.positionalArguments().size() != 1) {
        out << parser.helpText();
        return UsageError;
    }
    Session session = openSignedIn(parser.value(QStringLiteral("db")), QStringLiteral("cli-import"),
                                   parser.value(QStringLiteral("user")), err);
    if (!session.database)
        return Failure;
    ExchangeService service(*session.database);
    auto report = service.importPackage(session.actor, parser.positionalArguments().first());
    if (!report) {
        err << report.error() << "\n";
        return Failure;
    }
    const QString name =
        QStringLiteral("%1 %2/%3").arg(report->header.packageId, report->header.source).arg(report->header.sequence);
    switch (report->outcome) {
    case ExchangeService::ImportReport::Outcome::Applied:
        out << tr("Package %1 applied: %n record(s) in %2 s.", nullptr, static_cast<int>(report->records))
                   .arg(name)
                   .arg(report->seconds, 0, 'f', 1)
            << "\n";
        for (const QString &later : report->alsoApplied)
            out << tr("Waiting package %1 applied after it.").arg(later) << "\n";
        for (const PackageProblem &kept : report->notTaken)
            out << tr("Not taken: %1").arg(kept.text()) << "\n";
        for (const PackageProblem &problem : report->problems)
            err << problem.text() << "\n";
        return Success;
    case ExchangeService::ImportReport::Outcome::AlreadyApplied:
        out << tr("Package %1 was applied before; nothing changed.").arg(name) << "\n";
        return Success;
    case ExchangeService::ImportReport::Outcome::Waiting:
        out << tr("Package %1 is ahead of its sequence; it waits for the packages before it.").arg(name) << "\n";
        return waitingForEarlierPackage;
    case ExchangeService::ImportReport::Outcome::Cancelled:
    case ExchangeService::ImportReport::Outcome::Rejected:
        break;
    }
    // A fault of this desk (its database) is not one the platform can correct.
    err << (report->failedHere ? tr("Package %1 could not be imported here; nothing was written:")
                               : tr("Package %1 rejected; nothing was written:"))
               .arg(name)
        << "\n";
    for (const PackageProblem &problem : report->problems)
        err << "  " << problem.text() << "\n";
    return report->failedHere ? Failure : UsageError;
}

int exportFeedback(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the departments' feedback, objection and repair outcomes and measure liftings recorded\n"
           "since outgoing package SEQ (0: all) as this office's next outgoing package.\n"
           "  export-feedback --db FILE --user NAME --since SEQ --out PACKAGE [--source NAME]"));
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("user"), tr("Act as this user."), QStringLiteral("NAME")},
        {QStringLiteral("since"), tr("The last outgoing package the platform has (0: none)."), QStringLiteral("SEQ"),
         QStringLiteral("0")},
        {QStringLiteral("out"), tr("The package file to write."), QStringLiteral("PACKAGE")},
        {QStringLiteral("source"), tr("This office's name as the source of its packages (remembered)."),
         QStringLiteral("NAME")},
    });
    if (const int code = parseArguments(parser, QStringLiteral("export-feedback"), arguments, out, err); code >= 0)
        return code;
    bool numeric = false;
    const qint64 since = parser.value(QStringLiteral("since")).toLongLong(&numeric);
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("out")) || !numeric || since < 0) {
        out << parser.helpText();
        return UsageError;
    }
    Session session = openSignedIn(parser.value(QStringLiteral("db")), QStringLiteral("cli-export"),
                                   parser.value(QStringLiteral("user")), err);
    if (!session.database)
        return Failure;
    ExchangeService service(*session.database);
    // A new source name is kept only with the package written under it (one transaction).
    const QString source = parser.value(QStringLiteral("source"));
    if (const QString problem = ExchangeService::sourceNameProblem(source);
        parser.isSet(QStringLiteral("source")) && !problem.isEmpty()) {
        err << problem << "\n";
        return UsageError;
    }
    auto report = service.exportFeedback(session.actor, since, parser.value(QStringLiteral("out")), source);
    if (!report) {
        err << report.error() << "\n";
        return Failure;
    }
    out << tr("Package %1 (sequence %2): %n record(s) written to %3.", nullptr, static_cast<int>(report->records))
               .arg(report->header.packageId)
               .arg(report->header.sequence)
               .arg(parser.value(QStringLiteral("out")))
        << "\n";
    return Success;
}

} // namespace creditdesk::cli
