#pragma once

#include "domain/Actor.h"
#include "domain/BreachRecord.h"
#include "domain/RepairApplication.h"
#include "domain/RepairEligibility.h"
#include "domain/Result.h"
#include "store/RepairRepository.h"

#include <functional>
#include <optional>

namespace creditdesk {

class Database;

/// Breach information as the platform received it from the authority that made the finding.
struct BreachDraft
{
    struct AppliedMeasure
    {
        qint64 measureId = 0;
        qint64 departmentId = 0;
    };
    qint64 subjectId = 0;
    BreachTier tier = BreachTier::General;
    QDate decisionDate;
    QString authority;
    QString documentNumber;
    QString behaviour;
    QList<AppliedMeasure> measures;
    QString reason;
};

/// What an officer records when a repair application arrives.
struct RepairDraft
{
    qint64 breachId = 0;
    QString applicantName;
    QString applicantContact;
    QDate receivedOn;
    QString statement;
};

/// One step of an application: where it goes, on which day and why.
struct RepairStep
{
    RepairState to = RepairState::Accepted;
    QDate actedOn;
    QString reason;
};

/// An application with its processing clock, for the queue.
struct RepairCase
{
    RepairApplication application;
    int daysLeft = 0;
    QString clockError;

    bool isOverdue() const { return application.isOpen() && clockError.isEmpty() && daysLeft < 0; }
};

/// Credit repair of administrative breach information (信用修复): the information with its
/// tier and rule set, the eligibility on a day, applications with evidence (proof of
/// performance, credit commitment), intake by an officer, the decision by a reviewer other than
/// the registering officer (four eyes). A repair stops publication, ends every measure applied
/// because of the information and queues one notification per implementing department, all in
/// one transaction with its audit entry; history is kept, never deleted.
class RepairService
{
public:
    explicit RepairService(Database &database);

    Result<qint64> recordBreach(const Actor &actor, const BreachDraft &draft);
    Result<QList<BreachRecord>> breaches(const Actor &actor, qint64 subjectId) const;
    /// Eligibility on \a day: with the evidence of the open application, if there is one, and
    /// under the rule set of its date; otherwise under the set in force on \a day.
    Result<RepairEligibility> eligibility(const Actor &actor, qint64 breachId, const QDate &day) const;

    Result<qint64> registerApplication(const Actor &actor, const RepairDraft &draft);
    Result<qint64> addEvidence(const Actor &actor, qint64 applicationId, RepairEvidenceKind kind,
                               const QString &fileName, const QByteArray &content);
    Status advance(const Actor &actor, qint64 applicationId, qint64 expectedVersion, const RepairStep &step);

    std::optional<RepairApplication> find(qint64 applicationId) const;
    Result<QList<RepairCase>> queue(const Actor &actor, bool openOnly, const QDate &today) const;
    Result<QList<RepairApplication>> applicationsOf(const Actor &actor, qint64 subjectId) const;
    Result<QList<RepairRepository::Event>> history(const Actor &actor, qint64 applicationId) const;
    Result<QList<RepairRepository::Evidence>> evidence(const Actor &actor, qint64 applicationId) const;
    Result<QByteArray> evidenceContent(const Actor &actor, qint64 evidenceId) const;

    Result<RepairRuleBook> rules() const;
    /// Replaces the rule sets by those of a CSV file (admin); audited.
    Status importRules(const Actor &actor, const QByteArray &csv, const QString &fileName, const QString &reason);

    static constexpr auto decisionType = "repair_decision";

    /// Tests only: called at named points inside a decision's transaction.
    void setFaultInjection(std::function<Status(const QString &point)> fault) { m_fault = std::move(fault); }

private:
    Status fault(const QString &point) const { return m_fault ? m_fault(point) : Status{}; }
    /// Refused while a change of this desk on the application waits for an officer's resolution.
    Status requireNoOpenConflict(qint64 applicationId) const;
    Result<RepairEligibility> eligibilityOf(const RepairApplication &application, const BreachRecord &record,
                                            const QDate &day) const;

    Database &m_database;
    std::function<Status(const QString &)> m_fault;
};

} // namespace creditdesk
