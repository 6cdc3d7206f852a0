#pragma once

#include "domain/Actor.h"
#include "domain/EvidenceFile.h"
#include "domain/Objection.h"
#include "domain/ObjectionClock.h"
#include "domain/Result.h"
#include "domain/WorkingCalendar.h"
#include "store/ObjectionRepository.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace creditdesk {

class Database;

/// What an officer records when an objection arrives.
struct ObjectionDraft
{
    qint64 listingId = 0;
    ObjectionRoute route = ObjectionRoute::CreditPlatform;
    QString applicantName;
    bool applicantIsAgent = false;
    QString applicantContact;
    ObjectionChannel channel = ObjectionChannel::Counter;
    QDate receivedOn;
    ObjectionGround ground = ObjectionGround::Inaccurate;
    QString groundsText;
    QStringList fields;
};

/// One step of a case: the state it moves to, the day it happened and why; for decisions the
/// outcome, the decision's text (a court's document) and the record's corrections.
struct ObjectionStep
{
    struct FieldChange
    {
        QString field; ///< one of ListingCorrection::correctableFields()
        QString value;
    };
    ObjectionState to = ObjectionState::Accepted;
    QDate actedOn;
    QString reason;
    ObjectionOutcome outcome = ObjectionOutcome::None;
    QString decisionText;
    QList<FieldChange> changes;
    int publicationState = 0; ///< a correction that revokes (3) or deletes (4) the listing
};

/// An open case with its clock, for the queues.
struct ObjectionCase
{
    Objection objection;
    ObjectionDeadline deadline;
    int daysLeft = 0;
    QString clockError; ///< e.g. the calendar lacks the deadline's year

    bool hasClock() const { return deadline.applies && clockError.isEmpty(); }
    bool isOverdue() const { return hasClock() && daysLeft < 0; }
    /// Due today or within the next two (working) days.
    bool isDueSoon() const { return hasClock() && daysLeft >= 0 && daysLeft <= 2; }
};

/// Objection handling (异议处理): registration with evidence, the per-route state machine,
/// reviewers' decisions under four eyes with the record corrected in the same transaction,
/// statutory clocks on the working-day calendar, and the queues. Every step is audited with its
/// actor and reason; a step on a case someone else changed meanwhile is refused, never merged.
class ObjectionService
{
public:
    explicit ObjectionService(Database &database);

    Result<qint64> registerObjection(const Actor &actor, const ObjectionDraft &draft);
    Result<qint64> addEvidence(const Actor &actor, qint64 objectionId, const QString &fileName,
                               const QByteArray &content);
    Status advance(const Actor &actor, qint64 objectionId, qint64 expectedVersion, const ObjectionStep &step);

    std::optional<Objection> find(qint64 objectionId) const;
    Result<QList<ObjectionRepository::Event>> history(const Actor &actor, qint64 objectionId) const;
    Result<QList<ObjectionRepository::Evidence>> evidence(const Actor &actor, qint64 objectionId) const;
    Result<QByteArray> evidenceContent(const Actor &actor, qint64 evidenceId) const;

    enum class Queue { Mine, Open, Overdue, DueSoon, All };
    /// Cases of \a queue with their clocks on \a today; DueSoon is within two working days.
    Result<QList<ObjectionCase>> queue(const Actor &actor, Queue queue, const QDate &today) const;
    Result<ObjectionCase> withClock(const Objection &objection, const QDate &today) const;

    Result<WorkingCalendar> calendar() const;
    /// Imports the holiday notice of \a year (admin), replacing what was there; audited.
    Status importCalendarYear(const Actor &actor, int year, const QList<WorkingCalendar::Day> &days,
                              const QString &source, const QString &reason);
    ObjectionTimeLimits limits(ObjectionRoute route) const;
    Status setLimits(const Actor &actor, ObjectionRoute route, const ObjectionTimeLimits &limits,
                     const QString &reason);

    static constexpr qint64 maximumEvidenceBytes = EvidenceFile::maximumBytes;
    static constexpr auto decisionType = "objection_decision";

    /// Tests only: called at named points inside a decision's transaction; an error there rolls
    /// the whole step back.
    void setFaultInjection(std::function<Status(const QString &point)> fault) { m_fault = std::move(fault); }

private:
    Status applyCorrections(const Actor &actor, const Objection &objection, const ObjectionStep &step,
                            QJsonArray &changed);
    Status fault(const QString &point) const { return m_fault ? m_fault(point) : Status{}; }

    Database &m_database;
    std::function<Status(const QString &)> m_fault;
};

} // namespace creditdesk
