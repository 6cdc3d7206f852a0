#include "SyncService.h"

#include "Authorization.h"
#include "MeasureLifting.h"
#include "domain/ListingCorrection.h"
#include "domain/Objection.h"
#include "domain/RepairApplication.h"
#include "search/NameKey.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/ListingCorrectionRepository.h"
#include "store/ListingExitRepository.h"
#include "store/MeasureLiftingRepository.h"
#include "store/ObjectionRepository.h"
#include "store/RepairRepository.h"
#include "store/ServerStore.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>
#include <QUuid>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::SyncService", source);
}

const QString objectionType = QStringLiteral("objection");
const QString feedbackType = QStringLiteral("feedback");
const QString breachType = QStringLiteral("breach");
const QString repairType = QStringLiteral("repair");
const QString exitType = QStringLiteral("exit");
const QString correctionType = QStringLiteral("correction");
const QString whitelistType = QStringLiteral("whitelist");
const QString evidenceAction = QStringLiteral("repair.evidence");
/// The audit journal's name of a feedback entry (as FeedbackService records it).
const QString feedbackEntityType = QStringLiteral("measure_feedback");

/// What the audit journal calls the entity a change concerns (as the services that record the
/// work do: a mirror of the court's decision is an entry on its listing).
QString auditEntityOf(const QString &entityType)
{
    if (entityType == feedbackType)
        return feedbackEntityType;
    if (entityType == exitType)
        return QStringLiteral("listing");
    if (entityType == correctionType)
        return QStringLiteral("listing_correction");
    if (entityType == whitelistType)
        return QStringLiteral("screening_whitelist");
    return entityType;
}

/// The corrections of the record an objection step made ({field, old, new}; field "state" for a
/// revocation or deletion).
QJsonArray correctionsOf(const QJsonObject &step)
{
    return step.value(QStringLiteral("details")).toObject().value(QStringLiteral("changes")).toArray();
}

/// A mirror of the court's decision from another desk with the creditor's name key made here (it
/// decides whether the creditor's new request is refused on this desk).
QJsonObject withCreditorKey(QJsonObject payload)
{
    QJsonObject exit = payload.value(QStringLiteral("exit")).toObject();
    const QString creditor = exit.value(QStringLiteral("creditor")).toString().trimmed();
    exit.insert(QStringLiteral("creditor_key"), creditor.isEmpty() ? QString() : NameKeyBuilder().key(creditor));
    payload.insert(QStringLiteral("exit"), exit);
    return payload;
}

/// Those who take objection steps synchronise them: officers and reviewers.
Status requireCaseWork(const Actor &actor)
{
    if (actor.may(Action::HandleObjection) || actor.may(Action::DecideObjection))
        return {};
    return requirePermission(actor, Action::HandleObjection);
}

} // namespace

SyncService::SyncService(Database &database) : m_database(database) {}

QString SyncService::resolutionName(Resolution resolution)
{
    return resolution == Resolution::OtherDecisionStands ? QStringLiteral("other-decision-stands")
                                                         : QStringLiteral("take-step-again");
}

std::optional<SyncService::Resolution> SyncService::resolutionFromName(const QString &name)
{
    for (const Resolution resolution : {Resolution::OtherDecisionStands, Resolution::TakeStepAgain}) {
        if (name == resolutionName(resolution))
            return resolution;
    }
    return std::nullopt;
}

Result<SyncService::Overview> SyncService::overview(const Actor &actor) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewObjections); !allowed)
        return Error{allowed.error()};
    SyncRepository repository(m_database.connection());
    auto desk = repository.desk();
    if (!desk)
        return Error{desk.error()};
    auto counts = repository.counts();
    if (!counts)
        return Error{counts.error()};
    return Overview{desk.value(), counts.value()};
}

Status SyncService::join(const Actor &actor, const QString &address, const QString &deskId, const QString &office)
{
    if (const Status allowed = requirePermission(actor, Action::ExchangePackages); !allowed)
        return allowed;
    if (auto location = ServerStore::parseAddress(address.trimmed()); !location)
        return Error{location.error()};
    const QString desk = deskId.trimmed();
    const QString officeName = office.trimmed();
    if (desk.isEmpty() || desk.size() > 100)
        return Error{tr("The desk's name has 1 to 100 characters.")};
    if (officeName.isEmpty() || officeName.size() > 200)
        return Error{tr("The office's name has 1 to 200 characters.")};
    return m_database.transaction([&]() -> Status {
        SyncRepository repository(m_database.connection());
        auto existing = repository.desk();
        if (!existing)
            return Error{existing.error()};
        if (existing.value())
            return Error{tr("This desk has already joined the server %1 as %2.")
                             .arg(existing.value()->serverAddress, existing.value()->deskId)};
        if (const Status joined = repository.join({desk, officeName, address.trimmed(), 0, QString(), actor.userName,
                                                   sql::nowUtc(), QUuid::createUuid().toString(QUuid::WithoutBraces)});
            !joined)
            return joined;
        return audit(
            m_database, actor,
            {QStringLiteral("sync.join"), QStringLiteral("desk"), desk, tr("Joined the central server"),
             QJsonObject{{QStringLiteral("server"), address.trimmed()}, {QStringLiteral("office"), officeName}}});
    });
}

Status SyncService::setServerAddress(const Actor &actor, const QString &address)
{
    if (const Status allowed = requirePermission(actor, Action::ExchangePackages); !allowed)
        return allowed;
    if (auto location = ServerStore::parseAddress(address.trimmed()); !location)
        return Error{location.error()};
    return m_database.transaction([&]() -> Status {
        SyncRepository repository(m_database.connection());
        auto desk = repository.desk();
        if (!desk)
            return Error{desk.error()};
        if (!desk.value())
            return Error{tr("This desk has not joined a server.")};
        if (const Status changed = repository.setServerAddress(address.trimmed()); !changed)
            return changed;
        return audit(m_database, actor,
                     {QStringLiteral("sync.address"), QStringLiteral("desk"), desk.value()->deskId,
                      tr("Server address changed"),
                      QJsonObject{{QStringLiteral("from"), desk.value()->serverAddress},
                                  {QStringLiteral("to"), address.trimmed()}}});
    });
}

Result<SyncService::Report> SyncService::synchronise(const Actor &actor, ServerStore &server, const Progress &progress,
                                                     int pageSize)
{
    if (const Status allowed = requireCaseWork(actor); !allowed)
        return Error{allowed.error()};
    auto desk = SyncRepository(m_database.connection()).desk();
    if (!desk)
        return Error{desk.error()};
    if (!desk.value())
        return Error{tr("This desk has not joined a server: join one first.")};
    if (const Status registered =
            server.registerDesk(desk.value()->deskId, desk.value()->office, desk.value()->instance);
        !registered)
        return Error{registered.error()};
    Report report;
    if (const Status pushed = push(actor, server, *desk.value(), report, progress); !pushed)
        return Error{tr("Changes sent: %1; then: %2").arg(report.sent).arg(pushed.error())};
    if (!report.cancelled) {
        if (const Status pulled = pull(actor, server, *desk.value(), report, progress, pageSize); !pulled)
            return Error{
                tr("Changes sent: %1, applied: %2; then: %3").arg(report.sent).arg(report.applied).arg(pulled.error())};
    }
    const Status recorded = m_database.transaction([&]() -> Status {
        SyncRepository repository(m_database.connection());
        if (const Status stamped = repository.setSynchronisedAt(sql::nowUtc()); !stamped)
            return stamped;
        auto counts = repository.counts();
        if (!counts)
            return Error{counts.error()};
        report.setAside = counts->setAside;
        return audit(m_database, actor,
                     {QStringLiteral("sync.run"), QStringLiteral("desk"), desk.value()->deskId,
                      tr("Synchronised with the central server"),
                      QJsonObject{{QStringLiteral("sent"), report.sent},
                                  {QStringLiteral("accepted"), report.accepted},
                                  {QStringLiteral("refused"), report.refused},
                                  {QStringLiteral("applied"), report.applied},
                                  {QStringLiteral("newCases"), report.created},
                                  {QStringLiteral("newBreaches"), report.breaches},
                                  {QStringLiteral("courtDecisions"), report.exits},
                                  {QStringLiteral("newWhitelistEntries"), report.whitelisted},
                                  {QStringLiteral("whitelistEntriesOfAnotherOfficeKey"), report.otherOfficeKey},
                                  {QStringLiteral("newFeedback"), report.feedback},
                                  {QStringLiteral("setAside"), report.setAside},
                                  {QStringLiteral("lastSequence"), report.lastSequence},
                                  {QStringLiteral("waitingFor"), report.waitingFor},
                                  {QStringLiteral("cancelled"), report.cancelled}}});
    });
    if (!recorded)
        return Error{recorded.error()};
    return report;
}

Result<SyncService::Report> SyncService::synchroniseWithPassword(const Actor &actor, const QString &password,
                                                                 const Progress &progress, int pageSize)
{
    auto desk = SyncRepository(m_database.connection()).desk();
    if (!desk)
        return Error{desk.error()};
    if (!desk.value())
        return Error{tr("This desk has not joined a server: join one first.")};
    auto location = ServerStore::parseAddress(desk.value()->serverAddress);
    if (!location)
        return Error{location.error()};
    const QString connectionName =
        QStringLiteral("sync-%1").arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
    auto server = ServerStore::connect(location.value(), password, connectionName);
    if (!server)
        return Error{server.error()};
    return synchronise(actor, *server.value(), progress, pageSize);
}

Status SyncService::push(const Actor &actor, ServerStore &server, const SyncRepository::Desk &desk, Report &report,
                         const Progress &progress)
{
    SyncRepository repository(m_database.connection());
    for (;;) {
        auto waiting = repository.waitingChanges(100);
        if (!waiting)
            return Error{waiting.error()};
        if (waiting->isEmpty())
            break;
        for (const SyncRepository::OutgoingChange &change : waiting.value()) {
            if (progress && !progress(report.sent, report.applied)) {
                report.cancelled = true;
                return {};
            }
            auto base = repository.baseFor(change);
            if (!base)
                return Error{base.error()};
            ServerStore::Change outgoing{change.changeId, change.entityType, change.entityKey, base.value(),
                                         change.action,   change.payload,    change.actor,     change.reason};
            // Sent but the answer lost: sending it again gets the first answer (same change id).
            // A file goes to the server's file store before the change that names it.
            if (change.action == evidenceAction) {
                auto content = repository.evidenceOf(change);
                if (!content)
                    return Error{content.error()};
                if (const Status stored = server.storeFile(desk.deskId,
                                                           change.payload.value(QStringLiteral("evidence"))
                                                               .toObject()
                                                               .value(QStringLiteral("sha256"))
                                                               .toString(),
                                                           content.value());
                    !stored)
                    return stored;
            }
            auto outcome = server.push(desk.deskId, outgoing);
            if (!outcome)
                return Error{outcome.error()};
            const Status stored = m_database.transaction([&]() -> Status {
                const QString now = sql::nowUtc();
                if (outcome->accepted)
                    return repository.markAccepted(change, base.value(), outcome->sequence, outcome->serverVersion,
                                                   now);
                if (const Status kept =
                        repository.markConflict(change, base.value(), outcome->conflictId, outcome->serverVersion, now);
                    !kept)
                    return kept;
                auto undone = change.entityType == exitType         ? undoRefusedExit(change, now)
                              : change.entityType == objectionType  ? undoRefusedObjection(change, now)
                              : change.entityType == correctionType ? undoRefusedCorrection(change)
                                                                    : undoRefusedRepair(change, now);
                if (!undone)
                    return Error{undone.error()};
                return audit(m_database, actor,
                             {QStringLiteral("sync.conflict"), auditEntityOf(change.entityType),
                              QString::number(change.localId),
                              tr("Another desk changed the case first; this desk's step was kept as a conflict"),
                              QJsonObject{{QStringLiteral("changeId"), change.changeId},
                                          {QStringLiteral("stepBy"), change.actor},
                                          {QStringLiteral("baseVersion"), base.value()},
                                          {QStringLiteral("serverVersion"), outcome->serverVersion},
                                          {QStringLiteral("undone"), undone.value()}}});
            });
            if (!stored)
                return stored;
            ++report.sent;
            ++(outcome->accepted ? report.accepted : report.refused);
        }
    }
    auto resolved = repository.unreportedResolutions();
    if (!resolved)
        return Error{resolved.error()};
    for (const SyncRepository::Conflict &conflict : resolved.value()) {
        if (const Status told =
                server.resolveConflict(desk.deskId, conflict.serverConflictId,
                                       QStringLiteral("%1 by %2: %3")
                                           .arg(resolutionName(static_cast<Resolution>(conflict.resolution)),
                                                conflict.resolvedBy, conflict.resolutionReason));
            !told)
            return told;
        if (const Status marked = repository.markReported(conflict.id); !marked)
            return marked;
        ++report.resolutionsReported;
    }
    return {};
}

Status SyncService::pull(const Actor &actor, ServerStore &server, const SyncRepository::Desk &desk, Report &report,
                         const Progress &progress, int pageSize)
{
    SyncRepository repository(m_database.connection());
    report.lastSequence = desk.lastPulledSequence;
    const auto count = [&report](const Applied &outcome) {
        ++report.applied;
        const int created = outcome.applied.createdHere ? 1 : 0;
        if (outcome.entityType == feedbackType)
            report.feedback += created;
        else if (outcome.entityType == breachType)
            report.breaches += created;
        else if (outcome.entityType == exitType)
            report.exits += created;
        else if (outcome.entityType == whitelistType && outcome.applied.otherOfficeKey)
            report.otherOfficeKey += created;
        else if (outcome.entityType == whitelistType)
            report.whitelisted += created;
        else
            report.created += created;
        report.overrodeWaiting += outcome.applied.overrodeWaiting ? 1 : 0;
        report.corrections += static_cast<int>(outcome.corrections.size());
        report.notMade += static_cast<int>(outcome.notMade.size());
    };
    // Feedback entries set aside before: applied now when this desk has their application.
    auto setAside = repository.setAsideChanges();
    if (!setAside)
        return Error{setAside.error()};
    for (const ServerStore::PulledChange &pulled : setAside.value()) {
        if (progress && !progress(report.sent, report.applied)) {
            report.cancelled = true;
            return {};
        }
        auto outcome = apply(actor, pulled, true, {});
        if (!outcome)
            return Error{outcome.error()};
        if (outcome->applied.applied())
            count(outcome.value());
    }
    for (;;) {
        auto page = server.pull(desk.deskId, report.lastSequence, pageSize);
        if (!page)
            return Error{page.error()};
        if (page->isEmpty())
            return {};
        for (const ServerStore::PulledChange &pulled : page.value()) {
            if (progress && !progress(report.sent, report.applied)) {
                report.cancelled = true;
                return {};
            }
            const QString &type = pulled.change.entityType;
            if (type != objectionType && type != feedbackType && type != breachType && type != repairType
                && type != exitType && type != correctionType && type != whitelistType) {
                report.waitingFor = tr("a change of kind \"%1\" that this version of CreditDesk does not know "
                                       "(update CreditDesk on this desk)")
                                        .arg(pulled.change.entityType);
                return {};
            }
            // A correction of a field this version does not know: wait, as for an unknown kind.
            for (const QJsonValue &change :
                 correctionsOf(pulled.change.payload.value(QStringLiteral("event")).toObject())) {
                const QString field = change.toObject().value(QStringLiteral("field")).toString();
                if (field != QLatin1String("state") && !ListingCorrection::correctableFields().contains(field)) {
                    report.waitingFor = tr("a correction of the field \"%1\" that this version of CreditDesk does "
                                           "not know (update CreditDesk on this desk)")
                                            .arg(field);
                    return {};
                }
            }
            // The file an evidence change adds, from the server's file store (before the
            // transaction: the network is not waited on with the cache locked).
            QByteArray evidence;
            if (pulled.change.action == evidenceAction) {
                auto file = server.file(pulled.change.payload.value(QStringLiteral("evidence"))
                                            .toObject()
                                            .value(QStringLiteral("sha256"))
                                            .toString());
                if (!file)
                    return Error{
                        tr("Change %1 from desk %2: %3").arg(pulled.sequence).arg(pulled.deskId, file.error())};
                evidence = file.value();
            }
            auto outcome = apply(actor, pulled, false, evidence);
            if (!outcome)
                return Error{outcome.error()};
            if (outcome->applied.applied()) {
                count(outcome.value());
            } else if (type != feedbackType) {
                // The steps of a case build on each other: the pull waits here.
                report.waitingFor = outcome->applied.waitingFor;
                return {};
            }
            report.lastSequence = pulled.sequence;
        }
    }
}

Result<SyncService::Applied> SyncService::apply(const Actor &actor, const ServerStore::PulledChange &pulled,
                                                bool wasSetAside, const QByteArray &evidence)
{
    SyncRepository repository(m_database.connection());
    Applied outcome;
    outcome.entityType = pulled.change.entityType;
    const bool isFeedback = outcome.entityType == feedbackType;
    const auto auditSetAside = [&](const QString &why, const QString &reason) {
        return audit(m_database, actor,
                     {QStringLiteral("sync.set_aside"), feedbackEntityType, pulled.change.entityKey, reason,
                      QJsonObject{{QStringLiteral("desk"), pulled.deskId},
                                  {QStringLiteral("sequence"), pulled.sequence},
                                  {QStringLiteral("changeId"), pulled.change.changeId},
                                  {QStringLiteral("waitingFor"), why},
                                  {QStringLiteral("again"), wasSetAside}}});
    };
    const Status stored = m_database.transaction([&]() -> Status {
        const QString &key = pulled.change.entityKey;
        const QJsonObject &payload = pulled.change.payload;
        auto applied =
            outcome.entityType == objectionType ? repository.applyObjection(key, pulled.version, payload, pulled.deskId)
            : isFeedback                        ? repository.applyFeedback(key, pulled.version, payload, pulled.deskId)
            : outcome.entityType == breachType  ? repository.applyBreach(key, pulled.version, payload, pulled.deskId)
            : outcome.entityType == exitType
                ? repository.applyExit(key, pulled.version, withCreditorKey(payload), pulled.deskId)
            : outcome.entityType == correctionType
                ? repository.applyCorrection(key, pulled.version, payload, pulled.deskId)
            : outcome.entityType == whitelistType
                ? repository.applyWhitelist(key, pulled.version, payload, pulled.deskId)
                : repository.applyRepair(key, pulled.version, payload, evidence, pulled.deskId);
        if (!applied)
            return Error{tr("Change %1 from desk %2: %3").arg(pulled.sequence).arg(pulled.deskId, applied.error())};
        outcome.applied = applied.value();
        if (!outcome.applied.applied()) {
            if (!isFeedback)
                return {};
            const bool refused = !outcome.applied.refused.isEmpty();
            const QString why = refused ? outcome.applied.refused : outcome.applied.waitingFor;
            const QString reason = refused
                                       ? tr("Another desk's feedback cannot be applied on this desk")
                                       : tr("Another desk's feedback waits for its measure application on this desk");
            if (!wasSetAside) {
                // A feedback entry does not hold up the changes after it: kept until it can be applied.
                if (const Status kept = repository.setAside(pulled, why, sql::nowUtc()); !kept)
                    return kept;
                if (const Status remembered = repository.setLastPulled(pulled.sequence); !remembered)
                    return remembered;
                return auditSetAside(why, reason);
            }
            // Tried again: still set aside; audited again only when the reason changed.
            auto changed = repository.updateSetAside(pulled.sequence, why);
            if (!changed)
                return Error{changed.error()};
            return changed.value() ? auditSetAside(why, reason) : Status{};
        }
        const QJsonObject step = payload.value(QStringLiteral("event")).toObject();
        if (outcome.entityType == objectionType || outcome.entityType == repairType) {
            auto corrected =
                outcome.entityType == objectionType
                    ? replayCorrections(outcome.applied.listingId, outcome.applied.localId, step, pulled.deskId)
                    : replayRepair(outcome.applied.breachId, outcome.applied.localId, step, pulled.deskId);
            if (!corrected)
                return Error{
                    tr("Change %1 from desk %2: %3").arg(pulled.sequence).arg(pulled.deskId, corrected.error())};
            outcome.corrections = corrected.value();
        }
        if (outcome.entityType == exitType) {
            auto mirrored = ListingExitRepository(m_database.connection()).findExit(outcome.applied.exitId);
            if (!mirrored)
                return Error{mirrored.error()};
            if (!mirrored.value())
                return Error{tr("The court's decision recorded from desk %1 is missing.").arg(pulled.deskId)};
            auto replayed = replayExit(mirrored.value()->exit);
            if (!replayed)
                return Error{
                    tr("Change %1 from desk %2: %3").arg(pulled.sequence).arg(pulled.deskId, replayed.error())};
            outcome.corrections = replayed.value();
        }
        if (outcome.entityType == correctionType) {
            if (const Status corrected = replayCorrection(outcome.applied.localId, payload, pulled.deskId, outcome);
                !corrected)
                return Error{
                    tr("Change %1 from desk %2: %3").arg(pulled.sequence).arg(pulled.deskId, corrected.error())};
        }
        if (const Status remembered =
                wasSetAside ? repository.removeSetAside(pulled.sequence) : repository.setLastPulled(pulled.sequence);
            !remembered)
            return remembered;
        return audit(m_database, actor,
                     {QStringLiteral("sync.apply"), auditEntityOf(outcome.entityType),
                      QString::number(outcome.applied.localId), pulled.change.reason,
                      QJsonObject{{QStringLiteral("desk"), pulled.deskId},
                                  {QStringLiteral("sequence"), pulled.sequence},
                                  {QStringLiteral("changeId"), pulled.change.changeId},
                                  {QStringLiteral("action"), pulled.change.action},
                                  {QStringLiteral("stepBy"), pulled.change.actor},
                                  {QStringLiteral("version"), pulled.version},
                                  {QStringLiteral("listing"), outcome.applied.listingId},
                                  {QStringLiteral("breach"), outcome.applied.breachId},
                                  {QStringLiteral("anotherOpenApplication"), outcome.applied.alsoOpen},
                                  {QStringLiteral("exit"), outcome.applied.exitId},
                                  {QStringLiteral("thisDesksMirror"), outcome.applied.ownMirror},
                                  {QStringLiteral("wasSetAside"), wasSetAside},
                                  {QStringLiteral("overrodeUnsentChange"), outcome.applied.overrodeWaiting},
                                  {QStringLiteral("listingCorrections"), outcome.corrections},
                                  {QStringLiteral("listingCorrectionsNotMade"), outcome.notMade}}});
    });
    if (!stored)
        return Error{stored.error()};
    return outcome;
}

Result<QJsonArray> SyncService::replayCorrections(qint64 listingId, qint64 objectionId, const QJsonObject &step,
                                                  const QString &fromDesk)
{
    ListingCorrectionRepository listings(m_database.connection());
    SyncRepository repository(m_database.connection());
    const QDate actedOn = QDate::fromString(step.value(QStringLiteral("acted_on")).toString(), Qt::ISODate);
    const QString note = tr("Objection %1, decided on desk %2").arg(objectionId).arg(fromDesk);
    QJsonArray made;
    for (const QJsonValue &value : correctionsOf(step)) {
        const QJsonObject change = value.toObject();
        const QString field = change.value(QStringLiteral("field")).toString();
        if (field == QLatin1String("state")) {
            const int state = change.value(QStringLiteral("new")).toInt();
            if (state != 3 && state != 4)
                continue;
            auto current = repository.listingState(listingId);
            if (!current)
                return Error{current.error()};
            if (current.value() != state) {
                if (const Status status = listings.changePublicationState(listingId, state, actedOn, note); !status)
                    return Error{status.error()};
            }
            // Also when the platform's package revoked it first: a package does not lift measures.
            auto subject = repository.listingSubject(listingId);
            if (!subject)
                return Error{subject.error()};
            auto lifted = liftHere({subject.value(), listingId, 0}, step, note, fromDesk);
            if (!lifted)
                return Error{lifted.error()};
            if (current.value() != state || !lifted->isEmpty())
                made.append(QJsonObject{{QStringLiteral("field"), field},
                                        {QStringLiteral("before"), current.value()},
                                        {QStringLiteral("new"), state},
                                        {QStringLiteral("lifted"), lifted.value()}});
            continue;
        }
        auto replayed = replayField(listingId, field, change.value(QStringLiteral("new")).toVariant().toString(), note);
        if (!replayed)
            return Error{replayed.error()};
        if (replayed->isEmpty())
            continue; // already so here (the platform's package came first)
        // "before" is this desk's value, "old" the deciding desk's: they differ when this desk
        // had corrected the record otherwise.
        QJsonObject replayedField = replayed.value();
        replayedField.insert(QStringLiteral("old"), change.value(QStringLiteral("old")));
        made.append(replayedField);
    }
    return made;
}

Result<QJsonObject> SyncService::replayField(qint64 listingId, const QString &field, const QString &corrected,
                                             const QString &note)
{
    ListingCorrectionRepository listings(m_database.connection());
    const auto current = listings.currentValue(listingId, field);
    if (!current)
        return Error{tr("Listing %1 does not exist.").arg(listingId)};
    if (current->value == corrected)
        return QJsonObject();
    auto applied = listings.applyToListing(listingId, current->rowVersion, field, corrected);
    if (!applied)
        return Error{applied.error()};
    if (!applied.value())
        return Error{tr("The record was changed meanwhile; nothing was changed.")};
    if (const Status status = listings.addCorrectedEvent(
            listingId, tr("%1: %2: %3 → %4").arg(note, ListingCorrection::fieldText(field), current->value, corrected));
        !status)
        return Error{status.error()};
    return QJsonObject{{QStringLiteral("field"), field},
                       {QStringLiteral("before"), current->value},
                       {QStringLiteral("new"), corrected}};
}

Result<QJsonObject> SyncService::putFieldBack(qint64 listingId, const QString &field, const QString &corrected,
                                              const QString &old, const QString &note)
{
    ListingCorrectionRepository listings(m_database.connection());
    const auto current = listings.currentValue(listingId, field);
    if (!current)
        return Error{tr("Listing %1 does not exist.").arg(listingId)};
    if (current->value != corrected)
        return QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("keptAsChangedSince"), current->value}};
    auto applied = listings.applyToListing(listingId, current->rowVersion, field, old);
    if (!applied)
        return Error{applied.error()};
    if (!applied.value())
        return Error{tr("The record was changed meanwhile; nothing was changed.")};
    if (const Status status = listings.addCorrectedEvent(
            listingId, tr("%1: %2: %3 → %4").arg(note, ListingCorrection::fieldText(field), corrected, old));
        !status)
        return Error{status.error()};
    return QJsonObject{
        {QStringLiteral("field"), field}, {QStringLiteral("from"), corrected}, {QStringLiteral("backTo"), old}};
}

Result<QJsonArray> SyncService::liftHere(const MeasureLifting::Target &target, const QJsonObject &step,
                                         const QString &note, const QString &fromDesk)
{
    auto lifted =
        MeasureLifting::lift(m_database.connection(), target,
                             QDate::fromString(step.value(QStringLiteral("acted_on")).toString(), Qt::ISODate), note,
                             step.value(QStringLiteral("actor")).toString());
    if (!lifted)
        return Error{lifted.error()};
    SyncRepository repository(m_database.connection());
    for (const QJsonValue &department : lifted.value()) {
        const qint64 notification = department.toObject().value(QStringLiteral("notification")).toInteger();
        if (const Status status = repository.markNotificationFrom(notification, fromDesk); !status)
            return Error{status.error()};
    }
    return lifted;
}

Result<QJsonArray> SyncService::replayRepair(qint64 breachId, qint64 applicationId, const QJsonObject &step,
                                             const QString &fromDesk)
{
    if (step.value(QStringLiteral("to_state")).toInt() != static_cast<int>(RepairState::Repaired))
        return QJsonArray();
    RepairRepository repairs(m_database.connection());
    const auto record = repairs.findBreach(breachId);
    if (!record)
        return Error{tr("Breach information %1 does not exist.").arg(breachId)};
    const QDate actedOn = QDate::fromString(step.value(QStringLiteral("acted_on")).toString(), Qt::ISODate);
    const QString note = tr("Credit repair, application %1, decided on desk %2").arg(applicationId).arg(fromDesk);
    const bool published = record->state == BreachState::Published;
    if (published) {
        auto stopped = repairs.stopBreach(breachId, record->rowVersion, BreachState::Repaired, actedOn, note);
        if (!stopped)
            return Error{stopped.error()};
        if (!stopped.value())
            return Error{tr("The information was changed meanwhile; nothing was changed.")};
    }
    // Also when it expired here first (its measures are then ended already): the deciding desk notifies.
    auto lifted = liftHere({record->subjectId, 0, breachId}, step, note, fromDesk);
    if (!lifted)
        return Error{lifted.error()};
    if (!published && lifted->isEmpty())
        return QJsonArray();
    return QJsonArray{
        QJsonObject{{QStringLiteral("field"), QStringLiteral("breach_state")},
                    {QStringLiteral("before"), static_cast<int>(record->state)},
                    {QStringLiteral("new"), static_cast<int>(published ? BreachState::Repaired : record->state)},
                    {QStringLiteral("lifted"), lifted.value()}}};
}

Result<QJsonObject> SyncService::undoRefusedRepair(const SyncRepository::OutgoingChange &change, const QString &at)
{
    const QJsonObject step = change.payload.value(QStringLiteral("event")).toObject();
    if (change.entityType != repairType
        || step.value(QStringLiteral("to_state")).toInt() != static_cast<int>(RepairState::Repaired))
        return QJsonObject();
    RepairRepository repairs(m_database.connection());
    const auto application = repairs.findApplication(change.localId);
    if (!application)
        return Error{tr("Repair application %1 does not exist.").arg(change.localId)};
    const QDate actedOn = QDate::fromString(step.value(QStringLiteral("acted_on")).toString(), Qt::ISODate);
    auto republished = repairs.republish(application->breachId, actedOn);
    if (!republished)
        return Error{republished.error()};
    if (!republished.value()) // changed here since (it expired, say): left as it is
        return QJsonObject{{QStringLiteral("breach"), application->breachId}, {QStringLiteral("republished"), false}};
    // What the decision lifted, as its step recorded it: those measures and notifications only.
    auto putBack = undoLifting(
        {0, 0, application->breachId},
        step.value(QStringLiteral("details")).toObject().value(QStringLiteral("lifted")).toArray(), actedOn, at);
    if (!putBack)
        return Error{putBack.error()};
    // Another desk's repair of the application, pulled while this desk's own decision waited to be
    // sent, found the information stopped already: it takes effect now.
    auto winner = repairs.repairFromAnotherDesk(change.localId);
    if (!winner)
        return Error{winner.error()};
    QJsonArray replayed;
    if (winner.value()) {
        auto again = replayRepair(application->breachId, change.localId, winner.value()->first, winner.value()->second);
        if (!again)
            return Error{again.error()};
        replayed = again.value();
    }
    QJsonObject undone = putBack.value();
    undone.insert(QStringLiteral("breach"), application->breachId);
    undone.insert(QStringLiteral("otherDesksRepair"), replayed);
    undone.insert(QStringLiteral("republished"), true);
    return undone;
}

Result<QJsonArray> SyncService::replayExit(const ListingExit &exit)
{
    ListingExitRepository listings(m_database.connection());
    const auto listing = listings.findListing(exit.listingId);
    if (!listing)
        return Error{tr("Listing %1 does not exist.").arg(exit.listingId)};
    const bool deletion = exit.kind == ListingExitKind::Deletion;
    const PublicationState state = deletion ? PublicationState::Deleted : PublicationState::Revoked;
    QString note = tr("%1, mirrored on desk %2")
                       .arg(deletion ? deletionEventText(exit.event) : listingExitKindText(exit.kind), exit.fromDesk);
    if (!exit.documentNumber.isEmpty())
        note += QStringLiteral(" · ") + exit.documentNumber;
    const bool inForce = listing->state == PublicationState::Published || listing->state == PublicationState::Masked;
    if (inForce) {
        auto left =
            listings.leaveList(exit.listingId, listing->rowVersion, state, exit.event, exit.courtDecidedOn, note);
        if (!left)
            return Error{left.error()};
        if (!left.value())
            return Error{tr("The listing was changed meanwhile; nothing was changed.")};
    }
    // Also when the platform's package took it off first: a package does not lift measures.
    auto lifted = liftHere({listing->subjectId, exit.listingId, 0},
                           QJsonObject{{QStringLiteral("acted_on"), exit.mirroredOn.toString(Qt::ISODate)},
                                       {QStringLiteral("actor"), exit.recordedBy}},
                           note, exit.fromDesk);
    if (!lifted)
        return Error{lifted.error()};
    if (!inForce && lifted->isEmpty())
        return QJsonArray();
    return QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("state")},
                                  {QStringLiteral("before"), static_cast<int>(listing->state)},
                                  {QStringLiteral("new"), static_cast<int>(inForce ? state : listing->state)},
                                  {QStringLiteral("lifted"), lifted.value()}}};
}

Result<QJsonObject> SyncService::undoRefusedObjection(const SyncRepository::OutgoingChange &change, const QString &at)
{
    SyncRepository repository(m_database.connection());
    // A refused step's successors in the outbox (steps taken offline one after another) are
    // certain to be refused too (they build on it): all are undone now, the last first.
    auto chain = repository.changesToUndo(objectionType, change.localId, change.id);
    if (!chain)
        return Error{chain.error()};
    if (chain->isEmpty())
        return QJsonObject{{QStringLiteral("undoneWithAnEarlierStep"), true}};
    const auto objection = ObjectionRepository(m_database.connection()).find(change.localId);
    if (!objection)
        return Error{tr("Objection %1 does not exist.").arg(change.localId)};
    QJsonArray steps;
    for (const SyncRepository::OutgoingChange &step : chain.value()) {
        auto undone = undoObjectionStep(objection->listingId, step, at);
        if (!undone)
            return Error{undone.error()};
        if (!undone->isEmpty())
            steps.append(undone.value());
        if (const Status marked = repository.markUndone(step.id, at); !marked)
            return Error{marked.error()};
    }
    if (steps.isEmpty())
        return QJsonObject();
    QJsonObject result{{QStringLiteral("listing"), objection->listingId}, {QStringLiteral("steps"), steps}};
    // Other desks' decisions pulled while these steps waited to be sent were applied over them:
    // they take effect again, in the order they came.
    auto others =
        ObjectionRepository(m_database.connection()).correctionsFromOtherDesks(change.localId, change.eventId);
    if (!others)
        return Error{others.error()};
    QJsonArray replayed;
    for (const auto &[step, desk] : others.value()) {
        auto again = replayCorrections(objection->listingId, change.localId, step, desk);
        if (!again)
            return Error{again.error()};
        for (const QJsonValue &value : again.value())
            replayed.append(value);
    }
    if (!others->isEmpty())
        result.insert(QStringLiteral("otherDesksCorrections"), replayed);
    return result;
}

Result<QJsonObject> SyncService::undoObjectionStep(qint64 listingId, const SyncRepository::OutgoingChange &change,
                                                   const QString &at)
{
    const QJsonObject step = change.payload.value(QStringLiteral("event")).toObject();
    const QJsonArray corrections = correctionsOf(step);
    if (corrections.isEmpty())
        return QJsonObject();
    const QDate actedOn = QDate::fromString(step.value(QStringLiteral("acted_on")).toString(), Qt::ISODate);
    const QString note = tr("Objection %1: this desk's step was refused by the central server (another desk decided "
                            "first)")
                             .arg(change.localId);
    QJsonArray fields;
    QJsonObject undone{{QStringLiteral("changeId"), change.changeId}};
    // The last correction first; a field changed here since is left as it is.
    for (qsizetype index = corrections.size() - 1; index >= 0; --index) {
        const QJsonObject correction = corrections.at(index).toObject();
        const QString field = correction.value(QStringLiteral("field")).toString();
        if (field == QLatin1String("state")) {
            const auto off = static_cast<PublicationState>(correction.value(QStringLiteral("new")).toInt());
            const auto before = static_cast<PublicationState>(correction.value(QStringLiteral("old")).toInt(1));
            if (before == PublicationState::Published || before == PublicationState::Masked) {
                auto returned = ListingExitRepository(m_database.connection())
                                    .returnToList(listingId, off, before, QDate::currentDate(), note);
                if (!returned)
                    return Error{returned.error()};
                undone.insert(QStringLiteral("returnedToList"), returned.value());
            }
            // The measures it ended are in force again also when the listing stays off (a package
            // took it off: packages do not lift measures): the decision that stands may be one that
            // lifts nothing, and one that lifts does so again. (A refused mirror leaves them ended:
            // the mirror that stands always lifts them, and that desk notifies.)
            auto putBack =
                undoLifting({0, listingId, 0}, correction.value(QStringLiteral("lifted")).toArray(), actedOn, at);
            if (!putBack)
                return Error{putBack.error()};
            for (auto it = putBack->constBegin(); it != putBack->constEnd(); ++it)
                undone.insert(it.key(), it.value());
            continue;
        }
        auto putBack = putFieldBack(listingId, field, correction.value(QStringLiteral("new")).toVariant().toString(),
                                    correction.value(QStringLiteral("old")).toVariant().toString(), note);
        if (!putBack)
            return Error{putBack.error()};
        fields.append(putBack.value());
    }
    undone.insert(QStringLiteral("fields"), fields);
    return undone;
}

Result<QJsonObject> SyncService::undoLifting(const MeasureLifting::Target &target, const QJsonArray &lifted,
                                             const QDate &endedOn, const QString &at, bool reopenMeasures)
{
    QList<qint64> measures;
    QList<qint64> notifications;
    for (const QJsonValue &department : lifted) {
        notifications.append(department.toObject().value(QStringLiteral("notification")).toInteger());
        for (const QJsonValue &measure : department.toObject().value(QStringLiteral("measures")).toArray())
            measures.append(measure.toObject().value(QStringLiteral("application")).toInteger());
    }
    MeasureLiftingRepository lifting(m_database.connection());
    if (!reopenMeasures)
        measures.clear();
    auto reopened = target.listingId > 0 ? lifting.reopenListingMeasures(target.listingId, measures, endedOn)
                                         : lifting.reopenBreachMeasures(target.breachId, measures, endedOn);
    if (!reopened)
        return Error{reopened.error()};
    auto exported = lifting.withdraw(notifications, at);
    if (!exported)
        return Error{exported.error()};
    QJsonArray alreadyExported;
    for (const qint64 id : exported.value())
        alreadyExported.append(id);
    return QJsonObject{
        {QStringLiteral("measuresInForceAgain"), reopened.value()},
        {QStringLiteral("notificationsWithdrawn"), static_cast<int>(notifications.size() - exported->size())},
        {QStringLiteral("notificationsAlreadyExported"), alreadyExported}};
}

Result<QJsonObject> SyncService::undoRefusedExit(const SyncRepository::OutgoingChange &change, const QString &at)
{
    ListingExitRepository listings(m_database.connection());
    auto stored = listings.findExit(change.eventId);
    if (!stored)
        return Error{stored.error()};
    if (!stored.value())
        return Error{tr("The mirror of the court's decision on listing %1 is missing.").arg(change.localId)};
    const ListingExit &exit = stored.value()->exit;
    if (auto refused = listings.refuseExit(exit.id, at); !refused)
        return Error{refused.error()};
    const PublicationState off =
        exit.kind == ListingExitKind::Deletion ? PublicationState::Deleted : PublicationState::Revoked;
    const PublicationState before = stored.value()->stateBefore == static_cast<int>(PublicationState::Masked)
                                        ? PublicationState::Masked
                                        : PublicationState::Published;
    auto returned =
        listings.returnToList(exit.listingId, off, before, QDate::currentDate(),
                              tr("This desk's mirror of the court's decision was refused by the central server: "
                                 "another desk had mirrored one first"));
    if (!returned)
        return Error{returned.error()};
    // What the mirror lifted, as it recorded it: those measures and notifications only. When the
    // listing's state changed here since (the platform's package took it off, say), it stays off
    // and its measures stay ended; the notifications are the other desk's to send all the same.
    auto putBack = undoLifting({0, exit.listingId, 0}, stored.value()->lifted, exit.mirroredOn, at, returned.value());
    if (!putBack)
        return Error{putBack.error()};
    // Another desk's mirror, pulled while this desk's own waited to be sent, found the listing
    // off the list already: it takes effect now.
    auto winner = listings.exitFromAnotherDesk(exit.listingId);
    if (!winner)
        return Error{winner.error()};
    QJsonArray replayed;
    if (winner.value()) {
        auto again = replayExit(*winner.value());
        if (!again)
            return Error{again.error()};
        replayed = again.value();
    }
    QJsonObject undone = putBack.value();
    undone.insert(QStringLiteral("exit"), exit.id);
    undone.insert(QStringLiteral("otherDesksMirror"), replayed);
    undone.insert(QStringLiteral("returnedToList"), returned.value());
    return undone;
}

Status SyncService::replayCorrection(qint64 correctionId, const QJsonObject &payload, const QString &fromDesk,
                                     Applied &outcome)
{
    const auto state = static_cast<ListingCorrection::State>(
        payload.value(QStringLiteral("correction")).toObject().value(QStringLiteral("state")).toInt());
    ListingCorrectionRepository corrections(m_database.connection());
    const auto stored = corrections.find(correctionId);
    if (!stored)
        return Error{tr("Correction %1 does not exist.").arg(correctionId)};
    if (state == ListingCorrection::State::Rejected && outcome.applied.overrodeOwnApproval) {
        auto putBack = putFieldBack(stored->listingId, stored->field, stored->newValue, stored->oldValue,
                                    tr("Correction %1: rejected on desk %2 first; this desk's approval, taken before "
                                       "it joined the central server, does not stand")
                                        .arg(correctionId)
                                        .arg(fromDesk));
        if (!putBack)
            return Error{putBack.error()};
        outcome.corrections.append(putBack.value());
        return {};
    }
    if (state != ListingCorrection::State::Approved)
        return {};
    const auto current = corrections.currentValue(stored->listingId, stored->field);
    if (!current)
        return Error{tr("Listing %1 does not exist.").arg(stored->listingId)};
    if (current->value != stored->oldValue && current->value != stored->newValue) {
        // Changed here since the correction was registered (another correction of the field, the
        // platform's package): not overwritten; the officers see it in the history and the audit.
        if (const Status status = corrections.addCorrectedEvent(
                stored->listingId, tr("Correction %1, approved on desk %2, not made here: %3 is %4 on this desk, not "
                                      "%5 as when it was registered (%6 on desk %2)")
                                       .arg(correctionId)
                                       .arg(fromDesk, ListingCorrection::fieldText(stored->field), current->value,
                                            stored->oldValue, stored->newValue));
            !status)
            return status;
        outcome.notMade.append(QJsonObject{{QStringLiteral("field"), stored->field},
                                           {QStringLiteral("here"), current->value},
                                           {QStringLiteral("old"), stored->oldValue},
                                           {QStringLiteral("new"), stored->newValue}});
        return {};
    }
    auto replayed = replayField(stored->listingId, stored->field, stored->newValue,
                                tr("Correction %1, approved on desk %2").arg(correctionId).arg(fromDesk));
    if (!replayed)
        return Error{replayed.error()};
    if (!replayed->isEmpty())
        outcome.corrections.append(replayed.value());
    return {};
}

Result<QJsonObject> SyncService::undoRefusedCorrection(const SyncRepository::OutgoingChange &change)
{
    const auto refusedState = static_cast<ListingCorrection::State>(
        change.payload.value(QStringLiteral("correction")).toObject().value(QStringLiteral("state")).toInt());
    if (refusedState == ListingCorrection::State::Pending)
        return QJsonObject();
    ListingCorrectionRepository corrections(m_database.connection());
    auto reopened = corrections.reopen(change.localId);
    if (!reopened)
        return Error{reopened.error()};
    const auto stored = corrections.find(change.localId);
    if (!stored)
        return Error{tr("Correction %1 does not exist.").arg(change.localId)};
    QJsonObject undone{{QStringLiteral("correction"), change.localId},
                       {QStringLiteral("waitsForDecisionAgain"), reopened.value()}};
    // An approval corrected the record here: the field is put back, unless the decision that stands
    // (another desk's, pulled already) approved the same correction, or the field changed here since.
    if (refusedState == ListingCorrection::State::Approved && stored->state != ListingCorrection::State::Approved) {
        auto putBack = putFieldBack(stored->listingId, stored->field, stored->newValue, stored->oldValue,
                                    tr("Correction %1: this desk's approval was refused by the central server "
                                       "(another desk decided first)")
                                        .arg(change.localId));
        if (!putBack)
            return Error{putBack.error()};
        undone.insert(QStringLiteral("field"), putBack.value());
    }
    return undone;
}

Result<QList<SyncRepository::Conflict>> SyncService::conflicts(const Actor &actor, bool openOnly) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewObjections); !allowed)
        return Error{allowed.error()};
    return SyncRepository(m_database.connection()).conflicts(openOnly);
}

Status SyncService::resolve(const Actor &actor, qint64 conflictId, Resolution resolution, const QString &reason)
{
    if (const Status allowed = requireCaseWork(actor); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the conflict is resolved this way.")};
    return m_database.transaction([&]() -> Status {
        SyncRepository repository(m_database.connection());
        auto conflict = repository.conflict(conflictId);
        if (!conflict)
            return Error{conflict.error()};
        if (!conflict.value())
            return Error{tr("There is no conflict %1.").arg(conflictId)};
        // Whether a refused decision gives way is a reviewer's call.
        const QJsonObject refusedStep = conflict.value()->change.payload.value(QStringLiteral("event")).toObject();
        const int refusedState = refusedStep.value(QStringLiteral("to_state")).toInt();
        const QString &type = conflict.value()->change.entityType;
        if (type == exitType) {
            if (const Status allowed = requirePermission(actor, Action::MirrorCourtDecision); !allowed)
                return allowed;
            if (resolution == Resolution::TakeStepAgain)
                return Error{tr("A listing leaves the list once: the other desk's mirror of the court's decision "
                                "stands. Resolve the conflict with \"the other desk's decision stands\".")};
        }
        if (type == whitelistType) {
            if (const Status allowed = requirePermission(actor, Action::ScreenApplicants); !allowed)
                return allowed;
            if (resolution == Resolution::TakeStepAgain)
                return Error{tr("A whitelist entry is revoked once: the other desk's revocation stands. Resolve the "
                                "conflict with \"the other desk's decision stands\".")};
        }
        if (type == correctionType) {
            if (const Status allowed = requirePermission(actor, Action::DecideCorrection); !allowed)
                return allowed;
            if (resolution == Resolution::TakeStepAgain)
                return Error{tr("A correction is decided once: the other desk's decision stands. Resolve the conflict "
                                "with \"the other desk's decision stands\" (register a new correction if the record "
                                "still needs one).")};
        }
        if (type == objectionType && ObjectionStateMachine::isDecision(static_cast<ObjectionState>(refusedState))) {
            if (const Status allowed = requirePermission(actor, Action::DecideObjection); !allowed)
                return allowed;
        }
        if (type == repairType && RepairStateMachine::isDecision(static_cast<RepairState>(refusedState))) {
            if (const Status allowed = requirePermission(actor, Action::DecideRepair); !allowed)
                return allowed;
        }
        auto resolved = repository.resolve(conflictId, static_cast<int>(resolution), actor.userName, reason.trimmed(),
                                           sql::nowUtc());
        if (!resolved)
            return Error{resolved.error()};
        if (!resolved.value())
            return Error{
                tr("Conflict %1 was already resolved by %2.").arg(conflictId).arg(conflict.value()->resolvedBy)};
        return audit(m_database, actor,
                     {QStringLiteral("sync.resolve"), auditEntityOf(conflict.value()->change.entityType),
                      QString::number(conflict.value()->change.localId), reason.trimmed(),
                      QJsonObject{{QStringLiteral("conflict"), conflictId},
                                  {QStringLiteral("resolution"), resolutionName(resolution)},
                                  {QStringLiteral("changeId"), conflict.value()->change.changeId},
                                  {QStringLiteral("stepBy"), conflict.value()->change.actor}}});
    });
}

} // namespace creditdesk
