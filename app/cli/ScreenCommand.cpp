#include "CliCommands.h"
#include "CliSupport.h"
#include "exchange/CsvWriter.h"
#include "store/Database.h"
#include "workflow/ScreeningService.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace creditdesk::cli {

namespace {

/// lupdate files these strings under the namespace they are used in.
QString tr(const char *text)
{
    return QCoreApplication::translate("creditdesk::cli", text);
}

/// Exit code when at least one applicant hits a listing in force.
constexpr int HitFound = 3;

} // namespace

int screen(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Screens a file of applicants against the list and records the batch.\n"
           "  screen --db FILE --user OFFICER INPUT --out RESULT.csv [--threshold T] [--review R] [--skip-bad-rows]\n"
           "         [--today DATE]\n"
           "INPUT: CSV (UTF-8, UTF-8 with BOM, GB18030/GBK) or XLSX with a header row (姓名/名称, 证件号码,\n"
           "统一社会信用代码, 法定代表人, 编号; or name, id_number, credit_code, legal_representative, reference).\n"
           "Exit status: 0 no applicant hits a listing in force, 3 at least one does, 2 the input is unusable\n"
           "(nothing recorded), 1 another failure. The result format is described in docs/screening.md."));
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("user"), tr("Act as this user."), QStringLiteral("NAME")},
        {QStringLiteral("out"), tr("Where to write the result (CSV, UTF-8 with BOM)."), QStringLiteral("FILE")},
        {QStringLiteral("threshold"), tr("The score from which a match is a hit (default 0.80)."), QStringLiteral("T"),
         QStringLiteral("0.80")},
        {QStringLiteral("review"), tr("The score from which a match is shown for review (default 0.60)."),
         QStringLiteral("R"), QStringLiteral("0.60")},
        {QStringLiteral("skip-bad-rows"), tr("Screen the good rows when some cannot be read; list the others.")},
        {QStringLiteral("today"), tr("Screen against the listings in force on this day (default today)."),
         QStringLiteral("DATE")},
    });
    parser.addPositionalArgument(QStringLiteral("INPUT"), tr("The applicants' file."));
    if (const int code = parseArguments(parser, QStringLiteral("screen"), arguments, out, err); code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("db"))
        || !parser.isSet(QStringLiteral("out"))) {
        out << parser.helpText();
        return UsageError;
    }
    ScreeningOptions options;
    bool hitOk = false;
    bool reviewOk = false;
    options.thresholds.hit = parser.value(QStringLiteral("threshold")).toDouble(&hitOk);
    options.thresholds.review = parser.value(QStringLiteral("review")).toDouble(&reviewOk);
    if (!hitOk || !reviewOk) {
        err << tr("--threshold and --review take numbers between 0 and 1.") << "\n";
        return UsageError;
    }
    options.skipBadRows = parser.isSet(QStringLiteral("skip-bad-rows"));
    if (parser.isSet(QStringLiteral("today"))) {
        options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!options.today.isValid()) {
            err << tr("--today needs a date as YYYY-MM-DD.") << "\n";
            return UsageError;
        }
    }
    Session session = openSignedIn(parser.value(QStringLiteral("db")), QStringLiteral("cli-screen"),
                                   parser.value(QStringLiteral("user")), err);
    if (!session.database)
        return Failure;
    const QString input = parser.positionalArguments().first();
    const QString output = parser.value(QStringLiteral("out"));
    CsvWriter writer; // the result file is put in place only when the batch was screened
    if (const Status opened = writer.open(output); !opened) {
        err << opened.error() << "\n";
        return Failure;
    }
    if (const Status written =
            writer.writeRow({QStringLiteral("line"), QStringLiteral("reference"), QStringLiteral("name"),
                             QStringLiteral("identifier"), QStringLiteral("result"), QStringLiteral("score"),
                             QStringLiteral("listed_name"), QStringLiteral("case_number"),
                             QStringLiteral("matched_keys"), QStringLiteral("explanation"), QStringLiteral("warning")});
        !written) {
        err << written.error() << "\n";
        return Failure;
    }
    ScreeningService service(*session.database);
    auto summary = service.screenFile(
        session.actor, input, options, [&writer](const Applicant &applicant, const ScreeningResult &result) {
            const ScreeningMatch best = result.matches.value(0);
            return writer.writeRow({QString::number(applicant.line), applicant.reference, applicant.name,
                                    maskedIdentifier(applicant), screeningOutcomeName(result.outcome),
                                    result.matches.isEmpty() ? QString() : QString::number(best.score, 'f', 2),
                                    best.subjectName, best.caseNumber, best.keys.join(u' '), best.explanation,
                                    applicant.warning});
        });
    if (!summary) {
        err << summary.error() << "\n";
        return UsageError; // the input could not be screened; nothing was recorded
    }
    if (const Status closed = writer.close(); !closed) {
        err << closed.error() << "\n"
            << tr("Batch %1 is recorded; export its results from the Screening page.").arg(summary->batchId) << "\n";
        return Failure;
    }
    out << tr("Batch %1: applicants screened %2 (%3); hits %4, to review %5, listed in the past only %6, rows "
              "skipped %7.")
               .arg(summary->batchId)
               .arg(summary->rows)
               .arg(summary->description)
               .arg(summary->hits)
               .arg(summary->possible)
               .arg(summary->history)
               .arg(summary->skipped)
        << "\n";
    for (const QString &rowError : std::as_const(summary->rowErrors))
        out << "  " << rowError << "\n";
    if (summary->previousBatch > 0)
        out << tr("The same file was screened in batch %1; rows with another result now: %2.")
                   .arg(summary->previousBatch)
                   .arg(summary->changedSincePrevious)
            << "\n";
    return summary->hits > 0 ? HitFound : Success;
}

} // namespace creditdesk::cli
