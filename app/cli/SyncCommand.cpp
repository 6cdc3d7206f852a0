#include "CliCommands.h"
#include "CliSupport.h"
#include "store/Database.h"
#include "store/ServerStore.h"
#include "workflow/OfficeKeyService.h"
#include "workflow/SyncService.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace creditdesk::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("creditdesk::cli", text);
}

/// Exit status of "sync run" when the desk synchronised but officers have conflicts to resolve,
/// and when the pull stopped at a change this desk cannot apply yet.
constexpr int ConflictsOpen = 3;
constexpr int PullWaiting = 4;

int printConflicts(SyncService &service, const Actor &actor, bool all, QTextStream &out, QTextStream &err)
{
    auto conflicts = service.conflicts(actor, !all);
    if (!conflicts) {
        err << conflicts.error() << "\n";
        return Failure;
    }
    out << "conflict\tkind\tcase\tcase_number\tstep_by\tstep_reason\trecorded_at\tto_state\tcurrent_"
           "state\tresolution\n";
    for (const SyncRepository::Conflict &conflict : conflicts.value()) {
        const QJsonObject event = conflict.change.payload.value(QStringLiteral("event")).toObject();
        out << conflict.id << '\t' << conflict.change.entityType << '\t' << conflict.caseId << '\t'
            << conflict.caseNumber << '\t' << conflict.change.actor << '\t' << conflict.change.reason << '\t'
            << conflict.change.recordedAt << '\t' << event.value(QStringLiteral("to_state")).toInt() << '\t'
            << conflict.currentState << '\t'
            << (conflict.resolution == 0
                    ? QStringLiteral("open")
                    : QStringLiteral("%1 (%2: %3)")
                          .arg(SyncService::resolutionName(static_cast<SyncService::Resolution>(conflict.resolution)),
                               conflict.resolvedBy, conflict.resolutionReason))
            << '\n';
    }
    return Success;
}

} // namespace

namespace {

/// sync office-key: the desk's office key shown by its fingerprint, made, set or shown.
int officeKey(const QCommandLineParser &parser, Session &session, QTextStream &out, QTextStream &err)
{
    const bool make = parser.isSet(QStringLiteral("new"));
    const bool set = parser.isSet(QStringLiteral("set"));
    const bool show = parser.isSet(QStringLiteral("show"));
    if (int(make) + int(set) + int(show) > 1) {
        err << tr("sync office-key takes one of --new, --set and --show.") << "\n";
        return UsageError;
    }
    const QString reason = parser.value(QStringLiteral("reason"));
    if ((make || set || show) && reason.trimmed().isEmpty()) {
        err << tr("sync office-key --new, --set and --show need --reason: the office key's use is audited.") << "\n";
        return UsageError;
    }
    OfficeKeyService service(*session.database);
    if (show) {
        auto text = service.reveal(session.actor, reason);
        if (!text) {
            err << text.error() << "\n";
            return Failure;
        }
        out << text.value() << "\n";
        return Success;
    }
    if (make || set) {
        QString typed;
        if (set) {
            err << tr("Office key (as another desk of the office shows it): ") << Qt::flush;
            typed = readHiddenLine();
        }
        auto outcome = make ? service.create(session.actor, reason) : service.set(session.actor, typed, reason);
        if (!outcome) {
            err << outcome.error() << "\n";
            return Failure;
        }
        if (outcome->alreadySet) {
            out << tr("This desk has this office key already (%1); nothing changed.").arg(outcome->key.fingerprint())
                << "\n";
            return Success;
        }
        if (make)
            out << outcome->key.text() << "\n"
                << tr("The office key above is set on this desk. Set it on each other desk of the office (sync "
                      "office-key --set) and keep it from the central server's administrators.")
                << "\n";
        out << tr("Office key %1 set; whitelist entries keyed with it: %2; whitelist changes kept back for it, "
                  "sent at the next synchronisation: %3.")
                   .arg(outcome->key.fingerprint())
                   .arg(outcome->entriesKeyed)
                   .arg(outcome->changesKeyed)
            << "\n";
        return Success;
    }
    auto current = service.current(session.actor);
    if (!current) {
        err << current.error() << "\n";
        return Failure;
    }
    if (!current.value()) {
        out << tr("This desk has no office key: its whitelist entries are not shared until it has one (sync "
                  "office-key --new or --set).")
            << "\n";
        return Success;
    }
    out << tr("Office key %1, set by %2 at %3.")
               .arg(current.value()->key.fingerprint(), current.value()->setBy, current.value()->setAt)
        << "\n";
    return Success;
}

} // namespace

int sync(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("This desk's synchronisation with the central server (docs/central-server.md).\n"
           "  sync join --db FILE --user NAME --server ADDRESS --desk NAME --office NAME\n"
           "  sync run --db FILE --user NAME\n"
           "  sync status --db FILE --user NAME\n"
           "  sync conflicts --db FILE --user NAME [--all]\n"
           "  sync resolve --db FILE --user NAME --conflict N --resolution other-decision-stands|take-step-again "
           "--reason TEXT\n"
           "  sync office-key --db FILE --user NAME [--new | --set | --show] [--reason TEXT]\n"
           "office-key names the desk's office key by its fingerprint; --new makes the office's key (on its\n"
           "first desk) and prints it, --set reads the key another desk printed from standard input, --show\n"
           "prints it again (each with --reason, audited). Whitelist entries travel only keyed with it.\n"
           "run sends this desk's objection steps, feedback entries, breach information and repair steps\n"
           "and files, and applies the other desks'.\n"
           "Exit status of run: 0 done, 3 done but conflicts wait for an officer, 4 stopped at a change\n"
           "this desk cannot apply yet, 1 another failure. The server's password comes from CREDITDESK_SERVER_PASSWORD "
           "or is asked for."));
    parser.addOptions({
        {QStringLiteral("db"), tr("The database file."), QStringLiteral("FILE")},
        {QStringLiteral("user"), tr("Act as this user."), QStringLiteral("NAME")},
        {QStringLiteral("server"), tr("The server's address."), QStringLiteral("ADDRESS")},
        {QStringLiteral("desk"), tr("This desk's name on the server."), QStringLiteral("NAME")},
        {QStringLiteral("office"), tr("This desk's office."), QStringLiteral("NAME")},
        {QStringLiteral("all"), tr("Resolved conflicts as well.")},
        {QStringLiteral("conflict"), tr("The conflict to resolve."), QStringLiteral("N")},
        {QStringLiteral("resolution"), tr("other-decision-stands or take-step-again."), QStringLiteral("HOW")},
        {QStringLiteral("reason"), tr("Why."), QStringLiteral("TEXT")},
        {QStringLiteral("new"), tr("office-key: make the office's key on its first desk.")},
        {QStringLiteral("set"), tr("office-key: set the key read from standard input.")},
        {QStringLiteral("show"), tr("office-key: print the key, to set it on another desk.")},
    });
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("join, run, status, conflicts, resolve or office-key."));
    if (const int code = parseArguments(parser, QStringLiteral("sync"), arguments, out, err); code >= 0)
        return code;
    const QStringList actions = parser.positionalArguments();
    const QStringList known{QStringLiteral("join"),      QStringLiteral("run"),     QStringLiteral("status"),
                            QStringLiteral("conflicts"), QStringLiteral("resolve"), QStringLiteral("office-key")};
    if (!parser.isSet(QStringLiteral("db")) || actions.size() != 1 || !known.contains(actions.first())) {
        out << parser.helpText();
        return UsageError;
    }
    const QString action = actions.first();
    if (action == QLatin1String("join")
        && (!parser.isSet(QStringLiteral("server")) || !parser.isSet(QStringLiteral("desk"))
            || !parser.isSet(QStringLiteral("office")))) {
        err << tr("sync join needs --server, --desk and --office.") << "\n";
        return UsageError;
    }
    const auto resolution = SyncService::resolutionFromName(parser.value(QStringLiteral("resolution")));
    if (action == QLatin1String("resolve")
        && (!parser.isSet(QStringLiteral("conflict")) || !parser.isSet(QStringLiteral("reason")) || !resolution)) {
        err << tr("sync resolve needs --conflict, --reason and --resolution other-decision-stands or "
                  "take-step-again.")
            << "\n";
        return UsageError;
    }
    Session session = openSignedIn(parser.value(QStringLiteral("db")), QStringLiteral("cli-sync"),
                                   parser.value(QStringLiteral("user")), err);
    if (!session.database)
        return Failure;
    if (action == QLatin1String("office-key"))
        return officeKey(parser, session, out, err);
    SyncService service(*session.database);

    if (action == QLatin1String("join")) {
        if (const Status joined =
                service.join(session.actor, parser.value(QStringLiteral("server")),
                             parser.value(QStringLiteral("desk")), parser.value(QStringLiteral("office")));
            !joined) {
            err << joined.error() << "\n";
            return Failure;
        }
        out << tr("This desk joined %1 as %2.")
                   .arg(parser.value(QStringLiteral("server")), parser.value(QStringLiteral("desk")))
            << "\n";
        return Success;
    }
    if (action == QLatin1String("conflicts"))
        return printConflicts(service, session.actor, parser.isSet(QStringLiteral("all")), out, err);
    if (action == QLatin1String("resolve")) {
        bool isNumber = false;
        const qint64 id = parser.value(QStringLiteral("conflict")).toLongLong(&isNumber);
        if (!isNumber) {
            err << tr("--conflict takes a conflict's number.") << "\n";
            return UsageError;
        }
        if (const Status resolved =
                service.resolve(session.actor, id, *resolution, parser.value(QStringLiteral("reason")));
            !resolved) {
            err << resolved.error() << "\n";
            return Failure;
        }
        out << tr("Conflict %1 resolved.").arg(id) << "\n";
        return Success;
    }
    auto overview = service.overview(session.actor);
    if (!overview) {
        err << overview.error() << "\n";
        return Failure;
    }
    if (!overview->desk) {
        err << tr("This desk has not joined a server (sync join).") << "\n";
        return Failure;
    }
    const SyncRepository::Desk &desk = *overview->desk;
    if (action == QLatin1String("status")) {
        out << tr("Desk %1 of %2 on %3; caught up to change %4 of the server; last synchronised %5; changes to "
                  "send: %6; open conflicts: %7; feedback entries of other desks set aside: %8.")
                   .arg(desk.deskId, desk.office, desk.serverAddress)
                   .arg(desk.lastPulledSequence)
                   .arg(desk.lastSyncedAt.isEmpty() ? tr("never") : desk.lastSyncedAt)
                   .arg(overview->counts.waitingChanges)
                   .arg(overview->counts.openConflicts)
                   .arg(overview->counts.setAside)
            << "\n";
        if (overview->counts.waitingForOfficeKey > 0)
            out << tr("Of the changes to send, whitelist changes kept until this desk has the office key (sync "
                      "office-key): %1.")
                       .arg(overview->counts.waitingForOfficeKey)
                << "\n";
        return Success;
    }
    auto location = ServerStore::parseAddress(desk.serverAddress);
    if (!location) {
        err << location.error() << "\n";
        return Failure;
    }
    auto server =
        ServerStore::connect(location.value(), serverPassword(location->user, err), QStringLiteral("cli-sync-server"));
    if (!server) {
        err << server.error() << "\n";
        return Failure;
    }
    auto report = service.synchronise(session.actor, *server.value());
    if (!report) {
        err << report.error() << "\n";
        return Failure;
    }
    out << tr("Changes sent: %1 (accepted: %2; refused as conflicts: %3). Changes of other desks applied: %4 (new "
              "cases: %5; new feedback entries: %6; new breach information: %7; court decisions mirrored: %8). Caught "
              "up to change %9 of the server.")
               .arg(report->sent)
               .arg(report->accepted)
               .arg(report->refused)
               .arg(report->applied)
               .arg(report->created)
               .arg(report->feedback)
               .arg(report->breaches)
               .arg(report->exits)
               .arg(report->lastSequence)
        << "\n";
    if (report->notMade > 0)
        err << tr("%1 corrections approved on other desks were not made here: the field had been changed on this "
                  "desk since (the listing's history and audit entries sync.apply name them).")
                   .arg(report->notMade)
            << "\n";
    if (report->whitelisted > 0)
        out << tr("Applicants cleared on other desks (whitelist entries): %1; screening on this desk clears them too.")
                   .arg(report->whitelisted)
            << "\n";
    if (report->otherOfficeKey > 0)
        err << tr("%1 whitelist entries of other desks are keyed with another office key than this desk's and "
                  "clear nobody here: the desks of one office share one key (sync office-key).")
                   .arg(report->otherOfficeKey)
            << "\n";
    if (report->overrodeWaiting > 0)
        err << tr("%1 cases changed by other desks have steps of this desk not sent yet: those steps will come back "
                  "as conflicts.")
                   .arg(report->overrodeWaiting)
            << "\n";
    if (report->setAside > 0)
        err << tr("%1 feedback entries of other desks are set aside on this desk: their measure application has "
                  "not arrived (import the credit platform's packages), or this version refuses them (audit entries "
                  "sync.set_aside say why). Each run tries them again.")
                   .arg(report->setAside)
            << "\n";
    if (!report->waitingFor.isEmpty()) {
        err << tr("Stopped at a change this desk cannot apply yet: it needs %1.").arg(report->waitingFor) << "\n";
        return PullWaiting;
    }
    auto after = service.overview(session.actor);
    if (after && after->counts.waitingForOfficeKey > 0)
        err << tr("Of the changes to send, whitelist changes kept until this desk has the office key (sync "
                  "office-key): %1.")
                   .arg(after->counts.waitingForOfficeKey)
            << "\n";
    if (after && after->counts.openConflicts > 0) {
        err << tr("%1 conflicts wait for an officer (sync conflicts).").arg(after->counts.openConflicts) << "\n";
        return ConflictsOpen;
    }
    return Success;
}

} // namespace creditdesk::cli
