#include "CliCommands.h"
#include "CliSupport.h"
#include "domain/IsoDate.h"
#include "exchange/CsvReader.h"
#include "store/Database.h"
#include "workflow/ObjectionService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace creditdesk::cli {

namespace {

/// lupdate files these strings under the namespace they are used in.
QString tr(const char *text)
{
    return QCoreApplication::translate("creditdesk::cli", text);
}

/// Looks \a name up in \a names (index + 1 is the enum value); 0 when absent.
int pick(const QString &name, const QStringList &names)
{
    return static_cast<int>(names.indexOf(name)) + 1;
}

const QStringList routeNames{QStringLiteral("court"), QStringLiteral("platform")};
const QStringList channelNames{QStringLiteral("counter"), QStringLiteral("post"), QStringLiteral("online"),
                               QStringLiteral("telephone"), QStringLiteral("court")};
const QStringList groundNames{QStringLiteral("not-listed"), QStringLiteral("inaccurate"),
                              QStringLiteral("should-be-deleted"), QStringLiteral("other")};
const QStringList outcomeNames{QStringLiteral("corrected"), QStringLiteral("upheld"), QStringLiteral("undetermined")};

void printCase(const ObjectionCase &entry, QTextStream &out)
{
    const Objection &o = entry.objection;
    out << o.id << '\t' << objectionStateName(o.state) << '\t' << routeNames.value(static_cast<int>(o.route) - 1)
        << '\t' << o.subjectName << '\t' << o.caseNumber << '\t' << o.receivedOn.toString(Qt::ISODate) << '\t';
    if (!entry.clockError.isEmpty())
        out << tr("no deadline: %1").arg(entry.clockError);
    else if (entry.deadline.applies)
        out << entry.deadline.due.toString(Qt::ISODate) << '\t' << entry.daysLeft
            << (entry.deadline.workingDays ? tr(" working days") : tr(" days")) << '\t' << entry.deadline.step;
    out << (o.duplicateOf > 0 ? QStringLiteral("\t") + tr("duplicate of %1").arg(o.duplicateOf) : QString()) << '\t'
        << tr("version %1").arg(o.rowVersion) << '\n';
}

} // namespace

int objection(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Objections (异议).\n"
           "  objection register --db FILE --user OFFICER --listing ID --route court|platform --applicant NAME\n"
           "      --received DATE [--channel counter|post|online|telephone|court] [--agent] [--contact TEXT]\n"
           "      [--ground not-listed|inaccurate|should-be-deleted|other] [--grounds TEXT] [--fields F,G]\n"
           "  objection evidence --db FILE --user OFFICER --id ID FILE...\n"
           "  objection step --db FILE --user NAME --id ID --to STATE --on DATE --reason TEXT\n"
           "      [--outcome corrected|upheld] [--decision TEXT] [--set FIELD=VALUE]... [--record revoked|deleted]\n"
           "      [--version N]\n"
           "  objection list --db FILE --user NAME [--queue mine|open|overdue|due-soon|all] [--today DATE]\n"
           "  objection show --db FILE --user NAME --id ID\n"
           "  objection limits --db FILE --user ADMIN --route court|platform [--set NAME=DAYS[w]]... [--reason TEXT]\n"
           "      NAME: acceptance selfCheck answer forwarding courtReview correction reconsiderationFiling\n"
           "      reconsiderationDecision; w counts working days\n"
           "States: submitted accepted not-accepted under-review corrected upheld undetermined forwarded-to-court\n"
           "court-decided reconsideration-filed reconsideration-decided applicant-notified closed."));
    const QList<QCommandLineOption> options{
        {QStringLiteral("db"), tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("user"), tr("Act as this user."), QStringLiteral("NAME")},
        {QStringLiteral("listing"), tr("The listing objected to."), QStringLiteral("ID")},
        {QStringLiteral("route"), tr("court or platform."), QStringLiteral("ROUTE")},
        {QStringLiteral("applicant"), tr("Who objects."), QStringLiteral("NAME")},
        {QStringLiteral("agent"), tr("The applicant acts as an agent of the subject.")},
        {QStringLiteral("contact"), tr("The applicant's address or telephone."), QStringLiteral("TEXT")},
        {QStringLiteral("channel"), tr("How it arrived (default counter)."), QStringLiteral("CHANNEL"),
         QStringLiteral("counter")},
        {QStringLiteral("received"), tr("The day it was received."), QStringLiteral("DATE")},
        {QStringLiteral("ground"), tr("The ground (default inaccurate)."), QStringLiteral("GROUND"),
         QStringLiteral("inaccurate")},
        {QStringLiteral("grounds"), tr("The grounds in the applicant's words."), QStringLiteral("TEXT")},
        {QStringLiteral("fields"), tr("Disputed fields, comma-separated."), QStringLiteral("F,G")},
        {QStringLiteral("id"), tr("The objection."), QStringLiteral("ID")},
        {QStringLiteral("to"), tr("The next state."), QStringLiteral("STATE")},
        {QStringLiteral("on"), tr("The day of the step (default today)."), QStringLiteral("DATE")},
        {QStringLiteral("reason"), tr("Why (audited)."), QStringLiteral("TEXT")},
        {QStringLiteral("outcome"), tr("The court's outcome: corrected or upheld."), QStringLiteral("OUTCOME")},
        {QStringLiteral("decision"), tr("The court's decision (document number and holding)."), QStringLiteral("TEXT")},
        {QStringLiteral("set"), tr("A corrected field of the record."), QStringLiteral("FIELD=VALUE")},
        {QStringLiteral("record"), tr("The correction revokes or deletes the listing."), QStringLiteral("STATE")},
        {QStringLiteral("version"), tr("The version you reviewed (default: the current one)."), QStringLiteral("N")},
        {QStringLiteral("queue"), tr("mine, open, overdue, due-soon or all (default open)."), QStringLiteral("QUEUE"),
         QStringLiteral("open")},
        {QStringLiteral("today"), tr("Count days left from this day (default today)."), QStringLiteral("DATE")},
    };
    parser.addOptions(options);
    parser.addPositionalArgument(QStringLiteral("register|evidence|step|list|show|limits"), tr("What to do."));
    if (const int code = parseArguments(parser, QStringLiteral("objection"), arguments, out, err); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.isEmpty() || !parser.isSet(QStringLiteral("db"))) {
        out << parser.helpText();
        return UsageError;
    }
    auto date = [&parser](const QString &option, QDate fallback) -> std::optional<QDate> {
        if (!parser.isSet(option))
            return fallback;
        const QDate value = QDate::fromString(parser.value(option), Qt::ISODate);
        if (!value.isValid())
            return std::nullopt;
        return value;
    };
    Session session = openSignedIn(parser.value(QStringLiteral("db")), QStringLiteral("cli-objection"),
                                   parser.value(QStringLiteral("user")), err);
    if (!session.database)
        return Failure;
    ObjectionService service(*session.database);
    const Actor &actor = session.actor;

    if (action == QLatin1String("register")) {
        ObjectionDraft draft;
        draft.listingId = parser.value(QStringLiteral("listing")).toLongLong();
        const int route = pick(parser.value(QStringLiteral("route")), routeNames);
        const int channel = pick(parser.value(QStringLiteral("channel")), channelNames);
        const int ground = pick(parser.value(QStringLiteral("ground")), groundNames);
        const auto received = date(QStringLiteral("received"), {});
        if (route == 0 || channel == 0 || ground == 0 || !received || !received->isValid()) {
            err << tr("register needs --route court|platform, --received YYYY-MM-DD, and a known --channel and "
                      "--ground.")
                << "\n";
            return UsageError;
        }
        draft.route = route == 1 ? ObjectionRoute::CourtList : ObjectionRoute::CreditPlatform;
        draft.channel = static_cast<ObjectionChannel>(channel);
        draft.ground = static_cast<ObjectionGround>(ground);
        draft.receivedOn = *received;
        draft.applicantName = parser.value(QStringLiteral("applicant"));
        draft.applicantIsAgent = parser.isSet(QStringLiteral("agent"));
        draft.applicantContact = parser.value(QStringLiteral("contact"));
        draft.groundsText = parser.value(QStringLiteral("grounds"));
        draft.fields = parser.value(QStringLiteral("fields")).split(u',', Qt::SkipEmptyParts);
        auto id = service.registerObjection(actor, draft);
        if (!id) {
            err << id.error() << "\n";
            return Failure;
        }
        const auto registered = service.find(id.value());
        out << tr("Objection %1 registered.").arg(id.value());
        if (registered && registered->duplicateOf > 0)
            out << ' ' << tr("Another objection on this listing is open: %1.").arg(registered->duplicateOf);
        out << "\n";
        return Success;
    }
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong();
    if (action == QLatin1String("evidence")) {
        if (positional.size() < 2) {
            err << tr("evidence needs --id ID and at least one FILE.") << "\n";
            return UsageError;
        }
        for (const QString &path : positional.mid(1)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                err << tr("Cannot read %1: %2").arg(path, file.errorString()) << "\n";
                return Failure;
            }
            if (file.size() > ObjectionService::maximumEvidenceBytes) {
                err << tr("%1 is larger than %2 MB.").arg(path).arg(ObjectionService::maximumEvidenceBytes / 1048576)
                    << "\n";
                return Failure;
            }
            auto stored = service.addEvidence(actor, id, path, file.readAll());
            if (!stored) {
                err << stored.error() << "\n";
                return Failure;
            }
            out << tr("Evidence %1 stored: %2").arg(stored.value()).arg(QFileInfo(path).fileName()) << "\n";
        }
        return Success;
    }
    if (action == QLatin1String("step")) {
        ObjectionStep step;
        if (!objectionStateFromName(parser.value(QStringLiteral("to")), step.to)) {
            err << tr("--to needs a state; see --help.") << "\n";
            return UsageError;
        }
        const auto on = date(QStringLiteral("on"), QDate::currentDate());
        if (!on) {
            err << tr("--on needs a date as YYYY-MM-DD.") << "\n";
            return UsageError;
        }
        step.actedOn = *on;
        step.reason = parser.value(QStringLiteral("reason"));
        step.decisionText = parser.value(QStringLiteral("decision"));
        if (parser.isSet(QStringLiteral("outcome"))) {
            const int outcome = pick(parser.value(QStringLiteral("outcome")), outcomeNames);
            if (outcome == 0) {
                err << tr("--outcome is corrected or upheld.") << "\n";
                return UsageError;
            }
            step.outcome = static_cast<ObjectionOutcome>(outcome);
        }
        for (const QString &assignment : parser.values(QStringLiteral("set"))) {
            const qsizetype equals = assignment.indexOf(u'=');
            if (equals <= 0) {
                err << tr("--set needs FIELD=VALUE: %1").arg(assignment) << "\n";
                return UsageError;
            }
            step.changes.append({assignment.left(equals), assignment.mid(equals + 1)});
        }
        const QString record = parser.value(QStringLiteral("record"));
        if (record == QLatin1String("revoked"))
            step.publicationState = 3;
        else if (record == QLatin1String("deleted"))
            step.publicationState = 4;
        else if (!record.isEmpty()) {
            err << tr("--record is revoked or deleted.") << "\n";
            return UsageError;
        }
        const auto current = service.find(id);
        if (!current) {
            err << tr("Objection %1 does not exist.").arg(id) << "\n";
            return Failure;
        }
        const qint64 version = parser.isSet(QStringLiteral("version"))
                                   ? parser.value(QStringLiteral("version")).toLongLong()
                                   : current->rowVersion;
        if (const Status status = service.advance(actor, id, version, step); !status) {
            err << status.error() << "\n";
            return Failure;
        }
        out << tr("Objection %1 is now %2.").arg(id).arg(objectionStateText(step.to)) << "\n";
        return Success;
    }
    if (action == QLatin1String("list")) {
        const QStringList queues{QStringLiteral("mine"), QStringLiteral("open"), QStringLiteral("overdue"),
                                 QStringLiteral("due-soon"), QStringLiteral("all")};
        const int queue = pick(parser.value(QStringLiteral("queue")), queues);
        const auto today = date(QStringLiteral("today"), QDate::currentDate());
        if (queue == 0 || !today) {
            err << tr("--queue is mine, open, overdue, due-soon or all; --today a date.") << "\n";
            return UsageError;
        }
        auto cases = service.queue(actor, static_cast<ObjectionService::Queue>(queue - 1), *today);
        if (!cases) {
            err << cases.error() << "\n";
            return Failure;
        }
        for (const ObjectionCase &entry : cases.value())
            printCase(entry, out);
        return Success;
    }
    if (action == QLatin1String("limits")) {
        const int route = pick(parser.value(QStringLiteral("route")), routeNames);
        if (route == 0) {
            err << tr("limits needs --route court or platform.") << "\n";
            return UsageError;
        }
        const auto theRoute = route == 1 ? ObjectionRoute::CourtList : ObjectionRoute::CreditPlatform;
        ObjectionTimeLimits limits = service.limits(theRoute);
        const std::pair<QString, ObjectionTimeLimits::Limit *> named[] = {
            {QStringLiteral("acceptance"), &limits.acceptance},
            {QStringLiteral("selfCheck"), &limits.selfCheck},
            {QStringLiteral("answer"), &limits.answer},
            {QStringLiteral("forwarding"), &limits.forwarding},
            {QStringLiteral("courtReview"), &limits.courtReview},
            {QStringLiteral("correction"), &limits.correction},
            {QStringLiteral("reconsiderationFiling"), &limits.reconsiderationFiling},
            {QStringLiteral("reconsiderationDecision"), &limits.reconsiderationDecision}};
        const QStringList settings = parser.values(QStringLiteral("set"));
        for (const QString &setting : settings) {
            const QString name = setting.section(u'=', 0, 0);
            QString days = setting.section(u'=', 1);
            const bool working = days.endsWith(u'w');
            if (working)
                days.chop(1);
            bool ok = false;
            const int value = days.toInt(&ok);
            ObjectionTimeLimits::Limit *target = nullptr;
            for (const auto &[limitName, limit] : named) {
                if (limitName == name)
                    target = limit;
            }
            if (!target || !ok || value < 0 || value > 3650) {
                err << tr("--set needs NAME=DAYS or NAME=DAYSw with a known name: %1").arg(setting) << "\n";
                return UsageError;
            }
            *target = {value, working};
        }
        if (!settings.isEmpty()) {
            if (const Status saved = service.setLimits(actor, theRoute, limits, parser.value(QStringLiteral("reason")));
                !saved) {
                err << saved.error() << "\n";
                return Failure;
            }
        }
        for (const auto &[limitName, limit] : named)
            out << limitName << '\t' << limit->days << (limit->workingDays ? tr(" working days") : tr(" days")) << '\n';
        return Success;
    }
    if (action == QLatin1String("show")) {
        const auto found = service.find(id);
        if (!found) {
            err << tr("Objection %1 does not exist.").arg(id) << "\n";
            return Failure;
        }
        auto entry = service.withClock(*found, QDate::currentDate());
        auto history = service.history(actor, id);
        if (!entry || !history) {
            err << (entry ? history.error() : entry.error()) << "\n";
            return Failure;
        }
        printCase(entry.value(), out);
        for (const ObjectionRepository::Event &event : history.value()) {
            out << "  " << event.actedOn.toString(Qt::ISODate) << '\t' << objectionStateName(event.to) << '\t'
                << event.actor << '\t' << event.reason << '\t'
                << QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact)) << '\n';
        }
        return Success;
    }
    out << parser.helpText();
    return UsageError;
}

int calendar(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The working-day calendar.\n"
           "  calendar show --db FILE --user NAME\n"
           "  calendar import --db FILE --user ADMIN --year YEAR --reason TEXT FILE.csv\n"
           "FILE.csv has the columns date,kind,name (kind: off or workday), one row per day the State Council's "
           "notice names."));
    parser.addOptions({{QStringLiteral("db"), tr("The database file."), QStringLiteral("FILE")},
                       {QStringLiteral("user"), tr("Act as this user."), QStringLiteral("NAME")},
                       {QStringLiteral("year"), tr("The year of the notice."), QStringLiteral("YEAR")},
                       {QStringLiteral("reason"), tr("Why (audited)."), QStringLiteral("TEXT")}});
    parser.addPositionalArgument(QStringLiteral("show|import"), tr("What to do."));
    if (const int code = parseArguments(parser, QStringLiteral("calendar"), arguments, out, err); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || !parser.isSet(QStringLiteral("db"))) {
        out << parser.helpText();
        return UsageError;
    }
    Session session = openSignedIn(parser.value(QStringLiteral("db")), QStringLiteral("cli-calendar"),
                                   parser.value(QStringLiteral("user")), err);
    if (!session.database)
        return Failure;
    ObjectionService service(*session.database);
    if (positional.first() == QLatin1String("show")) {
        auto loaded = service.calendar();
        if (!loaded) {
            err << loaded.error() << "\n";
            return Failure;
        }
        for (const int year : loaded->years())
            out << year << "\n";
        return Success;
    }
    if (positional.first() != QLatin1String("import") || positional.size() != 2) {
        out << parser.helpText();
        return UsageError;
    }
    bool yearOk = false;
    const int year = parser.value(QStringLiteral("year")).toInt(&yearOk);
    if (!yearOk || year < 2000 || year > 2100) {
        err << tr("--year needs the year of the notice, e.g. 2027.") << "\n";
        return UsageError;
    }
    auto table = CsvTable::readFile(positional.at(1));
    if (!table) {
        err << table.error() << "\n";
        return UsageError;
    }
    if (const Status columns =
            table->requireColumns({QStringLiteral("date"), QStringLiteral("kind"), QStringLiteral("name")});
        !columns) {
        err << columns.error() << "\n";
        return UsageError;
    }
    QList<WorkingCalendar::Day> days;
    QHash<QDate, int> lineOfDate;
    for (qsizetype row = 0; row < table->rowCount(); ++row) {
        WorkingCalendar::Day day;
        const QString date = table->value(row, QStringLiteral("date"));
        day.date = isoDate(date);
        const QString kind = table->value(row, QStringLiteral("kind"));
        day.name = table->value(row, QStringLiteral("name"));
        const QString where = tr("%1 line %2").arg(positional.at(1)).arg(table->lineOf(row));
        if (!day.date.isValid()) {
            err << tr("%1, field date: \"%2\" is not a date YYYY-MM-DD.")
                       .arg(where, table->value(row, QStringLiteral("date")))
                << "\n";
            return UsageError;
        }
        if (const int earlier = lineOfDate.value(day.date); earlier > 0) {
            err << tr("%1, field date: %2 is on line %3 as well.").arg(where, date).arg(earlier) << "\n";
            return UsageError;
        }
        lineOfDate.insert(day.date, table->lineOf(row));
        if (kind != QLatin1String("off") && kind != QLatin1String("workday")) {
            err << tr("%1, field kind: \"%2\" is neither off nor workday.").arg(where, kind) << "\n";
            return UsageError;
        }
        if (day.name.trimmed().isEmpty()) {
            err << tr("%1, field name: the holiday's name is missing.").arg(where) << "\n";
            return UsageError;
        }
        day.workday = kind == QLatin1String("workday");
        days.append(day);
    }
    if (const Status imported = service.importCalendarYear(
            session.actor, year, days, QFileInfo(positional.at(1)).fileName(), parser.value(QStringLiteral("reason")));
        !imported) {
        err << imported.error() << "\n";
        return Failure;
    }
    out << tr("The %1 notice is loaded: %2 days.").arg(year).arg(days.size()) << "\n";
    return Success;
}

} // namespace creditdesk::cli
