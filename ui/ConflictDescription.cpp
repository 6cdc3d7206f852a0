#include "ConflictDescription.h"

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

ConflictDescription::ConflictDescription(const SyncRepository::Conflict &conflict)
    : m_conflict(conflict), m_repair(conflict.change.entityType == QLatin1String("repair"))
{}

QString ConflictDescription::caseTitle() const
{
    return m_repair ? tr("Repair application %1").arg(m_conflict.caseId) : tr("Objection %1").arg(m_conflict.caseId);
}

int ConflictDescription::refusedState() const
{
    const QJsonObject event = part(m_conflict, "event");
    if (!event.isEmpty())
        return event.value(QStringLiteral("to_state")).toInt();
    return part(m_conflict, m_repair ? "application" : "objection").value(QStringLiteral("state")).toInt();
}

QString ConflictDescription::refusedChangeText() const
{
    const QJsonObject evidence = part(m_conflict, "evidence");
    if (!evidence.isEmpty())
        return tr("Evidence file %1").arg(evidence.value(QStringLiteral("file_name")).toString());
    return stateText(refusedState());
}

QString ConflictDescription::stateText(int state) const
{
    return m_repair ? repairStateText(static_cast<RepairState>(state))
                    : objectionStateText(static_cast<ObjectionState>(state));
}

QString ConflictDescription::refusedDecider() const
{
    return part(m_conflict, m_repair ? "application" : "objection").value(QStringLiteral("decided_by")).toString();
}

QString ConflictDescription::leftBehindText() const
{
    const QJsonObject event = part(m_conflict, "event");
    if (m_repair) {
        if (event.value(QStringLiteral("to_state")).toInt() != static_cast<int>(RepairState::Repaired))
            return {};
        return tr("The refused repair had stopped the publication of the breach information on this desk and lifted "
                  "its measures; that was undone when the server refused it, and its notifications to departments "
                  "were withdrawn (any a package had carried already are named in the audit journal, sync.conflict).");
    }
    if (event.value(QStringLiteral("details")).toObject().value(QStringLiteral("changes")).toArray().isEmpty())
        return {};
    return tr("The refused step corrected this desk's listing record; those corrections are not undone by "
              "themselves: check the record in the dossier.");
}

} // namespace creditdesk
