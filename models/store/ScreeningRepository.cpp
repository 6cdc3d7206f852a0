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
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "record a screening batch")); !status)
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
    return sql::exec(query, QT_TRANSLATE_NOOP("Database", "count a screening batch"));
}

namespace {

const QString resultColumns = QStringLiteral(
    "INSERT INTO screening_result (batch_id, line, reference, name, identifier_masked, applicant_key, outcome, score, "
    "subject_id, listing_id, match_keys, explanation, warning, legal_representative) VALUES ");
constexpr int resultColumnCount = 14;
const QString matchColumns = QStringLiteral(
    "INSERT INTO screening_match (batch_id, line, rank, subject_id, listing_id, case_number, in_force, score, "
    "match_keys, explanation, whitelist_id) VALUES ");
constexpr int matchColumnCount = 11;

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

void appendValues(QVariantList &values, qint64 batchId, const ScreeningRepository::Row &row)
{
    values << batchId << row.line << sql::textOf(row.reference) << sql::textOf(row.name)
           << sql::textOf(row.identifierMasked) << sql::textOf(row.applicantKey) << row.outcome << row.score
           << idOrNull(row.subjectId) << idOrNull(row.listingId) << sql::textOf(row.matchKeys)
           << sql::textOf(row.explanation) << sql::textOf(row.warning) << sql::textOf(row.legalRepresentative);
}

void appendValues(QVariantList &values, qint64 batchId, const ScreeningRepository::StoredMatch &match)
{
    values << batchId << match.line << match.rank << match.subjectId << match.listingId << sql::textOf(match.caseNumber)
           << (match.inForce ? 1 : 0) << match.score << sql::textOf(match.matchKeys) << sql::textOf(match.explanation)
           << idOrNull(match.whitelistId);
}

/// The values of \a items, one after the other, for insertMany().
template<typename Item>
QVariantList valuesOf(qint64 batchId, const QList<Item> &items, int columns)
{
    QVariantList values;
    values.reserve(items.size() * columns);
    for (const Item &item : items)
        appendValues(values, batchId, item);
    return values;
}

/// "INSERT ... VALUES (?, ?), (?, ?), ..." for \a rows rows of \a columns values.
QString manyRows(const QString &insert, int columns, int rows)
{
    QString tuple = QStringLiteral("(?");
    for (int column = 1; column < columns; ++column)
        tuple += QStringLiteral(", ?");
    tuple += u')';
    QString statement = insert;
    for (int row = 0; row < rows; ++row)
        statement += (row > 0 ? QStringLiteral(", ") : QString()) + tuple;
    return statement;
}

} // namespace

Status ScreeningRepository::insertMany(std::unique_ptr<QSqlQuery> &fullGroup, const QString &insert, int columns,
                                       const QVariantList &values, const char *purpose)
{
    const int rows = static_cast<int>(values.size() / columns);
    int done = 0;
    // Whole groups through one prepared statement; the rest (fewer rows) through one made for them.
    while (done < rows) {
        const int count = std::min(rowsPerStatement, rows - done);
        QSqlQuery rest(m_db);
        QSqlQuery *query = &rest;
        if (count == rowsPerStatement) {
            if (!fullGroup) {
                fullGroup = std::make_unique<QSqlQuery>(m_db);
                if (const Status status = sql::prepareNumbered(*fullGroup, manyRows(insert, columns, count)); !status)
                    return status;
            }
            query = fullGroup.get();
        } else if (const Status status = sql::prepareNumbered(rest, manyRows(insert, columns, count)); !status) {
            return status;
        }
        const qsizetype first = static_cast<qsizetype>(done) * columns;
        for (int index = 0; index < count * columns; ++index)
            sql::bindAt(*query, index, values.at(first + index));
        if (const Status status = sql::exec(*query, purpose); !status)
            return status;
        done += count;
    }
    return {};
}

Status ScreeningRepository::insertRows(qint64 batchId, const QList<Row> &rows)
{
    return insertMany(m_insertRows, resultColumns, resultColumnCount, valuesOf(batchId, rows, resultColumnCount),
                      QT_TRANSLATE_NOOP("Database", "record screening results"));
}

Status ScreeningRepository::insertMatches(qint64 batchId, const QList<StoredMatch> &matches)
{
    return insertMany(m_insertMatches, matchColumns, matchColumnCount, valuesOf(batchId, matches, matchColumnCount),
                      QT_TRANSLATE_NOOP("Database", "record screening matches"));
}

namespace {

const char *batchColumns = "id, file_name, file_sha256, file_description, mapping, rows_screened, rows_skipped, hits, "
                           "possible, history, list_snapshot, thresholds, algorithm_version, screened_on, "
                           "coalesce(previous_batch, 0), created_by, created_at";

ScreeningRepository::Batch batchOf(const QSqlQuery &query)
{
    ScreeningRepository::Batch batch;
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

} // namespace

std::optional<ScreeningRepository::Batch> ScreeningRepository::findBatch(qint64 batchId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM screening_batch WHERE id = ?").arg(QLatin1String(batchColumns)));
    query.addBindValue(batchId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return batchOf(query);
}

Result<QList<ScreeningRepository::Batch>> ScreeningRepository::batches(int limit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1 FROM screening_batch ORDER BY id DESC LIMIT ?").arg(QLatin1String(batchColumns)));
    query.addBindValue(limit);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read screening batches")); !status)
        return Error{status.error()};
    QList<Batch> result;
    while (query.next())
        result.append(batchOf(query));
    return result;
}

namespace {

/// The columns of a result row, for a table alias (rowOf reads them).
QString rowColumns(const QString &alias)
{
    return QStringLiteral("%1.line, %1.reference, %1.name, %1.identifier_masked, %1.applicant_key, %1.outcome, "
                          "%1.score, coalesce(%1.subject_id, 0), coalesce(%1.listing_id, 0), %1.match_keys, "
                          "%1.explanation, %1.warning, %1.legal_representative")
        .arg(alias);
}
constexpr int rowColumnCount = 13;

ScreeningRepository::Row rowOf(const QSqlQuery &query, int first = 0)
{
    return ScreeningRepository::Row{
        query.value(first).toInt(),        query.value(first + 1).toString(),   query.value(first + 2).toString(),
        query.value(first + 3).toString(), query.value(first + 4).toString(),   query.value(first + 5).toInt(),
        query.value(first + 6).toDouble(), query.value(first + 7).toLongLong(), query.value(first + 8).toLongLong(),
        query.value(first + 9).toString(), query.value(first + 10).toString(),  query.value(first + 11).toString(),
        query.value(first + 12).toString()};
}

/// A match with its subject's name: the statement's start up to the condition (matchOf reads it).
const char *matchSelect = "SELECT m.line, m.rank, m.subject_id, m.listing_id, m.case_number, m.in_force, m.score, "
                          "m.match_keys, m.explanation, coalesce(m.whitelist_id, 0), coalesce(s.name, '') FROM "
                          "screening_match m LEFT JOIN subject s ON s.id = m.subject_id";

ScreeningRepository::StoredMatch matchOf(const QSqlQuery &query)
{
    return ScreeningRepository::StoredMatch{
        query.value(0).toInt(),      query.value(1).toInt(),    query.value(2).toLongLong(),
        query.value(3).toLongLong(), query.value(4).toString(), query.value(5).toInt() == 1,
        query.value(6).toDouble(),   query.value(7).toString(), query.value(8).toString(),
        query.value(9).toLongLong(), query.value(10).toString()};
}

} // namespace

std::optional<ScreeningRepository::StoredMatch> ScreeningRepository::findMatch(qint64 batchId, int line,
                                                                               qint64 subjectId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("%1 WHERE m.batch_id = ? AND m.line = ? AND m.subject_id = ? ORDER BY m.rank "
                                 "LIMIT 1")
                      .arg(QLatin1String(matchSelect)));
    query.addBindValue(batchId);
    query.addBindValue(line);
    query.addBindValue(subjectId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return matchOf(query);
}

std::optional<ScreeningRepository::Row> ScreeningRepository::findRow(qint64 batchId, int line) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT %1 FROM screening_result r WHERE batch_id = ? AND line = ?")
                      .arg(rowColumns(QStringLiteral("r"))));
    query.addBindValue(batchId);
    query.addBindValue(line);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return rowOf(query);
}

Result<QList<ScreeningRepository::StoredMatch>> ScreeningRepository::matches(qint64 batchId) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("%1 WHERE m.batch_id = ? ORDER BY m.line, m.rank").arg(QLatin1String(matchSelect)));
    query.addBindValue(batchId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read screening matches")); !status)
        return Error{status.error()};
    QList<StoredMatch> result;
    while (query.next())
        result.append(matchOf(query));
    return result;
}

Result<std::optional<qint64>> ScreeningRepository::previousOf(const QString &fileSha256, qint64 beforeBatch) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT max(id) FROM screening_batch WHERE file_sha256 = ? AND id < ?"));
    query.addBindValue(fileSha256);
    query.addBindValue(beforeBatch);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "find the previous batch")); !status)
        return Error{status.error()};
    if (query.next() && !query.value(0).isNull())
        return std::optional<qint64>(query.value(0).toLongLong());
    return std::optional<qint64>();
}

Result<QList<ScreeningRepository::Row>> ScreeningRepository::rows(qint64 batchId) const
{
    return reviewRows(batchId, true);
}

Result<QList<ScreeningRepository::Row>> ScreeningRepository::reviewRows(qint64 batchId, bool includeNoHit) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM screening_result r WHERE batch_id = :batch %2 ORDER BY line")
                      .arg(rowColumns(QStringLiteral("r")),
                           includeNoHit ? QString()
                                        : QStringLiteral("AND (outcome <> 0 OR EXISTS (SELECT 1 FROM screening_match m "
                                                         "WHERE m.batch_id = r.batch_id AND m.line = r.line))")));
    query.bindValue(QStringLiteral(":batch"), batchId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read screening results")); !status)
        return Error{status.error()};
    QList<Row> result;
    while (query.next())
        result.append(rowOf(query));
    return result;
}

namespace {

const char *changedFrom = "FROM screening_result n LEFT JOIN screening_result p ON p.batch_id = :previous AND "
                          "p.line = n.line AND p.applicant_key = n.applicant_key WHERE n.batch_id = :batch AND "
                          "(p.line IS NULL OR p.outcome <> n.outcome OR p.subject_id IS NOT n.subject_id OR "
                          "p.listing_id IS NOT n.listing_id)";

} // namespace

Result<QList<std::pair<ScreeningRepository::Row, ScreeningRepository::Row>>>
ScreeningRepository::changedRows(qint64 batchId, qint64 previousBatch) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT %1, p.line IS NOT NULL, %2 %3 ORDER BY n.line")
            .arg(rowColumns(QStringLiteral("n")), rowColumns(QStringLiteral("p")), QLatin1String(changedFrom)));
    query.bindValue(QStringLiteral(":previous"), previousBatch);
    query.bindValue(QStringLiteral(":batch"), batchId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "compare screening batches")); !status)
        return Error{status.error()};
    QList<std::pair<Row, Row>> result;
    while (query.next())
        result.append({query.value(rowColumnCount).toBool() ? rowOf(query, rowColumnCount + 1) : Row{}, rowOf(query)});
    return result;
}

Result<qint64> ScreeningRepository::countChangedRows(qint64 batchId, qint64 previousBatch) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT count(*) %1").arg(QLatin1String(changedFrom)));
    query.bindValue(QStringLiteral(":previous"), previousBatch);
    query.bindValue(QStringLiteral(":batch"), batchId);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "compare screening batches")); !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace creditdesk
