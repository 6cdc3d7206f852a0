#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "store/AuditJournal.h"
#include "store/AuditRepository.h"

namespace creditdesk {

class Database;

/// The audit viewer's operations for auditors and admins: read with filters, verify the hash
/// chain, export to CSV. Verifying and exporting are themselves audited.
class AuditService
{
public:
    explicit AuditService(Database &database);

    Result<QList<AuditEntry>> page(const Actor &actor, const AuditFilter &filter, qint64 beforeSequence,
                                   int limit) const;
    Result<AuditJournal::Verification> verify(const Actor &actor);
    /// Writes every entry that matches \a filter to \a path; returns the number written.
    Result<qint64> exportCsv(const Actor &actor, const AuditFilter &filter, const QString &path);
    /// The users and actions that occur in the journal, for the viewer's filter lists.
    QStringList users() const;
    QStringList actions() const;

private:
    Database &m_database;
};

} // namespace creditdesk
