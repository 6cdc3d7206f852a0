#include "AuditService.h"

#include "Authorization.h"
#include "exchange/CsvWriter.h"
#include "store/Database.h"

#include <QCoreApplication>

namespace creditdesk {

AuditService::AuditService(Database &database) : m_database(database) {}

Result<QList<AuditEntry>> AuditService::page(const Actor &actor, const AuditFilter &filter, qint64 beforeSequence,
                                             int limit) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewAuditJournal); !allowed)
        return Error{allowed.error()};
    return AuditRepository(m_database.connection()).page(filter, beforeSequence, limit);
}

Result<AuditJournal::Verification> AuditService::verify(const Actor &actor)
{
    if (const Status allowed = requirePermission(actor, Action::VerifyAuditJournal); !allowed)
        return Error{allowed.error()};
    const AuditJournal::Verification result = AuditJournal(m_database.connection()).verify();
    if (result.intact) {
        // Recorded only when intact: appending to a broken chain would hide where it broke.
        const Status audited = m_database.transaction([&] {
            return audit(m_database, actor,
                         {QStringLiteral("audit.verify"), QStringLiteral("audit"), QString::number(result.entries),
                          QStringLiteral("chain verified"), QJsonObject{{QStringLiteral("entries"), result.entries}}});
        });
        if (!audited)
            return Error{audited.error()};
    }
    return result;
}

Result<qint64> AuditService::exportCsv(const Actor &actor, const AuditFilter &filter, const QString &path)
{
    if (const Status allowed = requirePermission(actor, Action::ExportAuditJournal); !allowed)
        return Error{allowed.error()};
    CsvWriter writer;
    if (const Status s = writer.open(path); !s)
        return Error{s.error()};
    if (const Status s =
            writer.writeRow({QStringLiteral("sequence"), QStringLiteral("occurred_at"), QStringLiteral("actor"),
                             QStringLiteral("origin"), QStringLiteral("action"), QStringLiteral("entity_type"),
                             QStringLiteral("entity_id"), QStringLiteral("reason"), QStringLiteral("details")});
        !s)
        return Error{s.error()};
    AuditRepository repository(m_database.connection());
    qint64 written = 0;
    qint64 before = 0;
    for (;;) {
        auto entries = repository.page(filter, before, 5000);
        if (!entries)
            return Error{entries.error()};
        for (const AuditEntry &entry : entries.value()) {
            const Status s = writer.writeRow(
                {QString::number(entry.sequence), entry.occurredAt.toString(Qt::ISODateWithMs), entry.actor,
                 entry.origin, entry.action, entry.entityType, entry.entityId, entry.reason, entry.details});
            if (!s)
                return Error{s.error()};
            ++written;
        }
        if (entries->size() < 5000)
            break;
        before = entries->last().sequence;
    }
    if (const Status s = writer.close(); !s)
        return Error{s.error()};
    const Status audited = m_database.transaction([&] {
        return audit(m_database, actor,
                     {QStringLiteral("audit.export"), QStringLiteral("audit"), QString::number(written),
                      QStringLiteral("journal exported"),
                      QJsonObject{{QStringLiteral("entries"), written},
                                  {QStringLiteral("actorFilter"), filter.actor},
                                  {QStringLiteral("actionFilter"), filter.actionPrefix},
                                  {QStringLiteral("subjectFilter"), filter.subjectId}}});
    });
    if (!audited)
        return Error{audited.error()};
    return written;
}

QStringList AuditService::users() const
{
    return AuditRepository(m_database.connection()).actors();
}

QStringList AuditService::actions() const
{
    return AuditRepository(m_database.connection()).actions();
}

} // namespace creditdesk
