#include "SchemaWriteFloor.h"

#include "Sql.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <algorithm>

namespace creditdesk {

namespace {

/// Indexes whose entries for the new rows all come last (by the new, rising ids): kept while the
/// rows are written, as the import keeps them, because appending to them costs less than sorting
/// them again. Every other index and trigger of the tables written is dropped and recreated.
const char *const appendedIndexes[] = {"subject_identifier_by_subject", "exchange_key_by_local", "listing_by_subject",
                                       "listing_event_by_listing"};

double secondsOf(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

Result<qint64> scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (const Status prepared = sql::prepare(query, statement); !prepared)
        return Error{prepared.error()};
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read a number")); !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toLongLong() : 0;
}

/// Drops the generated rows and puts the sorting threads back, on every way out.
class Cleanup
{
public:
    Cleanup(QSqlDatabase db, qint64 threads) : m_db(std::move(db)), m_threads(threads) {}
    ~Cleanup()
    {
        (void)sql::run(m_db, QStringLiteral("DROP TABLE IF EXISTS temp.floor_row"),
                       QT_TRANSLATE_NOOP("Database", "drop the generated rows"));
        (void)sql::run(m_db, QStringLiteral("PRAGMA threads = %1").arg(m_threads),
                       QT_TRANSLATE_NOOP("Database", "put the sorting threads back"));
    }
    Cleanup(const Cleanup &) = delete;
    Cleanup &operator=(const Cleanup &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_threads;
};

Status runAll(const QSqlDatabase &db, const QStringList &statements, const char *purpose)
{
    for (const QString &statement : statements)
        if (const Status status = sql::run(db, statement, purpose); !status)
            return status;
    return {};
}

} // namespace

Result<SchemaWriteFloor::Figures> SchemaWriteFloor::measure(const QSqlDatabase &db, qint64 subjects,
                                                            const QString &source)
{
    auto lastSubject = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM subject"));
    auto lastListing = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM listing"));
    auto threads = scalar(db, QStringLiteral("PRAGMA threads"));
    if (!lastSubject || !lastListing || !threads)
        return Error{!lastSubject ? lastSubject.error() : !lastListing ? lastListing.error() : threads.error()};
    const Cleanup cleanup(db, threads.value());

    // The generated rows, made before the clock starts: the benchmark package's values (names
    // from the same surnames and given names, ID numbers by birth day after those of the
    // subjects before, the courts in turn, six grounds, 600 decision days), the ids the new rows
    // get, and the month each listing of a fixed period stops counting (as the listing's
    // generated column computes it, and as the importer computes it before writing). Read in
    // the order made (rowid), from memory.
    QString generate = QStringLiteral(
        "CREATE TEMP TABLE floor_row AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < "
        "{subjects}), surname(k, s) AS (VALUES (0, '王'), (1, '李'), (2, '张'), (3, '刘'), (4, '陈'), (5, '杨'), "
        "(6, '黄'), (7, '赵'), (8, '吴'), (9, '周'), (10, '欧阳'), (11, '司马')), given(g) AS (SELECT "
        "'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英'), court_turn(c, code) AS (SELECT row_number() OVER "
        "(ORDER BY code) - 1, code FROM court), courts(total) AS (SELECT count(*) FROM court), "
        "generated(i, subject_id, listing_id, name, id_number, court_code, case_number, ground, period_months, "
        "decided) AS "
        "(SELECT i, {lastSubject} + i + 1, {lastListing} + i + 1, "
        "s || substr(g, i % length(g) + 1, 1) || substr(g, (i / length(g)) % length(g) + 1, 1), "
        "'110101' || strftime('%Y%m%d', '1950-01-01', '+' || (({lastSubject} + i) / 999) || ' days') || "
        "printf('%03d', ({lastSubject} + i) % 999 + 1) "
        "|| 'X', (SELECT code FROM court_turn WHERE c = i % total), '(2025)京0101执' || (i + 1) || '号', 1 + i % 6, "
        "CASE WHEN i % 6 = 0 THEN 0 ELSE 24 END, date('2025-01-01', '+' || (i % 600) || ' days') "
        "FROM n JOIN surname ON k = i % 12, given, courts) "
        "SELECT *, CASE WHEN period_months > 0 THEN substr(date(min(date(decided, 'start of month', '+' || "
        "period_months || ' months', '+' || (CAST(substr(decided, 9, 2) AS INTEGER) - 1) || ' days'), date(decided, "
        "'start of month', '+' || (period_months + 1) || ' months', '-1 day')), '+1 day'), 1, 7) END AS expiry_month "
        "FROM generated ORDER BY i");
    generate.replace(QStringLiteral("{subjects}"), QString::number(subjects))
        .replace(QStringLiteral("{lastSubject}"), QString::number(lastSubject.value()))
        .replace(QStringLiteral("{lastListing}"), QString::number(lastListing.value()));
    if (const Status made = runAll(db, {QStringLiteral("PRAGMA temp.cache_size = -262144"), generate},
                                   QT_TRANSLATE_NOOP("Database", "generate the rows"));
        !made)
        return Error{made.error()};

    // The indexes and triggers of the tables written, but those kept: dropped, then recreated.
    QStringList definitions;
    QStringList drops;
    {
        QSqlQuery query(db);
        if (const Status prepared = sql::prepare(
                query, QStringLiteral(
                           "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS "
                           "NOT NULL AND tbl_name IN ('subject', 'subject_identifier', 'exchange_key', 'listing', "
                           "'listing_event') ORDER BY type DESC, name"));
            !prepared)
            return Error{prepared.error()};
        if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the index definitions"));
            !status)
            return Error{status.error()};
        while (query.next()) {
            const QString name = query.value(1).toString();
            if (std::any_of(std::begin(appendedIndexes), std::end(appendedIndexes),
                            [&name](const char *kept) { return name == QLatin1String(kept); }))
                continue;
            drops.append(QStringLiteral("DROP %1 %2").arg(query.value(0).toString(), name));
            definitions.append(query.value(2).toString());
        }
    }
    const QString now = sql::nowUtc();
    const QString quotedSource = QString(source).replace(u'\'', QStringLiteral("''"));
    const QStringList rows = {
        QStringLiteral("INSERT INTO subject (id, kind, name, name_key, sex, birth_date, created_at, updated_at, "
                       "pinyin_key, initials_key, latest_decision) SELECT subject_id, 1, name, name, 'M', "
                       "'1950-01-01', '%1', '%1', 'p' || name, 'i' || name, decided FROM floor_row")
            .arg(now),
        QStringLiteral(
            "INSERT INTO subject_identifier (subject_id, type, value) SELECT subject_id, 1, id_number FROM floor_row"),
        QStringLiteral("INSERT INTO exchange_key (source, kind, key, local_id) SELECT '%1', 'subject', 'S' || i, "
                       "subject_id FROM floor_row")
            .arg(quotedSource),
        QStringLiteral("INSERT INTO listing (id, subject_id, court_code, case_number, ground, decision_date, "
                       "period_months, state, created_at, updated_at) SELECT listing_id, subject_id, court_code, "
                       "case_number, ground, decided, period_months, 1, '%1', '%1' FROM floor_row")
            .arg(now),
        QStringLiteral("INSERT INTO listing_event (listing_id, occurred_on, kind, state, deletion_event, note) SELECT "
                       "listing_id, decided, 1, 1, 0, 'exchange' FROM floor_row"),
        QStringLiteral("INSERT INTO exchange_key (source, kind, key, local_id) SELECT '%1', 'listing', 'L' || i, "
                       "listing_id FROM floor_row")
            .arg(quotedSource),
    };
    // What the dropped triggers would have added row by row, added once: the name-search entries
    // and the listing statistics (listed in the decision's month, expired in the expiry's).
    const QStringList derived = {
        QStringLiteral("INSERT INTO subject_name_search (rowid, name_key, legal_representative_key) SELECT "
                       "subject_id, name, NULL FROM floor_row"),
        QStringLiteral("INSERT INTO statistics_listing (area, month, ground, listed) SELECT a.area, r.month, r.ground, "
                       "sum(r.listed) FROM (SELECT court_code, substr(decided, 1, 7) AS month, ground, count(*) AS "
                       "listed FROM floor_row GROUP BY 1, 2, 3) r JOIN statistics_area a ON a.court_code = "
                       "r.court_code WHERE true GROUP BY 1, 2, 3 ON CONFLICT (area, month, ground) DO UPDATE SET "
                       "listed = listed + excluded.listed"),
        QStringLiteral("INSERT INTO statistics_listing (area, month, ground, expired) SELECT a.area, r.month, "
                       "r.ground, sum(r.expired) FROM (SELECT court_code, expiry_month AS month, ground, count(*) AS "
                       "expired FROM floor_row WHERE expiry_month IS NOT NULL GROUP BY 1, 2, 3) r JOIN "
                       "statistics_area a ON a.court_code = r.court_code WHERE true GROUP BY 1, 2, 3 ON CONFLICT "
                       "(area, month, ground) DO UPDATE SET expired = expired + excluded.expired"),
    };

    Figures figures;
    QElapsedTimer timer;
    timer.start();
    const Status written = [&]() -> Status {
        if (const Status begun =
                sql::run(db, QStringLiteral("BEGIN IMMEDIATE"), QT_TRANSLATE_NOOP("Database", "begin"));
            !begun)
            return begun;
        if (const Status status = runAll(db, drops + rows, QT_TRANSLATE_NOOP("Database", "write the rows")); !status)
            return status;
        figures.rowsSeconds = secondsOf(timer);
        if (const Status status =
                runAll(db, derived, QT_TRANSLATE_NOOP("Database", "add the name search and statistics"));
            !status)
            return status;
        figures.derivedSeconds = secondsOf(timer) - figures.rowsSeconds;
        if (const Status status =
                runAll(db,
                       QStringList{QStringLiteral("PRAGMA threads = %1")
                                       .arg(std::max<qint64>(threads.value(), QThread::idealThreadCount()))}
                           + definitions,
                       QT_TRANSLATE_NOOP("Database", "recreate the indexes"));
            !status)
            return status;
        figures.indexSeconds = secondsOf(timer) - figures.rowsSeconds - figures.derivedSeconds;
        return sql::run(db, QStringLiteral("COMMIT"), QT_TRANSLATE_NOOP("Database", "commit"));
    }();
    figures.totalSeconds = secondsOf(timer);
    if (!written) {
        (void)sql::run(db, QStringLiteral("ROLLBACK"), QT_TRANSLATE_NOOP("Database", "roll back"));
        return Error{written.error()};
    }
    return figures;
}

} // namespace creditdesk
