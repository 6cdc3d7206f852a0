#pragma once

#include "domain/Actor.h"
#include "domain/Dossier.h"
#include "domain/Result.h"

#include <QDateTime>

namespace creditdesk {

class Database;

/// Opens dossiers and reveals identifiers. Opening a dossier is an audited read of personal
/// data and returns identifiers masked by the policy; revealing one needs the permission and a
/// typed reason, is audited, and is valid for the policy's reveal duration.
class DossierService
{
public:
    struct Revealed
    {
        QString value;
        QDateTime expiresAt;
    };

    explicit DossierService(Database &database);

    Result<Dossier> open(const Actor &actor, qint64 subjectId);
    Result<Revealed> reveal(const Actor &actor, qint64 subjectId, IdentifierType type, const QString &reason,
                            const QDateTime &now = QDateTime::currentDateTimeUtc());

    /// The shortest reason accepted for a reveal.
    static constexpr int minimumReasonLength = 4;

private:
    /// The court's revocations and deletions, breach information and repair applications.
    Status loadWaysOut(Dossier &dossier) const;

    Database &m_database;
};

} // namespace creditdesk
