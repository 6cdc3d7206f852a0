#pragma once

#include "MeasureLifting.h"
#include "domain/Actor.h"
#include "domain/ListingExit.h"
#include "domain/Result.h"
#include "store/ServerStore.h"
#include "store/SyncRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

namespace creditdesk {

class Database;

/// The desk's synchronisation with the central server (docs/central-server.md). A desk joins a
/// server once; from then on every objection step taken on it, and every departments' feedback
/// entry recorded on it, is kept in its outbox in the same transaction as the step or entry. Synchronising sends the
/// outbox in order, each change with the server version the desk last saw of the case, then applies the other desks'
/// changes in the server's order. A change another desk overtook is refused by the server and kept here as a conflict
/// for an officer to resolve; it never overwrites the accepted decision. Each applied change,
/// conflict and resolution has an audit entry.
class SyncService
{
public:
    explicit SyncService(Database &database);

    struct Overview
    {
        std::optional<SyncRepository::Desk> desk; ///< none: this desk works alone
        SyncRepository::Counts counts;
    };
    struct Report
    {
        int sent = 0;
        int accepted = 0;
        int refused = 0; ///< became conflicts
        int resolutionsReported = 0;
        int applied = 0;         ///< other desks' changes applied here
        int created = 0;         ///< of them, cases new to this desk (objections, repair applications, corrections)
        int breaches = 0;        ///< of them, breach information new to this desk
        int feedback = 0;        ///< of them, departments' feedback entries new to this desk
        int exits = 0;           ///< of them, the court's revocations and deletions other desks mirrored
        int whitelisted = 0;     ///< of them, screening whitelist entries new to this desk
        int otherOfficeKey = 0;  ///< of them, entries keyed with an office key this desk lacks (clear nobody)
        int setAside = 0;        ///< other desks' feedback entries set aside here after the run (not applicable yet)
        int overrodeWaiting = 0; ///< applied over a change of this desk not yet sent
        int corrections = 0;     ///< listing fields and states corrected by other desks' decisions
        int notMade = 0;         ///< other desks' approved corrections not made here: the field changed here since
        QString waitingFor;      ///< why the pull stopped early (empty when it caught up)
        qint64 lastSequence = 0; ///< the server's sequence this desk has caught up to
        bool cancelled = false;
    };
    /// Told how many changes were sent and applied so far; returns false to stop (between changes:
    /// everything done so far stays done and consistent).
    using Progress = std::function<bool(int sent, int applied)>;

    enum class Resolution { OtherDecisionStands = 1, TakeStepAgain = 2 };
    /// The stored and command-line name of a resolution: "other-decision-stands", "take-step-again".
    static QString resolutionName(Resolution resolution);
    static std::optional<Resolution> resolutionFromName(const QString &name);

    Result<Overview> overview(const Actor &actor) const;
    /// Joins the server at \a address (postgresql://USER@HOST:PORT/DATABASE) as desk \a deskId of
    /// \a office. Once only; the address can be changed later with setServerAddress().
    Status join(const Actor &actor, const QString &address, const QString &deskId, const QString &office);
    Status setServerAddress(const Actor &actor, const QString &address);
    /// One synchronisation through \a server (connected to the desk's server address).
    Result<Report> synchronise(const Actor &actor, ServerStore &server, const Progress &progress = {},
                               int pageSize = 500);
    /// Connects to the desk's server with \a password (a connection of the calling thread, closed
    /// after) and synchronises through it.
    Result<Report> synchroniseWithPassword(const Actor &actor, const QString &password, const Progress &progress = {},
                                           int pageSize = 500);
    Result<QList<SyncRepository::Conflict>> conflicts(const Actor &actor, bool openOnly) const;
    /// An officer's resolution of a conflict, with the reason (required). Reported to the server
    /// at the next synchronisation.
    Status resolve(const Actor &actor, qint64 conflictId, Resolution resolution, const QString &reason);

private:
    Status push(const Actor &actor, ServerStore &server, const SyncRepository::Desk &desk, Report &report,
                const Progress &progress);
    Status pull(const Actor &actor, ServerStore &server, const SyncRepository::Desk &desk, Report &report,
                const Progress &progress, int pageSize);
    /// What applying one pulled change came to.
    struct Applied
    {
        QString entityType; ///< objection, feedback, breach, repair, exit, correction or whitelist
        SyncRepository::Applied applied;
        QJsonArray corrections;
        QJsonArray notMade; ///< other desks' approved corrections not made here (the field changed since)
    };
    /// Applies \a pulled in its own transaction with its audit entry and the sequence remembered
    /// (or, \a wasSetAside, no longer set aside). A feedback entry whose application this desk
    /// lacks, or that it refuses, is set aside (audited); an objection step whose listing it lacks
    /// is left to wait, and one it refuses is an error (a case's steps build on each other).
    Result<Applied> apply(const Actor &actor, const ServerStore::PulledChange &pulled, bool wasSetAside,
                          const QByteArray &evidence);
    /// A repair decision of this desk the server refused (another desk decided first): what it set
    /// off here is undone in the same transaction as the conflict — the information published
    /// again, the measures it ended back in force, its notifications withdrawn unless a package
    /// carried them already. Returns what was undone, for the audit (empty for other changes).
    Result<QJsonObject> undoRefusedRepair(const SyncRepository::OutgoingChange &change, const QString &at);
    /// The same for objection steps that corrected the record: the refused step and the steps of the
    /// case after it that wait to be sent (they are certain to be refused too) are undone, the last
    /// first, and marked undone; other desks' decisions already pulled over them take effect again.
    Result<QJsonObject> undoRefusedObjection(const SyncRepository::OutgoingChange &change, const QString &at);
    /// One refused step's corrections undone on \a listingId: each field put back (unless changed
    /// here since), a revocation or deletion undone with its measures and notifications.
    Result<QJsonObject> undoObjectionStep(qint64 listingId, const SyncRepository::OutgoingChange &change,
                                          const QString &at);
    /// Puts back in force the measures of \a target that a refused decision ended on \a endedOn
    /// (unless \a reopenMeasures is false) and withdraws its notifications (\a lifted: what it
    /// lifted, per department, as MeasureLifting returned it); returns the counts and the
    /// notifications a package carried already, for the audit.
    Result<QJsonObject> undoLifting(const MeasureLifting::Target &target, const QJsonArray &lifted,
                                    const QDate &endedOn, const QString &at, bool reopenMeasures = true);
    /// The same for a mirror of the court's decision on a listing: the listing back in the state it
    /// was in, its measures back in force, its notifications withdrawn; another desk's mirror
    /// already pulled then takes effect.
    Result<QJsonObject> undoRefusedExit(const SyncRepository::OutgoingChange &change, const QString &at);
    /// Another desk's mirror of the court's decision (\a exit, recorded here), made here as well:
    /// the listing leaves the list and its measures end; the departments are notified by that
    /// desk. Returns what changed here, for the audit.
    Result<QJsonArray> replayExit(const ListingExit &exit);
    /// The measures lifted here because of another desk's decision (\a step, its day and actor);
    /// the notifications are marked as that desk's, which notifies the departments.
    Result<QJsonArray> liftHere(const MeasureLifting::Target &target, const QJsonObject &step, const QString &note,
                                const QString &fromDesk);
    /// What another desk's repair decision set off there, made here as well: the information leaves
    /// publication and the measures applied because of it end; the departments are notified by
    /// the deciding desk. Returns what changed here, for the audit.
    Result<QJsonArray> replayRepair(qint64 breachId, qint64 applicationId, const QJsonObject &step,
                                    const QString &fromDesk);
    /// A correction of a listing this desk approved or rejected, refused by the server (another desk
    /// decided first): it waits for a decision here again until that desk's decision is pulled, and
    /// a field the approval corrected is put back (unless the decision pulled already approved it
    /// too, or the field changed here since).
    Result<QJsonObject> undoRefusedCorrection(const SyncRepository::OutgoingChange &change);
    /// Another desk's decision of correction \a correctionId (\a payload), made here as well. An
    /// approval sets the field to the new value when it still holds the value the correction was
    /// registered against (left when equal to the new one); a field changed here since is not
    /// overwritten but named in \a outcome.notMade, with a history event. A rejection over this
    /// desk's own approval that never reached the server (taken before the desk joined) puts the
    /// field back. Fills \a outcome.corrections with what changed here, for the audit.
    Status replayCorrection(qint64 correctionId, const QJsonObject &payload, const QString &fromDesk, Applied &outcome);
    /// Sets \a field of the listing to \a corrected with a history event (\a note), as another desk's
    /// decision did; an empty object when it is so already, else {field, before, new}.
    Result<QJsonObject> replayField(qint64 listingId, const QString &field, const QString &corrected,
                                    const QString &note);
    /// Puts \a field of the listing back to \a old with a history event (\a note) when it is still
    /// \a corrected: {field, from, backTo}; else left as changed here since: {field, keptAsChangedSince}.
    Result<QJsonObject> putFieldBack(qint64 listingId, const QString &field, const QString &corrected,
                                     const QString &old, const QString &note);
    /// The corrections another desk's decision made to the listing, made here as well (fields
    /// already equal are left); a revocation or deletion lifts the measures here, but the
    /// departments are notified by the deciding desk. Returns what changed here, for the audit.
    Result<QJsonArray> replayCorrections(qint64 listingId, qint64 objectionId, const QJsonObject &step,
                                         const QString &fromDesk);

    Database &m_database;
};

} // namespace creditdesk
