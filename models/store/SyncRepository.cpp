#include "SyncRepository.h"

#include "FeedbackRepository.h"
#include "ListingCorrectionRepository.h"
#include "ListingExitRepository.h"
#include "ObjectionRepository.h"
#include "OfficeKeyRepository.h"
#include "RepairRepository.h"
#include "ScreeningReviewRepository.h"
#include "Sql.h"
#include "domain/EvidenceFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <array>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::SyncRepository", source);
}

/// The objection's columns a change carries, besides the listing and the duplicate reference.
constexpr std::array<const char *, 25> objectionColumns = {
    "route",
    "state",
    "applicant_name",
    "applicant_is_agent",
    "applicant_contact",
    "channel",
    "received_on",
    "ground",
    "grounds_text",
    "fields",
    "outcome",
    "decision_reason",
    "decided_by",
    "decided_on",
    "accepted_on",
    "forwarded_on",
    "court_decision",
    "court_decided_on",
    "notified_on",
    "reconsideration_filed_on",
    "reconsideration_decision",
    "reconsideration_decided_on",
    "registered_by",
    "registered_at",
    "state_since",
};

/// The repair application's columns a change carries, besides the breach information.
constexpr std::array<const char *, 13> repairColumns = {
    "rule_set",   "state",      "applicant_name",  "applicant_contact", "received_on",   "due_on",      "statement",
    "decided_by", "decided_on", "decision_reason", "registered_by",     "registered_at", "state_since",
};

/// A JSON value as a value to bind: null stays NULL, numbers are integers.
QVariant bindable(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Double:
        return value.toInteger();
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::String:
        return value.toString();
    default:
        return QVariant(QMetaType::fromType<QString>());
    }
}

SyncRepository::OutgoingChange outgoingFrom(const QSqlQuery &query, int first)
{
    SyncRepository::OutgoingChange change;
    change.id = query.value(first).toLongLong();
    change.changeId = query.value(first + 1).toString();
    change.entityType = query.value(first + 2).toString();
    change.localId = query.value(first + 3).toLongLong();
    change.entityKey = query.value(first + 4).toString();
    change.baseVersion = query.value(first + 5).toInt();
    change.action = query.value(first + 6).toString();
    change.payload = QJsonDocument::fromJson(query.value(first + 7).toByteArray()).object();
    change.actor = query.value(first + 8).toString();
    change.reason = query.value(first + 9).toString();
    change.recordedAt = query.value(first + 10).toString();
    change.eventId = query.value(first + 11).toLongLong();
    return change;
}

const QString outgoingColumns = QStringLiteral(
    "b.id, b.change_id, b.entity_type, b.local_id, e.entity_key, b.base_version, b.action, b.payload, b.actor, "
    "b.reason, b.recorded_at, b.event_id");
const QString outgoingFromClause = QStringLiteral(
    " FROM sync_outbox b LEFT JOIN sync_entity e ON e.entity_type = b.entity_type AND e.local_id = b.local_id");

} // namespace

SyncRepository::SyncRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<std::optional<SyncRepository::Desk>> SyncRepository::desk() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT desk_id, office, server_address, last_pulled_sequence, last_synced_at, "
                                 "joined_by, joined_at, instance FROM sync_desk WHERE id = 1"));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the desk's server")); !status)
        return Error{status.error()};
    if (!query.next())
        return std::optional<Desk>();
    return std::optional<Desk>(Desk{query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                    query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toString(),
                                    query.value(6).toString(), query.value(7).toString()});
}

Status SyncRepository::join(const Desk &desk)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO sync_desk (id, desk_id, office, server_address, joined_by, joined_at, "
                                 "instance) VALUES (1, ?, ?, ?, ?, ?, ?)"));
    for (const QString &value :
         {desk.deskId, desk.office, desk.serverAddress, desk.joinedBy, desk.joinedAt, desk.instance})
        query.addBindValue(value);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "record the desk's server"));
}

Status SyncRepository::setDeskValue(const QString &column, const QVariant &value, const char *purpose)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_desk SET %1 = ? WHERE id = 1").arg(column));
    query.addBindValue(value);
    return sql::exec(query, purpose);
}

Status SyncRepository::setServerAddress(const QString &address)
{
    return setDeskValue(QStringLiteral("server_address"), address,
                        QT_TRANSLATE_NOOP("Database", "change the desk's server address"));
}

Status SyncRepository::setLastPulled(qint64 sequence)
{
    return setDeskValue(QStringLiteral("last_pulled_sequence"), sequence,
                        QT_TRANSLATE_NOOP("Database", "remember the last change pulled"));
}

Status SyncRepository::setSynchronisedAt(const QString &at)
{
    return setDeskValue(QStringLiteral("last_synced_at"), at,
                        QT_TRANSLATE_NOOP("Database", "remember the synchronisation"));
}

namespace {

/// A whitelist change of outbox row b whose entry names the applicant by the plain key: it waits
/// for the office key (OfficeKey), which keys it; the plain key never leaves the desk.
const QString whitelistWaitingForOfficeKey =
    QStringLiteral("(b.entity_type = 'whitelist' AND json_extract(b.payload, '$.entry.office_key') IS NULL)");

} // namespace

Result<QList<SyncRepository::OutgoingChange>> SyncRepository::waitingChanges(int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + outgoingColumns + outgoingFromClause
                  + QStringLiteral(" WHERE b.state = 0 AND NOT ") + whitelistWaitingForOfficeKey
                  + QStringLiteral(" ORDER BY b.id LIMIT ?"));
    query.addBindValue(limit);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the changes waiting to be sent"));
        !status)
        return Error{status.error()};
    QList<OutgoingChange> changes;
    while (query.next())
        changes.append(outgoingFrom(query, 0));
    return changes;
}

Result<int> SyncRepository::baseFor(const OutgoingChange &change) const
{
    if (change.baseVersion >= 0)
        return change.baseVersion;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT state, base_version, server_version FROM sync_outbox WHERE entity_type = ? "
                                 "AND local_id = ? AND id < ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(change.entityType);
    query.addBindValue(change.localId);
    query.addBindValue(change.id);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the change before")); !status)
        return Error{status.error()};
    if (!query.next() || query.value(0).toInt() == 0)
        return Error{tr("Change %1 follows a change that has not been sent.").arg(change.id)};
    // Accepted: the version it made. Refused: its own base, so that this one is refused as well.
    return query.value(0).toInt() == 1 ? query.value(2).toInt() : query.value(1).toInt();
}

Status SyncRepository::recordPushed(const OutgoingChange &change, int state, int baseVersion, const QVariant &sequence,
                                    int serverVersion, const QString &at)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_outbox SET state = ?, base_version = ?, pushed_at = ?, "
                                 "server_sequence = ?, server_version = ? WHERE id = ?"));
    for (const QVariant &value :
         {QVariant(state), QVariant(baseVersion), QVariant(at), sequence, QVariant(serverVersion), QVariant(change.id)})
        query.addBindValue(value);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "record the server's answer"));
}

Status SyncRepository::markAccepted(const OutgoingChange &change, int baseVersion, qint64 sequence, int version,
                                    const QString &at)
{
    if (const Status status = recordPushed(change, 1, baseVersion, sequence, version, at); !status)
        return status;
    QSqlQuery entity(m_db);
    entity.prepare(QStringLiteral("UPDATE sync_entity SET server_version = max(server_version, ?) "
                                  "WHERE entity_type = ? AND local_id = ?"));
    entity.addBindValue(version);
    entity.addBindValue(change.entityType);
    entity.addBindValue(change.localId);
    return sql::exec(entity, QT_TRANSLATE_NOOP("Database", "record the entity's server version"));
}

Status SyncRepository::markConflict(const OutgoingChange &change, int baseVersion, qint64 serverConflictId,
                                    int serverVersion, const QString &at)
{
    if (const Status status =
            recordPushed(change, 2, baseVersion, QVariant(QMetaType::fromType<qint64>()), serverVersion, at);
        !status)
        return status;
    QSqlQuery conflict(m_db);
    conflict.prepare(QStringLiteral("INSERT OR IGNORE INTO sync_conflict (outbox_id, server_conflict_id, "
                                    "server_version, detected_at) VALUES (?, ?, ?, ?)"));
    conflict.addBindValue(change.id);
    conflict.addBindValue(serverConflictId);
    conflict.addBindValue(serverVersion);
    conflict.addBindValue(at);
    return sql::exec(conflict, QT_TRANSLATE_NOOP("Database", "keep the conflict"));
}

Result<qint64> SyncRepository::localIdOf(const QString &entityType, const QString &entityKey) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT local_id FROM sync_entity WHERE entity_type = ? AND entity_key = ?"));
    query.addBindValue(entityType);
    query.addBindValue(entityKey);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find the shared entity")); !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<qint64> SyncRepository::listingFor(const QJsonObject &listing, QString &waitingFor) const
{
    const QString caseNumber = listing.value(QStringLiteral("case_number")).toString();
    const QJsonArray identifiers = listing.value(QStringLiteral("identifiers")).toArray();
    if (caseNumber.isEmpty())
        return Error{tr("The change names no listing (case number and subject identifier).")};
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT l.id FROM listing l JOIN subject_identifier i ON i.subject_id = "
                                 "l.subject_id WHERE l.case_number = ? AND i.type = ? AND i.value = ? LIMIT 1"));
    // Any of the subject's identifiers: the desks may know the subject by different ones.
    for (const QJsonValue &identifier : identifiers) {
        query.addBindValue(caseNumber);
        query.addBindValue(identifier.toArray().at(0).toInt());
        query.addBindValue(identifier.toArray().at(1).toString());
        if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find the listing of the change"));
            !status)
            return Error{status.error()};
        if (query.next())
            return query.value(0).toLongLong();
    }
    waitingFor = tr("the listing of case %1 (import the credit platform's packages first)").arg(caseNumber);
    return 0;
}

Result<SyncRepository::Applied> SyncRepository::listingOf(const QJsonObject &payload) const
{
    Applied applied;
    auto listingId = listingFor(payload.value(QStringLiteral("listing")).toObject(), applied.waitingFor);
    if (!listingId)
        return Error{listingId.error()};
    applied.listingId = listingId.value();
    return applied;
}

Result<SyncRepository::Applied> SyncRepository::applyObjection(const QString &entityKey, int version,
                                                               const QJsonObject &payload, const QString &fromDesk)
{
    auto found = listingOf(payload);
    if (!found || !found->waitingFor.isEmpty())
        return found;
    Applied applied = found.value();
    const qint64 listingId = applied.listingId;
    const QJsonObject objection = payload.value(QStringLiteral("objection")).toObject();
    const QJsonObject event = payload.value(QStringLiteral("event")).toObject();
    if (objection.isEmpty() || event.isEmpty())
        return Error{tr("The change carries no objection or no step.")};

    auto local = localIdOf(QStringLiteral("objection"), entityKey);
    if (!local)
        return Error{local.error()};
    // The case it duplicates, when this desk knows that one too; an existing link is kept.
    qint64 duplicateOf = 0;
    if (const QString duplicateKey = objection.value(QStringLiteral("duplicate_of")).toString();
        !duplicateKey.isEmpty()) {
        auto duplicate = localIdOf(QStringLiteral("objection"), duplicateKey);
        if (!duplicate)
            return Error{duplicate.error()};
        duplicateOf = duplicate.value();
    }

    QStringList columns{QStringLiteral("listing_id"), QStringLiteral("duplicate_of")};
    QVariantList values{listingId, duplicateOf > 0 ? QVariant(duplicateOf) : QVariant(QMetaType::fromType<qint64>())};
    const QString duplicateAssignment = QStringLiteral("duplicate_of = coalesce(?, duplicate_of)");
    for (const char *column : objectionColumns) {
        columns.append(QLatin1String(column));
        values.append(bindable(objection.value(QLatin1String(column))));
    }
    if (const Status status =
            writeCase(QStringLiteral("objection"), {QStringLiteral("objection"), entityKey, version, local.value()},
                      columns, values, {{QStringLiteral("duplicate_of"), duplicateAssignment}}, applied);
        !status)
        return Error{status.error()};

    // The step's details name rows of the desk it was taken on: here, this desk's rows.
    QJsonObject details = event.value(QStringLiteral("details")).toObject();
    if (details.contains(QStringLiteral("listingId")))
        details.insert(QStringLiteral("listingId"), listingId);
    if (details.contains(QStringLiteral("duplicateOf")))
        details.insert(QStringLiteral("duplicateOf"), duplicateOf);
    if (details.contains(QStringLiteral("subjectId"))) {
        auto subject = listingSubject(listingId);
        if (!subject)
            return Error{subject.error()};
        details.insert(QStringLiteral("subjectId"), subject.value());
    }
    QSqlQuery step(m_db);
    step.prepare(QStringLiteral("INSERT INTO objection_event (objection_id, from_state, to_state, acted_on, "
                                "recorded_at, actor, reason, details, from_desk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    step.addBindValue(applied.localId);
    for (const char *field : {"from_state", "to_state", "acted_on", "recorded_at", "actor", "reason"})
        step.addBindValue(bindable(event.value(QLatin1String(field))));
    step.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    step.addBindValue(fromDesk);
    if (const Status status =
            sql::exec(step, QT_TRANSLATE_NOOP("Database", "record the objection's step from the server"));
        !status)
        return Error{status.error()};

    ObjectionRepository objections(m_db);
    const QJsonValue annotation =
        payload.value(QStringLiteral("listing")).toObject().value(QStringLiteral("annotation"));
    // As on the desk the step was taken on, cleared as well (a refused step's note does not stay).
    if (const Status status = objections.setAnnotation(listingId, annotation.toString()); !status)
        return Error{status.error()};
    if (const Status status = objections.refreshUnderObjection(listingId); !status)
        return Error{status.error()};
    return applied;
}

Result<qint64> SyncRepository::applicationFor(qint64 listingId, const QJsonObject &application) const
{
    // By the platform's key first, when the application came in a package and is on this listing.
    if (const QJsonArray platformKey = application.value(QStringLiteral("platform_key")).toArray();
        platformKey.size() == 2) {
        QSqlQuery byKey(m_db);
        byKey.prepare(QStringLiteral("SELECT a.id FROM exchange_key k JOIN measure_application a ON a.id = k.local_id "
                                     "WHERE k.source = ? AND k.kind = 'application' AND k.key = ? AND a.listing_id = "
                                     "?"));
        byKey.addBindValue(platformKey.at(0).toString());
        byKey.addBindValue(platformKey.at(1).toString());
        byKey.addBindValue(listingId);
        if (const Status status =
                sql::exec(byKey, QT_TRANSLATE_NOOP("Database", "find the measure application by the platform's key"));
            !status)
            return Error{status.error()};
        if (byKey.next())
            return byKey.value(0).toLongLong();
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT a.id FROM measure_application a JOIN measure m ON m.id = a.measure_id JOIN measure_source s ON s.id = "
        "m.source_id JOIN department d ON d.id = a.department_id WHERE a.listing_id = ? AND s.code = ? AND "
        "m.category_number = ? AND m.item_number = ? AND m.catalogue_version = ? AND d.name = ? AND a.started_on = ? "
        "ORDER BY a.id LIMIT 1"));
    query.addBindValue(listingId);
    query.addBindValue(application.value(QStringLiteral("source")).toString());
    for (const char *field : {"category", "item", "catalogue_version"})
        query.addBindValue(application.value(QLatin1String(field)).toInteger());
    query.addBindValue(application.value(QStringLiteral("department")).toString());
    query.addBindValue(application.value(QStringLiteral("started_on")).toString());
    if (const Status status =
            sql::exec(query, QT_TRANSLATE_NOOP("Database", "find the measure application of the feedback"));
        !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toLongLong() : 0;
}

Status SyncRepository::rememberEntity(const QString &entityType, qint64 localId, const QString &entityKey, int version)
{
    QSqlQuery entity(m_db);
    entity.prepare(QStringLiteral("INSERT INTO sync_entity (entity_type, local_id, entity_key, server_version) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT (entity_type, local_id) DO UPDATE SET "
                                  "server_version = excluded.server_version"));
    entity.addBindValue(entityType);
    entity.addBindValue(localId);
    entity.addBindValue(entityKey);
    entity.addBindValue(version);
    return sql::exec(entity, QT_TRANSLATE_NOOP("Database", "record the entity's server version"));
}

Result<SyncRepository::Applied> SyncRepository::applyFeedback(const QString &entityKey, int version,
                                                              const QJsonObject &payload, const QString &fromDesk)
{
    auto found = listingOf(payload);
    if (!found || !found->waitingFor.isEmpty())
        return found;
    Applied applied = found.value();
    const qint64 listingId = applied.listingId;
    const QJsonObject application = payload.value(QStringLiteral("application")).toObject();
    const QJsonObject feedback = payload.value(QStringLiteral("feedback")).toObject();
    if (application.isEmpty() || feedback.isEmpty()) {
        applied.refused = tr("The change carries no measure application or no feedback.");
        return applied;
    }
    // What the table requires, checked here so that a change this desk cannot take is refused by
    // name (and set aside by the caller) instead of failing on a constraint.
    const qint64 handling = feedback.value(QStringLiteral("handling_type")).toInteger();
    if (handling < 1 || handling > 4)
        applied.refused = tr("The feedback's handling (handling_type) is %1; 1 to 4 are known.").arg(handling);
    else if (feedback.value(QStringLiteral("result")).toString().trimmed().isEmpty())
        applied.refused = tr("The feedback's result (result) is empty.");
    else if (!QDate::fromString(feedback.value(QStringLiteral("occurred_on")).toString(), Qt::ISODate).isValid())
        applied.refused = tr("The feedback's day (occurred_on) is not a date.");
    else if (feedback.value(QStringLiteral("reported_by")).toString().trimmed().isEmpty()
             || feedback.value(QStringLiteral("recorded_at")).toString().isEmpty())
        applied.refused = tr("The feedback names no reporter (reported_by) or no time of recording (recorded_at).");
    if (!applied.refused.isEmpty())
        return applied;

    const QString feedbackType = QStringLiteral("feedback");
    auto local = localIdOf(feedbackType, entityKey);
    if (!local)
        return Error{local.error()};
    if (local.value() > 0) {
        applied.localId = local.value(); // already here: recorded on a copy of this cache
    } else {
        auto applicationId = applicationFor(listingId, application);
        if (!applicationId)
            return Error{applicationId.error()};
        if (applicationId.value() == 0) {
            applied.waitingFor =
                tr("the measure application of %1 started on %2 in case %3 (import the credit platform's "
                   "packages first)")
                    .arg(application.value(QStringLiteral("department")).toString(),
                         application.value(QStringLiteral("started_on")).toString(),
                         payload.value(QStringLiteral("listing"))
                             .toObject()
                             .value(QStringLiteral("case_number"))
                             .toString());
            return applied;
        }
        Feedback entry;
        entry.handlingType = static_cast<int>(feedback.value(QStringLiteral("handling_type")).toInteger());
        entry.result = feedback.value(QStringLiteral("result")).toString();
        entry.action = feedback.value(QStringLiteral("action")).toString();
        entry.occurredOn = QDate::fromString(feedback.value(QStringLiteral("occurred_on")).toString(), Qt::ISODate);
        entry.reportedBy = feedback.value(QStringLiteral("reported_by")).toString();
        auto inserted = FeedbackRepository(m_db).insert(
            applicationId.value(), entry, feedback.value(QStringLiteral("recorded_at")).toString(),
            feedback.value(QStringLiteral("recorded_by")).toString(), fromDesk);
        if (!inserted)
            return Error{inserted.error()};
        applied.localId = inserted.value();
        applied.createdHere = true;
    }
    if (const Status status = rememberEntity(feedbackType, applied.localId, entityKey, version); !status)
        return Error{status.error()};
    return applied;
}

Status SyncRepository::writeCase(const QString &table, const SharedEntity &entity, const QStringList &columns,
                                 QVariantList values, const QHash<QString, QString> &assignments, Applied &applied)
{
    QSqlQuery write(m_db);
    if (entity.localId == 0) {
        QStringList placeholders;
        for (qsizetype i = 0; i < columns.size(); ++i)
            placeholders.append(QStringLiteral("?"));
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
    } else {
        QStringList set;
        for (const QString &column : columns)
            set.append(assignments.value(column, column + QStringLiteral(" = ?")));
        write.prepare(QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1 WHERE id = ?")
                          .arg(table, set.join(QStringLiteral(", "))));
        values.append(entity.localId);
    }
    for (const QVariant &value : values)
        write.addBindValue(value);
    if (const Status status = sql::exec(write, QT_TRANSLATE_NOOP("Database", "apply the case from the server"));
        !status)
        return status;
    applied.localId = entity.localId;
    if (applied.localId == 0) {
        applied.localId = write.lastInsertId().toLongLong();
        applied.createdHere = true;
    } else {
        auto waiting = hasWaitingChange(entity.type, applied.localId);
        if (!waiting)
            return Error{waiting.error()};
        applied.overrodeWaiting = waiting.value();
    }
    return rememberEntity(entity.type, applied.localId, entity.key, entity.version);
}

Result<bool> SyncRepository::hasWaitingChange(const QString &entityType, qint64 localId) const
{
    QSqlQuery waiting(m_db);
    waiting.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE entity_type = ? AND local_id = ? AND state = 0)"));
    waiting.addBindValue(entityType);
    waiting.addBindValue(localId);
    if (const Status status = sql::exec(waiting, QT_TRANSLATE_NOOP("Database", "look for this desk's unsent changes"));
        !status)
        return Error{status.error()};
    return waiting.next() && waiting.value(0).toBool();
}

Result<qint64> SyncRepository::subjectFor(const QJsonArray &identifiers) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT subject_id FROM subject_identifier WHERE type = ? AND value = ? LIMIT 1"));
    for (const QJsonValue &identifier : identifiers) {
        query.addBindValue(identifier.toArray().at(0).toInt());
        query.addBindValue(identifier.toArray().at(1).toString());
        if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find the subject of the change"));
            !status)
            return Error{status.error()};
        if (query.next())
            return query.value(0).toLongLong();
    }
    return 0;
}

Result<qint64> SyncRepository::breachFor(const QJsonObject &breach) const
{
    if (const QString key = breach.value(QStringLiteral("key")).toString(); !key.isEmpty()) {
        auto local = localIdOf(QStringLiteral("breach"), key);
        if (!local || local.value() > 0)
            return local;
    }
    RepairRepository repairs(m_db);
    // Any of the subject's identifiers: the desks may know the subject by different ones.
    for (const QJsonValue &identifier : breach.value(QStringLiteral("identifiers")).toArray()) {
        auto found =
            repairs.findBreachByDecision(identifier.toArray().at(0).toInt(), identifier.toArray().at(1).toString(),
                                         breach.value(QStringLiteral("authority")).toString(),
                                         breach.value(QStringLiteral("document_number")).toString());
        if (!found || found.value() > 0)
            return found;
    }
    return 0;
}

Result<std::pair<qint64, qint64>> SyncRepository::measureFor(const QJsonObject &measure) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT (SELECT m.id FROM measure m JOIN measure_source s ON s.id = m.source_id WHERE s.code = ? AND "
        "m.category_number = ? AND m.item_number = ? AND m.catalogue_version = ?), "
        "(SELECT id FROM department WHERE name = ?)"));
    query.addBindValue(measure.value(QStringLiteral("source")).toString());
    for (const char *field : {"category", "item", "catalogue_version"})
        query.addBindValue(measure.value(QLatin1String(field)).toInteger());
    query.addBindValue(measure.value(QStringLiteral("department")).toString());
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find the measure of the change"));
        !status)
        return Error{status.error()};
    query.next();
    return std::pair<qint64, qint64>(query.value(0).toLongLong(), query.value(1).toLongLong());
}

Result<SyncRepository::Applied> SyncRepository::applyExit(const QString &entityKey, int version,
                                                          const QJsonObject &payload, const QString &fromDesk)
{
    auto found = listingOf(payload);
    if (!found || !found->waitingFor.isEmpty())
        return found;
    Applied applied = found.value();
    const QJsonObject exit = payload.value(QStringLiteral("exit")).toObject();
    ListingExit mirror;
    mirror.listingId = applied.listingId;
    mirror.kind = static_cast<ListingExitKind>(exit.value(QStringLiteral("kind")).toInt());
    mirror.event = static_cast<DeletionEvent>(exit.value(QStringLiteral("deletion_event")).toInt());
    mirror.courtDecidedOn = QDate::fromString(exit.value(QStringLiteral("court_decided_on")).toString(), Qt::ISODate);
    mirror.dueOn = QDate::fromString(exit.value(QStringLiteral("due_on")).toString(), Qt::ISODate);
    mirror.mirroredOn = QDate::fromString(exit.value(QStringLiteral("mirrored_on")).toString(), Qt::ISODate);
    mirror.documentNumber = exit.value(QStringLiteral("document_number")).toString();
    mirror.creditor = exit.value(QStringLiteral("creditor")).toString();
    mirror.reason = exit.value(QStringLiteral("reason")).toString();
    mirror.recordedBy = exit.value(QStringLiteral("recorded_by")).toString();
    mirror.recordedAt = exit.value(QStringLiteral("recorded_at")).toString();
    mirror.fromDesk = fromDesk;
    const int kind = static_cast<int>(mirror.kind);
    const int event = static_cast<int>(mirror.event);
    // What the table and the rules require, checked here so that the message names the field; a
    // change this version cannot take waits, named, like a change of an unknown kind.
    const QString caseNumber =
        payload.value(QStringLiteral("listing")).toObject().value(QStringLiteral("case_number")).toString();
    const auto cannotTake = [&](const QString &why) {
        applied.waitingFor = tr("a court decision on case %1 that this desk cannot take: %2 (update CreditDesk on this "
                                "desk, or ask the other desk's office)")
                                 .arg(caseNumber, why);
        return applied;
    };
    if (kind != 1 && kind != 2)
        return cannotTake(tr("its kind is %1; 1 (revocation) and 2 (deletion) are known").arg(kind));
    // A deletion at the end of a fixed period (event 8) is never sent: each desk confirms it itself.
    if (event < 0 || event >= static_cast<int>(DeletionEvent::PeriodEnded) || (kind == 1) != (event == 0))
        return cannotTake(tr("its deletion event %1 does not fit its kind").arg(event));
    if (!mirror.courtDecidedOn.isValid() || !mirror.dueOn.isValid() || !mirror.mirroredOn.isValid()
        || mirror.courtDecidedOn > mirror.mirroredOn || mirror.recordedBy.isEmpty() || mirror.recordedAt.isEmpty())
        return cannotTake(tr("it names no valid court_decided_on (no later than mirrored_on), due_on, mirrored_on, "
                             "recorded_by or recorded_at"));
    if (mirror.event == DeletionEvent::CreditorApplied && mirror.creditor.trimmed().isEmpty())
        return cannotTake(tr("a deletion on the creditor's request that names no creditor"));
    auto state = listingState(applied.listingId);
    if (!state)
        return Error{state.error()};
    auto waiting = hasWaitingChange(QStringLiteral("exit"), applied.listingId);
    if (!waiting)
        return Error{waiting.error()};
    applied.overrodeWaiting = waiting.value();
    // A mirror of this desk that stands (the server accepted it under another key: the desks know
    // the subject by different identifiers), named in the audit entry.
    QSqlQuery own(m_db);
    own.prepare(QStringLiteral("SELECT max(e.id) FROM listing_exit e JOIN sync_outbox b ON b.entity_type = 'exit' "
                               "AND b.event_id = e.id AND b.state = 1 WHERE e.listing_id = ? AND e.from_desk IS NULL "
                               "AND e.refused_at IS NULL"));
    own.addBindValue(applied.listingId);
    if (const Status status = sql::exec(own, QT_TRANSLATE_NOOP("Database", "find this desk's own mirror")); !status)
        return Error{status.error()};
    if (own.next())
        applied.ownMirror = own.value(0).toLongLong();
    auto inserted = ListingExitRepository(m_db).insertExit(
        mirror, exit.value(QStringLiteral("creditor_key")).toString(), state.value());
    if (!inserted)
        return Error{inserted.error()};
    applied.localId = applied.listingId;
    applied.exitId = inserted.value();
    applied.createdHere = true;
    if (const Status status = rememberEntity(QStringLiteral("exit"), applied.listingId, entityKey, version); !status)
        return Error{status.error()};
    return applied;
}

Result<qint64> SyncRepository::sharedRowOf(const QString &entityType, const QString &entityKey,
                                           const std::function<Result<qint64>()> &sameRow) const
{
    auto local = localIdOf(entityType, entityKey);
    if (!local || local.value() > 0)
        return local;
    return sameRow();
}

Status SyncRepository::takeExisting(const QString &entityType, qint64 localId, Applied &applied) const
{
    applied.localId = localId;
    auto waiting = hasWaitingChange(entityType, localId);
    if (!waiting)
        return Error{waiting.error()};
    applied.overrodeWaiting = waiting.value();
    return {};
}

Result<SyncRepository::Applied> SyncRepository::applyCorrection(const QString &entityKey, int version,
                                                                const QJsonObject &payload, const QString &fromDesk)
{
    auto found = listingOf(payload);
    if (!found || !found->waitingFor.isEmpty())
        return found;
    Applied applied = found.value();
    const QJsonObject shared = payload.value(QStringLiteral("correction")).toObject();
    ListingCorrection correction;
    correction.listingId = applied.listingId;
    correction.field = shared.value(QStringLiteral("field")).toString();
    correction.newValue = shared.value(QStringLiteral("new_value")).toString();
    correction.reason = shared.value(QStringLiteral("reason")).toString();
    correction.state = static_cast<ListingCorrection::State>(shared.value(QStringLiteral("state")).toInt());
    correction.registeredBy = shared.value(QStringLiteral("registered_by")).toString();
    const QString registeredAt = shared.value(QStringLiteral("registered_at")).toString();
    correction.registeredAt = QDateTime::fromString(registeredAt, Qt::ISODateWithMs);
    correction.decidedBy = shared.value(QStringLiteral("decided_by")).toString();
    correction.decidedAt =
        QDateTime::fromString(shared.value(QStringLiteral("decided_at")).toString(), Qt::ISODateWithMs);
    correction.decisionReason = shared.value(QStringLiteral("decision_reason")).toString();
    // What the table and the rules require, checked here so that the message names the field; a
    // change this version cannot take waits, named, like a change of an unknown kind.
    const QString caseNumber =
        payload.value(QStringLiteral("listing")).toObject().value(QStringLiteral("case_number")).toString();
    const auto cannotTake = [&](const QString &why) {
        applied.waitingFor = tr("a correction of case %1 that this desk cannot take: %2 (update CreditDesk on this "
                                "desk, or ask the other desk's office)")
                                 .arg(caseNumber, why);
        return applied;
    };
    if (!ListingCorrection::correctableFields().contains(correction.field))
        return cannotTake(tr("this version does not correct the field \"%1\"").arg(correction.field));
    const int state = static_cast<int>(correction.state);
    // A rejection changes nothing: its value is not checked.
    if (correction.state != ListingCorrection::State::Rejected) {
        if (const Status valid = ListingCorrection::validateValue(correction.field, correction.newValue); !valid)
            return cannotTake(valid.error());
    }
    if (state < 1 || state > 3)
        return cannotTake(tr("its state is %1; 1 (waiting), 2 (approved) and 3 (rejected) are known").arg(state));
    if (correction.reason.trimmed().isEmpty() || correction.registeredBy.isEmpty() || !correction.registeredAt.isValid()
        || correction.registeredAt.toString(Qt::ISODateWithMs) != registeredAt)
        return cannotTake(tr("it names no valid reason, registered_by or registered_at"));
    const bool decided = correction.state != ListingCorrection::State::Pending;
    if (decided
        && (correction.decidedBy.isEmpty() || !correction.decidedAt.isValid()
            || correction.decisionReason.trimmed().isEmpty()))
        return cannotTake(tr("its decision names no decided_by, decided_at or decision_reason"));

    ListingCorrectionRepository corrections(m_db);
    // A correction this desk has from a copy of the same cache (registered before the desks joined)
    // is found by what it is.
    auto local = sharedRowOf(QStringLiteral("correction"), entityKey, [&] {
        return corrections.findRegistered(applied.listingId, correction.field, correction.registeredBy, registeredAt);
    });
    if (!local)
        return Error{local.error()};
    if (local.value() == 0) {
        // Waiting for a decision: the old value and the listing's version as they are here, what a
        // decision here checks and what a refused approval puts back. Decided already (its
        // registration never travelled: made before its desk joined): the old value it was
        // registered against, so that an approval does not overwrite a field changed here.
        const auto current = corrections.currentValue(applied.listingId, correction.field);
        if (!current)
            return Error{tr("Listing %1 does not exist.").arg(applied.listingId)};
        correction.oldValue =
            decided ? shared.value(QStringLiteral("old_value")).toVariant().toString() : current->value;
        correction.listingVersion = current->rowVersion;
        auto inserted = corrections.insertFromDesk(correction, fromDesk);
        if (!inserted)
            return Error{inserted.error()};
        applied.localId = inserted.value();
        applied.createdHere = true;
    } else {
        if (const Status status = takeExisting(QStringLiteral("correction"), local.value(), applied); !status)
            return Error{status.error()};
        // A decision taken on another desk first stands here too, over one of this desk not yet sent
        // (which the server will refuse), or over one taken here before this desk joined (never sent).
        if (decided) {
            const auto before = corrections.find(applied.localId);
            if (!before)
                return Error{tr("Correction %1 does not exist.").arg(applied.localId)};
            applied.overrodeOwnApproval = !applied.overrodeWaiting && before->decidedOnDesk.isEmpty()
                                          && before->state == ListingCorrection::State::Approved;
            if (const Status status = corrections.recordDecisionFrom(applied.localId, correction, fromDesk); !status)
                return Error{status.error()};
        }
    }
    if (const Status status = rememberEntity(QStringLiteral("correction"), applied.localId, entityKey, version);
        !status)
        return Error{status.error()};
    return applied;
}

Result<SyncRepository::Applied> SyncRepository::applyWhitelist(const QString &entityKey, int version,
                                                               const QJsonObject &payload, const QString &fromDesk)
{
    auto found = listingOf(payload);
    if (!found || !found->waitingFor.isEmpty())
        return found;
    Applied applied = found.value();
    const QJsonObject shared = payload.value(QStringLiteral("entry")).toObject();
    WhitelistEntry entry;
    entry.listingId = applied.listingId;
    entry.applicantKey = shared.value(QStringLiteral("applicant_key")).toString();
    entry.officeKey = shared.value(QStringLiteral("office_key")).toString();
    entry.applicantName = shared.value(QStringLiteral("applicant_name")).toString();
    entry.identifierMasked = shared.value(QStringLiteral("identifier_masked")).toString();
    entry.reason = shared.value(QStringLiteral("reason")).toString();
    entry.expiresOn = QDate::fromString(shared.value(QStringLiteral("expires_on")).toString(), Qt::ISODate);
    entry.createdBy = shared.value(QStringLiteral("created_by")).toString();
    entry.createdAt = shared.value(QStringLiteral("created_at")).toString();
    entry.revokedBy = shared.value(QStringLiteral("revoked_by")).toString();
    entry.revokedAt = shared.value(QStringLiteral("revoked_at")).toString();
    entry.revokeReason = shared.value(QStringLiteral("revoke_reason")).toString();
    // What the table and the rules require, checked here so that the message names the field; a
    // change this version cannot take waits, named, like a change of an unknown kind.
    const QString caseNumber =
        payload.value(QStringLiteral("listing")).toObject().value(QStringLiteral("case_number")).toString();
    const auto cannotTake = [&](const QString &why) {
        applied.waitingFor = tr("a whitelist entry on case %1 that this desk cannot take: %2 (update CreditDesk on "
                                "this desk, or ask the other desk's office)")
                                 .arg(caseNumber, why);
        return applied;
    };
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!sha256.match(entry.applicantKey).hasMatch())
        return cannotTake(tr("its applicant key is not a SHA-256"));
    static const QRegularExpression fingerprint(QStringLiteral("^[0-9a-f]{4}-[0-9a-f]{4}$"));
    if (!entry.officeKey.isEmpty() && !fingerprint.match(entry.officeKey).hasMatch())
        return cannotTake(tr("its office key is not a fingerprint"));
    if (entry.applicantName.trimmed().isEmpty() || entry.identifierMasked.isEmpty() || entry.reason.trimmed().isEmpty()
        || !entry.expiresOn.isValid() || entry.createdBy.isEmpty() || entry.createdAt.isEmpty())
        return cannotTake(tr("it names no applicant_name, identifier_masked, reason, valid expires_on, created_by or "
                             "created_at"));
    // An entry lasts at most a year from the day it was made (a day's leeway: the time is UTC, the
    // day the officer's).
    const QDateTime createdAt = QDateTime::fromString(entry.createdAt, Qt::ISODateWithMs);
    if (!createdAt.isValid())
        return cannotTake(tr("its created_at is not a time"));
    if (entry.expiresOn > latestWhitelistEnd(createdAt.toUTC().date().addDays(1)))
        return cannotTake(
            tr("it lasts until %1, more than a year after it was made").arg(entry.expiresOn.toString(Qt::ISODate)));
    const bool revoked = !entry.revokedBy.isEmpty();
    if (revoked && (entry.revokedAt.isEmpty() || entry.revokeReason.trimmed().isEmpty()))
        return cannotTake(tr("its revocation names no revoked_at or revoke_reason"));
    auto subject = listingSubject(applied.listingId);
    if (!subject)
        return Error{subject.error()};
    entry.subjectId = subject.value();

    // The applicant is named by the key keyed with the office key (OfficeKey). One with the plain
    // key (sent by an earlier version) is keyed here when this desk has the office key. One keyed
    // with another key than this desk's is kept as it came: it clears nobody here until this desk
    // has that key (then it does, unchanged).
    auto officeKey = OfficeKeyRepository(m_db).key();
    if (!officeKey)
        return Error{officeKey.error()};
    if (entry.officeKey.isEmpty()) {
        entry.applicantKey = officeKey->applicantMatchKey(entry.applicantKey);
        entry.officeKey = officeKey->fingerprint();
    }
    applied.otherOfficeKey = officeKey->isOtherKey(entry.officeKey);

    ScreeningReviewRepository review(m_db);
    // An entry this desk has from a copy of the same cache (added before the desks joined) is found
    // by who added it and when, on its listing: its applicant key may be plain here, keyed there.
    auto local = sharedRowOf(QStringLiteral("whitelist"), entityKey, [&] { return review.findWhitelistEntry(entry); });
    if (!local)
        return Error{local.error()};
    if (local.value() == 0) {
        auto inserted = review.insertWhitelistFromDesk(entry, fromDesk);
        if (!inserted)
            return Error{inserted.error()};
        applied.localId = inserted.value();
        applied.createdHere = true;
    } else {
        if (const Status status = takeExisting(QStringLiteral("whitelist"), local.value(), applied); !status)
            return Error{status.error()};
        // The revocation that reached the server first names who revoked it, on every desk (also
        // over this desk's own revocation not yet sent, which the server will refuse).
        if (revoked) {
            if (const Status status = review.recordRevocationFrom(applied.localId, entry, fromDesk); !status)
                return Error{status.error()};
        }
    }
    if (const Status status = rememberEntity(QStringLiteral("whitelist"), applied.localId, entityKey, version); !status)
        return Error{status.error()};
    return applied;
}

Result<SyncRepository::Applied> SyncRepository::applyBreach(const QString &entityKey, int version,
                                                            const QJsonObject &payload, const QString &fromDesk)
{
    Applied applied;
    const QJsonObject breach = payload.value(QStringLiteral("breach")).toObject();
    const QString documentNumber = breach.value(QStringLiteral("document_number")).toString();
    if (breach.isEmpty() || documentNumber.isEmpty())
        return Error{tr("The change carries no breach information.")};
    const QString breachType = QStringLiteral("breach");
    auto known = localIdOf(breachType, entityKey);
    if (!known)
        return Error{known.error()};
    if (known.value() > 0) {
        applied.localId = applied.breachId = known.value();
        return applied;
    }
    // Recorded on this desk too, or on the copy of the cache the desks started from.
    auto existing = breachFor(QJsonObject{{QStringLiteral("identifiers"), breach.value(QStringLiteral("identifiers"))},
                                          {QStringLiteral("authority"), breach.value(QStringLiteral("authority"))},
                                          {QStringLiteral("document_number"), documentNumber}});
    if (!existing)
        return Error{existing.error()};
    if (existing.value() > 0) {
        applied.localId = applied.breachId = existing.value();
        return applied;
    }
    auto subject = subjectFor(breach.value(QStringLiteral("identifiers")).toArray());
    if (!subject)
        return Error{subject.error()};
    if (subject.value() == 0) {
        applied.waitingFor = tr("the subject of breach information %1 (import the credit platform's packages first)")
                                 .arg(documentNumber);
        return applied;
    }
    QList<std::pair<qint64, qint64>> measures;
    QStringList startedOn;
    for (const QJsonValue &value : breach.value(QStringLiteral("measures")).toArray()) {
        const QJsonObject measure = value.toObject();
        auto found = measureFor(measure);
        if (!found)
            return Error{found.error()};
        if (found->first == 0 || found->second == 0) {
            applied.waitingFor =
                tr("the measure %1 %2-%3 of catalogue version %4 applied by %5 (import the catalogue update first)")
                    .arg(measure.value(QStringLiteral("source")).toString())
                    .arg(measure.value(QStringLiteral("category")).toInteger())
                    .arg(measure.value(QStringLiteral("item")).toInteger())
                    .arg(measure.value(QStringLiteral("catalogue_version")).toInteger())
                    .arg(measure.value(QStringLiteral("department")).toString());
            return applied;
        }
        measures.append(found.value());
        startedOn.append(measure.value(QStringLiteral("started_on")).toString());
    }
    BreachRecord record;
    record.subjectId = subject.value();
    record.tier = static_cast<BreachTier>(breach.value(QStringLiteral("tier")).toInt());
    record.decisionDate = QDate::fromString(breach.value(QStringLiteral("decision_date")).toString(), Qt::ISODate);
    record.authority = breach.value(QStringLiteral("authority")).toString();
    record.documentNumber = documentNumber;
    record.behaviour = breach.value(QStringLiteral("behaviour")).toString();
    record.ruleSet = breach.value(QStringLiteral("rule_set")).toString();
    record.maximumUntil = QDate::fromString(breach.value(QStringLiteral("maximum_until")).toString(), Qt::ISODate);
    record.state = BreachState::Published;
    if (!record.decisionDate.isValid() || !record.maximumUntil.isValid() || record.authority.isEmpty())
        return Error{tr("Breach information %1 names no valid decision date, end of publication or authority.")
                         .arg(documentNumber)};
    RepairRepository repairs(m_db);
    auto inserted = repairs.insertBreach(record, breach.value(QStringLiteral("recorded_by")).toString(),
                                         breach.value(QStringLiteral("recorded_at")).toString(), fromDesk);
    if (!inserted)
        return Error{inserted.error()};
    for (qsizetype index = 0; index < measures.size(); ++index) {
        if (const Status status =
                repairs.insertBreachMeasure(inserted.value(), measures.at(index).first, measures.at(index).second,
                                            QDate::fromString(startedOn.at(index), Qt::ISODate));
            !status)
            return Error{status.error()};
    }
    applied.localId = applied.breachId = inserted.value();
    applied.createdHere = true;
    if (const Status status = rememberEntity(breachType, applied.localId, entityKey, version); !status)
        return Error{status.error()};
    return applied;
}

Result<SyncRepository::Applied> SyncRepository::applyRepair(const QString &entityKey, int version,
                                                            const QJsonObject &payload,
                                                            const QByteArray &evidenceContent, const QString &fromDesk)
{
    Applied applied;
    const QJsonObject breach = payload.value(QStringLiteral("breach")).toObject();
    const QJsonObject application = payload.value(QStringLiteral("application")).toObject();
    const QJsonObject event = payload.value(QStringLiteral("event")).toObject();
    const QJsonObject evidence = payload.value(QStringLiteral("evidence")).toObject();
    if (breach.isEmpty() || application.isEmpty() || (event.isEmpty() == evidence.isEmpty()))
        return Error{tr("The change carries no breach information, no application, or neither a step nor a file.")};
    auto breachId = breachFor(breach);
    if (!breachId)
        return Error{breachId.error()};
    if (breachId.value() == 0) {
        applied.waitingFor = tr("the breach information %1 of %2 (recorded on the other desk before it joined the "
                                "server: record it on this desk as well)")
                                 .arg(breach.value(QStringLiteral("document_number")).toString(),
                                      breach.value(QStringLiteral("authority")).toString());
        return applied;
    }
    applied.breachId = breachId.value();

    const QString repairType = QStringLiteral("repair");
    auto local = localIdOf(repairType, entityKey);
    if (!local)
        return Error{local.error()};
    if (local.value() == 0) {
        // Registered before the desks joined, on the copy of the cache they started from.
        QSqlQuery same(m_db);
        // Not one already shared with the other desks: another application, registered the same
        // millisecond.
        same.prepare(QStringLiteral("SELECT id FROM repair_application a WHERE breach_id = ? AND registered_by = ? "
                                    "AND registered_at = ? AND NOT EXISTS (SELECT 1 FROM sync_entity e WHERE "
                                    "e.entity_type = 'repair' AND e.local_id = a.id)"));
        same.addBindValue(applied.breachId);
        same.addBindValue(application.value(QStringLiteral("registered_by")).toString());
        same.addBindValue(application.value(QStringLiteral("registered_at")).toString());
        if (const Status status = sql::exec(same, QT_TRANSLATE_NOOP("Database", "find the repair application"));
            !status)
            return Error{status.error()};
        if (same.next())
            local = same.value(0).toLongLong();
    }

    if (local.value() == 0) {
        // Registered on two desks before either heard of the other: both stay, for the officers
        // to withdraw one (the audit entry names the other).
        auto open = RepairRepository(m_db).openOnBreach(applied.breachId);
        if (!open)
            return Error{open.error()};
        applied.alsoOpen = open.value().value_or(0);
    }
    QStringList columns{QStringLiteral("breach_id")};
    QVariantList values{applied.breachId};
    for (const char *column : repairColumns) {
        columns.append(QLatin1String(column));
        values.append(bindable(application.value(QLatin1String(column))));
    }
    if (const Status status = writeCase(QStringLiteral("repair_application"),
                                        {repairType, entityKey, version, local.value()}, columns, values, {}, applied);
        !status)
        return Error{status.error()};

    RepairRepository repairs(m_db);
    if (!evidence.isEmpty()) {
        const QString sha256 = evidence.value(QStringLiteral("sha256")).toString();
        if (EvidenceFile::digestOf(evidenceContent) != sha256)
            return Error{tr("The evidence file %1 does not match its SHA-256.")
                             .arg(evidence.value(QStringLiteral("file_name")).toString())};
        RepairRepository::Evidence file;
        file.applicationId = applied.localId;
        file.kind = static_cast<RepairEvidenceKind>(evidence.value(QStringLiteral("kind")).toInt());
        file.fileName = evidence.value(QStringLiteral("file_name")).toString();
        file.mediaType = evidence.value(QStringLiteral("media_type")).toString();
        file.size = evidenceContent.size();
        file.sha256 = sha256;
        file.addedBy = evidence.value(QStringLiteral("added_by")).toString();
        file.addedAt = evidence.value(QStringLiteral("added_at")).toString();
        if (auto added = repairs.addEvidence(file, evidenceContent, fromDesk); !added)
            return Error{added.error()};
        return applied;
    }
    QSqlQuery step(m_db);
    step.prepare(QStringLiteral("INSERT INTO repair_event (application_id, from_state, to_state, acted_on, "
                                "recorded_at, actor, reason, details, from_desk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    step.addBindValue(applied.localId);
    for (const char *field : {"from_state", "to_state", "acted_on", "recorded_at", "actor", "reason"})
        step.addBindValue(bindable(event.value(QLatin1String(field))));
    // The measures and notifications the deciding desk lifted are its rows: what was lifted here
    // goes into this desk's audit entry instead.
    QJsonObject details = event.value(QStringLiteral("details")).toObject();
    details.remove(QStringLiteral("lifted"));
    step.addBindValue(QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    step.addBindValue(fromDesk);
    if (const Status status =
            sql::exec(step, QT_TRANSLATE_NOOP("Database", "record the repair application's step from the server"));
        !status)
        return Error{status.error()};
    return applied;
}

Result<QByteArray> SyncRepository::evidenceOf(const OutgoingChange &change) const
{
    const QString sha256 =
        change.payload.value(QStringLiteral("evidence")).toObject().value(QStringLiteral("sha256")).toString();
    auto content = RepairRepository(m_db).evidenceContentByDigest(change.localId, sha256);
    if (!content)
        return Error{content.error()};
    if (EvidenceFile::digestOf(content.value()) != sha256)
        return Error{tr("The evidence file %1 of repair application %2 is missing or damaged on this desk.")
                         .arg(sha256)
                         .arg(change.localId)};
    return content;
}

Status SyncRepository::setAside(const ServerStore::PulledChange &change, const QString &waitingFor, const QString &at)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_set_aside (sequence, desk_id, change_id, entity_type, "
                                 "entity_key, version, action, payload, actor, reason, waiting_for, set_aside_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value :
         {QVariant(change.sequence), QVariant(change.deskId), QVariant(change.change.changeId),
          QVariant(change.change.entityType), QVariant(change.change.entityKey), QVariant(change.version),
          QVariant(change.change.action),
          QVariant(QString::fromUtf8(QJsonDocument(change.change.payload).toJson(QJsonDocument::Compact))),
          QVariant(change.change.actor), QVariant(change.change.reason), QVariant(waitingFor), QVariant(at)})
        query.addBindValue(value);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "set a change aside"));
}

Result<QList<ServerStore::PulledChange>> SyncRepository::setAsideChanges() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT sequence, desk_id, version, change_id, entity_type, entity_key, action, "
                                 "payload, actor, reason FROM sync_set_aside ORDER BY sequence"));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the changes set aside")); !status)
        return Error{status.error()};
    QList<ServerStore::PulledChange> changes;
    while (query.next()) {
        ServerStore::PulledChange change;
        change.sequence = query.value(0).toLongLong();
        change.deskId = query.value(1).toString();
        change.version = query.value(2).toInt();
        change.change.changeId = query.value(3).toString();
        change.change.entityType = query.value(4).toString();
        change.change.entityKey = query.value(5).toString();
        change.change.action = query.value(6).toString();
        change.change.payload = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
        change.change.actor = query.value(8).toString();
        change.change.reason = query.value(9).toString();
        changes.append(change);
    }
    return changes;
}

Result<bool> SyncRepository::updateSetAside(qint64 sequence, const QString &waitingFor)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_set_aside SET waiting_for = ? WHERE sequence = ? AND waiting_for <> ?"));
    query.addBindValue(waitingFor);
    query.addBindValue(sequence);
    query.addBindValue(waitingFor);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "record why a change set aside waits"));
        !status)
        return Error{status.error()};
    return query.numRowsAffected() > 0;
}

Status SyncRepository::removeSetAside(qint64 sequence)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM sync_set_aside WHERE sequence = ?"));
    query.addBindValue(sequence);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "remove a change set aside"));
}

Result<int> SyncRepository::listingState(qint64 listingId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT state FROM listing WHERE id = ?"));
    query.addBindValue(listingId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the listing's state")); !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toInt() : 0;
}

Result<qint64> SyncRepository::listingSubject(qint64 listingId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT subject_id FROM listing WHERE id = ?"));
    query.addBindValue(listingId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find the listing's subject")); !status)
        return Error{status.error()};
    if (!query.next())
        return Error{tr("Listing %1 does not exist.").arg(listingId)};
    return query.value(0).toLongLong();
}

Status SyncRepository::markNotificationFrom(qint64 notificationId, const QString &fromDesk)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE outgoing_notification SET from_desk = ? WHERE id = ?"));
    query.addBindValue(fromDesk);
    query.addBindValue(notificationId);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "mark the notification as the other desk's"));
}

Result<QList<SyncRepository::OutgoingChange>> SyncRepository::changesToUndo(const QString &entityType, qint64 localId,
                                                                            qint64 fromId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT ") + outgoingColumns + outgoingFromClause
                  + QStringLiteral(" WHERE b.entity_type = ? AND b.local_id = ? AND b.id >= ? AND b.state IN (0, 2) "
                                   "AND b.undone_at IS NULL ORDER BY b.id DESC"));
    query.addBindValue(entityType);
    query.addBindValue(localId);
    query.addBindValue(fromId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the changes of the case to undo"));
        !status)
        return Error{status.error()};
    QList<OutgoingChange> changes;
    while (query.next())
        changes.append(outgoingFrom(query, 0));
    return changes;
}

Status SyncRepository::markUndone(qint64 id, const QString &at)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_outbox SET undone_at = ? WHERE id = ?"));
    query.addBindValue(at);
    query.addBindValue(id);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "remember the change was undone"));
}

Result<bool> SyncRepository::hasRefusedChange(const QString &entityType, qint64 localId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT EXISTS (SELECT 1 FROM sync_outbox WHERE entity_type = ? AND local_id = ? AND state = 2)"));
    query.addBindValue(entityType);
    query.addBindValue(localId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "look for a refused change")); !status)
        return Error{status.error()};
    return query.next() && query.value(0).toBool();
}

Result<bool> SyncRepository::hasOpenConflict(const QString &entityType, qint64 localId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM sync_conflict c JOIN sync_outbox b ON b.id = "
                                 "c.outbox_id WHERE c.resolution = 0 AND b.entity_type = ? AND b.local_id = ?)"));
    query.addBindValue(entityType);
    query.addBindValue(localId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "look for an open conflict")); !status)
        return Error{status.error()};
    return query.next() && query.value(0).toBool();
}

Result<SyncRepository::Counts> SyncRepository::counts() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT (SELECT count(*) FROM sync_outbox WHERE state = 0), "
                                 "(SELECT count(*) FROM sync_conflict WHERE resolution = 0), "
                                 "(SELECT count(*) FROM sync_set_aside), "
                                 "(SELECT count(*) FROM sync_outbox b WHERE b.state = 0 AND ")
                  + whitelistWaitingForOfficeKey + u')');
    if (const Status status =
            sql::exec(query, QT_TRANSLATE_NOOP("Database", "count the changes to send and the conflicts"));
        !status)
        return Error{status.error()};
    query.next();
    return Counts{query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt(), query.value(3).toInt()};
}

namespace {

// The case a conflict concerns, whatever its kind: an objection (o, on listing l), a repair
// application (r, on breach information rb), the court's decision on a listing (x, whose
// standing mirror is the latest one not refused), a correction of a listing (k, of listing kl), or
// a screening whitelist entry (w, against listing wl; state 1 in effect, 2 revoked).
const QString conflictSelect = QStringLiteral(
    "SELECT c.id, c.server_conflict_id, c.server_version, c.detected_at, c.resolution, c.resolved_by, "
    "c.resolved_at, c.resolution_reason, coalesce(o.id, r.id, x.id, k.id, w.id), coalesce(l.case_number, "
    "rb.document_number, x.case_number, kl.case_number, wl.case_number), coalesce(o.state, r.state, x.state, "
    "k.state, CASE WHEN w.id IS NULL THEN NULL WHEN w.revoked_by IS NULL THEN 1 ELSE 2 END), "
    "coalesce(o.decided_by, r.decided_by, (SELECT xe.recorded_by FROM listing_exit xe WHERE xe.listing_id = x.id AND "
    "xe.refused_at IS NULL ORDER BY xe.id DESC LIMIT 1), k.decided_by, w.revoked_by), coalesce(l.subject_id, "
    "rb.subject_id, x.subject_id, kl.subject_id, wl.subject_id), ");
const QString conflictJoins = QStringLiteral(
    " JOIN sync_conflict c ON c.outbox_id = b.id LEFT JOIN objection o ON b.entity_type = 'objection' AND "
    "o.id = b.local_id LEFT JOIN listing l ON l.id = o.listing_id LEFT JOIN repair_application r ON "
    "b.entity_type = 'repair' AND r.id = b.local_id LEFT JOIN breach_record rb ON rb.id = r.breach_id "
    "LEFT JOIN listing x ON b.entity_type = 'exit' AND x.id = b.local_id LEFT JOIN listing_correction k ON "
    "b.entity_type = 'correction' AND k.id = b.local_id LEFT JOIN listing kl ON kl.id = k.listing_id LEFT JOIN "
    "screening_whitelist w ON b.entity_type = 'whitelist' AND w.id = b.local_id LEFT JOIN listing wl ON wl.id = "
    "w.listing_id");

SyncRepository::Conflict conflictFrom(const QSqlQuery &query)
{
    SyncRepository::Conflict conflict;
    conflict.id = query.value(0).toLongLong();
    conflict.serverConflictId = query.value(1).toLongLong();
    conflict.serverVersion = query.value(2).toInt();
    conflict.detectedAt = query.value(3).toString();
    conflict.resolution = query.value(4).toInt();
    conflict.resolvedBy = query.value(5).toString();
    conflict.resolvedAt = query.value(6).toString();
    conflict.resolutionReason = query.value(7).toString();
    conflict.caseId = query.value(8).toLongLong();
    conflict.caseNumber = query.value(9).toString();
    conflict.currentState = query.value(10).toInt();
    conflict.currentDecidedBy = query.value(11).toString();
    conflict.subjectId = query.value(12).toLongLong();
    conflict.change = outgoingFrom(query, 13);
    return conflict;
}

} // namespace

Result<QList<SyncRepository::Conflict>> SyncRepository::conflicts(bool openOnly) const
{
    QSqlQuery query(m_db);
    query.prepare(conflictSelect + outgoingColumns + outgoingFromClause + conflictJoins
                  + (openOnly ? QStringLiteral(" WHERE c.resolution = 0") : QString())
                  + QStringLiteral(" ORDER BY c.id"));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the conflicts")); !status)
        return Error{status.error()};
    QList<Conflict> conflicts;
    while (query.next())
        conflicts.append(conflictFrom(query));
    return conflicts;
}

Result<std::optional<SyncRepository::Conflict>> SyncRepository::conflict(qint64 id) const
{
    QSqlQuery query(m_db);
    query.prepare(conflictSelect + outgoingColumns + outgoingFromClause + conflictJoins
                  + QStringLiteral(" WHERE c.id = ?"));
    query.addBindValue(id);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the conflict")); !status)
        return Error{status.error()};
    if (!query.next())
        return std::optional<Conflict>();
    return std::optional<Conflict>(conflictFrom(query));
}

Result<bool> SyncRepository::resolve(qint64 id, int resolution, const QString &actor, const QString &reason,
                                     const QString &at)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_conflict SET resolution = ?, resolved_by = ?, resolved_at = ?, "
                                 "resolution_reason = ? WHERE id = ? AND resolution = 0"));
    query.addBindValue(resolution);
    query.addBindValue(actor);
    query.addBindValue(at);
    query.addBindValue(reason);
    query.addBindValue(id);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "resolve the conflict")); !status)
        return Error{status.error()};
    return query.numRowsAffected() == 1;
}

Result<QList<SyncRepository::Conflict>> SyncRepository::unreportedResolutions() const
{
    QSqlQuery query(m_db);
    query.prepare(conflictSelect + outgoingColumns + outgoingFromClause + conflictJoins
                  + QStringLiteral(" WHERE c.resolution <> 0 AND c.reported = 0 ORDER BY c.id"));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the resolutions to report"));
        !status)
        return Error{status.error()};
    QList<Conflict> conflicts;
    while (query.next())
        conflicts.append(conflictFrom(query));
    return conflicts;
}

Status SyncRepository::markReported(qint64 id)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE sync_conflict SET reported = 1 WHERE id = ?"));
    query.addBindValue(id);
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "remember the resolution was reported"));
}

} // namespace creditdesk
