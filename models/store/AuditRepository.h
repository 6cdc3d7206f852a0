#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace creditdesk {

/// One audit entry as the viewer shows it.
struct AuditEntry
{
    qint64 sequence = 0;
    QDateTime occurredAt; ///< UTC
    QString actor;
    QString origin;
    QString action;
    QString entityType;
    QString entityId;
    QString reason;
    QString details; ///< compact JSON
};

/// What the audit viewer filters by; empty fields do not filter.
struct AuditFilter
{
    QString actor;
    QString actionPrefix; ///< e.g. "user." or "identifier.reveal"
    qint64 subjectId = 0; ///< entries about this subject, its listings and corrections
    QDate from;
    QDate to;
};

/// Reads the audit journal newest first, a page at a time (keyset on the sequence).
class AuditRepository
{
public:
    explicit AuditRepository(QSqlDatabase db);

    Result<QList<AuditEntry>> page(const AuditFilter &filter, qint64 beforeSequence, int limit) const;
    QStringList actors() const;
    QStringList actions() const;

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
