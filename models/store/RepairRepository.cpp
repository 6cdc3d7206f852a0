#include "RepairRepository.h"

#include "CaseJournal.h"
#include "Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace creditdesk {

using sql::dateOf;
using sql::dateOrNull;
using sql::textOf;

namespace {

const QString breachColumns =
    QStringLiteral("b.id, b.subject_id, b.tier, b.decision_date, b.authority, b.document_number, b.behaviour, "
                   "b.rule_set, b.maximum_until, b.state, b.stopped_on, b.stop_reason, b.row_version");

BreachRecord readBreach(const QSqlQuery &query)
{
    BreachRecord record;
    record.id = query.value(0).toLongLong();
    record.subjectId = query.value(1).toLongLong();
    record.tier = static_cast<BreachTier>(query.value(2).toInt());
    record.decisionDate = dateOf(query.value(3));
    record.authority = query.value(4).toString();
    record.documentNumber = query.value(5).toString();
    record.behaviour = query.value(6).toString();
    record.ruleSet = query.value(7).toString();
    record.maximumUntil = dateOf(query.value(8));
    record.state = static_cast<BreachState>(query.value(9).toInt());
    record.stoppedOn = dateOf(query.value(10));
    record.stopReason = query.value(11).toString();
    record.rowVersion = query.value(12).toLongLong();
    return record;
}

const QString applicationColumns = QStringLiteral(
    "a.id, a.breach_id, b.subject_id, s.name, a.rule_set, a.state, a.applicant_name, a.applicant_contact, "
    "a.received_on, a.due_on, a.statement, a.decided_by, a.decided_on, a.decision_reason, a.registered_by, "
    "a.state_since, a.row_version FROM repair_application a JOIN breach_record b ON b.id = a.breach_id "
    "JOIN subject s ON s.id = b.subject_id");

RepairApplication readApplication(const QSqlQuery &query)
{
    RepairApplication application;
    application.id = query.value(0).toLongLong();
    application.breachId = query.value(1).toLongLong();
    application.subjectId = query.value(2).toLongLong();
    application.subjectName = query.value(3).toString();
    application.ruleSet = query.value(4).toString();
    application.state = static_cast<RepairState>(query.value(5).toInt());
    application.applicantName = query.value(6).toString();
    application.applicantContact = query.value(7).toString();
    application.receivedOn = dateOf(query.value(8));
    application.dueOn = dateOf(query.value(9));
    application.statement = query.value(10).toString();
    application.decidedBy = query.value(11).toString();
    application.decidedOn = dateOf(query.value(12));
    application.decisionReason = query.value(13).toString();
    application.registeredBy = query.value(14).toString();
    application.stateSince = dateOf(query.value(15));
    application.rowVersion = query.value(16).toLongLong();
    return application;
}

} // namespace

RepairRepository::RepairRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<RepairRuleBook> RepairRepository::ruleBook() const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT code, title, document, effective_from, effective_to, tier, minimum_months, "
                                 "maximum_months, processing_working_days, version, source FROM repair_rule "
                                 "ORDER BY effective_from, tier"));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the repair rules")); !status)
        return Error{status.error()};
    QList<RepairRuleSet> sets;
    while (query.next()) {
        const QString code = query.value(0).toString();
        if (sets.isEmpty() || sets.last().code != code) {
            RepairRuleSet set;
            set.code = code;
            set.title = query.value(1).toString();
            set.document = query.value(2).toString();
            set.effectiveFrom = dateOf(query.value(3));
            set.effectiveTo = dateOf(query.value(4));
            set.processingWorkingDays = query.value(8).toInt();
            set.version = query.value(9).toInt();
            set.source = query.value(10).toString();
            sets.append(set);
        }
        const int tier = query.value(5).toInt();
        if (tier >= 1 && tier <= 3)
            sets.last().periods.at(static_cast<std::size_t>(tier) - 1) = {query.value(6).toInt(),
                                                                          query.value(7).toInt()};
    }
    return RepairRuleBook::fromRuleSets(sets);
}

Status RepairRepository::replaceRules(const RepairRuleBook &book, const QString &source)
{
    QSqlQuery version(m_db);
    version.prepare(QStringLiteral("SELECT coalesce(max(version), 0) FROM repair_rule"));
    if (const Status status = sql::exec(version, QT_TRANSLATE_NOOP("Database", "read the rule version")); !status)
        return status;
    const int next = version.next() ? version.value(0).toInt() + 1 : 1;
    if (const Status status = sql::run(m_db, QStringLiteral("DELETE FROM repair_rule"),
                                       QT_TRANSLATE_NOOP("Database", "replace the repair rules"));
        !status)
        return status;
    QSqlQuery insert(m_db);
    if (const Status status =
            sql::prepare(insert, QStringLiteral("INSERT INTO repair_rule (code, title, document, effective_from, "
                                                "effective_to, tier, minimum_months, maximum_months, "
                                                "processing_working_days, version, source) "
                                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        !status)
        return status;
    for (const RepairRuleSet &set : book.ruleSets()) {
        for (const BreachTier tier : {BreachTier::Minor, BreachTier::General, BreachTier::Serious}) {
            insert.addBindValue(set.code);
            insert.addBindValue(set.title);
            insert.addBindValue(set.document);
            insert.addBindValue(set.effectiveFrom.toString(Qt::ISODate));
            insert.addBindValue(dateOrNull(set.effectiveTo));
            insert.addBindValue(static_cast<int>(tier));
            insert.addBindValue(set.period(tier).minimumMonths);
            insert.addBindValue(set.period(tier).maximumMonths);
            insert.addBindValue(set.processingWorkingDays);
            insert.addBindValue(next);
            insert.addBindValue(source);
            if (const Status status = sql::exec(insert, QT_TRANSLATE_NOOP("Database", "store a repair rule")); !status)
                return status;
        }
    }
    return {};
}

Status RepairRepository::installBundled()
{
    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT count(*) FROM repair_rule"));
    if (const Status status = sql::exec(count, QT_TRANSLATE_NOOP("Database", "count the repair rules")); !status)
        return status;
    if (count.next() && count.value(0).toInt() > 0)
        return {};
    auto bundled = RepairRuleBook::bundled();
    if (!bundled)
        return Error{bundled.error()};
    return replaceRules(bundled.value(), QStringLiteral("bundled: resources/reference/repair-rule-sets.csv"));
}

Result<qint64> RepairRepository::insertBreach(const BreachRecord &record, const QString &recordedBy,
                                              const QString &recordedAt, const QString &fromDesk)
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("INSERT INTO breach_record (subject_id, tier, decision_date, authority, "
                       "document_number, behaviour, rule_set, maximum_until, state, recorded_by, recorded_at, "
                       "from_desk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.subjectId);
    query.addBindValue(static_cast<int>(record.tier));
    query.addBindValue(record.decisionDate.toString(Qt::ISODate));
    query.addBindValue(record.authority);
    query.addBindValue(record.documentNumber);
    query.addBindValue(record.behaviour);
    query.addBindValue(record.ruleSet);
    query.addBindValue(record.maximumUntil.toString(Qt::ISODate));
    query.addBindValue(static_cast<int>(record.state));
    query.addBindValue(recordedBy);
    query.addBindValue(recordedAt.isEmpty() ? sql::nowUtc() : recordedAt);
    query.addBindValue(fromDesk.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(fromDesk));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "store breach information")); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

Result<qint64> RepairRepository::findBreachByDecision(int identifierType, const QString &identifierValue,
                                                      const QString &authority, const QString &documentNumber) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT b.id FROM breach_record b JOIN subject_identifier i ON i.subject_id = "
                                 "b.subject_id WHERE i.type = ? AND i.value = ? AND b.authority = ? AND "
                                 "b.document_number = ? ORDER BY b.id LIMIT 1"));
    query.addBindValue(identifierType);
    query.addBindValue(identifierValue);
    query.addBindValue(authority);
    query.addBindValue(documentNumber);
    if (const Status status =
            sql::exec(query, QT_TRANSLATE_NOOP("Database", "find breach information by its decision"));
        !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toLongLong() : 0;
}

std::optional<BreachRecord> RepairRepository::findBreach(qint64 breachId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM breach_record b WHERE b.id = ?").arg(breachColumns));
    query.addBindValue(breachId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readBreach(query);
}

Result<QList<BreachRecord>> RepairRepository::breachesOf(qint64 subjectId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM breach_record b WHERE b.subject_id = ? ORDER BY b.decision_date DESC, "
                                 "b.id DESC")
                      .arg(breachColumns));
    query.addBindValue(subjectId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read breach information")); !status)
        return Error{status.error()};
    QList<BreachRecord> records;
    while (query.next())
        records.append(readBreach(query));
    return records;
}

Result<bool> RepairRepository::stopBreach(qint64 breachId, qint64 expectedVersion, BreachState state, const QDate &on,
                                          const QString &reason)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE breach_record SET state = ?, stopped_on = ?, stop_reason = ?, "
                                 "row_version = row_version + 1 WHERE id = ? AND row_version = ? AND state = 1"));
    query.addBindValue(static_cast<int>(state));
    query.addBindValue(on.toString(Qt::ISODate));
    query.addBindValue(reason);
    query.addBindValue(breachId);
    query.addBindValue(expectedVersion);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "stop publication")); !status)
        return Error{status.error()};
    return query.numRowsAffected() == 1;
}

Result<bool> RepairRepository::republish(qint64 breachId, const QDate &stoppedOn)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE breach_record SET state = 1, stopped_on = NULL, stop_reason = NULL, "
                                 "row_version = row_version + 1 WHERE id = ? AND state = ? AND stopped_on = ?"));
    query.addBindValue(breachId);
    query.addBindValue(static_cast<int>(BreachState::Repaired));
    query.addBindValue(stoppedOn.toString(Qt::ISODate));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "publish the information again")); !status)
        return Error{status.error()};
    return query.numRowsAffected() == 1;
}

Result<std::optional<std::pair<QJsonObject, QString>>>
RepairRepository::repairFromAnotherDesk(qint64 applicationId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT to_state, acted_on, actor, from_desk FROM repair_event WHERE application_id = ? "
                       "AND from_desk IS NOT NULL AND to_state = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(applicationId);
    query.addBindValue(static_cast<int>(RepairState::Repaired));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find another desk's repair decision"));
        !status)
        return Error{status.error()};
    if (!query.next())
        return std::optional<std::pair<QJsonObject, QString>>();
    return std::optional<std::pair<QJsonObject, QString>>(
        std::pair{QJsonObject{{QStringLiteral("to_state"), query.value(0).toInt()},
                              {QStringLiteral("acted_on"), query.value(1).toString()},
                              {QStringLiteral("actor"), query.value(2).toString()}},
                  query.value(3).toString()});
}

Result<QList<RepairRepository::PastMaximum>> RepairRepository::publishedPastMaximum(const QDate &today, int limit) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1, s.name FROM breach_record b JOIN subject s ON s.id = b.subject_id "
                                 "WHERE b.state = 1 AND b.maximum_until <= ? "
                                 "ORDER BY b.maximum_until, b.id LIMIT ?")
                      .arg(breachColumns));
    query.addBindValue(today.toString(Qt::ISODate));
    query.addBindValue(limit);
    if (const Status status =
            sql::exec(query, QT_TRANSLATE_NOOP("Database", "find breach information past its maximum"));
        !status)
        return Error{status.error()};
    QList<PastMaximum> records;
    while (query.next())
        records.append({readBreach(query), query.value(13).toString()});
    return records;
}

Result<QList<std::pair<qint64, qint64>>> RepairRepository::measuresForDemo(int count) const
{
    QSqlQuery departments(m_db);
    departments.prepare(QStringLiteral("SELECT id FROM department ORDER BY id LIMIT 2"));
    if (const Status status = sql::exec(departments, QT_TRANSLATE_NOOP("Database", "read departments")); !status)
        return Error{status.error()};
    QList<qint64> departmentIds;
    while (departments.next())
        departmentIds.append(departments.value(0).toLongLong());
    QSqlQuery measures(m_db);
    measures.prepare(QStringLiteral("SELECT id FROM measure ORDER BY id LIMIT ?"));
    measures.addBindValue(count);
    if (const Status status = sql::exec(measures, QT_TRANSLATE_NOOP("Database", "read measures")); !status)
        return Error{status.error()};
    QList<std::pair<qint64, qint64>> choices;
    while (measures.next() && !departmentIds.isEmpty())
        choices.append({measures.value(0).toLongLong(), departmentIds.at(choices.size() % departmentIds.size())});
    return choices;
}

Status RepairRepository::insertBreachMeasure(qint64 breachId, qint64 measureId, qint64 departmentId,
                                             const QDate &startedOn)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO breach_measure_application (breach_id, measure_id, department_id, "
                                 "started_on) VALUES (?, ?, ?, ?)"));
    query.addBindValue(breachId);
    query.addBindValue(measureId);
    query.addBindValue(departmentId);
    query.addBindValue(startedOn.toString(Qt::ISODate));
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "apply a measure to breach information"));
}

Result<QList<AppliedMeasure>> RepairRepository::breachMeasuresOf(qint64 subjectId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT a.id, b.id, b.document_number, m.category_number, c.name, m.title, m.legal_basis, d.name, "
        "a.started_on, a.ended_on, a.end_reason FROM breach_measure_application a "
        "JOIN breach_record b ON b.id = a.breach_id JOIN measure m ON m.id = a.measure_id "
        "JOIN measure_category c ON c.number = m.category_number JOIN department d ON d.id = a.department_id "
        "WHERE b.subject_id = ? ORDER BY m.category_number, a.started_on, a.id"));
    query.addBindValue(subjectId);
    if (const Status status =
            sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the measures of breach information"));
        !status)
        return Error{status.error()};
    QList<AppliedMeasure> measures;
    while (query.next()) {
        AppliedMeasure measure;
        measure.id = query.value(0).toLongLong();
        measure.breachId = query.value(1).toLongLong();
        measure.caseNumber = query.value(2).toString();
        measure.categoryNumber = query.value(3).toInt();
        measure.categoryName = query.value(4).toString();
        measure.measureTitle = query.value(5).toString();
        measure.legalBasis = query.value(6).toString();
        measure.department = query.value(7).toString();
        measure.startedOn = dateOf(query.value(8));
        measure.endedOn = dateOf(query.value(9));
        measure.endReason = query.value(10).toString();
        measures.append(measure);
    }
    return measures;
}

Result<qint64> RepairRepository::insertApplication(const RepairApplication &application)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO repair_application (breach_id, rule_set, state, applicant_name, "
                                 "applicant_contact, received_on, due_on, statement, registered_by, registered_at, "
                                 "state_since) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(application.breachId);
    query.addBindValue(application.ruleSet);
    query.addBindValue(static_cast<int>(application.state));
    query.addBindValue(application.applicantName);
    query.addBindValue(application.applicantContact);
    query.addBindValue(application.receivedOn.toString(Qt::ISODate));
    query.addBindValue(application.dueOn.toString(Qt::ISODate));
    query.addBindValue(application.statement);
    query.addBindValue(application.registeredBy);
    query.addBindValue(sql::nowUtc());
    query.addBindValue(application.receivedOn.toString(Qt::ISODate));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "store a repair application")); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

std::optional<RepairApplication> RepairRepository::findApplication(qint64 applicationId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 WHERE a.id = ?").arg(applicationColumns));
    query.addBindValue(applicationId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return readApplication(query);
}

Result<QList<RepairApplication>> RepairRepository::applications(const Filter &filter) const
{
    QStringList conditions;
    if (filter.openOnly)
        conditions.append(QStringLiteral("a.state IN (1, 2)"));
    if (filter.breachId > 0)
        conditions.append(QStringLiteral("a.breach_id = :breach"));
    if (filter.subjectId > 0)
        conditions.append(QStringLiteral("b.subject_id = :subject"));
    QString statement = QStringLiteral("SELECT ") + applicationColumns;
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY a.received_on DESC, a.id DESC");
    QSqlQuery query(m_db);
    query.prepare(statement);
    if (filter.breachId > 0)
        query.bindValue(QStringLiteral(":breach"), filter.breachId);
    if (filter.subjectId > 0)
        query.bindValue(QStringLiteral(":subject"), filter.subjectId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read repair applications")); !status)
        return Error{status.error()};
    QList<RepairApplication> result;
    while (query.next())
        result.append(readApplication(query));
    return result;
}

Result<std::optional<qint64>> RepairRepository::openOnBreach(qint64 breachId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id FROM repair_application WHERE breach_id = ? AND state IN (1, 2) LIMIT 1"));
    query.addBindValue(breachId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find an open repair application"));
        !status)
        return Error{status.error()};
    if (query.next())
        return std::optional<qint64>(query.value(0).toLongLong());
    return std::optional<qint64>();
}

Result<bool> RepairRepository::moveTo(qint64 applicationId, qint64 expectedVersion, RepairState to, const QDate &on,
                                      const QString &decidedBy, const QString &decisionReason)
{
    const bool decision = RepairStateMachine::isDecision(to) || to == RepairState::NotAccepted;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE repair_application SET state = ?, state_since = ?, "
                                 "decided_by = coalesce(?, decided_by), decided_on = coalesce(?, decided_on), "
                                 "decision_reason = coalesce(?, decision_reason), row_version = row_version + 1 "
                                 "WHERE id = ? AND row_version = ?"));
    const QVariant null(QMetaType::fromType<QString>());
    query.addBindValue(static_cast<int>(to));
    query.addBindValue(on.toString(Qt::ISODate));
    query.addBindValue(decision ? QVariant(decidedBy) : null);
    query.addBindValue(decision ? QVariant(on.toString(Qt::ISODate)) : null);
    query.addBindValue(decision ? QVariant(decisionReason) : null);
    query.addBindValue(applicationId);
    query.addBindValue(expectedVersion);
    if (const Status status =
            sql::exec(query, QT_TRANSLATE_NOOP("Database", "change the state of a repair application"));
        !status)
        return Error{status.error()};
    return query.numRowsAffected() == 1;
}

Status RepairRepository::addEvent(qint64 id, const Event &event)
{
    return journal().addStep(id, {static_cast<int>(event.from),
                                  static_cast<int>(event.to),
                                  event.actedOn,
                                  {},
                                  event.actor,
                                  event.reason,
                                  event.details});
}

Result<QList<RepairRepository::Event>> RepairRepository::events(qint64 id) const
{
    auto steps = journal().steps(id);
    if (!steps)
        return Error{steps.error()};
    QList<Event> result;
    for (const CaseJournal::Step &step : steps.value())
        result.append({static_cast<RepairState>(step.from), static_cast<RepairState>(step.to), step.actedOn,
                       step.recordedAt, step.actor, step.reason, step.details});
    return result;
}

CaseJournal RepairRepository::journal() const
{
    return CaseJournal(m_db, QStringLiteral("repair_event"), QStringLiteral("application_id"),
                       QStringLiteral("repair_evidence"));
}

Result<qint64> RepairRepository::addEvidence(const Evidence &evidence, const QByteArray &content,
                                             const QString &fromDesk)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO repair_evidence (application_id, kind, file_name, media_type, size, "
                                 "sha256, content, added_by, added_at, from_desk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                 "?)"));
    query.addBindValue(evidence.applicationId);
    query.addBindValue(static_cast<int>(evidence.kind));
    query.addBindValue(evidence.fileName);
    query.addBindValue(evidence.mediaType);
    query.addBindValue(evidence.size);
    query.addBindValue(evidence.sha256);
    query.addBindValue(content);
    query.addBindValue(evidence.addedBy);
    query.addBindValue(evidence.addedAt.isEmpty() ? sql::nowUtc() : evidence.addedAt);
    query.addBindValue(fromDesk.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(fromDesk));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "store an evidence file")); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

Result<QByteArray> RepairRepository::evidenceContentByDigest(qint64 applicationId, const QString &sha256) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral(
        "SELECT content FROM repair_evidence WHERE application_id = ? AND sha256 = ? ORDER BY id LIMIT 1"));
    query.addBindValue(applicationId);
    query.addBindValue(sha256);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read an evidence file")); !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toByteArray() : QByteArray();
}

Result<QList<RepairRepository::Evidence>> RepairRepository::evidence(qint64 applicationId) const
{
    QSqlQuery query(m_db);
    // A file the central server refused (another desk changed the application first) is marked.
    query.prepare(QStringLiteral(
        "SELECT e.id, e.application_id, e.kind, e.file_name, e.media_type, e.size, e.sha256, e.added_by, e.added_at, "
        "EXISTS (SELECT 1 FROM sync_outbox o WHERE o.entity_type = 'repair' AND o.local_id = e.application_id AND "
        "o.action = 'repair.evidence' AND o.event_id = e.id AND o.state = 2) FROM repair_evidence e WHERE "
        "e.application_id = ? ORDER BY e.id"));
    query.addBindValue(applicationId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read evidence")); !status)
        return Error{status.error()};
    QList<Evidence> result;
    while (query.next()) {
        result.append({query.value(0).toLongLong(), query.value(1).toLongLong(),
                       static_cast<RepairEvidenceKind>(query.value(2).toInt()), query.value(3).toString(),
                       query.value(4).toString(), query.value(5).toLongLong(), query.value(6).toString(),
                       query.value(7).toString(), query.value(8).toString(), query.value(9).toBool()});
    }
    return result;
}

Result<QByteArray> RepairRepository::evidenceContent(qint64 evidenceId) const
{
    return journal().evidenceContent(evidenceId);
}

} // namespace creditdesk
