#pragma once

#include "CaseJournal.h"
#include "domain/BreachRecord.h"
#include "domain/Dossier.h"
#include "domain/RepairApplication.h"
#include "domain/RepairRules.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>

#include <optional>
#include <utility>

namespace creditdesk {

/// The administrative path in the database: repair rule sets, breach information with its
/// measures, repair applications with their transitions and evidence. Changes check the row
/// version the caller read. The caller owns the transaction and the audit entry.
class RepairRepository
{
public:
    explicit RepairRepository(QSqlDatabase db);

    Result<RepairRuleBook> ruleBook() const;
    /// Replaces every rule set by those of \a book, each one version higher than before.
    Status replaceRules(const RepairRuleBook &book, const QString &source);
    /// Installs the bundled rule sets when the table is empty (migration to version 6).
    Status installBundled();

    /// Stores breach information recorded now, or (with \a recordedAt and \a fromDesk) as another
    /// desk recorded it, applied from the central server.
    Result<qint64> insertBreach(const BreachRecord &record, const QString &recordedBy, const QString &recordedAt = {},
                                const QString &fromDesk = {});
    /// The breach information of the subject known by \a identifierType / \a identifierValue with
    /// the authority's decision \a documentNumber (0 when there is none).
    Result<qint64> findBreachByDecision(int identifierType, const QString &identifierValue, const QString &authority,
                                        const QString &documentNumber) const;
    std::optional<BreachRecord> findBreach(qint64 breachId) const;
    Result<QList<BreachRecord>> breachesOf(qint64 subjectId) const;
    /// Stops publication if the record is still published at \a expectedVersion; false when not.
    Result<bool> stopBreach(qint64 breachId, qint64 expectedVersion, BreachState state, const QDate &on,
                            const QString &reason);
    /// Publishes again information a refused repair decision stopped on \a stoppedOn; false when it
    /// is not so stopped (changed since).
    Result<bool> republish(qint64 breachId, const QDate &stoppedOn);
    /// The latest repair decision (to Repaired) of the application that came from another desk
    /// through the central server, as a change carries its step (to_state, acted_on, actor), with
    /// that desk; none when there is none.
    Result<std::optional<std::pair<QJsonObject, QString>>> repairFromAnotherDesk(qint64 applicationId) const;
    /// Published records whose maximum period ended on or before \a today, oldest first, with
    /// their subject's name.
    struct PastMaximum
    {
        BreachRecord record;
        QString subjectName;
    };
    Result<QList<PastMaximum>> publishedPastMaximum(const QDate &today, int limit) const;

    /// \a count measures of the catalogue with the department of the first two that applies
    /// each, for demo breach information: (measure id, department id).
    Result<QList<std::pair<qint64, qint64>>> measuresForDemo(int count) const;
    Status insertBreachMeasure(qint64 breachId, qint64 measureId, qint64 departmentId, const QDate &startedOn);
    /// The measures applied because of the subject's breach information, with their ends.
    Result<QList<AppliedMeasure>> breachMeasuresOf(qint64 subjectId) const;

    struct Event
    {
        RepairState from = RepairState::Submitted;
        RepairState to = RepairState::Submitted;
        QDate actedOn;
        QString recordedAt;
        QString actor;
        QString reason;
        QJsonObject details;
    };
    struct Evidence
    {
        qint64 id = 0;
        qint64 applicationId = 0;
        RepairEvidenceKind kind = RepairEvidenceKind::Other;
        QString fileName;
        QString mediaType;
        qint64 size = 0;
        QString sha256;
        QString addedBy;
        QString addedAt;
        bool refusedByServer = false; ///< another desk changed the application before this file reached the server
    };

    Result<qint64> insertApplication(const RepairApplication &application);
    std::optional<RepairApplication> findApplication(qint64 applicationId) const;
    /// Applications, newest first: open ones only, of one breach record, or of one subject.
    struct Filter
    {
        bool openOnly = false;
        qint64 breachId = 0;
        qint64 subjectId = 0;
    };
    Result<QList<RepairApplication>> applications(const Filter &filter) const;
    /// The open application on a breach record, if any.
    Result<std::optional<qint64>> openOnBreach(qint64 breachId) const;
    Result<bool> moveTo(qint64 applicationId, qint64 expectedVersion, RepairState to, const QDate &on,
                        const QString &decidedBy, const QString &decisionReason);
    Status addEvent(qint64 applicationId, const Event &event);
    Result<QList<Event>> events(qint64 applicationId) const;

    /// Stores a file added now, or (with evidence.addedAt and \a fromDesk) as another desk added it.
    Result<qint64> addEvidence(const Evidence &evidence, const QByteArray &content, const QString &fromDesk = {});
    /// The content of the application's file with that SHA-256, empty when there is none.
    Result<QByteArray> evidenceContentByDigest(qint64 applicationId, const QString &sha256) const;
    Result<QList<Evidence>> evidence(qint64 applicationId) const;
    Result<QByteArray> evidenceContent(qint64 evidenceId) const;

private:
    CaseJournal journal() const;

    QSqlDatabase m_db;
};

} // namespace creditdesk
