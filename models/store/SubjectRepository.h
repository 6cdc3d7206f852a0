#pragma once

#include "domain/Dossier.h"
#include "domain/Result.h"

#include <QSqlDatabase>

namespace creditdesk {

/// Reads one subject's whole dossier: identity, listings, events, measures and feedback.
class SubjectRepository
{
public:
    explicit SubjectRepository(QSqlDatabase db);

    Result<Dossier> dossier(qint64 subjectId) const;

private:
    Status loadSubject(qint64 subjectId, Subject &subject) const;
    Status loadListings(Dossier &dossier) const;
    Status loadEvents(Dossier &dossier) const;
    Status loadMeasures(Dossier &dossier) const;

    QSqlDatabase m_db;
};

} // namespace creditdesk
