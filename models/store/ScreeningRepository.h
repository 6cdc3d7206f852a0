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
        QString legalRepresentative;
    };

    /// One match of a row, as kept for review (the row keeps the best one).
    struct StoredMatch
    {
        int line = 0;
        int rank = 0;
        qint64 subjectId = 0;
        qint64 listingId = 0;
        QString caseNumber;
        bool inForce = false;
        double score = 0;
        QString matchKeys;
        QString explanation;
        qint64 whitelistId = 0;
        QString subjectName; ///< read with the match, not stored
    };

    Result<qint64> insertBatch(const Batch &batch);
    Status updateCounts(qint64 batchId, const Batch &counts);
    /// Many at once: a statement writes up to rowsPerStatement rows (far less work per row).
    Status insertRows(qint64 batchId, const QList<Row> &rows);
    Status insertMatches(qint64 batchId, const QList<StoredMatch> &matches);
    static constexpr int rowsPerStatement = 32;
    std::optional<Batch> findBatch(qint64 batchId) const;
    /// The newest batches first.
    Result<QList<Batch>> batches(int limit) const;
    std::optional<StoredMatch> findMatch(qint64 batchId, int line, qint64 subjectId) const;
    std::optional<Row> findRow(qint64 batchId, int line) const;
    /// Every match kept for \a batchId, by line and rank.
    Result<QList<StoredMatch>> matches(qint64 batchId) const;
    /// The rows of \a batchId with a match (hit, possible, history or cleared); with
    /// \a includeNoHit every row.
    Result<QList<Row>> reviewRows(qint64 batchId, bool includeNoHit) const;
    /// The latest earlier batch of the same file, if any.
    Result<std::optional<qint64>> previousOf(const QString &fileSha256, qint64 beforeBatch) const;
    Result<QList<Row>> rows(qint64 batchId) const;
    /// The rows of \a batchId whose outcome or match differs from the same line of
    /// \a previousBatch (the same file screened before), with the earlier row (empty when the
    /// line is new); compared in one statement.
    Result<QList<std::pair<Row, Row>>> changedRows(qint64 batchId, qint64 previousBatch) const;
    Result<qint64> countChangedRows(qint64 batchId, qint64 previousBatch) const;

private:
    QSqlDatabase m_db;
    Status insertMany(std::unique_ptr<QSqlQuery> &fullGroup, const QString &insert, int columns,
                      const QVariantList &values, const char *purpose);

    std::unique_ptr<QSqlQuery> m_insertRows;    ///< rowsPerStatement results
    std::unique_ptr<QSqlQuery> m_insertMatches; ///< rowsPerStatement matches
};

} // namespace creditdesk
