#include "ScreeningReviewRepository.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

namespace creditdesk {

namespace {

const char *decisionColumns = "id, batch_id, line, subject_id, listing_id, kind, state, reason, decided_by, "
                              "decided_at, coalesce(second_by, ''), coalesce(second_at, ''), "
                              "coalesce(second_reason, '')";

ScreeningDecision decisionOf(const QSqlQuery &query)
{
    ScreeningDecision decision;
    decision.id = query.value(0).toLongLong();
    decision.batchId = query.value(1).toLongLong();
    decision.line = query.value(2).toInt();
    decision.subjectId = query.value(3).toLongLong();
    decision.listingId = query.value(4).toLongLong();
    decision.kind = static_cast<ScreeningDecisionKind>(query.value(5).toInt());
    decision.state = static_cast<ScreeningDecisionState>(query.value(6).toInt());
    decision.reason = query.value(7).toString();
    decision.decidedBy = query.value(8).toString();
    decision.decidedAt = query.value(9).toString();
    decision.secondBy = query.value(10).toString();
    decision.secondAt = query.value(11).toString();
    decision.secondReason = query.value(12).toString();
    return decision;
}

const char *whitelistColumns = "id, applicant_key, applicant_name, identifier_masked, subject_id, listing_id, reason, "
                               "expires_on, coalesce(decision_id, 0), created_by, created_at, "
                               "coalesce(revoked_by, ''), coalesce(revoked_at, ''), coalesce(revoke_reason, ''), "
                               "coalesce(from_desk, ''), coalesce(revoked_on_desk, ''), coalesce(office_key, '')";

WhitelistEntry whitelistOf(const QSqlQuery &query)
{
    WhitelistEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.applicantKey = query.value(1).toString();
    entry.applicantName = query.value(2).toString();
    entry.identifierMasked = query.value(3).toString();
    entry.subjectId = query.value(4).toLongLong();
    entry.listingId = query.value(5).toLongLong();
    entry.reason = query.value(6).toString();
    entry.expiresOn = sql::dateOf(query.value(7));
    entry.decisionId = query.value(8).toLongLong();
    entry.createdBy = query.value(9).toString();
    entry.createdAt = query.value(10).toString();
    entry.revokedBy = query.value(11).toString();
    entry.revokedAt = query.value(12).toString();
    entry.revokeReason = query.value(13).toString();
    entry.fromDesk = query.value(14).toString();
    entry.revokedOnDesk = query.value(15).toString();
    entry.officeKey = query.value(16).toString();
    return entry;
}

} // namespace

ScreeningReviewRepository::ScreeningReviewRepository(QSqlDatabase db) : m_db(std::move(db)) {}

ScreeningReviewRepository::~ScreeningReviewRepository() = default;

Result<qint64> ScreeningReviewRepository::insertDecision(const ScreeningDecision &decision)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO screening_decision (batch_id, line, subject_id, listing_id, kind, state, "
                                 "reason, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(decision.batchId);
    query.addBindValue(decision.line);
    query.addBindValue(decision.subjectId);
    query.addBindValue(decision.listingId);
    query.addBindValue(static_cast<int>(decision.kind));
    query.addBindValue(static_cast<int>(decision.state));
    query.addBindValue(sql::textOf(decision.reason));
    query.addBindValue(sql::textOf(decision.decidedBy));
    query.addBindValue(sql::nowUtc());
    if (!query.exec()) {
        // The partial unique index: this match already has an open decision.
        if (query.lastError().nativeErrorCode() == QLatin1String("2067")
            || query.lastError().databaseText().contains(QLatin1String("UNIQUE")))
            return Error{
                QCoreApplication::translate("creditdesk::ScreeningReviewRepository",
                                            "This match already has a decision that is proposed or in effect.")};
        return Error{QCoreApplication::translate("creditdesk::ScreeningReviewRepository",
                                                 "The decision could not be recorded: %1")
                         .arg(sql::reasonOf(query.lastError()))};
    }
    return query.lastInsertId().toLongLong();
}

Result<bool> ScreeningReviewRepository::settleDecision(qint64 decisionId, ScreeningDecisionState state,
                                                       const QString &by, const QString &reason)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE screening_decision SET state = ?, second_by = ?, second_at = ?, "
                                 "second_reason = ? WHERE id = ? AND state = 0"));
    query.addBindValue(static_cast<int>(state));
    query.addBindValue(sql::textOf(by));
    query.addBindValue(sql::nowUtc());
    query.addBindValue(sql::textOf(reason));
    query.addBindValue(decisionId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "settle a screening decision")); !status)
        return Error{status.error()};
    return query.numRowsAffected() == 1;
}

std::optional<ScreeningDecision> ScreeningReviewRepository::findDecision(qint64 decisionId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM screening_decision WHERE id = ?").arg(QLatin1String(decisionColumns)));
    query.addBindValue(decisionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return decisionOf(query);
}

Result<QList<ScreeningDecision>> ScreeningReviewRepository::decisionsOf(qint64 batchId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM screening_decision WHERE batch_id = ? ORDER BY id")
                      .arg(QLatin1String(decisionColumns)));
    query.addBindValue(batchId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read screening decisions")); !status)
        return Error{status.error()};
    QList<ScreeningDecision> result;
    while (query.next())
        result.append(decisionOf(query));
    return result;
}

Result<QList<ScreeningDecision>> ScreeningReviewRepository::proposedDecisions() const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM screening_decision WHERE state = 0 ORDER BY id")
                      .arg(QLatin1String(decisionColumns)));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read proposed screening decisions"));
        !status)
        return Error{status.error()};
    QList<ScreeningDecision> result;
    while (query.next())
        result.append(decisionOf(query));
    return result;
}

Result<qint64> ScreeningReviewRepository::insertWhitelist(const WhitelistEntry &entry)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO screening_whitelist (applicant_key, office_key, applicant_name, "
                                 "identifier_masked, subject_id, listing_id, reason, expires_on, decision_id, "
                                 "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(sql::textOf(entry.applicantKey));
    query.addBindValue(entry.officeKey.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                                 : QVariant(entry.officeKey));
    query.addBindValue(sql::textOf(entry.applicantName));
    query.addBindValue(sql::textOf(entry.identifierMasked));
    query.addBindValue(entry.subjectId);
    query.addBindValue(entry.listingId);
    query.addBindValue(sql::textOf(entry.reason));
    query.addBindValue(entry.expiresOn.toString(Qt::ISODate));
    query.addBindValue(entry.decisionId > 0 ? QVariant(entry.decisionId) : QVariant(QMetaType::fromType<qlonglong>()));
    query.addBindValue(sql::textOf(entry.createdBy));
    query.addBindValue(sql::nowUtc());
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "record a whitelist entry")); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

Result<qint64> ScreeningReviewRepository::insertWhitelistFromDesk(const WhitelistEntry &entry, const QString &fromDesk)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO screening_whitelist (applicant_key, applicant_name, identifier_masked, "
                                 "subject_id, listing_id, reason, expires_on, created_by, created_at, revoked_by, "
                                 "revoked_at, revoke_reason, from_desk, revoked_on_desk, office_key) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool revoked = !entry.revokedBy.isEmpty();
    const QVariant none(QMetaType::fromType<QString>());
    for (const QVariant &value :
         {QVariant(entry.applicantKey), QVariant(entry.applicantName), QVariant(entry.identifierMasked),
          QVariant(entry.subjectId), QVariant(entry.listingId), QVariant(entry.reason),
          QVariant(entry.expiresOn.toString(Qt::ISODate)), QVariant(entry.createdBy), QVariant(entry.createdAt),
          revoked ? QVariant(entry.revokedBy) : none, revoked ? QVariant(entry.revokedAt) : none,
          revoked ? QVariant(entry.revokeReason) : none, QVariant(fromDesk), revoked ? QVariant(fromDesk) : none,
          entry.officeKey.isEmpty() ? none : QVariant(entry.officeKey)})
        query.addBindValue(value);
    if (const Status status =
            sql::exec(query, QT_TRANSLATE_NOOP("Database", "record a whitelist entry from another desk"));
        !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

Result<qint64> ScreeningReviewRepository::findWhitelistEntry(const WhitelistEntry &entry) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT w.id FROM screening_whitelist w WHERE w.listing_id = ? AND w.created_by = ? AND w.created_at = ? "
        "AND (w.applicant_key = ? OR coalesce(w.office_key, '') <> coalesce(?, '')) AND NOT EXISTS (SELECT 1 FROM "
        "sync_entity e WHERE e.entity_type = 'whitelist' AND e.local_id = w.id) ORDER BY w.id LIMIT 1"));
    query.addBindValue(entry.listingId);
    query.addBindValue(entry.createdBy);
    query.addBindValue(entry.createdAt);
    query.addBindValue(entry.applicantKey);
    query.addBindValue(entry.officeKey);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find the whitelist entry")); !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QList<qint64>> ScreeningReviewRepository::activeWhitelistIds(const WhitelistEntry &entry) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM screening_whitelist WHERE listing_id = ? AND revoked_by IS NULL AND "
                                 "(applicant_key = ? OR (coalesce(office_key, '') <> coalesce(?, '') AND "
                                 "identifier_masked = ? AND "
                                 "applicant_name = ?)) ORDER BY id"));
    query.addBindValue(entry.listingId);
    query.addBindValue(entry.applicantKey);
    query.addBindValue(entry.officeKey);
    query.addBindValue(entry.identifierMasked);
    query.addBindValue(entry.applicantName);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find the applicant's whitelist entries"));
        !status)
        return Error{status.error()};
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Status ScreeningReviewRepository::recordRevocationFrom(qint64 entryId, const WhitelistEntry &revocation,
                                                       const QString &desk)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE screening_whitelist SET revoked_by = ?, revoked_at = ?, revoke_reason = ?, "
                                 "revoked_on_desk = ? WHERE id = ?"));
    query.addBindValue(revocation.revokedBy);
    query.addBindValue(revocation.revokedAt);
    query.addBindValue(revocation.revokeReason);
    query.addBindValue(desk);
    query.addBindValue(entryId);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "record another desk's revocation of a whitelist entry"));
}

Result<bool> ScreeningReviewRepository::revokeWhitelist(qint64 entryId, const QString &by, const QString &reason)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE screening_whitelist SET revoked_by = ?, revoked_at = ?, revoke_reason = ? "
                                 "WHERE id = ? AND revoked_by IS NULL"));
    query.addBindValue(sql::textOf(by));
    query.addBindValue(sql::nowUtc());
    query.addBindValue(sql::textOf(reason));
    query.addBindValue(entryId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "revoke a whitelist entry")); !status)
        return Error{status.error()};
    return query.numRowsAffected() == 1;
}

std::optional<WhitelistEntry> ScreeningReviewRepository::findWhitelist(qint64 entryId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT %1 FROM screening_whitelist WHERE id = ?").arg(QLatin1String(whitelistColumns)));
    query.addBindValue(entryId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return whitelistOf(query);
}

Result<QList<WhitelistEntry>> ScreeningReviewRepository::whitelist(bool includeInactive, const QDate &today) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM screening_whitelist %2 ORDER BY id DESC")
            .arg(QLatin1String(whitelistColumns),
                 includeInactive ? QString() : QStringLiteral("WHERE revoked_by IS NULL AND expires_on >= :today")));
    if (!includeInactive)
        query.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the whitelist")); !status)
        return Error{status.error()};
    QList<WhitelistEntry> result;
    while (query.next())
        result.append(whitelistOf(query));
    return result;
}

Result<std::map<qint64, qint64>> ScreeningReviewRepository::activeWhitelist(const QString &applicantKey,
                                                                            const QDate &today)
{
    if (!m_active) {
        m_active = std::make_unique<QSqlQuery>(m_db);
        m_active->setForwardOnly(true);
        if (const Status status = sql::prepare(
                *m_active, QStringLiteral("SELECT listing_id, max(id) FROM screening_whitelist WHERE applicant_key = ? "
                                          "AND revoked_by IS NULL AND expires_on >= ? GROUP BY listing_id"));
            !status)
            return Error{status.error()};
    }
    m_active->bindValue(0, applicantKey);
    m_active->bindValue(1, today.toString(Qt::ISODate));
    if (const Status status = sql::exec(*m_active, QT_TRANSLATE_NOOP("Database", "read the whitelist")); !status)
        return Error{status.error()};
    std::map<qint64, qint64> result;
    while (m_active->next())
        result.emplace(m_active->value(0).toLongLong(), m_active->value(1).toLongLong());
    m_active->finish();
    return result;
}

Result<std::optional<QHash<QString, std::map<qint64, qint64>>>>
ScreeningReviewRepository::allActiveWhitelist(const QDate &today, qint64 limit)
{
    using All = QHash<QString, std::map<qint64, qint64>>;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT applicant_key, listing_id, max(id) FROM screening_whitelist WHERE "
                                 "revoked_by IS NULL AND expires_on >= ? GROUP BY applicant_key, listing_id LIMIT ?"));
    query.addBindValue(today.toString(Qt::ISODate));
    query.addBindValue(limit + 1);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the whitelist")); !status)
        return Error{status.error()};
    All all;
    qint64 entries = 0;
    while (query.next()) {
        if (++entries > limit)
            return std::optional<All>();
        all[query.value(0).toString()].emplace(query.value(1).toLongLong(), query.value(2).toLongLong());
    }
    return std::optional<All>(std::move(all));
}

Result<ListedSide> ScreeningReviewRepository::listedSide(qint64 subjectId, qint64 listingId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT s.kind, s.name, coalesce(s.legal_representative, ''), "
        "coalesce((SELECT value FROM subject_identifier WHERE subject_id = s.id AND type = 1 LIMIT 1), ''), "
        "coalesce((SELECT value FROM subject_identifier WHERE subject_id = s.id AND type = 2 LIMIT 1), ''), "
        "coalesce((SELECT group_concat(name, '、') FROM subject_alias WHERE subject_id = s.id), ''), "
        "l.case_number, coalesce(c.name, l.court_code), l.decision_date, l.state "
        "FROM subject s JOIN listing l ON l.id = :listing AND l.subject_id = s.id "
        "LEFT JOIN court c ON c.code = l.court_code WHERE s.id = :subject"));
    query.bindValue(QStringLiteral(":listing"), listingId);
    query.bindValue(QStringLiteral(":subject"), subjectId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the listed side")); !status)
        return Error{status.error()};
    if (!query.next())
        return Error{QCoreApplication::translate("creditdesk::ScreeningReviewRepository",
                                                 "The listed subject %1 or its listing %2 no longer exists.")
                         .arg(subjectId)
                         .arg(listingId)};
    ListedSide side;
    side.subjectId = subjectId;
    side.kind = query.value(0).toInt();
    side.name = query.value(1).toString();
    side.legalRepresentative = query.value(2).toString();
    side.residentId = query.value(3).toString();
    side.creditCode = query.value(4).toString();
    const QString aliases = query.value(5).toString();
    side.aliases = aliases.isEmpty() ? QStringList() : aliases.split(u'、');
    side.listingId = listingId;
    side.caseNumber = query.value(6).toString();
    side.courtName = query.value(7).toString();
    side.decisionDate = sql::dateOf(query.value(8));
    side.publicationState = query.value(9).toInt();
    return side;
}

} // namespace creditdesk
