#pragma once

#include "domain/Actor.h"
#include "domain/BreachRecord.h"
#include "domain/Listing.h"
#include "domain/Result.h"

#include <functional>

namespace creditdesk {

class Database;

/// The entries whose time is up, proposed to an officer before anything changes.
struct ExpiryProposal
{
    struct ListingItem
    {
        Listing listing;
        QString subjectName;
        QDate periodEnd;
        QDate dueOn; ///< deletion due three working days after the period ended (Art. 10)
        bool overdue = false;
    };
    struct BreachItem
    {
        BreachRecord record;
        QString subjectName;
    };

    QDate asOf;
    QList<ListingItem> listings;
    QList<BreachItem> breaches;
    bool truncated = false; ///< more entries than the batch holds: confirm, then look again

    bool isEmpty() const { return listings.isEmpty() && breaches.isEmpty(); }
    qsizetype size() const { return listings.size() + breaches.size(); }
};

/// The expiry job: finds court listings whose fixed period has ended (to be deleted within three
/// working days, Art. 10) and breach information past its maximum publication period, and
/// proposes them as a batch. Nothing changes until an officer confirms; then each entry leaves
/// publication with its measures lifted, its departments notified and its own audit entry, all
/// in one transaction. An entry changed since the proposal is skipped and reported.
class ExpiryService
{
public:
    explicit ExpiryService(Database &database);

    static constexpr int defaultBatchSize = 2000;

    Result<ExpiryProposal> propose(const Actor &actor, const QDate &today, int batchSize = defaultBatchSize) const;

    struct Outcome
    {
        int listingsDeleted = 0;
        int breachesStopped = 0;
        QStringList skipped; ///< entries changed since the proposal, with why
    };
    /// Applies \a proposal; \a progress is told after each entry and may return false to cancel
    /// (then nothing is applied).
    Result<Outcome> confirm(const Actor &actor, const ExpiryProposal &proposal, const QString &reason,
                            const std::function<bool(int done, int total)> &progress = {});

    /// Tests only: called at named points inside the confirmation's transaction.
    void setFaultInjection(std::function<Status(const QString &point)> fault) { m_fault = std::move(fault); }

private:
    Status fault(const QString &point) const { return m_fault ? m_fault(point) : Status{}; }

    Database &m_database;
    std::function<Status(const QString &)> m_fault;
};

} // namespace creditdesk
