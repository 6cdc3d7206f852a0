#pragma once

#include "domain/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>
#include <optional>

namespace creditdesk {

/// The frozen records of screening batches: one row per batch and one per input row. The
/// caller owns the transaction and the audit entry.
class ScreeningRepository
{
public:
    explicit ScreeningRepository(QSqlDatabase db);
    ~ScreeningRepository();

    struct Batch
    {
        qint64 id = 0;
        QString fileName;
        QString fileSha256;
        QString fileDescription;
        QString mapping;
        qint64 rowsScreened = 0;
        qint64 rowsSkipped = 0;
        qint64 hits = 0;
        qint64 possible = 0;
        qint64 history = 0;
        QString listSnapshot;
        QString thresholds;
        int algorithmVersion = 0;
        QDate screenedOn;
        qint64 previousBatch = 0;
        QString createdBy;
        QString createdAt;
    };
    struct Row
    {
        int line = 0;
        QString reference;
        QString name;
        QString identifierMasked;
        QString applicantKey;
        int outcome = 0;
        double score = 0;
        qint64 subjectId = 0;
        qint64 listingId = 0;
        QString matchKeys;
        QString explanation;
        QString warning;
    };

    Result<qint64> insertBatch(const Batch &batch);
    Status updateCounts(qint64 batchId, const Batch &counts);
    Status insertRow(qint64 batchId, const Row &row);
    std::optional<Batch> findBatch(qint64 batchId) const;
    /// The latest earlier batch of the same file, if any.
    Result<std::optional<qint64>> previousOf(const QString &fileSha256, qint64 beforeBatch) const;
    Result<QList<Row>> rows(qint64 batchId) const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insertRow;
};

} // namespace creditdesk
