#include "CliCommands.h"
#include "CliSupport.h"
#include "store/Database.h"
#include "workflow/NoticeService.h"

#include <QCoreApplication>
#include <QDate>

namespace creditdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("creditdesk::cli", text);
}

} // namespace

int notice(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Notices (文书) and the notice register.\n"
           "  notice batch --db FILE --user OFFICER --type TYPE --out DIR [--limit N] [--language zh_CN|en]\n"
           "      issues notices of TYPE for the first N eligible subjects and writes their PDFs to DIR;\n"
           "      ends with notices_per_s=<n>. TYPE listing: the listing notice (纳入名单告知书).\n"
           "  notice verify --db FILE --user NAME CODE-OR-SERIAL\n"
           "      says whether a notice is genuine and current; exit 0 genuine and current, 3 superseded\n"
           "      by a reissue, 4 unknown or altered."));
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("user"), tr("Act as this user."), QStringLiteral("NAME")},
        {QStringLiteral("type"),
         tr("The notice type: listing, objection-accepted, objection-not-accepted, objection-decision, "
            "repair-decision, deletion or measure-push."),
         QStringLiteral("TYPE"), QStringLiteral("listing")},
        {QStringLiteral("out"), tr("The folder the PDFs go to."), QStringLiteral("DIR")},
        {QStringLiteral("limit"), tr("At most N notices (default 100)."), QStringLiteral("N"), QStringLiteral("100")},
        {QStringLiteral("language"), tr("The notices' language: zh_CN (default) or en."), QStringLiteral("LANGUAGE"),
         QStringLiteral("zh_CN")},
        {QStringLiteral("today"), tr("The day of issue (default today)."), QStringLiteral("DATE")},
    });
    parser.addPositionalArgument(QStringLiteral("batch|verify"), tr("What to do."));
    if (const int code = parseArguments(parser, QStringLiteral("notice"), arguments, out, err); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString what = positional.value(0);
    if ((what != QLatin1String("batch") && what != QLatin1String("verify")) || !parser.isSet(QStringLiteral("db"))
        || (what == QLatin1String("batch") && !parser.isSet(QStringLiteral("out")))
        || (what == QLatin1String("verify") && positional.size() != 2)) {
        out << parser.helpText();
        return UsageError;
    }
    const QString language = parser.value(QStringLiteral("language"));
    if (language != QLatin1String("zh_CN") && language != QLatin1String("en")) {
        err << tr("--language must be zh_CN or en.") << "\n";
        return UsageError;
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(QStringLiteral("today"))) {
        today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);
        if (!today.isValid()) {
            err << tr("--today needs a date as YYYY-MM-DD.") << "\n";
            return UsageError;
        }
    }
    Session session = openSignedIn(parser.value(QStringLiteral("db")), QStringLiteral("cli-notice"),
                                   parser.value(QStringLiteral("user")), err);
    if (!session.database)
        return Failure;
    NoticeService service(*session.database);
    if (what == QLatin1String("verify")) {
        auto verification = service.verify(session.actor, positional.at(1));
        if (!verification) {
            err << verification.error() << "\n";
            return Failure;
        }
        if (!verification->found) {
            out << tr("Not in the register, or altered: not genuine.") << "\n";
            return 4;
        }
        const Notice &found = verification->notice;
        out << tr("Genuine: %1, version %2, %3, issued %4 to %5.")
                   .arg(found.serialText)
                   .arg(found.version)
                   .arg(found.title, found.issuedOn.toString(Qt::ISODate), found.recipient)
            << "\n";
        if (!verification->current) {
            out << tr("Superseded: version %1 was issued since.").arg(verification->latestVersion) << "\n";
            return 3;
        }
        out << tr("Current.") << "\n";
        return Success;
    }
    const auto type = noticeTypeFromName(parser.value(QStringLiteral("type")));
    if (!type) {
        err << tr("Unknown notice type %1; see docs/notices.md.").arg(parser.value(QStringLiteral("type"))) << "\n";
        return UsageError;
    }
    bool limitOk = false;
    const int limit = parser.value(QStringLiteral("limit")).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 1000000) {
        err << tr("--limit must be a number from 1 to 1000000.") << "\n";
        return UsageError;
    }
    auto summary =
        service.batch(session.actor, type.value(), parser.value(QStringLiteral("out")), limit, language, today);
    if (!summary) {
        err << summary.error() << "\n";
        return Failure;
    }
    out << tr("%1 notices written to %2 in %3 s.")
               .arg(summary->written)
               .arg(parser.value(QStringLiteral("out")))
               .arg(summary->seconds, 0, 'f', 2)
        << "\n";
    out << "notices_per_s=" << QString::number(summary->seconds > 0 ? summary->written / summary->seconds : 0, 'f', 1)
        << "\n";
    return Success;
}

} // namespace creditdesk::cli
