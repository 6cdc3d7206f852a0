#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QSqlDatabase>

namespace creditdesk {

/// The step journal and evidence files of a workflow case (an objection, a repair application):
/// tables of one shape, `<case>_event` (from, to, day, actor, reason, details) and
/// `<case>_evidence` (content by id). The caller owns the transaction.
class CaseJournal
{
public:
    /// \a eventTable and \a caseColumn name the journal, e.g. repair_event / application_id;
    /// \a evidenceTable the evidence files.
    CaseJournal(QSqlDatabase db, QString eventTable, QString caseColumn, QString evidenceTable);

    struct Step
    {
        int from = 0;
        int to = 0;
        QDate actedOn;
        QString recordedAt;
        QString actor;
        QString reason;
        QJsonObject details;
    };

    Status addStep(qint64 caseId, const Step &step);
    Result<QList<Step>> steps(qint64 caseId) const;
    Result<QByteArray> evidenceContent(qint64 evidenceId) const;

private:
    QSqlDatabase m_db;
    QString m_eventTable;
    QString m_caseColumn;
    QString m_evidenceTable;
};

} // namespace creditdesk
