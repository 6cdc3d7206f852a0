#include "AuditRepository.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace creditdesk {

AuditRepository::AuditRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<QList<AuditEntry>> AuditRepository::page(const AuditFilter &filter, qint64 beforeSequence, int limit) const
{
    QString statement = QStringLiteral("SELECT sequence, occurred_at, actor, origin, action, entity_type, entity_id, "
                                       "reason, details FROM audit_entry WHERE 1 = 1");
    if (beforeSequence > 0)
        statement += QStringLiteral(" AND sequence < :before");
    if (!filter.actor.isEmpty())
        statement += QStringLiteral(" AND actor = :actor");
    if (!filter.actionPrefix.isEmpty())
        statement += QStringLiteral(" AND action >= :action AND action < :action_end");
    if (filter.subjectId > 0)
        statement += QStringLiteral(" AND ((entity_type = 'subject' AND entity_id = :subject_text) "
                                    "OR json_extract(details, '$.subjectId') = :subject)");
    if (filter.from.isValid())
        statement += QStringLiteral(" AND occurred_at >= :from");
    if (filter.to.isValid())
        statement += QStringLiteral(" AND occurred_at < :to");
    statement += QStringLiteral(" ORDER BY sequence DESC LIMIT :limit");

    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(statement))
        return Error{QCoreApplication::translate("AuditRepository", "The journal cannot be read: %1")
                         .arg(sql::reasonOf(query.lastError()))};
    if (beforeSequence > 0)
        query.bindValue(QStringLiteral(":before"), beforeSequence);
    if (!filter.actor.isEmpty())
        query.bindValue(QStringLiteral(":actor"), filter.actor);
    if (!filter.actionPrefix.isEmpty()) {
        query.bindValue(QStringLiteral(":action"), filter.actionPrefix);
        query.bindValue(QStringLiteral(":action_end"), QString(filter.actionPrefix + QChar(0xFFFF)));
    }
    if (filter.subjectId > 0) {
        query.bindValue(QStringLiteral(":subject_text"), QString::number(filter.subjectId));
        query.bindValue(QStringLiteral(":subject"), filter.subjectId);
    }
    // Times are stored in UTC; the dates of the filter are the officer's local days.
    if (filter.from.isValid())
        query.bindValue(QStringLiteral(":from"), filter.from.startOfDay().toUTC().toString(Qt::ISODateWithMs));
    if (filter.to.isValid())
        query.bindValue(QStringLiteral(":to"), filter.to.addDays(1).startOfDay().toUTC().toString(Qt::ISODateWithMs));
    query.bindValue(QStringLiteral(":limit"), limit);
    if (!query.exec())
        return Error{QCoreApplication::translate("AuditRepository", "The journal cannot be read: %1")
                         .arg(sql::reasonOf(query.lastError()))};
    QList<AuditEntry> entries;
    while (query.next()) {
        AuditEntry entry;
        entry.sequence = query.value(0).toLongLong();
        entry.occurredAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
        entry.actor = query.value(2).toString();
        entry.origin = query.value(3).toString();
        entry.action = query.value(4).toString();
        entry.entityType = query.value(5).toString();
        entry.entityId = query.value(6).toString();
        entry.reason = query.value(7).toString();
        entry.details = query.value(8).toString();
        entries.append(entry);
    }
    return entries;
}

QStringList AuditRepository::actors() const
{
    QStringList names;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_entry ORDER BY actor"))) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

QStringList AuditRepository::actions() const
{
    QStringList names;
    QSqlQuery query(m_db);
    if (query.exec(QStringLiteral("SELECT DISTINCT action FROM audit_entry ORDER BY action"))) {
        while (query.next())
            names.append(query.value(0).toString());
    }
    return names;
}

} // namespace creditdesk
