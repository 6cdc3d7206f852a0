#pragma once

#include "CaseJournal.h"
#include "domain/Objection.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QVariantMap>

#include <optional>

namespace creditdesk {

/// Objection cases, their transitions and evidence files in the database. Every change checks
/// the row version the caller read, so two reviewers never overwrite each other. The caller
/// owns the transaction and the audit entry.
class ObjectionRepository
{
public:
    explicit ObjectionRepository(QSqlDatabase db);

    struct Filter
    {
        bool openOnly = true;
        QString registeredBy;
        int route = 0;
        int state = 0;
    };

    struct Evidence
    {
        qint64 id = 0;
        qint64 objectionId = 0;
        QString fileName;
        QString mediaType;
        qint64 size = 0;
        QString sha256;
        QString addedBy;
        QString addedAt;
    };

    struct Event
    {
        ObjectionState from = ObjectionState::Submitted;
        ObjectionState to = ObjectionState::Submitted;
        QDate actedOn;
        QString recordedAt;
        QString actor;
        QString reason;
        QJsonObject details;
    };

    /// The subject and case number of a listing, or nothing when it does not exist.
    std::optional<std::pair<qint64, QString>> listingOwner(qint64 listingId) const;
    Result<qint64> insert(const Objection &objection);
    std::optional<Objection> find(qint64 id) const;
    Result<QList<Objection>> list(const Filter &filter) const;
    /// Open objections on a listing other than \a except.
    Result<QList<qint64>> openOnListing(qint64 listingId, qint64 except = 0) const;

    /// Moves the case to \a to with the columns in \a values set, when its row version is still
    /// \a expectedVersion. False when someone else changed it first.
    Result<bool> moveTo(qint64 id, qint64 expectedVersion, ObjectionState to, const QDate &on,
                        const QVariantMap &values);
    Status addEvent(qint64 id, const Event &event);
    /// The steps of the case that other desks took after step \a afterEventId and that corrected
    /// the record, in the order they came: each step's acted_on, actor and details (as a change
    /// carries them) with the desk that took it.
    Result<QList<std::pair<QJsonObject, QString>>> correctionsFromOtherDesks(qint64 id, qint64 afterEventId) const;
    Result<QList<Event>> events(qint64 id) const;

    /// Sets the listing's 异议中 flag from its open objections in a review state.
    Status refreshUnderObjection(qint64 listingId);
    Status setAnnotation(qint64 listingId, const QString &annotation);

    Result<qint64> addEvidence(const Evidence &evidence, const QByteArray &content);
    Result<QList<Evidence>> evidence(qint64 objectionId) const;
    Result<QByteArray> evidenceContent(qint64 evidenceId) const;

private:
    CaseJournal journal() const;

    QSqlDatabase m_db;
};

} // namespace creditdesk
