#include "ScreeningRepository.h"

#include "Sql.h"

#include <QVariant>

namespace creditdesk {

ScreeningRepository::ScreeningRepository(QSqlDatabase db) : m_db(std::move(db)) {}

ScreeningRepository::~ScreeningRepository() = default;

Result<qint64> ScreeningRepository::insertBatch(const Batch &batch)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO screening_batch (file_name, file_sha256, file_description, mapping, "
                                 "rows_screened, rows_skipped, hits, possible, history, list_snapshot, thresholds, "
                                 "algorithm_version, screened_on, previous_batch, created_by, created_at) "
                                 "VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(batch.fileName);
    query.addBindValue(batch.fileSha256);
    query.addBindValue(batch.fileDescription);
    query.addBindValue(batch.mapping);
    query.addBindValue(batch.listSnapshot);
    query.addBindValue(batch.thresholds);
    query.addBindValue(batch.algorithmVersion);
    query.addBindValue(batch.screenedOn.toString(Qt::ISODate));
    query.addBindValue(batch.previousBatch > 0 ? QVariant(batch.previousBatch)
                                               : QVariant(QMetaType::fromType<qlonglong>()));
    query.addBindValue(batch.createdBy);
    query.addBindValue(sql::nowUtc());
    if (const Status status = sql::exec(query, "record a screening batch"); !status)
        return Error{status.error()};
    return query.lastInsertId().toLongLong();
}

Status ScreeningRepository::updateCounts(qint64 batchId, const Batch &counts)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE screening_batch SET rows_screened = ?, rows_skipped = ?, hits = ?, "
                                 "possible = ?, history = ? WHERE id = ?"));
    query.addBindValue(counts.rowsScreened);
    query.addBindValue(counts.rowsSkipped);
    query.addBindValue(counts.hits);
    query.addBindValue(counts.possible);
    query.addBindValue(counts.history);
    query.addBindValue(batchId);
    return sql::exec(query, "count a screening batch");
}

Status ScreeningRepository::insertRow(qint64 batchId, const Row &row)
{
    if (!m_insertRow) {
        m_insertRow = std::make_unique<QSqlQuery>(m_db);
        if (const Status status = sql::prepare(
                *m_insertRow,
                QStringLiteral("INSERT INTO screening_result (batch_id, line, reference, name, identifier_masked, "
                               "applicant_key, outcome, score, subject_id, listing_id, match_keys, explanation, "
                               "warning) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            !status)
            return status;
    }
    const QVariant noId(QMetaType::fromType<qlonglong>());
    QSqlQuery &query = *m_insertRow;
    query.bindValue(0, batchId);
    query.bindValue(1, row.line);
    query.bindValue(2, sql::textOf(row.reference));
    query.bindValue(3, sql::textOf(row.name));
    query.bindValue(4, sql::textOf(row.identifierMasked));
    query.bindValue(5, sql::textOf(row.applicantKey));
    query.bindValue(6, row.outcome);
    query.bindValue(7, row.score);
    query.bindValue(8, row.subjectId > 0 ? QVariant(row.subjectId) : noId);
    query.bindValue(9, row.listingId > 0 ? QVariant(row.listingId) : noId);
    query.bindValue(10, sql::textOf(row.matchKeys));
    query.bindValue(11, sql::textOf(row.explanation));
    query.bindValue(12, sql::textOf(row.warning));
    return sql::exec(query, "record a screening result");
}

std::optional<ScreeningRepository::Batch> ScreeningRepository::findBatch(qint64 batchId) const
{
    QSqlQuery query(m_db);
    query.prepare(
        QStringLiteral("SELECT id, file_name, file_sha256, file_description, mapping, rows_screened, "
                       "rows_skipped, hits, possible, history, list_snapshot, thresholds, algorithm_version, "
                       "screened_on, coalesce(previous_batch, 0), created_by, created_at FROM screening_batch "
                       "WHERE id = ?"));
    query.addBindValue(batchId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Batch batch;
    batch.id = query.value(0).toLongLong();
    batch.fileName = query.value(1).toString();
    batch.fileSha256 = query.value(2).toString();
    batch.fileDescription = query.value(3).toString();
    batch.mapping = query.value(4).toString();
    batch.rowsScreened = query.value(5).toLongLong();
    batch.rowsSkipped = query.value(6).toLongLong();
    batch.hits = query.value(7).toLongLong();
    batch.possible = query.value(8).toLongLong();
    batch.history = query.value(9).toLongLong();
    batch.listSnapshot = query.value(10).toString();
    batch.thresholds = query.value(11).toString();
    batch.algorithmVersion = query.value(12).toInt();
    batch.screenedOn = sql::dateOf(query.value(13));
    batch.previousBatch = query.value(14).toLongLong();
    batch.createdBy = query.value(15).toString();
    batch.createdAt = query.value(16).toString();
    return batch;
}

Result<std::optional<qint64>> ScreeningRepository::previousOf(const QString &fileSha256, qint64 beforeBatch) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT max(id) FROM screening_batch WHERE file_sha256 = ? AND id < ?"));
    query.addBindValue(fileSha256);
    query.addBindValue(beforeBatch);
    if (const Status status = sql::exec(query, "find the previous batch"); !status)
        return Error{status.error()};
    if (query.next() && !query.value(0).isNull())
        return std::optional<qint64>(query.value(0).toLongLong());
    return std::optional<qint64>();
}

Result<QList<ScreeningRepository::Row>> ScreeningRepository::rows(qint64 batchId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT line, reference, name, identifier_masked, applicant_key, outcome, score, "
                                 "coalesce(subject_id, 0), coalesce(listing_id, 0), match_keys, explanation, warning "
                                 "FROM screening_result WHERE batch_id = ? ORDER BY line"));
    query.addBindValue(batchId);
    if (const Status status = sql::exec(query, "read screening results"); !status)
        return Error{status.error()};
    QList<Row> result;
    while (query.next()) {
        result.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString(),
                       query.value(3).toString(), query.value(4).toString(), query.value(5).toInt(),
                       query.value(6).toDouble(), query.value(7).toLongLong(), query.value(8).toLongLong(),
                       query.value(9).toString(), query.value(10).toString(), query.value(11).toString()});
    }
    return result;
}

} // namespace creditdesk
