#include "ListingCorrectionRepository.h"

#include "Sql.h"

#include <QDate>
#include <QVariant>

namespace creditdesk {

namespace {

ListingCorrection correctionFrom(const QSqlQuery &query)
{
    ListingCorrection correction;
    correction.id = query.value(0).toLongLong();
    correction.listingId = query.value(1).toLongLong();
    correction.field = query.value(2).toString();
    correction.oldValue = query.value(3).toString();
    correction.newValue = query.value(4).toString();
    correction.reason = query.value(5).toString();
    correction.listingVersion = query.value(6).toLongLong();
    correction.state = static_cast<ListingCorrection::State>(query.value(7).toInt());
    correction.registeredBy = query.value(8).toString();
    correction.registeredAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    correction.decidedBy = query.value(10).toString();
    correction.decidedAt = QDateTime::fromString(query.value(11).toString(), Qt::ISODateWithMs);
    correction.decisionReason = query.value(12).toString();
    correction.rowVersion = query.value(13).toLongLong();
    correction.subjectId = query.value(14).toLongLong();
    correction.fromDesk = query.value(15).toString();
    correction.decidedOnDesk = query.value(16).toString();
    return correction;
}

const QString selectCorrection = QStringLiteral(
    "SELECT c.id, c.listing_id, c.field, c.old_value, c.new_value, c.reason, c.listing_version, c.state, "
    "c.registered_by, c.registered_at, c.decided_by, c.decided_at, c.decision_reason, c.row_version, l.subject_id, "
    "c.from_desk, c.decided_on_desk "
    "FROM listing_correction c JOIN listing l ON l.id = c.listing_id ");

/// The field name, checked against the fixed list so it can be placed into SQL.
QString column(const QString &field)
{
    return ListingCorrection::correctableFields().contains(field) ? field : QString();
}

} // namespace

ListingCorrectionRepository::ListingCorrectionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<ListingCorrectionRepository::ListingField>
ListingCorrectionRepository::currentValue(qint64 listingId, const QString &field) const
{
    const QString name = column(field);
    if (name.isEmpty())
        return std::nullopt;
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT subject_id, coalesce(CAST(%1 AS TEXT), ''), row_version FROM listing WHERE id = ?")
            .arg(name));
    query.addBindValue(listingId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return ListingField{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong()};
}

Result<qint64> ListingCorrectionRepository::insert(const ListingCorrection &correction)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO listing_correction (listing_id, field, old_value, new_value, reason, "
                       "listing_version, state, registered_by, registered_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)"));
    query.addBindValue(correction.listingId);
    query.addBindValue(correction.field);
    query.addBindValue(correction.oldValue);
    query.addBindValue(correction.newValue);
    query.addBindValue(correction.reason);
    query.addBindValue(correction.listingVersion);
    query.addBindValue(correction.registeredBy);
    query.addBindValue(sql::nowUtc());
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "register a correction")); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

std::optional<ListingCorrection> ListingCorrectionRepository::find(qint64 correctionId) const
{
    QSqlQuery query(m_db);
    query.prepare(selectCorrection + QStringLiteral("WHERE c.id = ?"));
    query.addBindValue(correctionId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return correctionFrom(query);
}

QList<ListingCorrection> ListingCorrectionRepository::pending() const
{
    QList<ListingCorrection> corrections;
    QSqlQuery query(m_db);
    if (query.exec(selectCorrection + QStringLiteral("WHERE c.state = 1 ORDER BY c.id"))) {
        while (query.next())
            corrections.append(correctionFrom(query));
    }
    return corrections;
}

Result<bool> ListingCorrectionRepository::decide(qint64 correctionId, qint64 expectedVersion,
                                                 ListingCorrection::State state, const QString &decidedBy,
                                                 const QString &reason)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listing_correction SET state = ?, decided_by = ?, decided_at = ?, "
                                 "decision_reason = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ? AND state = 1"));
    query.addBindValue(static_cast<int>(state));
    query.addBindValue(decidedBy);
    query.addBindValue(sql::nowUtc());
    query.addBindValue(reason);
    query.addBindValue(correctionId);
    query.addBindValue(expectedVersion);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "record a decision")); !status)
        return Error{status.error()};
    return query.numRowsAffected() == 1;
}

Result<qint64> ListingCorrectionRepository::insertFromDesk(const ListingCorrection &correction, const QString &fromDesk)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO listing_correction (listing_id, field, old_value, new_value, reason, listing_version, state, "
        "registered_by, registered_at, decided_by, decided_at, decision_reason, from_desk, decided_on_desk) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool decided = correction.state != ListingCorrection::State::Pending;
    const QVariant none(QMetaType::fromType<QString>());
    for (const QVariant &value :
         {QVariant(correction.listingId), QVariant(correction.field), QVariant(correction.oldValue),
          QVariant(correction.newValue), QVariant(correction.reason), QVariant(correction.listingVersion),
          QVariant(static_cast<int>(correction.state)), QVariant(correction.registeredBy),
          QVariant(correction.registeredAt.toString(Qt::ISODateWithMs)),
          decided ? QVariant(correction.decidedBy) : none,
          decided ? QVariant(correction.decidedAt.toString(Qt::ISODateWithMs)) : none,
          decided ? QVariant(correction.decisionReason) : none, QVariant(fromDesk),
          decided ? QVariant(fromDesk) : none})
        query.addBindValue(value);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "record a correction from another desk"));
        !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

Result<qint64> ListingCorrectionRepository::findRegistered(qint64 listingId, const QString &field,
                                                           const QString &registeredBy,
                                                           const QString &registeredAt) const
{
    QSqlQuery query(m_db);
    // One already shared with the other desks is another correction, registered the same
    // millisecond.
    query.prepare(QStringLiteral("SELECT id FROM listing_correction c WHERE listing_id = ? AND field = ? AND "
                                 "registered_by = ? AND registered_at = ? AND NOT EXISTS (SELECT 1 FROM sync_entity e "
                                 "WHERE e.entity_type = 'correction' AND e.local_id = c.id)"));
    query.addBindValue(listingId);
    query.addBindValue(field);
    query.addBindValue(registeredBy);
    query.addBindValue(registeredAt);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find the correction")); !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toLongLong() : 0;
}

Status ListingCorrectionRepository::recordDecisionFrom(qint64 correctionId, const ListingCorrection &decision,
                                                       const QString &desk)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listing_correction SET state = ?, decided_by = ?, decided_at = ?, "
                                 "decision_reason = ?, decided_on_desk = ?, row_version = row_version + 1 "
                                 "WHERE id = ?"));
    query.addBindValue(static_cast<int>(decision.state));
    query.addBindValue(decision.decidedBy);
    query.addBindValue(decision.decidedAt.toString(Qt::ISODateWithMs));
    query.addBindValue(decision.decisionReason);
    query.addBindValue(desk);
    query.addBindValue(correctionId);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "record another desk's decision of a correction"));
}

Result<bool> ListingCorrectionRepository::reopen(qint64 correctionId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listing_correction SET state = 1, decided_by = NULL, decided_at = NULL, "
                                 "decision_reason = NULL, row_version = row_version + 1 "
                                 "WHERE id = ? AND state IN (2, 3) AND decided_on_desk IS NULL"));
    query.addBindValue(correctionId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "put the correction back to waiting"));
        !status)
        return Error{status.error()};
    return query.numRowsAffected() == 1;
}

Result<bool> ListingCorrectionRepository::applyToListing(qint64 listingId, qint64 expectedVersion, const QString &field,
                                                         const QString &value)
{
    const QString name = column(field);
    if (name.isEmpty())
        return Error{QStringLiteral("field %1 cannot be corrected").arg(field)};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listing SET %1 = ?, updated_at = ?, row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ?")
                      .arg(name));
    // An empty text is no value (NULL), as a listing without a filing date has it.
    query.addBindValue(field == QLatin1String("performance") ? QVariant(value.toInt())
                       : value.isEmpty()                     ? QVariant(QMetaType::fromType<QString>())
                                                             : QVariant(value));
    query.addBindValue(sql::nowUtc());
    query.addBindValue(listingId);
    query.addBindValue(expectedVersion);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "correct a listing")); !status)
        return Error{status.error()};
    return query.numRowsAffected() == 1;
}

Status ListingCorrectionRepository::addCorrectedEvent(qint64 listingId, const QString &note)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO listing_event (listing_id, occurred_on, kind, note) VALUES (?, ?, 6, ?)"));
    query.addBindValue(listingId);
    query.addBindValue(QDate::currentDate().toString(Qt::ISODate));
    query.addBindValue(note);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "record the correction in the listing history"));
}

Status ListingCorrectionRepository::changePublicationState(qint64 listingId, int state, const QDate &on,
                                                           const QString &note)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listing SET state = ?, state_date = ?, updated_at = ?, "
                                 "row_version = row_version + 1 WHERE id = ?"));
    query.addBindValue(state);
    query.addBindValue(on.toString(Qt::ISODate));
    query.addBindValue(sql::nowUtc());
    query.addBindValue(listingId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "change the state of a listing")); !status)
        return status;
    QSqlQuery event(m_db);
    event.prepare(QStringLiteral("INSERT INTO listing_event (listing_id, occurred_on, kind, state, note) "
                                 "VALUES (?, ?, ?, ?, ?)"));
    event.addBindValue(listingId);
    event.addBindValue(on.toString(Qt::ISODate));
    event.addBindValue(state == 3 ? 4 : 5); // listing event kinds: 4 revoked, 5 deleted
    event.addBindValue(state);
    event.addBindValue(note);
    return sql::exec(event, QT_TRANSLATE_NOOP("Database", "record the state change in the listing history"));
}

} // namespace creditdesk
