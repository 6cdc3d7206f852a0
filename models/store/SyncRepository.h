#pragma once

#include "ServerStore.h"
#include "domain/Result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace creditdesk {

/// The desk's side of central server mode in the SQLite cache: which server the desk joined,
/// the outbox of its own changes (filled by the objection_event_sync trigger), the keys and
/// server versions of shared entities, the applying of other desks' changes and the conflicts
/// the server refused. The caller owns transactions.
class SyncRepository
{
public:
    explicit SyncRepository(QSqlDatabase db);

    struct Desk
    {
        QString deskId;
        QString office;
        QString serverAddress;
        qint64 lastPulledSequence = 0;
        QString lastSyncedAt;
        QString joinedBy;
        QString joinedAt;
        QString instance; ///< a UUID made when the desk joined
    };
    /// A change of this desk, in the order it was made.
    struct OutgoingChange
    {
        qint64 id = 0;
        QString changeId;
        QString entityType;
        qint64 localId = 0;
        QString entityKey;
        int baseVersion = 0; ///< -1: follows the outbox's previous change of the entity
        QString action;
        QJsonObject payload;
        QString actor;
        QString reason;
        QString recordedAt;
        qint64 eventId = 0; ///< the step, evidence file or mirror row on this desk (0: none)
    };
    /// Where applying a pulled change got to.
    struct Applied
    {
        qint64 localId = 0;               ///< the entity on this desk (0 when waiting)
        qint64 listingId = 0;             ///< the case's listing on this desk (objections, feedback)
        qint64 breachId = 0;              ///< the breach information on this desk (breach, repair)
        qint64 alsoOpen = 0;              ///< another open repair application on that information here
        qint64 exitId = 0;                ///< the mirror of the court's decision recorded here (exit)
        qint64 ownMirror = 0;             ///< a mirror of this desk on the same listing that stands too (exit)
        QString waitingFor;               ///< what this desk lacks to apply it; empty when applied
        bool createdHere = false;         ///< the entity was new to this desk
        bool overrodeWaiting = false;     ///< this desk has its own unsent change of the entity
        bool overrodeOwnApproval = false; ///< a correction this desk approved, never sent, decided otherwise
        QString refused;                  ///< why this desk does not accept the change (a field it refuses)
        bool otherOfficeKey = false;      ///< a whitelist entry keyed with an office key this desk lacks
        bool applied() const { return waitingFor.isEmpty() && refused.isEmpty(); }
    };
    /// A refused change of this desk, with the case as it is now.
    struct Conflict
    {
        qint64 id = 0;
        qint64 serverConflictId = 0;
        int serverVersion = 0;
        QString detectedAt;
        OutgoingChange change;
        qint64 caseId = 0;        ///< the objection, repair application, listing, correction or whitelist entry
        QString caseNumber;       ///< the listing's case number, or the breach decision's number
        int currentState = 0;     ///< the case's state on this desk now (the accepted one's)
        QString currentDecidedBy; ///< who decided it, when it is decided (for a listing: who mirrored)
        qint64 subjectId = 0;     ///< the subject the case concerns
        int resolution = 0;
        QString resolvedBy;
        QString resolvedAt;
        QString resolutionReason;
    };
    struct Counts
    {
        int waitingChanges = 0;
        int openConflicts = 0;
        int setAside = 0;            ///< other desks' feedback entries waiting here for their measure application
        int waitingForOfficeKey = 0; ///< of the changes to send, whitelist changes kept until the office key is set
    };

    Result<std::optional<Desk>> desk() const;
    Status join(const Desk &desk);
    Status setServerAddress(const QString &address);
    Status setLastPulled(qint64 sequence);
    Status setSynchronisedAt(const QString &at);

    Result<QList<OutgoingChange>> waitingChanges(int limit) const;
    /// The base version to send \a change with: its own, or for a change that follows another
    /// of the same entity, the version that one made (accepted) or was refused at.
    Result<int> baseFor(const OutgoingChange &change) const;
    /// The server accepted the change as \a version (sequence \a sequence).
    Status markAccepted(const OutgoingChange &change, int baseVersion, qint64 sequence, int version, const QString &at);
    /// The server refused the change and keeps it as conflict \a serverConflictId.
    Status markConflict(const OutgoingChange &change, int baseVersion, qint64 serverConflictId, int serverVersion,
                        const QString &at);

    /// Applies a change of an objection made on desk \a fromDesk: the case as it is after the step,
    /// and the step in its journal (marked as from that desk, so neither sent back nor reported to
    /// the platform by this desk).
    Result<Applied> applyObjection(const QString &entityKey, int version, const QJsonObject &payload,
                                   const QString &fromDesk);

    /// Applies a departments' feedback entry recorded on desk \a fromDesk: the entry, under the
    /// measure application it answers here (marked as from that desk, so neither sent back nor
    /// carried by this desk's outgoing packages). An entry this desk already has is left as it is.
    Result<Applied> applyFeedback(const QString &entityKey, int version, const QJsonObject &payload,
                                  const QString &fromDesk);

    /// Applies breach information recorded on desk \a fromDesk, with the measures applied because of
    /// it (marked as from that desk). Information this desk already has (the same subject, authority
    /// and decision number) is left as it is.
    Result<Applied> applyBreach(const QString &entityKey, int version, const QJsonObject &payload,
                                const QString &fromDesk);

    /// Applies a change of a repair application made on desk \a fromDesk: the application as it is
    /// after the change, with the step in its journal or the evidence file (\a evidenceContent, which
    /// the caller fetched from the server and which must match the change's SHA-256), marked as
    /// from that desk. What the decision sets off (publication stopped, measures lifted) is the
    /// caller's.
    Result<Applied> applyRepair(const QString &entityKey, int version, const QJsonObject &payload,
                                const QByteArray &evidenceContent, const QString &fromDesk);
    /// Applies the court's revocation or deletion of a listing as desk \a fromDesk mirrored it: the
    /// mirror recorded here (marked as from that desk). Taking the listing off and ending its
    /// measures is the caller's.
    Result<Applied> applyExit(const QString &entityKey, int version, const QJsonObject &payload,
                              const QString &fromDesk);
    /// Applies a correction of a listing as desk \a fromDesk registered or decided it: a new one
    /// recorded here (its old value as this desk has it), or the other desk's decision recorded on
    /// this desk's row, over a decision of this desk not yet sent (marked as from that desk). Changing
    /// the listing is the caller's.
    Result<Applied> applyCorrection(const QString &entityKey, int version, const QJsonObject &payload,
                                    const QString &fromDesk);
    /// Applies a screening whitelist entry as desk \a fromDesk added or revoked it: a new entry
    /// recorded here against this desk's listing (marked as from that desk; screening here clears the
    /// applicant from then on), or the other desk's revocation recorded on this desk's entry.
    Result<Applied> applyWhitelist(const QString &entityKey, int version, const QJsonObject &payload,
                                   const QString &fromDesk);
    /// The content of the evidence file a change of this desk adds (to send it to the server).
    Result<QByteArray> evidenceOf(const OutgoingChange &change) const;

    /// Keeps another desk's change that waits for something this desk lacks (\a waitingFor), to
    /// apply it later (feedback entries: independent of the changes after them).
    Status setAside(const ServerStore::PulledChange &change, const QString &waitingFor, const QString &at);
    /// The changes set aside, oldest first.
    Result<QList<ServerStore::PulledChange>> setAsideChanges() const;
    Status removeSetAside(qint64 sequence);
    /// Records why a change set aside still cannot be applied; false when the reason is unchanged.
    Result<bool> updateSetAside(qint64 sequence, const QString &waitingFor);

    /// The listing's publication state (1 published ... 4 deleted).
    Result<int> listingState(qint64 listingId) const;
    /// The subject a listing belongs to.
    Result<qint64> listingSubject(qint64 listingId) const;
    /// Notification \a notificationId was set off here by a decision of \a fromDesk, which notifies.
    Status markNotificationFrom(qint64 notificationId, const QString &fromDesk);

    /// Whether this desk has a change of the entity that waits to be sent.
    Result<bool> hasWaitingChange(const QString &entityType, qint64 localId) const;
    /// This desk's changes of the entity from change \a fromId on, refused or waiting to be sent,
    /// whose effects have not been undone yet; the latest first.
    Result<QList<OutgoingChange>> changesToUndo(const QString &entityType, qint64 localId, qint64 fromId) const;
    /// This desk undid what change \a id did.
    Status markUndone(qint64 id, const QString &at);
    /// Whether the server refused a change of this desk on the entity (resolved or not).
    Result<bool> hasRefusedChange(const QString &entityType, qint64 localId) const;
    /// Whether a refused change of this entity waits for an officer's resolution.
    Result<bool> hasOpenConflict(const QString &entityType, qint64 localId) const;

    Result<Counts> counts() const;
    Result<QList<Conflict>> conflicts(bool openOnly) const;
    Result<std::optional<Conflict>> conflict(qint64 id) const;
    /// False when the conflict was already resolved.
    Result<bool> resolve(qint64 id, int resolution, const QString &actor, const QString &reason, const QString &at);
    /// Resolved conflicts the server has not been told of: (id, server conflict id, resolution).
    Result<QList<Conflict>> unreportedResolutions() const;
    Status markReported(qint64 id);

private:
    /// The server's answer to \a change: state 1 accepted (with its sequence), 2 refused.
    Status recordPushed(const OutgoingChange &change, int state, int baseVersion, const QVariant &sequence,
                        int serverVersion, const QString &at);
    Status setDeskValue(const QString &column, const QVariant &value, const char *purpose);
    Result<qint64> listingFor(const QJsonObject &listing, QString &waitingFor) const;
    /// Where applying a change starts: the listing it names, or what this desk waits for.
    Result<Applied> listingOf(const QJsonObject &payload) const;
    Result<qint64> localIdOf(const QString &entityType, const QString &entityKey) const;
    /// The measure application on \a listingId that \a application names (0 when this desk lacks it).
    Result<qint64> applicationFor(qint64 listingId, const QJsonObject &application) const;
    Status rememberEntity(const QString &entityType, qint64 localId, const QString &entityKey, int version);
    /// The row here of an entity shared under \a entityKey: by its key, else the one \a sameRow finds
    /// (a row this desk has from a copy of the same cache); 0 when none.
    Result<qint64> sharedRowOf(const QString &entityType, const QString &entityKey,
                               const std::function<Result<qint64>()> &sameRow) const;
    /// A change applied to row \a localId this desk has: where it got to, and whether this desk's own
    /// change of the entity waits to be sent.
    Status takeExisting(const QString &entityType, qint64 localId, Applied &applied) const;
    /// An entity as all desks know it, and this desk's row of it (0: none yet).
    struct SharedEntity
    {
        QString type; ///< objection, repair, ...
        QString key;
        int version = 0;
        qint64 localId = 0;
    };
    /// Writes a case (objection or repair application) as another desk left it: a new row of
    /// \a table, or this desk's row updated (row version up), \a assignments replacing
    /// "column = ?" for some columns; fills where it got to in \a applied and remembers the
    /// entity's key and version.
    Status writeCase(const QString &table, const SharedEntity &entity, const QStringList &columns, QVariantList values,
                     const QHash<QString, QString> &assignments, Applied &applied);
    /// The subject known by any of \a identifiers ([type, value] pairs); 0 when none.
    Result<qint64> subjectFor(const QJsonArray &identifiers) const;
    /// The breach information a change names: by its shared key, else by the subject's identifiers,
    /// the authority and the decision number; 0 when this desk lacks it.
    Result<qint64> breachFor(const QJsonObject &breach) const;
    /// The catalogue measure and department a measure of a change names; 0 for one this desk lacks.
    Result<std::pair<qint64, qint64>> measureFor(const QJsonObject &measure) const;

    QSqlDatabase m_db;
};

} // namespace creditdesk
