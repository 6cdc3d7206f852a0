#include "CaseJournal.h"

#include "Sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

namespace creditdesk {

CaseJournal::CaseJournal(QSqlDatabase db, QString eventTable, QString caseColumn, QString evidenceTable)
    : m_db(std::move(db)),
      m_eventTable(std::move(eventTable)),
      m_caseColumn(std::move(caseColumn)),
      m_evidenceTable(std::move(evidenceTable))
{}

Status CaseJournal::addStep(qint64 caseId, const Step &step)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO %1 (%2, from_state, to_state, acted_on, recorded_at, actor, reason, "
                                 "details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(m_eventTable, m_caseColumn));
    query.addBindValue(caseId);
    query.addBindValue(step.from);
    query.addBindValue(step.to);
    query.addBindValue(step.actedOn.toString(Qt::ISODate));
    query.addBindValue(sql::nowUtc());
    query.addBindValue(step.actor);
    query.addBindValue(step.reason);
    query.addBindValue(QString::fromUtf8(QJsonDocument(step.details).toJson(QJsonDocument::Compact)));
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "record a step of a case"));
}

Result<QList<CaseJournal::Step>> CaseJournal::steps(qint64 caseId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT from_state, to_state, acted_on, recorded_at, actor, reason, details "
                                 "FROM %1 WHERE %2 = ? ORDER BY id")
                      .arg(m_eventTable, m_caseColumn));
    query.addBindValue(caseId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the steps of a case")); !status)
        return Error{status.error()};
    QList<Step> result;
    while (query.next()) {
        result.append({query.value(0).toInt(), query.value(1).toInt(), sql::dateOf(query.value(2)),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                       QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object()});
    }
    return result;
}

Result<QByteArray> CaseJournal::evidenceContent(qint64 evidenceId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT content FROM %1 WHERE id = ?").arg(m_evidenceTable));
    query.addBindValue(evidenceId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read an evidence file")); !status)
        return Error{status.error()};
    if (!query.next())
        return Error{
            QCoreApplication::translate("Database", "Evidence file %1 is not in the database.").arg(evidenceId)};
    return query.value(0).toByteArray();
}

} // namespace creditdesk
