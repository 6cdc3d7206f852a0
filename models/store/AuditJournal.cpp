#include "AuditJournal.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace creditdesk {

namespace {

const QString headSequenceKey = QStringLiteral("audit_head_sequence");
const QString headHashKey = QStringLiteral("audit_head_hash");

} // namespace

AuditJournal::AuditJournal(QSqlDatabase db) : m_db(std::move(db)) {}

QString AuditJournal::genesisHash()
{
    return QString(64, u'0');
}

QString AuditJournal::entryHash(qint64 sequence, const QString &occurredAt, const QString &actor, const QString &origin,
                                const QString &action, const QString &entityType, const QString &entityId,
                                const QString &reason, const QString &details, const QString &previousHash)
{
    // Fields are joined with the unit separator, which cannot occur in any of them unescaped
    // because every field is length-prefixed.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QString fields[] = {QString::number(sequence),
                              occurredAt,
                              actor,
                              origin,
                              action,
                              entityType,
                              entityId,
                              reason,
                              details,
                              previousHash};
    for (const QString &field : fields) {
        const QByteArray bytes = field.toUtf8();
        hash.addData(QByteArray::number(bytes.size()));
        hash.addData(QByteArrayView("\x1f", 1));
        hash.addData(bytes);
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<qint64> AuditJournal::append(const Actor &actor, const AuditRecord &record)
{
    QSqlQuery head(m_db);
    if (!head.exec(QStringLiteral("SELECT sequence, entry_hash FROM audit_entry ORDER BY sequence DESC LIMIT 1")))
        return Error{QCoreApplication::translate("AuditJournal", "Could not read the audit journal: %1")
                         .arg(sql::reasonOf(head.lastError()))};
    qint64 sequence = 1;
    QString previous = genesisHash();
    if (head.next()) {
        sequence = head.value(0).toLongLong() + 1;
        previous = head.value(1).toString();
    }
    head.finish();

    const QString occurredAt = sql::nowUtc();
    const QString details = QString::fromUtf8(QJsonDocument(record.details).toJson(QJsonDocument::Compact));
    const QString hash = entryHash(sequence, occurredAt, actor.userName, actor.origin, record.action, record.entityType,
                                   record.entityId, record.reason, details, previous);

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO audit_entry (sequence, occurred_at, actor, origin, action, entity_type, "
                                  "entity_id, reason, details, previous_hash, entry_hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QVariant values[] = {
        sequence,        occurredAt,    actor.userName, actor.origin, record.action, record.entityType,
        record.entityId, record.reason, details,        previous,     hash};
    for (const QVariant &value : values)
        insert.addBindValue(value);
    if (const Status status = sql::exec(insert, QT_TRANSLATE_NOOP("Database", "append to the audit journal")); !status)
        return Error{status.error()};

    QSqlQuery meta(m_db);
    meta.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?), (?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    meta.addBindValue(headSequenceKey);
    meta.addBindValue(QString::number(sequence));
    meta.addBindValue(headHashKey);
    meta.addBindValue(hash);
    if (const Status status = sql::exec(meta, QT_TRANSLATE_NOOP("Database", "record the head of the audit journal"));
        !status)
        return Error{status.error()};
    return sequence;
}

AuditJournal::Verification AuditJournal::verify() const
{
    Verification result;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT sequence, occurred_at, actor, origin, action, entity_type, entity_id, "
                                   "reason, details, previous_hash, entry_hash FROM audit_entry ORDER BY sequence"))) {
        result.intact = false;
        result.problem = QCoreApplication::translate("AuditJournal", "The audit journal cannot be read: %1")
                             .arg(sql::reasonOf(query.lastError()));
        return result;
    }
    qint64 expectedSequence = 1;
    QString previous = genesisHash();
    while (query.next()) {
        const qint64 sequence = query.value(0).toLongLong();
        auto broken = [&](const QString &problem) {
            result.intact = false;
            result.firstBrokenSequence = sequence;
            result.problem = problem;
        };
        if (sequence != expectedSequence) {
            broken(sequence > expectedSequence
                       ? QCoreApplication::translate("AuditJournal",
                                                     "Entry %1 is missing: the journal jumps from %2 to %3.")
                             .arg(expectedSequence)
                             .arg(expectedSequence - 1)
                             .arg(sequence)
                       : QCoreApplication::translate("AuditJournal", "Entry %1 is out of order.").arg(sequence));
            if (sequence > expectedSequence)
                result.firstBrokenSequence = expectedSequence;
            return result;
        }
        const QString storedPrevious = query.value(9).toString();
        if (storedPrevious != previous) {
            broken(
                QCoreApplication::translate(
                    "AuditJournal", "Entry %1 does not follow entry %2: an entry was inserted, removed or reordered.")
                    .arg(sequence)
                    .arg(sequence - 1));
            return result;
        }
        const QString computed =
            entryHash(sequence, query.value(1).toString(), query.value(2).toString(), query.value(3).toString(),
                      query.value(4).toString(), query.value(5).toString(), query.value(6).toString(),
                      query.value(7).toString(), query.value(8).toString(), storedPrevious);
        const QString stored = query.value(10).toString();
        if (computed != stored) {
            broken(
                QCoreApplication::translate(
                    "AuditJournal", "Entry %1 was changed after it was written: its content does not match its hash.")
                    .arg(sequence));
            return result;
        }
        previous = stored;
        ++result.entries;
        ++expectedSequence;
    }
    query.finish();

    // The head kept in meta catches entries removed from the end of the journal.
    QSqlQuery head(m_db);
    head.prepare(
        QStringLiteral("SELECT (SELECT value FROM meta WHERE key = ?), (SELECT value FROM meta WHERE key = ?)"));
    head.addBindValue(headSequenceKey);
    head.addBindValue(headHashKey);
    if (head.exec() && head.next() && !head.value(0).isNull()) {
        const qint64 headSequence = head.value(0).toLongLong();
        const QString headHash = head.value(1).toString();
        if (headSequence != result.entries || headHash != previous) {
            result.intact = false;
            result.firstBrokenSequence = qMin(headSequence, result.entries + 1);
            result.problem =
                QCoreApplication::translate(
                    "AuditJournal", "The journal ends at entry %1 but its recorded head is entry %2: entries were "
                                    "removed from the end or the head was altered.")
                    .arg(result.entries)
                    .arg(headSequence);
        }
    } else if (result.entries > 0) {
        result.intact = false;
        result.firstBrokenSequence = 1;
        result.problem =
            QCoreApplication::translate("AuditJournal", "The recorded head of the audit journal is missing.");
    }
    return result;
}

} // namespace creditdesk
