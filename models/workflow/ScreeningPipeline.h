#pragma once

#include "domain/Result.h"
#include "exchange/TableReader.h"
#include "screening/ScreeningMatcher.h"
#include "security/OfficeKey.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace creditdesk {

class NameKeyBuilder;

/// The second pass of a screening batch spread over the machine's cores: the calling thread
/// reads the file in chunks and records the results in file order; worker threads, each with
/// its own read-only connection, build each applicant's keys, match it and apply the whitelist.
/// The calling thread's transaction holds the write lock, so the workers read the list exactly
/// as it stands for the batch. With no workers (one core) everything runs on the calling thread.
class ScreeningPipeline
{
public:
    struct Settings
    {
        QString databasePath; ///< the workers open it read-only
        QDate today;
        ScreeningThresholds thresholds;
        ColumnMapping mapping;
        int workers = 0;
        /// Copied for each worker when given (else each worker builds its own name keys).
        std::shared_ptr<const NameKeyBuilder> keys;
        /// The desk's office key: whitelist entries are found by the applicant's key keyed with it.
        OfficeKey officeKey;
    };
    /// Records one screened applicant, in file order; an error stops the pass.
    using Record = std::function<Status(const Applicant &, const ScreeningResult &)>;
    /// Called after each chunk with the bytes read; false cancels.
    using KeepGoing = std::function<bool(qint64 position)>;

    explicit ScreeningPipeline(Settings settings);

    /// Reads the rows after the header from \a reader to the end. \a connection is the calling
    /// thread's, used when there are no workers.
    Status run(TableReader &reader, const QSqlDatabase &connection, const Record &record, const KeepGoing &keepGoing);

    /// Workers for this machine: one per core, none on a single core.
    static int workersForThisMachine();

private:
    Settings m_settings;
};

} // namespace creditdesk
