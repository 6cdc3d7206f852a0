#include "CliCommands.h"
#include "CliSupport.h"
#include "domain/EvidenceFile.h"
#include "store/Database.h"
#include "workflow/CourtListService.h"
#include "workflow/ExpiryService.h"
#include "workflow/RepairService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace creditdesk::cli {

namespace {

/// lupdate files these strings under the namespace they are used in.
QString tr(const char *text)
{
    return QCoreApplication::translate("creditdesk::cli", text);
}

std::optional<QDate> dateOption(const QCommandLineParser &parser, const QString &option, const QDate &fallback)
{
    if (!parser.isSet(option))
        return fallback;
    const QDate value = QDate::fromString(parser.value(option), Qt::ISODate);
    return value.isValid() ? std::optional<QDate>(value) : std::nullopt;
}

void printEligibility(const RepairEligibility &eligibility, QTextStream &out)
{
    out << tr("Rule set: %1 (%2)").arg(eligibility.ruleSetTitle, eligibility.ruleSetCode) << '\n'
        << tr("Earliest repair date: %1").arg(eligibility.earliestRepairDate.toString(Qt::ISODate)) << '\n'
        << tr("Publication stops by itself on: %1").arg(eligibility.automaticStopDate.toString(Qt::ISODate)) << '\n';
    for (const RepairEligibility::Check &check : eligibility.checks)
        out << (check.met ? "  [x] " : "  [ ] ") << check.text << " — " << check.detail << '\n';
    out << (eligibility.eligible() ? tr("Eligible.") : tr("Not eligible.")) << '\n';
}

} // namespace

int repair(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Credit repair of administrative breach information (信用修复).\n"
           "  repair list --db FILE --user NAME [--all] [--today DATE]\n"
           "  repair eligibility --db FILE --user NAME --breach ID [--on DATE]\n"
           "  repair register --db FILE --user OFFICER --breach ID --applicant NAME --received DATE --statement TEXT\n"
           "  repair evidence --db FILE --user OFFICER --id ID --kind performance|commitment|other FILE...\n"
           "  repair step --db FILE --user NAME --id ID --to accepted|not-accepted|repaired|refused|withdrawn\n"
           "      --on DATE --reason TEXT\n"
           "  repair rules --db FILE --user NAME [--import CSV --reason TEXT]"));
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("user"), tr("Act as this user."), QStringLiteral("NAME")},
        {QStringLiteral("all"), tr("Decided and withdrawn applications too.")},
        {QStringLiteral("today"), tr("Count days left from this day (default today)."), QStringLiteral("DATE")},
        {QStringLiteral("breach"), tr("The breach information."), QStringLiteral("ID")},
        {QStringLiteral("on"), tr("The day (default today)."), QStringLiteral("DATE")},
        {QStringLiteral("applicant"), tr("Who applies."), QStringLiteral("NAME")},
        {QStringLiteral("received"), tr("The day it was received."), QStringLiteral("DATE")},
        {QStringLiteral("statement"), tr("What the applicant corrected and performed."), QStringLiteral("TEXT")},
        {QStringLiteral("id"), tr("The application."), QStringLiteral("ID")},
        {QStringLiteral("kind"), tr("performance, commitment or other."), QStringLiteral("KIND")},
        {QStringLiteral("to"), tr("The next state."), QStringLiteral("STATE")},
        {QStringLiteral("reason"), tr("Why (audited)."), QStringLiteral("TEXT")},
        {QStringLiteral("import"), tr("A rule set file (see resources/reference/repair-rule-sets.csv)."),
         QStringLiteral("CSV")},
    });
    parser.addPositionalArgument(QStringLiteral("list|eligibility|register|evidence|step|rules"), tr("What to do."));
    if (const int code = parseArguments(parser, QStringLiteral("repair"), arguments, out, err); code >= 0)
        return code;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    if (positional.isEmpty() || !parser.isSet(QStringLiteral("db"))) {
        out << parser.helpText();
        return UsageError;
    }
    Session session = openSignedIn(parser.value(QStringLiteral("db")), QStringLiteral("cli-repair"),
                                   parser.value(QStringLiteral("user")), err);
    if (!session.database)
        return Failure;
    RepairService service(*session.database);
    const Actor &actor = session.actor;
    const auto on = dateOption(parser, QStringLiteral("on"), QDate::currentDate());
    if (!on) {
        err << tr("--on needs a date as YYYY-MM-DD.") << "\n";
        return UsageError;
    }
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong();

    if (action == QLatin1String("list")) {
        const auto today = dateOption(parser, QStringLiteral("today"), QDate::currentDate());
        auto cases = service.queue(actor, !parser.isSet(QStringLiteral("all")), today.value_or(QDate::currentDate()));
        if (!cases) {
            err << cases.error() << "\n";
            return Failure;
        }
        for (const RepairCase &entry : cases.value()) {
            const RepairApplication &a = entry.application;
            out << a.id << '\t' << repairStateName(a.state) << '\t' << a.subjectName << '\t' << a.applicantName << '\t'
                << a.receivedOn.toString(Qt::ISODate) << '\t' << a.dueOn.toString(Qt::ISODate) << '\t'
                << (!a.isOpen()                   ? QString()
                    : !entry.clockError.isEmpty() ? entry.clockError
                    : entry.daysLeft < 0          ? tr("overdue by %1 working days").arg(-entry.daysLeft)
                                                  : tr("%1 working days").arg(entry.daysLeft))
                << '\t' << a.ruleSet << '\t' << tr("version %1").arg(a.rowVersion) << '\n';
        }
        return Success;
    }
    if (action == QLatin1String("eligibility")) {
        auto eligibility = service.eligibility(actor, parser.value(QStringLiteral("breach")).toLongLong(), *on);
        if (!eligibility) {
            err << eligibility.error() << "\n";
            return Failure;
        }
        printEligibility(eligibility.value(), out);
        return eligibility->eligible() ? Success : Failure;
    }
    if (action == QLatin1String("register")) {
        const auto received = dateOption(parser, QStringLiteral("received"), {});
        if (!received || !received->isValid()) {
            err << tr("register needs --received YYYY-MM-DD.") << "\n";
            return UsageError;
        }
        auto registered = service.registerApplication(actor, {parser.value(QStringLiteral("breach")).toLongLong(),
                                                              parser.value(QStringLiteral("applicant")),
                                                              {},
                                                              *received,
                                                              parser.value(QStringLiteral("statement"))});
        if (!registered) {
            err << registered.error() << "\n";
            return Failure;
        }
        out << tr("Repair application %1 registered.").arg(registered.value()) << "\n";
        return Success;
    }
    if (action == QLatin1String("evidence")) {
        const auto kind = repairEvidenceKindFromName(parser.value(QStringLiteral("kind")));
        if (!kind || positional.size() < 2) {
            err << tr("evidence needs --id ID, --kind performance|commitment|other and at least one FILE.") << "\n";
            return UsageError;
        }
        for (const QString &path : positional.mid(1)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                err << tr("Cannot read %1: %2").arg(path, file.errorString()) << "\n";
                return Failure;
            }
            auto stored = service.addEvidence(actor, id, *kind, path, file.read(EvidenceFile::maximumBytes + 1));
            if (!stored) {
                err << stored.error() << "\n";
                return Failure;
            }
            out << tr("Evidence %1 stored: %2").arg(stored.value()).arg(QFileInfo(path).fileName()) << "\n";
        }
        return Success;
    }
    if (action == QLatin1String("step")) {
        const auto to = repairStateFromName(parser.value(QStringLiteral("to")));
        const auto application = service.find(id);
        if (!to || !application) {
            err << tr("step needs --id of an application and --to a state; see --help.") << "\n";
            return UsageError;
        }
        const Status taken =
            service.advance(actor, id, application->rowVersion, {*to, *on, parser.value(QStringLiteral("reason"))});
        if (!taken) {
            err << taken.error() << "\n";
            return Failure;
        }
        out << tr("Application %1 is now %2.").arg(id).arg(repairStateText(*to)) << "\n";
        return Success;
    }
    if (action == QLatin1String("rules")) {
        if (parser.isSet(QStringLiteral("import"))) {
            QFile file(parser.value(QStringLiteral("import")));
            if (!file.open(QIODevice::ReadOnly)) {
                err << tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()) << "\n";
                return Failure;
            }
            if (const Status imported = service.importRules(actor, file.readAll(), QFileInfo(file).fileName(),
                                                            parser.value(QStringLiteral("reason")));
                !imported) {
                err << imported.error() << "\n";
                return Failure;
            }
        }
        auto rules = service.rules();
        if (!rules) {
            err << rules.error() << "\n";
            return Failure;
        }
        for (const RepairRuleSet &set : rules->ruleSets()) {
            out << set.code << '\t' << set.document << '\t' << set.effectiveFrom.toString(Qt::ISODate) << " – "
                << (set.effectiveTo.isNull() ? tr("open") : set.effectiveTo.toString(Qt::ISODate)) << '\t'
                << tr("version %1").arg(set.version) << '\n';
            for (const BreachTier tier : {BreachTier::Minor, BreachTier::General, BreachTier::Serious})
                out << "  " << breachTierName(tier) << '\t' << set.period(tier).minimumMonths << '\t'
                    << set.period(tier).maximumMonths << '\n';
        }
        return Success;
    }
    out << parser.helpText();
    return UsageError;
}

int listing(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The court's revocations and deletions, mirrored (SPC rules Art. 9–10), and the expiry job.\n"
           "  listing leave --db FILE --user OFFICER --listing ID --kind deletion|revocation\n"
           "      [--event performed|settlement|creditor|round-terminated|suspended|refused|terminated|period-ended]\n"
           "      --decided DATE --reason TEXT [--document TEXT] [--creditor NAME]\n"
           "  listing expired --db FILE --user NAME [--today DATE]      lists what the expiry job proposes\n"
           "  listing expire --db FILE --user OFFICER --reason TEXT     confirms that proposal"));
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("user"), tr("Act as this user."), QStringLiteral("NAME")},
        {QStringLiteral("listing"), tr("The listing."), QStringLiteral("ID")},
        {QStringLiteral("kind"), tr("deletion or revocation."), QStringLiteral("KIND")},
        {QStringLiteral("event"), tr("The Art. 10 event of a deletion."), QStringLiteral("EVENT")},
        {QStringLiteral("decided"), tr("The day the court decided."), QStringLiteral("DATE")},
        {QStringLiteral("document"), tr("The court's decision document."), QStringLiteral("TEXT")},
        {QStringLiteral("creditor"), tr("The creditor who applied for the deletion."), QStringLiteral("NAME")},
        {QStringLiteral("reason"), tr("Why (audited)."), QStringLiteral("TEXT")},
        {QStringLiteral("today"), tr("The day to look from (default today)."), QStringLiteral("DATE")},
    });
    parser.addPositionalArgument(QStringLiteral("leave|expired|expire"), tr("What to do."));
    if (const int code = parseArguments(parser, QStringLiteral("listing"), arguments, out, err); code >= 0)
        return code;
    const QString action = parser.positionalArguments().value(0);
    if (action.isEmpty() || !parser.isSet(QStringLiteral("db"))) {
        out << parser.helpText();
        return UsageError;
    }
    Session session = openSignedIn(parser.value(QStringLiteral("db")), QStringLiteral("cli-listing"),
                                   parser.value(QStringLiteral("user")), err);
    if (!session.database)
        return Failure;
    const Actor &actor = session.actor;
    if (action == QLatin1String("leave")) {
        CourtDecision decision;
        const QString kind = parser.value(QStringLiteral("kind"));
        decision.kind = kind == QLatin1String("revocation") ? ListingExitKind::Revocation : ListingExitKind::Deletion;
        if (kind != QLatin1String("revocation") && kind != QLatin1String("deletion")) {
            err << tr("--kind is deletion or revocation.") << "\n";
            return UsageError;
        }
        if (parser.isSet(QStringLiteral("event"))) {
            const auto event = deletionEventFromName(parser.value(QStringLiteral("event")));
            if (!event) {
                err << tr("--event: unknown event; see --help.") << "\n";
                return UsageError;
            }
            decision.event = *event;
        }
        const auto decided = dateOption(parser, QStringLiteral("decided"), {});
        if (!decided || !decided->isValid()) {
            err << tr("--decided needs a date as YYYY-MM-DD.") << "\n";
            return UsageError;
        }
        decision.courtDecidedOn = *decided;
        decision.documentNumber = parser.value(QStringLiteral("document"));
        decision.creditor = parser.value(QStringLiteral("creditor"));
        decision.reason = parser.value(QStringLiteral("reason"));
        CourtListService service(*session.database);
        const qint64 listingId = parser.value(QStringLiteral("listing")).toLongLong();
        const auto current = service.listing(listingId);
        if (!current) {
            err << tr("Listing %1 does not exist.").arg(listingId) << "\n";
            return Failure;
        }
        auto exit = service.mirrorDecision(actor, listingId, current->rowVersion, decision);
        if (!exit) {
            err << exit.error() << "\n";
            return Failure;
        }
        out << tr("Recorded (%1).").arg(exit.value()) << "\n";
        return Success;
    }
    ExpiryService expiry(*session.database);
    const auto today = dateOption(parser, QStringLiteral("today"), QDate::currentDate());
    auto proposal = expiry.propose(actor, today.value_or(QDate::currentDate()));
    if (!proposal) {
        err << proposal.error() << "\n";
        return Failure;
    }
    if (action == QLatin1String("expired")) {
        for (const ExpiryProposal::ListingItem &item : proposal->listings)
            out << "listing\t" << item.listing.id << '\t' << item.subjectName << '\t' << item.listing.caseNumber << '\t'
                << item.periodEnd.toString(Qt::ISODate) << '\t' << item.dueOn.toString(Qt::ISODate)
                << (item.overdue ? QStringLiteral("\t") + tr("overdue") : QString()) << '\n';
        for (const ExpiryProposal::BreachItem &item : proposal->breaches)
            out << "breach\t" << item.record.id << '\t' << item.subjectName << '\t' << item.record.documentNumber
                << '\t' << item.record.maximumUntil.toString(Qt::ISODate) << '\n';
        out << tr("Entries: %1; more waiting: %2").arg(proposal->size()).arg(proposal->truncated ? tr("yes") : tr("no"))
            << '\n';
        return Success;
    }
    if (action == QLatin1String("expire")) {
        auto outcome = expiry.confirm(actor, proposal.value(), parser.value(QStringLiteral("reason")));
        if (!outcome) {
            err << outcome.error() << "\n";
            return Failure;
        }
        out << tr("Listings deleted: %1; items of breach information stopped: %2; skipped: %3.")
                   .arg(outcome->listingsDeleted)
                   .arg(outcome->breachesStopped)
                   .arg(outcome->skipped.size())
            << '\n';
        for (const QString &skipped : outcome->skipped)
            out << "  " << skipped << '\n';
        return Success;
    }
    out << parser.helpText();
    return UsageError;
}

} // namespace creditdesk::cli
