#include "ConflictDescription.h"

#include "domain/Listing.h"
#include "domain/ListingCorrection.h"
#include "domain/Objection.h"
#include "domain/RepairApplication.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::ConflictDescription", source);
}

QJsonObject part(const SyncRepository::Conflict &conflict, const char *name)
{
    return conflict.change.payload.value(QLatin1String(name)).toObject();
}

} // namespace

namespace {

ConflictDescription::Kind kindOf(const SyncRepository::Conflict &conflict)
{
    if (conflict.change.entityType == QLatin1String("repair"))
        return ConflictDescription::Kind::Repair;
    if (conflict.change.entityType == QLatin1String("exit"))
        return ConflictDescription::Kind::CourtDecision;
    if (conflict.change.entityType == QLatin1String("correction"))
        return ConflictDescription::Kind::Correction;
    if (conflict.change.entityType == QLatin1String("whitelist"))
        return ConflictDescription::Kind::Whitelist;
    return ConflictDescription::Kind::Objection;
}

} // namespace

ConflictDescription::ConflictDescription(const SyncRepository::Conflict &conflict)
    : m_conflict(conflict), m_kind(kindOf(conflict))
{}

QString ConflictDescription::caseTitle() const
{
    switch (m_kind) {
    case Kind::Repair:
        return tr("Repair application %1").arg(m_conflict.caseId);
    case Kind::CourtDecision:
        return tr("Listing %1").arg(m_conflict.caseId);
    case Kind::Correction:
        return tr("Correction %1").arg(m_conflict.caseId);
    case Kind::Whitelist:
        return tr("Whitelist entry %1").arg(m_conflict.caseId);
    case Kind::Objection:
        break;
    }
    return tr("Objection %1").arg(m_conflict.caseId);
}

int ConflictDescription::refusedState() const
{
    if (m_kind == Kind::Whitelist)
        return part(m_conflict, "entry").value(QStringLiteral("revoked_by")).toString().isEmpty() ? 1 : 2;
    const QJsonObject event = part(m_conflict, "event");
    if (!event.isEmpty())
        return event.value(QStringLiteral("to_state")).toInt();
    return part(m_conflict, m_kind == Kind::Repair       ? "application"
                            : m_kind == Kind::Correction ? "correction"
                                                         : "objection")
        .value(QStringLiteral("state"))
        .toInt();
}

QString ConflictDescription::refusedChangeText() const
{
    const QJsonObject evidence = part(m_conflict, "evidence");
    if (!evidence.isEmpty())
        return tr("Evidence file %1").arg(evidence.value(QStringLiteral("file_name")).toString());
    if (m_kind == Kind::CourtDecision) {
        const QJsonObject exit = part(m_conflict, "exit");
        const auto event = static_cast<DeletionEvent>(exit.value(QStringLiteral("deletion_event")).toInt());
        return event == DeletionEvent::None ? stateText(refusedState())
                                            : tr("%1: %2").arg(stateText(refusedState()), deletionEventText(event));
    }
    if (m_kind == Kind::Whitelist) {
        const QJsonObject entry = part(m_conflict, "entry");
        return tr("%1: %2 (%3)")
            .arg(stateText(refusedState()), entry.value(QStringLiteral("applicant_name")).toString(),
                 entry.value(QStringLiteral("identifier_masked")).toString());
    }
    if (m_kind == Kind::Correction) {
        const QJsonObject correction = part(m_conflict, "correction");
        return tr("%1: %2: %3 → %4")
            .arg(stateText(refusedState()),
                 ListingCorrection::fieldText(correction.value(QStringLiteral("field")).toString()),
                 correction.value(QStringLiteral("old_value")).toString(),
                 correction.value(QStringLiteral("new_value")).toString());
    }
    return stateText(refusedState());
}

QString ConflictDescription::stateText(int state) const
{
    switch (m_kind) {
    case Kind::Repair:
        return repairStateText(static_cast<RepairState>(state));
    case Kind::CourtDecision:
        return publicationStateText(static_cast<PublicationState>(state));
    case Kind::Correction:
        switch (static_cast<ListingCorrection::State>(state)) {
        case ListingCorrection::State::Pending:
            return tr("Waiting for a decision");
        case ListingCorrection::State::Approved:
            return tr("Approved");
        case ListingCorrection::State::Rejected:
            return tr("Rejected");
        }
        return QString::number(state);
    case Kind::Whitelist:
        return state == 2 ? tr("Revoked") : tr("In force");
    case Kind::Objection:
        break;
    }
    return objectionStateText(static_cast<ObjectionState>(state));
}

QString ConflictDescription::refusedDecider() const
{
    switch (m_kind) {
    case Kind::Repair:
        return part(m_conflict, "application").value(QStringLiteral("decided_by")).toString();
    case Kind::CourtDecision:
        return part(m_conflict, "exit").value(QStringLiteral("recorded_by")).toString();
    case Kind::Correction:
        return part(m_conflict, "correction").value(QStringLiteral("decided_by")).toString();
    case Kind::Whitelist:
        return part(m_conflict, "entry").value(QStringLiteral("revoked_by")).toString();
    case Kind::Objection:
        break;
    }
    return part(m_conflict, "objection").value(QStringLiteral("decided_by")).toString();
}

QString ConflictDescription::leftBehindText() const
{
    const QJsonObject event = part(m_conflict, "event");
    switch (m_kind) {
    case Kind::Repair:
        if (event.value(QStringLiteral("to_state")).toInt() != static_cast<int>(RepairState::Repaired))
            return {};
        return tr("The refused repair had stopped the publication of the breach information on this desk and lifted "
                  "its measures; that was undone when the server refused it, and its notifications to departments "
                  "were withdrawn (any a package had carried already are named in the audit journal, sync.conflict).");
    case Kind::CourtDecision:
        return tr("The refused mirror had taken the listing off the list on this desk and lifted its measures; that "
                  "was undone when the server refused it, and its notifications to departments were withdrawn (any a "
                  "package had carried already are named in the audit journal, sync.conflict). The other desk's "
                  "mirror stands and takes the listing off here when it has been pulled.");
    case Kind::Correction:
        if (part(m_conflict, "correction").value(QStringLiteral("state")).toInt()
            != static_cast<int>(ListingCorrection::State::Approved))
            return {};
        return tr("The refused approval had corrected the field of this desk's listing record; that was undone when "
                  "the server refused it (unless the field was changed here since, or the other desk's decision "
                  "approved the same correction). The other desk's decision stands and takes effect here when it has "
                  "been pulled.");
    case Kind::Whitelist:
        return {}; // the entry is revoked either way: only who revoked it differs
    case Kind::Objection:
        break;
    }
    if (event.value(QStringLiteral("details")).toObject().value(QStringLiteral("changes")).toArray().isEmpty())
        return {};
    return tr("The refused step corrected this desk's listing record; the corrections were undone when the server "
              "refused it (a field changed here since was left as it is), a revocation or deletion with its "
              "measures and notifications too (the audit journal, sync.conflict, lists what was undone). The other "
              "desk's decision takes effect here when it has been pulled.");
}

} // namespace creditdesk
