#include "ObjectionRepository.h"

#include "CaseJournal.h"
#include "Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace creditdesk {

using sql::dateOf;
using sql::dateOrNull;
using sql::textOf;

namespace {

const QString selectObjection = QStringLiteral(
    "SELECT o.id, o.listing_id, l.subject_id, s.name, l.case_number, o.route, o.state, o.applicant_name, "
    "o.applicant_is_agent, o.applicant_contact, o.channel, o.received_on, o.ground, o.grounds_text, o.fields, "
    "o.duplicate_of, o.outcome, o.decision_reason, o.decided_by, o.decided_on, o.accepted_on, o.forwarded_on, "
    "o.court_decision, o.court_decided_on, o.notified_on, o.reconsideration_filed_on, o.reconsideration_decision, "
    "o.reconsideration_decided_on, o.registered_by, o.registered_at, o.state_since, o.row_version "
    "FROM objection o JOIN listing l ON l.id = o.listing_id JOIN subject s ON s.id = l.subject_id ");

Objection readObjection(const QSqlQuery &query)
{
    Objection o;
    o.id = query.value(0).toLongLong();
    o.listingId = query.value(1).toLongLong();
    o.subjectId = query.value(2).toLongLong();
    o.subjectName = query.value(3).toString();
    o.caseNumber = query.value(4).toString();
    o.route = static_cast<ObjectionRoute>(query.value(5).toInt());
    o.state = static_cast<ObjectionState>(query.value(6).toInt());
    o.applicantName = query.value(7).toString();
    o.applicantIsAgent = query.value(8).toBool();
    o.applicantContact = query.value(9).toString();
    o.channel = static_cast<ObjectionChannel>(query.value(10).toInt());
    o.receivedOn = dateOf(query.value(11));
    o.ground = static_cast<ObjectionGround>(query.value(12).toInt());
    o.groundsText = query.value(13).toString();
    o.fields = query.value(14).toString().split(u',', Qt::SkipEmptyParts);
    o.duplicateOf = query.value(15).toLongLong();
    o.outcome = static_cast<ObjectionOutcome>(query.value(16).toInt());
    o.decisionReason = query.value(17).toString();
    o.decidedBy = query.value(18).toString();
    o.decidedOn = dateOf(query.value(19));
    o.acceptedOn = dateOf(query.value(20));
    o.forwardedOn = dateOf(query.value(21));
    o.courtDecision = query.value(22).toString();
    o.courtDecidedOn = dateOf(query.value(23));
    o.notifiedOn = dateOf(query.value(24));
    o.reconsiderationFiledOn = dateOf(query.value(25));
    o.reconsiderationDecision = query.value(26).toString();
    o.reconsiderationDecidedOn = dateOf(query.value(27));
    o.registeredBy = query.value(28).toString();
    o.registeredAt = QDateTime::fromString(query.value(29).toString(), Qt::ISODateWithMs);
    o.stateSince = dateOf(query.value(30));
    o.rowVersion = query.value(31).toLongLong();
    return o;
}

} // namespace

ObjectionRepository::ObjectionRepository(QSqlDatabase db) : m_db(std::move(db)) {}

std::optional<std::pair<qint64, QString>> ObjectionRepository::listingOwner(qint64 listingId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT subject_id, case_number FROM listing WHERE id = ?"));
    query.addBindValue(listingId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return std::pair{query.value(0).toLongLong(), query.value(1).toString()};
}

Result<qint64> ObjectionRepository::insert(const Objection &objection)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "INSERT INTO objection (listing_id, route, state, applicant_name, applicant_is_agent, applicant_contact, "
        "channel, received_on, ground, grounds_text, fields, duplicate_of, registered_by, registered_at, "
        "state_since) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(objection.listingId);
    query.addBindValue(static_cast<int>(objection.route));
    query.addBindValue(objection.applicantName);
    query.addBindValue(objection.applicantIsAgent ? 1 : 0);
    query.addBindValue(objection.applicantContact);
    query.addBindValue(static_cast<int>(objection.channel));
    query.addBindValue(objection.receivedOn.toString(Qt::ISODate));
    query.addBindValue(static_cast<int>(objection.ground));
    // Empty, not NULL: QString() binds as NULL.
    query.addBindValue(objection.groundsText.isEmpty() ? QStringLiteral("") : objection.groundsText);
    query.addBindValue(objection.fields.isEmpty() ? QStringLiteral("") : objection.fields.join(u','));
    query.addBindValue(objection.duplicateOf > 0 ? QVariant(objection.duplicateOf)
                                                 : QVariant(QMetaType::fromType<qint64>()));
    query.addBindValue(objection.registeredBy);
    query.addBindValue(sql::nowUtc());
    query.addBindValue(objection.receivedOn.toString(Qt::ISODate));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "register an objection")); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

std::optional<Objection> ObjectionRepository::find(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(selectObjection + QStringLiteral("WHERE o.id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readObjection(query);
}

Result<QList<Objection>> ObjectionRepository::list(const Filter &filter) const
{
    QStringList conditions{QStringLiteral("1")};
    if (filter.openOnly)
        conditions.append(QStringLiteral("o.state <> 13"));
    if (!filter.registeredBy.isEmpty())
        conditions.append(QStringLiteral("o.registered_by = :registered_by"));
    if (filter.route != 0)
        conditions.append(QStringLiteral("o.route = :route"));
    if (filter.state != 0)
        conditions.append(QStringLiteral("o.state = :state"));
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(selectObjection + QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "))
                  + QStringLiteral(" ORDER BY o.received_on, o.id"));
    if (!filter.registeredBy.isEmpty())
        query.bindValue(QStringLiteral(":registered_by"), filter.registeredBy);
    if (filter.route != 0)
        query.bindValue(QStringLiteral(":route"), filter.route);
    if (filter.state != 0)
        query.bindValue(QStringLiteral(":state"), filter.state);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "list objections")); !status)
        return Error{status.error()};
    QList<Objection> result;
    while (query.next())
        result.append(readObjection(query));
    return result;
}

Result<QList<qint64>> ObjectionRepository::openOnListing(qint64 listingId, qint64 except) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM objection WHERE listing_id = ? AND state <> 13 AND id <> ? "
                                 "ORDER BY id"));
    query.addBindValue(listingId);
    query.addBindValue(except);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "look for open objections")); !status)
        return Error{status.error()};
    QList<qint64> ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

Result<bool> ObjectionRepository::moveTo(qint64 id, qint64 expectedVersion, ObjectionState to, const QDate &on,
                                         const QVariantMap &values)
{
    static const QStringList settable{QStringLiteral("outcome"),
                                      QStringLiteral("decision_reason"),
                                      QStringLiteral("decided_by"),
                                      QStringLiteral("decided_on"),
                                      QStringLiteral("accepted_on"),
                                      QStringLiteral("forwarded_on"),
                                      QStringLiteral("court_decision"),
                                      QStringLiteral("court_decided_on"),
                                      QStringLiteral("notified_on"),
                                      QStringLiteral("reconsideration_filed_on"),
                                      QStringLiteral("reconsideration_decision"),
                                      QStringLiteral("reconsideration_decided_on")};
    QString assignments = QStringLiteral("state = :state, state_since = :since, row_version = row_version + 1");
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!settable.contains(it.key()))
            return Error{QStringLiteral("objection column %1 cannot be set").arg(it.key())};
        assignments += QStringLiteral(", %1 = :%1").arg(it.key());
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE objection SET %1 WHERE id = :id AND row_version = :version").arg(assignments));
    query.bindValue(QStringLiteral(":state"), static_cast<int>(to));
    query.bindValue(QStringLiteral(":since"), on.toString(Qt::ISODate));
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QVariant value = it.value().typeId() == QMetaType::QDate ? dateOrNull(it.value().toDate()) : it.value();
        query.bindValue(u':' + it.key(), value);
    }
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":version"), expectedVersion);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "change the state of an objection"));
        !status)
        return Error{status.error()};
    return query.numRowsAffected() == 1;
}

Status ObjectionRepository::addEvent(qint64 id, const Event &event)
{
    return journal().addStep(id, {static_cast<int>(event.from),
                                  static_cast<int>(event.to),
                                  event.actedOn,
                                  {},
                                  event.actor,
                                  event.reason,
                                  event.details});
}

Result<QList<std::pair<QJsonObject, QString>>> ObjectionRepository::correctionsFromOtherDesks(qint64 id,
                                                                                              qint64 afterEventId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT acted_on, actor, details, from_desk FROM objection_event WHERE objection_id = ? "
                       "AND id > ? AND from_desk IS NOT NULL AND json_valid(details) AND "
                       "json_array_length(details, '$.changes') > 0 ORDER BY id"));
    query.addBindValue(id);
    query.addBindValue(afterEventId);
    if (const Status status =
            sql::exec(query, QT_TRANSLATE_NOOP("Database", "find other desks' corrections of the record"));
        !status)
        return Error{status.error()};
    QList<std::pair<QJsonObject, QString>> steps;
    while (query.next())
        steps.append(
            {QJsonObject{{QStringLiteral("acted_on"), query.value(0).toString()},
                         {QStringLiteral("actor"), query.value(1).toString()},
                         {QStringLiteral("details"), QJsonDocument::fromJson(query.value(2).toByteArray()).object()}},
             query.value(3).toString()});
    return steps;
}

Result<QList<ObjectionRepository::Event>> ObjectionRepository::events(qint64 id) const
{
    auto steps = journal().steps(id);
    if (!steps)
        return Error{steps.error()};
    QList<Event> result;
    for (const CaseJournal::Step &step : steps.value())
        result.append({static_cast<ObjectionState>(step.from), static_cast<ObjectionState>(step.to), step.actedOn,
                       step.recordedAt, step.actor, step.reason, step.details});
    return result;
}

CaseJournal ObjectionRepository::journal() const
{
    return CaseJournal(m_db, QStringLiteral("objection_event"), QStringLiteral("objection_id"),
                       QStringLiteral("objection_evidence"));
}

Status ObjectionRepository::refreshUnderObjection(qint64 listingId)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listing SET under_objection = EXISTS (SELECT 1 FROM objection o "
                                 "WHERE o.listing_id = listing.id AND o.state IN (4, 8, 10)) WHERE id = ?"));
    query.addBindValue(listingId);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "mark the listing under objection"));
}

Status ObjectionRepository::setAnnotation(qint64 listingId, const QString &annotation)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE listing SET objection_annotation = ? WHERE id = ?"));
    query.addBindValue(annotation);
    query.addBindValue(listingId);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "annotate the listing"));
}

Result<qint64> ObjectionRepository::addEvidence(const Evidence &evidence, const QByteArray &content)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO objection_evidence (objection_id, file_name, media_type, size, sha256, "
                                 "content, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(evidence.objectionId);
    query.addBindValue(evidence.fileName);
    query.addBindValue(evidence.mediaType);
    query.addBindValue(evidence.size);
    query.addBindValue(evidence.sha256);
    query.addBindValue(content);
    query.addBindValue(evidence.addedBy);
    query.addBindValue(sql::nowUtc());
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "store an evidence file")); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

Result<QList<ObjectionRepository::Evidence>> ObjectionRepository::evidence(qint64 objectionId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, objection_id, file_name, media_type, size, sha256, added_by, added_at "
                                 "FROM objection_evidence WHERE objection_id = ? ORDER BY id"));
    query.addBindValue(objectionId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "list evidence files")); !status)
        return Error{status.error()};
    QList<Evidence> result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toLongLong(), query.value(5).toString(),
                       query.value(6).toString(), query.value(7).toString()});
    }
    return result;
}

Result<QByteArray> ObjectionRepository::evidenceContent(qint64 evidenceId) const
{
    return journal().evidenceContent(evidenceId);
}

} // namespace creditdesk
