#include "SchemaWriteFloor.h"

#include "Sql.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

namespace creditdesk {

namespace {

double secondsOf(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

Result<qint64> scalar(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (const Status prepared = sql::prepare(query, statement); !prepared)
        return Error{prepared.error()};
    if (const Status status = sql::exec(query, "read the last ids"); !status)
        return Error{status.error()};
    return query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace

Result<SchemaWriteFloor::Figures> SchemaWriteFloor::measure(const QSqlDatabase &db, qint64 subjects,
                                                            const QString &source)
{
    auto lastSubject = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM subject"));
    auto lastListing = scalar(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM listing"));
    if (!lastSubject || !lastListing)
        return Error{!lastSubject ? lastSubject.error() : lastListing.error()};

    // The generated rows, made before the clock starts: the benchmark package's values (names
    // from the same surnames and given names, ID numbers by birth day, the courts in turn, six
    // grounds, 600 decision days), with the ids the new rows get.
    QString generate = QStringLiteral(
        "CREATE TEMP TABLE floor_row AS WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < "
        "{subjects}), surname(k, s) AS (VALUES (0, '王'), (1, '李'), (2, '张'), (3, '刘'), (4, '陈'), (5, '杨'), "
        "(6, '黄'), (7, '赵'), (8, '吴'), (9, '周'), (10, '欧阳'), (11, '司马')), given(g) AS (SELECT "
        "'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英'), court_turn(c, code) AS (SELECT row_number() OVER "
        "(ORDER BY code) - 1, code FROM court), courts(total) AS (SELECT count(*) FROM court) "
        "SELECT i, {lastSubject} + i + 1 AS subject_id, {lastListing} + i + 1 AS listing_id, "
        "s || substr(g, i % length(g) + 1, 1) || substr(g, (i / length(g)) % length(g) + 1, 1) AS name, "
        "'110101' || strftime('%Y%m%d', '1950-01-01', '+' || (i / 999) || ' days') || printf('%03d', i % 999 + 1) "
        "|| 'X' AS id_number, (SELECT code FROM court_turn WHERE c = i % total) AS court_code, "
        "'(2025)京0101执' || (i + 1) || '号' AS case_number, 1 + i % 6 AS ground, "
        "CASE WHEN i % 6 = 0 THEN 0 ELSE 24 END AS period_months, date('2025-01-01', '+' || (i % 600) || ' days') "
        "AS decided FROM n JOIN surname ON k = i % 12, given, courts");
    generate.replace(QStringLiteral("{subjects}"), QString::number(subjects))
        .replace(QStringLiteral("{lastSubject}"), QString::number(lastSubject.value()))
        .replace(QStringLiteral("{lastListing}"), QString::number(lastListing.value()));
    if (const Status made = sql::run(db, generate, "generate the rows"); !made)
        return Error{made.error()};

    // Every index and trigger of the tables written, to drop now and recreate after the rows.
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
        if (const Status status = sql::exec(query, "read the index definitions"); !status)
            return Error{status.error()};
        while (query.next()) {
            drops.append(QStringLiteral("DROP %1 %2").arg(query.value(0).toString(), query.value(1).toString()));
            definitions.append(query.value(2).toString());
        }
    }
    const QString now = sql::nowUtc();
    const QString quotedSource = QString(source).replace(u'\'', QStringLiteral("''"));
    const QStringList rows = {
        QStringLiteral("INSERT INTO subject (id, kind, name, name_key, sex, birth_date, created_at, updated_at, "
                       "pinyin_key, initials_key, latest_decision) SELECT subject_id, 1, name, name, 'M', "
                       "'1950-01-01', '%1', '%1', 'p' || name, 'i' || name, decided FROM floor_row ORDER BY i")
            .arg(now),
        QStringLiteral("INSERT INTO subject_identifier (subject_id, type, value) SELECT subject_id, 1, id_number FROM "
                       "floor_row ORDER BY i"),
        QStringLiteral("INSERT INTO exchange_key (source, kind, key, local_id) SELECT '%1', 'subject', 'S' || i, "
                       "subject_id FROM floor_row ORDER BY i")
            .arg(quotedSource),
        QStringLiteral("INSERT INTO listing (id, subject_id, court_code, case_number, ground, decision_date, "
                       "period_months, state, created_at, updated_at) SELECT listing_id, subject_id, court_code, "
                       "case_number, ground, decided, period_months, 1, '%1', '%1' FROM floor_row ORDER BY i")
            .arg(now),
        QStringLiteral("INSERT INTO listing_event (listing_id, occurred_on, kind, state, deletion_event, note) SELECT "
                       "listing_id, decided, 1, 1, 0, 'exchange' FROM floor_row ORDER BY i"),
        QStringLiteral("INSERT INTO exchange_key (source, kind, key, local_id) SELECT '%1', 'listing', 'L' || i, "
                       "listing_id FROM floor_row ORDER BY i")
            .arg(quotedSource),
        QStringLiteral("INSERT INTO subject_name_search (rowid, name_key, legal_representative_key) SELECT "
                       "subject_id, name, NULL FROM floor_row ORDER BY i"),
        QStringLiteral("INSERT INTO statistics_listing (area, month, ground, listed) SELECT a.area, r.month, r.ground, "
                       "sum(r.listed) FROM (SELECT court_code, substr(decided, 1, 7) AS month, ground, count(*) AS "
                       "listed FROM floor_row GROUP BY 1, 2, 3) r JOIN statistics_area a ON a.court_code = "
                       "r.court_code WHERE true GROUP BY 1, 2, 3 ON CONFLICT (area, month, ground) DO UPDATE SET "
                       "listed = listed + excluded.listed"),
    };

    Figures figures;
    QElapsedTimer timer;
    timer.start();
    const Status written = [&]() -> Status {
        if (const Status begun = sql::run(db, QStringLiteral("BEGIN IMMEDIATE"), "begin"); !begun)
            return begun;
        for (const QString &statement : drops + rows)
            if (const Status status = sql::run(db, statement, "write the rows"); !status)
                return status;
        figures.rowsSeconds = secondsOf(timer);
        if (const Status status = sql::run(db, QStringLiteral("PRAGMA threads = %1").arg(QThread::idealThreadCount()),
                                           "set the sorting threads");
            !status)
            return status;
        for (const QString &statement : std::as_const(definitions))
            if (const Status status = sql::run(db, statement, "recreate an index"); !status)
                return status;
        figures.indexSeconds = secondsOf(timer) - figures.rowsSeconds;
        return sql::run(db, QStringLiteral("COMMIT"), "commit");
    }();
    figures.totalSeconds = secondsOf(timer);
    if (!written) {
        (void)sql::run(db, QStringLiteral("ROLLBACK"), "roll back");
        return Error{written.error()};
    }
    (void)sql::run(db, QStringLiteral("DROP TABLE floor_row"), "drop the generated rows");
    return figures;
}

} // namespace creditdesk
