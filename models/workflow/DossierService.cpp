#include "DossierService.h"

#include "Authorization.h"
#include "PolicyService.h"
#include "store/AuditJournal.h"
#include "store/Database.h"
#include "store/ListingExitRepository.h"
#include "store/RepairRepository.h"
#include "store/SubjectRepository.h"

#include <QCoreApplication>

namespace creditdesk {

DossierService::DossierService(Database &database) : m_database(database) {}

Result<Dossier> DossierService::open(const Actor &actor, qint64 subjectId)
{
    if (const Status allowed = requirePermission(actor, Action::ViewDossier); !allowed)
        return Error{allowed.error()};
    auto dossier = SubjectRepository(m_database.connection()).dossier(subjectId);
    if (!dossier)
        return Error{dossier.error()};
    if (const Status status = loadWaysOut(dossier.value()); !status)
        return Error{status.error()};
    const Status audited = m_database.transaction([&] {
        return audit(m_database, actor,
                     {QStringLiteral("dossier.open"),
                      QStringLiteral("subject"),
                      QString::number(subjectId),
                      QStringLiteral("dossier opened"),
                      {}});
    });
    if (!audited)
        return Error{audited.error()};
    const MaskingPolicy masking = PolicyService(m_database).load().masking;
    for (Identifier &identifier : dossier->subject.identifiers)
        identifier.value = masking.apply(identifier.type, identifier.value);
    return dossier;
}

Status DossierService::loadWaysOut(Dossier &dossier) const
{
    const qint64 subjectId = dossier.subject.id;
    auto exits = ListingExitRepository(m_database.connection()).exitsOf(subjectId);
    if (!exits)
        return Error{exits.error()};
    dossier.exits = exits.value();
    RepairRepository repairs(m_database.connection());
    auto breaches = repairs.breachesOf(subjectId);
    if (!breaches)
        return Error{breaches.error()};
    dossier.breaches = breaches.value();
    RepairRepository::Filter filter;
    filter.subjectId = subjectId;
    auto applications = repairs.applications(filter);
    if (!applications)
        return Error{applications.error()};
    dossier.repairs = applications.value();
    auto measures = repairs.breachMeasuresOf(subjectId);
    if (!measures)
        return Error{measures.error()};
    dossier.measures.append(measures.value());
    return {};
}

Result<DossierService::Revealed> DossierService::reveal(const Actor &actor, qint64 subjectId, IdentifierType type,
                                                        const QString &reason, const QDateTime &now)
{
    if (const Status allowed = requirePermission(actor, Action::RevealIdentifier); !allowed)
        return Error{allowed.error()};
    if (reason.trimmed().size() < minimumReasonLength) {
        return Error{QCoreApplication::translate(
                         "DossierService", "Type the reason for seeing the full identifier (at least %1 characters).")
                         .arg(minimumReasonLength)};
    }
    auto dossier = SubjectRepository(m_database.connection()).dossier(subjectId);
    if (!dossier)
        return Error{dossier.error()};
    if (const Status status = loadWaysOut(dossier.value()); !status)
        return Error{status.error()};
    QString value;
    for (const Identifier &identifier : dossier->subject.identifiers) {
        if (identifier.type == type) {
            value = identifier.value;
            break;
        }
    }
    if (value.isEmpty())
        return Error{QCoreApplication::translate("DossierService", "This subject has no such identifier.")};
    const Status audited = m_database.transaction([&] {
        return audit(m_database, actor,
                     {QStringLiteral("identifier.reveal"), QStringLiteral("subject"), QString::number(subjectId),
                      reason.trimmed(), QJsonObject{{QStringLiteral("identifierType"), static_cast<int>(type)}}});
    });
    if (!audited)
        return Error{audited.error()};
    return Revealed{value, now.addSecs(60LL * PolicyService(m_database).load().revealMinutes)};
}

} // namespace creditdesk
