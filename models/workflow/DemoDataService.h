#pragma once

#include "demo/DemoGenerator.h"
#include "domain/Actor.h"
#include "domain/Result.h"

#include <atomic>
#include <functional>

namespace creditdesk {

class Database;

/// Fills a database with generated demo subjects in audited batches: each batch is one
/// transaction with its own audit entry, so an interrupted run leaves whole batches only.
class DemoDataService
{
public:
    struct Request
    {
        qint64 subjects = 10000;
        DemoGenerator::Settings settings;
        int batchSize = 5000;
        /// Objection cases in several states and both routes, registered by the demo officer and
        /// decided by the demo reviewer, so that the queues show something; 0 for none.
        int objections = 0;
        /// Administrative breach information of every tier with its measures, and repair
        /// applications in every stage (some eligible, some repaired, some past their maximum
        /// for the expiry job); 0 for none.
        int repairs = 0;
    };
    struct Summary
    {
        qint64 subjects = 0;
        qint64 listings = 0;
        qint64 measureApplications = 0;
    };
    /// Called after each batch with the number of subjects written so far.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DemoDataService(Database &database);

    /// Installs reference data and demo users if needed, then generates the subjects.
    /// Stops after the current batch when \a cancel becomes true.
    Result<Summary> generate(const Actor &actor, const QString &reason, const Request &request,
                             const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

private:
    Status addObjections(int count, const QDate &asOf);
    Status addRepairs(int count);

    Database &m_database;
};

} // namespace creditdesk
