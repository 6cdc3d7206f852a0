#include "StatisticsRepository.h"

#include "Sql.h"

#include <QSqlQuery>
#include <QVariant>

namespace creditdesk {

namespace {

QString firstDay(const StatisticsFilter &filter)
{
    return filter.from.toString(Qt::ISODate);
}

QString lastDay(const StatisticsFilter &filter)
{
    return filter.to.toString(Qt::ISODate);
}

QList<StatisticsBar> barsOf(QSqlQuery &query)
{
    QList<StatisticsBar> bars;
    while (query.next())
        bars.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toLongLong(),
                     query.value(3).toLongLong()});
    return bars;
}

} // namespace

StatisticsRepository::StatisticsRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Status StatisticsRepository::rebuild()
{
    const QStringList statements = {
        // The courts' areas first: a court's region or a region's parent may have changed.
        QStringLiteral("DELETE FROM statistics_area"),
        QStringLiteral("INSERT OR IGNORE INTO statistics_area (court_code, area, level) "
                       "SELECT code, '', 0 FROM court "
                       "UNION ALL SELECT c.code, r.code, r.level FROM court c JOIN region r ON r.code = c.region_code "
                       "UNION ALL SELECT c.code, p.code, p.level FROM court c JOIN region r ON r.code = c.region_code "
                       "JOIN region p ON p.code = r.parent_code "
                       "UNION ALL SELECT c.code, g.code, g.level FROM court c JOIN region r ON r.code = c.region_code "
                       "JOIN region p ON p.code = r.parent_code JOIN region g ON g.code = p.parent_code "
                       "UNION ALL SELECT code, 'C:' || code, 4 FROM court"),
        QStringLiteral("DELETE FROM statistics_listing"),
        QStringLiteral("DELETE FROM statistics_measure"),
        QStringLiteral("INSERT INTO statistics_listing (area, month, ground, listed) "
                       "SELECT a.area, substr(l.decision_date, 1, 7), l.ground, count(*) FROM listing l "
                       "JOIN statistics_area a ON a.court_code = l.court_code GROUP BY 1, 2, 3"),
        QStringLiteral("INSERT INTO statistics_listing (area, month, ground, removed, expired) "
                       "SELECT a.area, l.statistics_end_month, l.ground, sum(l.statistics_end_kind = 1), "
                       "sum(l.statistics_end_kind = 2) FROM listing l "
                       "JOIN statistics_area a ON a.court_code = l.court_code WHERE l.statistics_end_kind > 0 "
                       "GROUP BY 1, 2, 3 ON CONFLICT (area, month, ground) DO UPDATE "
                       "SET removed = excluded.removed, expired = excluded.expired"),
        QStringLiteral("INSERT INTO statistics_measure (area, month, category, department_id, applications, "
                       "with_feedback) "
                       "SELECT a.area, substr(ma.started_on, 1, 7), m.category_number, ma.department_id, count(*), "
                       "sum(EXISTS (SELECT 1 FROM measure_feedback f WHERE f.application_id = ma.id)) "
                       "FROM measure_application ma JOIN listing l ON l.id = ma.listing_id "
                       "JOIN statistics_area a ON a.court_code = l.court_code "
                       "JOIN measure m ON m.id = ma.measure_id GROUP BY 1, 2, 3, 4"),
    };
    for (const QString &statement : statements) {
        if (const Status status = sql::run(m_db, statement, QT_TRANSLATE_NOOP("Database", "rebuild the statistics"));
            !status)
            return status;
    }
    return {};
}

Result<QList<ListingMonth>> StatisticsRepository::listingMonths(const StatisticsArea &area,
                                                                const QString &toMonth) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT month, sum(listed), sum(removed), sum(expired) FROM statistics_listing "
                                 "WHERE area = :area AND month <= :to GROUP BY month ORDER BY month"));
    query.bindValue(QStringLiteral(":area"), sql::textOf(area.key));
    query.bindValue(QStringLiteral(":to"), toMonth);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the listings by month")); !status)
        return Error{status.error()};
    QList<ListingMonth> months;
    qint64 active = 0;
    while (query.next()) {
        ListingMonth month{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                           query.value(3).toLongLong(), 0};
        active += month.listed - month.removed - month.expired;
        month.activeAtEnd = active;
        months.append(month);
    }
    return months;
}

Result<QList<StatisticsBar>> StatisticsRepository::listingsByGround(const StatisticsFilter &filter) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ground, '', sum(CASE WHEN month >= :from THEN listed ELSE 0 END), "
                                 "sum(listed - removed - expired) FROM statistics_listing "
                                 "WHERE area = :area AND month <= :to GROUP BY ground ORDER BY ground"));
    query.bindValue(QStringLiteral(":area"), sql::textOf(filter.area.key));
    query.bindValue(QStringLiteral(":from"), filter.fromMonth());
    query.bindValue(QStringLiteral(":to"), filter.toMonth());
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the listings by ground")); !status)
        return Error{status.error()};
    return barsOf(query);
}

Result<QList<StatisticsBar>> StatisticsRepository::listingsByGroundFromRows(const StatisticsFilter &filter) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT l.ground, '', sum(l.decision_date >= :from), "
                       "sum(l.statistics_end_kind = 0 OR l.statistics_end_month > :toMonth) "
                       "FROM listing l JOIN statistics_area a ON a.court_code = l.court_code "
                       "WHERE a.area = :area AND l.decision_date <= :to GROUP BY l.ground ORDER BY l.ground"));
    query.bindValue(QStringLiteral(":area"), sql::textOf(filter.area.key));
    query.bindValue(QStringLiteral(":from"), firstDay(filter));
    query.bindValue(QStringLiteral(":to"), lastDay(filter));
    query.bindValue(QStringLiteral(":toMonth"), filter.toMonth());
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "count the listings by ground")); !status)
        return Error{status.error()};
    return barsOf(query);
}

Result<QList<StatisticsBar>> StatisticsRepository::listingsByChildArea(const StatisticsFilter &filter) const
{
    if (filter.area.level == StatisticsArea::Level::County || filter.area.level == StatisticsArea::Level::Court)
        return listingsByCourt(filter);
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // The children of the whole list are the provinces; of a region, the regions whose parent it is.
    const QString children = filter.area.level == StatisticsArea::Level::Whole
                                 ? QStringLiteral("SELECT code, name FROM region WHERE level = 1")
                                 : QStringLiteral("SELECT code, name FROM region WHERE parent_code = :area");
    query.prepare(QStringLiteral("SELECT r.code, r.name, sum(CASE WHEN s.month >= :from THEN s.listed ELSE 0 END), "
                                 "sum(s.listed - s.removed - s.expired) FROM (%1) r "
                                 "JOIN statistics_listing s ON s.area = r.code AND s.month <= :to "
                                 "GROUP BY r.code ORDER BY r.code")
                      .arg(children));
    if (filter.area.level != StatisticsArea::Level::Whole)
        query.bindValue(QStringLiteral(":area"), filter.area.key);
    query.bindValue(QStringLiteral(":from"), filter.fromMonth());
    query.bindValue(QStringLiteral(":to"), filter.toMonth());
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the listings by region")); !status)
        return Error{status.error()};
    QList<StatisticsBar> bars = barsOf(query);
    if (filter.area.level == StatisticsArea::Level::Whole)
        return bars;
    // The courts of the region itself (a province's high court, a city's intermediate court):
    // their listings count in the region but in none of the regions below it.
    QSqlQuery own(m_db);
    own.setForwardOnly(true);
    own.prepare(QStringLiteral("SELECT :area, '', sum(CASE WHEN s.month >= :from THEN s.listed ELSE 0 END), "
                               "sum(s.listed - s.removed - s.expired) FROM court c "
                               "JOIN statistics_listing s ON s.area = 'C:' || c.code AND s.month <= :to "
                               "WHERE c.region_code = :area HAVING count(*) > 0"));
    own.bindValue(QStringLiteral(":area"), filter.area.key);
    own.bindValue(QStringLiteral(":from"), filter.fromMonth());
    own.bindValue(QStringLiteral(":to"), filter.toMonth());
    if (const Status status =
            sql::exec(own, QT_TRANSLATE_NOOP("Database", "read the listings of the region's own courts"));
        !status)
        return Error{status.error()};
    bars.append(barsOf(own));
    return bars;
}

Result<QList<StatisticsBar>> StatisticsRepository::listingsByCourt(const StatisticsFilter &filter) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT c.code, c.name, sum(CASE WHEN s.month >= :from THEN s.listed ELSE 0 END), "
                                 "sum(s.listed - s.removed - s.expired) FROM statistics_area a "
                                 "JOIN court c ON c.code = a.court_code "
                                 "JOIN statistics_listing s ON s.area = 'C:' || a.court_code AND s.month <= :to "
                                 "WHERE a.area = :area GROUP BY c.code ORDER BY 3 DESC, c.code"));
    query.bindValue(QStringLiteral(":area"), sql::textOf(filter.area.key));
    query.bindValue(QStringLiteral(":from"), filter.fromMonth());
    query.bindValue(QStringLiteral(":to"), filter.toMonth());
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the listings by court")); !status)
        return Error{status.error()};
    return barsOf(query);
}

Result<QList<StatisticsBar>> StatisticsRepository::measures(const StatisticsFilter &filter, Breakdown by) const
{
    const bool byCategory = by == Breakdown::MeasureCategory;
    const QString names = byCategory ? QStringLiteral("(SELECT number AS id, name FROM measure_category)")
                                     : QStringLiteral("(SELECT id, name FROM department)");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT s.%1, n.name, sum(s.applications), sum(s.with_feedback) "
                                 "FROM statistics_measure s LEFT JOIN %2 n ON n.id = s.%1 "
                                 "WHERE s.area = :area AND s.month BETWEEN :from AND :to "
                                 "GROUP BY s.%1 HAVING sum(s.applications) > 0 ORDER BY 3 DESC, s.%1")
                      .arg(byCategory ? QStringLiteral("category") : QStringLiteral("department_id"), names));
    query.bindValue(QStringLiteral(":from"), filter.fromMonth());
    query.bindValue(QStringLiteral(":to"), filter.toMonth());
    query.bindValue(QStringLiteral(":area"), sql::textOf(filter.area.key));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the measure applications")); !status)
        return Error{status.error()};
    return barsOf(query);
}

Result<QList<StatisticsRepository::CaseRow>> StatisticsRepository::objectionCases(const StatisticsFilter &filter) const
{
    // The decision the time limit is about: on the court's route the court's (a reconsideration
    // decided later sets decided_on again), else the office's.
    const QString decided =
        QStringLiteral("CASE WHEN o.route = 1 THEN coalesce(o.court_decided_on, o.decided_on) ELSE o.decided_on END");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT o.received_on, %1, o.state, o.outcome, o.route, "
                       "o.id, s.id, s.name, l.case_number, o.forwarded_on "
                       "FROM objection o JOIN listing l ON l.id = o.listing_id JOIN subject s ON s.id = l.subject_id "
                       "JOIN statistics_area a ON a.court_code = l.court_code AND a.area = :area "
                       "WHERE o.received_on <= :to AND (%1 IS NULL OR %1 >= :from)")
            .arg(decided));
    query.bindValue(QStringLiteral(":area"), sql::textOf(filter.area.key));
    query.bindValue(QStringLiteral(":from"), firstDay(filter));
    query.bindValue(QStringLiteral(":to"), lastDay(filter));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the objections")); !status)
        return Error{status.error()};
    QList<CaseRow> rows;
    while (query.next())
        rows.append({sql::dateOf(query.value(0)), sql::dateOf(query.value(1)), QDate(), query.value(2).toInt(),
                     query.value(3).toInt(), query.value(4).toInt(), query.value(5).toLongLong(),
                     query.value(6).toLongLong(), query.value(7).toString(), query.value(8).toString(),
                     sql::dateOf(query.value(9))});
    return rows;
}

Result<QList<StatisticsRepository::CaseRow>> StatisticsRepository::repairCases(const StatisticsFilter &filter) const
{
    // Repairs concern breach information, which has no court: an area counts the subjects
    // registered in its region or below it (for a court: in the court's region).
    QString root = filter.area.regionCode();
    if (filter.area.level == StatisticsArea::Level::Court) {
        QSqlQuery court(m_db);
        court.prepare(QStringLiteral("SELECT region_code FROM court WHERE code = ?"));
        court.addBindValue(filter.area.courtCode());
        if (const Status status = sql::exec(court, QT_TRANSLATE_NOOP("Database", "read the court's region")); !status)
            return Error{status.error()};
        root = court.next() ? court.value(0).toString() : QString();
    }
    const QString subjectCondition =
        filter.area.level == StatisticsArea::Level::Whole
            ? QString()
            : QStringLiteral("AND s.region_code IN (SELECT code FROM region WHERE code = :root UNION "
                             "SELECT code FROM region WHERE parent_code = :root UNION SELECT code FROM region "
                             "WHERE parent_code IN (SELECT code FROM region WHERE parent_code = :root))");
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT a.received_on, a.decided_on, a.due_on, a.state, a.id, s.id, s.name, b.document_number "
                       "FROM repair_application a "
                       "CROSS JOIN breach_record b ON b.id = a.breach_id CROSS JOIN subject s ON s.id = b.subject_id "
                       "WHERE a.received_on <= :to AND (a.decided_on IS NULL OR a.decided_on >= :from) %1")
            .arg(subjectCondition));
    if (filter.area.level != StatisticsArea::Level::Whole)
        query.bindValue(QStringLiteral(":root"), sql::textOf(root));
    query.bindValue(QStringLiteral(":from"), firstDay(filter));
    query.bindValue(QStringLiteral(":to"), lastDay(filter));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the repair applications")); !status)
        return Error{status.error()};
    QList<CaseRow> rows;
    while (query.next())
        rows.append({sql::dateOf(query.value(0)), sql::dateOf(query.value(1)), sql::dateOf(query.value(2)),
                     query.value(3).toInt(), 0, 0, query.value(4).toLongLong(), query.value(5).toLongLong(),
                     query.value(6).toString(), query.value(7).toString(), QDate()});
    return rows;
}

Result<QList<ScreeningMonth>> StatisticsRepository::screeningMonths(const StatisticsFilter &filter) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT substr(screened_on, 1, 7), count(*), sum(rows_screened), sum(hits), "
                                 "sum(possible) FROM screening_batch WHERE screened_on BETWEEN :from AND :to "
                                 "GROUP BY 1 ORDER BY 1"));
    query.bindValue(QStringLiteral(":from"), firstDay(filter));
    query.bindValue(QStringLiteral(":to"), lastDay(filter));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the screening batches")); !status)
        return Error{status.error()};
    QList<ScreeningMonth> months;
    while (query.next())
        months.append({query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                       query.value(3).toLongLong(), query.value(4).toLongLong()});
    return months;
}

Result<QList<StatisticsListingRow>> StatisticsRepository::listingsBehind(const StatisticsFilter &filter, Breakdown by,
                                                                         const QString &key, int limit) const
{
    QString area = QStringLiteral(":area");
    QString condition = QStringLiteral("l.decision_date BETWEEN :from AND :to");
    switch (by) {
    case Breakdown::Month:
        condition = QStringLiteral("l.decision_date BETWEEN :key || '-01' AND :key || '-31'");
        break;
    case Breakdown::Ground:
        condition += QStringLiteral(" AND l.ground = :key");
        break;
    case Breakdown::Area:
        area = QStringLiteral(":key");
        break;
    case Breakdown::Court:
        area = QStringLiteral("'C:' || :key");
        break;
    case Breakdown::MeasureCategory:
        condition =
            QStringLiteral("EXISTS (SELECT 1 FROM measure_application ma JOIN measure m ON m.id = ma.measure_id "
                           "WHERE ma.listing_id = l.id AND m.category_number = :key "
                           "AND ma.started_on BETWEEN :from AND :to)");
        break;
    case Breakdown::MeasureDepartment:
        condition = QStringLiteral("EXISTS (SELECT 1 FROM measure_application ma WHERE ma.listing_id = l.id "
                                   "AND ma.department_id = :key AND ma.started_on BETWEEN :from AND :to)");
        break;
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT l.id, s.id, s.name, l.case_number, c.name, l.decision_date, l.ground, l.state "
                                 "FROM statistics_area a JOIN listing l ON l.court_code = a.court_code "
                                 "JOIN subject s ON s.id = l.subject_id JOIN court c ON c.code = l.court_code "
                                 "WHERE a.area = %1 AND %2 ORDER BY l.decision_date DESC, l.id DESC LIMIT :limit")
                      .arg(area, condition));
    query.bindValue(QStringLiteral(":area"), sql::textOf(filter.area.key));
    if (by != Breakdown::Month) {
        query.bindValue(QStringLiteral(":from"), firstDay(filter));
        query.bindValue(QStringLiteral(":to"), lastDay(filter));
    }
    query.bindValue(QStringLiteral(":key"), key);
    query.bindValue(QStringLiteral(":limit"), limit);
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the listings behind a bar"));
        !status)
        return Error{status.error()};
    QList<StatisticsListingRow> rows;
    while (query.next())
        rows.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toString(), sql::dateOf(query.value(5)),
                     query.value(6).toInt(), query.value(7).toInt()});
    return rows;
}

Result<QList<StatisticsBar>> StatisticsRepository::childRegions(const QString &parentCode) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (parentCode.isEmpty()) {
        query.prepare(QStringLiteral("SELECT code, name, level, 0 FROM region WHERE level = 1 ORDER BY code"));
    } else {
        query.prepare(QStringLiteral("SELECT code, name, level, 0 FROM region WHERE parent_code = ? ORDER BY code"));
        query.addBindValue(parentCode);
    }
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the regions")); !status)
        return Error{status.error()};
    return barsOf(query);
}

Result<QList<StatisticsBar>> StatisticsRepository::courtsIn(const StatisticsArea &area) const
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(
        QStringLiteral("SELECT c.code, c.name, 0, 0 FROM statistics_area a JOIN court c ON c.code = a.court_code "
                       "WHERE a.area = ? ORDER BY c.code"));
    query.addBindValue(sql::textOf(area.key));
    if (const Status status = sql::exec(query, QT_TRANSLATE_NOOP("Database", "read the courts")); !status)
        return Error{status.error()};
    return barsOf(query);
}

} // namespace creditdesk
