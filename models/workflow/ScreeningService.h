#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "screening/ScreeningMatcher.h"
#include "store/ScreeningRepository.h"

#include <atomic>
#include <functional>
#include <optional>

namespace creditdesk {

class Database;

/// How a batch is screened.
struct ScreeningOptions
{
    ScreeningThresholds thresholds;
    std::optional<ColumnMapping> mapping; ///< recognised from the header when not given
    bool skipBadRows = false;             ///< otherwise one bad row stops the batch before screening
    QDate today = QDate::currentDate();
    int workers = -1; ///< matching threads; -1 one per core, 0 on the calling thread
};

/// What a look at a file shows before screening: how it was read, its columns, the fields
/// recognised and its first rows.
struct ScreeningPreview
{
    QString description;
    QStringList header;
    std::optional<ColumnMapping> mapping;
    QString mappingError;
    QList<TableRow> rows;
};

/// Batch screening of applicants (自动比对): reads the file twice, streaming — first to hash it
/// and check every row (a bad row stops the batch with every error listed, unless the officer
/// skips bad rows), then to match each applicant and record the result of every row, no-hit
/// rows included, in one frozen batch with the file's hash, the list's snapshot, thresholds and
/// algorithm version. Nothing is recorded when the input is unusable or the run is cancelled.
class ScreeningService
{
public:
    explicit ScreeningService(Database &database);

    static Result<ScreeningPreview> preview(const QString &path, int rows = 20);

    struct Summary
    {
        qint64 batchId = 0;
        qint64 rows = 0;
        qint64 hits = 0;
        qint64 possible = 0;
        qint64 history = 0;
        qint64 skipped = 0;
        qint64 cleared = 0;    ///< rows whose every match is whitelisted
        QStringList rowErrors; ///< the skipped rows' errors (at most 1,000)
        QString fileSha256;
        QString description;
        qint64 previousBatch = 0;
        qint64 changedSincePrevious = 0; ///< rows whose outcome or match differs from the previous batch
    };
    /// Called for every screened row, for an export as the batch runs.
    using RowSink = std::function<Status(const Applicant &, const ScreeningResult &)>;
    /// Bytes read of the two passes together; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    Result<Summary> screenFile(const Actor &actor, const QString &path, const ScreeningOptions &options,
                               const RowSink &sink = {}, const Progress &progress = {});

    /// The rows whose result changed from \a previousBatch to \a batchId, by line.
    Result<QList<std::pair<ScreeningRepository::Row, ScreeningRepository::Row>>>
    changes(const Actor &actor, qint64 batchId, qint64 previousBatch) const;

private:
    Database &m_database;
};

} // namespace creditdesk
