#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace creditdesk {

/// What an audit entry records. Every mutation appends one in its own transaction.
struct AuditRecord
{
    QString action;     ///< e.g. "demo.generate", "listing.state"
    QString entityType; ///< e.g. "listing"
    QString entityId;
    QString reason;
    QJsonObject details;
};

/// The hash-chained audit journal (审计日志). Each entry carries the SHA-256 of the previous
/// entry, and the head of the chain is kept in the meta table, so that edited, deleted,
/// inserted, reordered or truncated entries are detected by verify().
class AuditJournal
{
public:
    explicit AuditJournal(QSqlDatabase db);

    /// Appends an entry. Must be called inside the transaction that makes the change.
    Result<qint64> append(const Actor &actor, const AuditRecord &record);

    struct Verification
    {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBrokenSequence = 0; ///< 0 when intact
        QString problem;                ///< translated, when broken
    };
    Verification verify() const;

    static QString genesisHash();

    /// The hash of one entry from its fields (see docs/ARCHITECTURE.md for the layout).
    static QString entryHash(qint64 sequence, const QString &occurredAt, const QString &actor, const QString &origin,
                             const QString &action, const QString &entityType, const QString &entityId,
                             const QString &reason, const QString &details, const QString &previousHash);

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
