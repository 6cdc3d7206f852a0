#include "StatisticsService.h"

#include "Authorization.h"
#include "ObjectionService.h"
#include "domain/Listing.h"
#include "domain/Objection.h"
#include "domain/ObjectionClock.h"
#include "domain/RepairApplication.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <map>

namespace creditdesk {

namespace {

QString tr(const char *source, const char *disambiguation = nullptr, int count = -1)
{
    return QCoreApplication::translate("creditdesk::StatisticsService", source, disambiguation, count);
}

QString monthOf(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

/// Every month of the period, so that a month without cases still has its place on the axis.
QStringList monthsOf(const StatisticsFilter &filter)
{
    QStringList months;
    for (QDate month(filter.from.year(), filter.from.month(), 1); month <= filter.to; month = month.addMonths(1))
        months.append(monthOf(month));
    return months;
}

double share(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0;
}

/// Counts cases by month received and decided, the mix of outcomes, and the time limit kept.
class CaseTally
{
public:
    explicit CaseTally(const StatisticsFilter &filter) : m_filter(filter)
    {
        for (const QString &month : monthsOf(filter))
            m_months[month];
    }
    void add(const QDate &received, const QDate &decided, const QDate &due, const QString &outcomeKey,
             const QString &outcome, const QDate &today)
    {
        m_outcomeLabels[outcomeKey] = outcome;
        if (received >= m_filter.from && received <= m_filter.to)
            ++m_months[monthOf(received)].first;
        if (decided.isValid()) {
            if (decided < m_filter.from || decided > m_filter.to)
                return;
            ++m_months[monthOf(decided)].second;
            ++m_outcomes[outcomeKey];
            m_days.append(static_cast<int>(received.daysTo(decided)));
            ++(due.isValid() && decided > due ? m_decidedLate : m_decidedInTime);
        } else {
            ++m_outcomes[outcomeKey];
            ++(due.isValid() && today > due ? m_openOverdue : m_openInTime);
        }
    }
    StatisticsTable table(StatisticsChart chart, const QString &title) const
    {
        StatisticsTable table;
        table.chart = chart;
        table.title = title;
        table.categoryHeader = QCoreApplication::translate("creditdesk::StatisticsService", "Month");
        table.series = {QCoreApplication::translate("creditdesk::StatisticsService", "Received"),
                        QCoreApplication::translate("creditdesk::StatisticsService", "Decided")};
        table.style = StatisticsTable::Style::Bars;
        for (const auto &[month, counts] : m_months)
            table.rows.append({month, month, {static_cast<double>(counts.first), static_cast<double>(counts.second)}});
        for (const auto &[outcome, count] : m_outcomes)
            table.pie.append({outcome, m_outcomeLabels.at(outcome), {static_cast<double>(count)}});
        table.pieTitle = QCoreApplication::translate("creditdesk::StatisticsService", "Outcomes");
        QList<int> days = m_days;
        std::sort(days.begin(), days.end());
        const QLocale locale;
        table.note = QCoreApplication::translate(
                         "creditdesk::StatisticsService",
                         "Decided within the time limit: %1, late: %2. Open: %3 within the limit, %4 overdue. "
                         "Median days to a decision: %5.")
                         .arg(locale.toString(m_decidedInTime), locale.toString(m_decidedLate),
                              locale.toString(m_openInTime), locale.toString(m_openOverdue),
                              days.isEmpty() ? QStringLiteral("–") : locale.toString(days.at(days.size() / 2)));
        return table;
    }

private:
    StatisticsFilter m_filter;
    std::map<QString, std::pair<qint64, qint64>> m_months;
    std::map<QString, qint64> m_outcomes;
    std::map<QString, QString> m_outcomeLabels;
    QList<int> m_days;
    qint64 m_decidedInTime = 0;
    qint64 m_decidedLate = 0;
    qint64 m_openInTime = 0;
    qint64 m_openOverdue = 0;
};

StatisticsTable barsTable(StatisticsChart chart, const QString &title, const QString &categoryHeader,
                          const QStringList &series, const QList<StatisticsBar> &bars)
{
    StatisticsTable table;
    table.chart = chart;
    table.title = title;
    table.categoryHeader = categoryHeader;
    table.series = series;
    table.style = StatisticsTable::Style::Bars;
    for (const StatisticsBar &bar : bars)
        table.rows.append({bar.key, bar.label, {static_cast<double>(bar.count), static_cast<double>(bar.secondary)}});
    return table;
}

} // namespace

QList<StatisticsChart> allStatisticsCharts()
{
    return {StatisticsChart::ListingTrend,       StatisticsChart::ListingsByGround,
            StatisticsChart::ListingsByRegion,   StatisticsChart::ListingsByCourt,
            StatisticsChart::MeasuresByCategory, StatisticsChart::MeasuresByDepartment,
            StatisticsChart::Objections,         StatisticsChart::Repairs,
            StatisticsChart::Screening};
}

QString statisticsChartName(StatisticsChart chart)
{
    switch (chart) {
    case StatisticsChart::ListingTrend:
        return QStringLiteral("listing-trend");
    case StatisticsChart::ListingsByGround:
        return QStringLiteral("listings-by-ground");
    case StatisticsChart::ListingsByRegion:
        return QStringLiteral("listings-by-region");
    case StatisticsChart::ListingsByCourt:
        return QStringLiteral("listings-by-court");
    case StatisticsChart::MeasuresByCategory:
        return QStringLiteral("measures-by-category");
    case StatisticsChart::MeasuresByDepartment:
        return QStringLiteral("measures-by-department");
    case StatisticsChart::Objections:
        return QStringLiteral("objections");
    case StatisticsChart::Repairs:
        return QStringLiteral("repairs");
    case StatisticsChart::Screening:
        return QStringLiteral("screening");
    }
    return {};
}

StatisticsService::StatisticsService(Database &database) : m_database(database), m_repository(database.connection()) {}

StatisticsFilter StatisticsService::defaultFilter(const QDate &today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    return {monthStart.addMonths(-23), monthStart.addMonths(1).addDays(-1), StatisticsArea::whole()};
}

Result<StatisticsTable> StatisticsService::chart(const Actor &actor, StatisticsChart chart,
                                                 const StatisticsFilter &filter, const QDate &today) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewStatistics); !allowed)
        return Error{allowed.error()};
    if (!filter.from.isValid() || !filter.to.isValid() || filter.from > filter.to)
        return Error{tr("The period must start before it ends.")};
    switch (chart) {
    case StatisticsChart::ListingTrend:
        return trendTable(filter);
    case StatisticsChart::ListingsByGround:
        return groundTable(filter);
    case StatisticsChart::ListingsByRegion:
        return regionTable(filter);
    case StatisticsChart::ListingsByCourt:
        return courtTable(filter);
    case StatisticsChart::MeasuresByCategory:
    case StatisticsChart::MeasuresByDepartment:
        return measureTable(filter, chart);
    case StatisticsChart::Objections:
        return objectionTable(filter, today);
    case StatisticsChart::Repairs:
        return repairTable(filter, today);
    case StatisticsChart::Screening:
        return screeningTable(filter);
    }
    return Error{tr("Unknown chart.")};
}

Result<QList<ListingMonth>> StatisticsService::listingTrend(const Actor &actor, const StatisticsFilter &filter) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewStatistics); !allowed)
        return Error{allowed.error()};
    auto months = m_repository.listingMonths(filter.area, filter.toMonth());
    if (!months)
        return Error{months.error()};
    // Every month of the period, also those without a change, carrying the active count on.
    std::map<QString, ListingMonth> byMonth;
    qint64 activeBefore = 0;
    for (const ListingMonth &month : months.value()) {
        if (month.month < filter.fromMonth())
            activeBefore = month.activeAtEnd;
        else
            byMonth[month.month] = month;
    }
    QList<ListingMonth> result;
    qint64 active = activeBefore;
    for (const QString &month : monthsOf(filter)) {
        ListingMonth row = byMonth.count(month) ? byMonth[month] : ListingMonth{month, 0, 0, 0, 0};
        active += row.listed - row.removed - row.expired;
        row.activeAtEnd = active;
        result.append(row);
    }
    return result;
}

Result<StatisticsTable> StatisticsService::trendTable(const StatisticsFilter &filter) const
{
    auto months = m_repository.listingMonths(filter.area, filter.toMonth());
    if (!months)
        return Error{months.error()};
    std::map<QString, ListingMonth> byMonth;
    qint64 active = 0;
    for (const ListingMonth &month : months.value()) {
        if (month.month < filter.fromMonth())
            active = month.activeAtEnd;
        else
            byMonth[month.month] = month;
    }
    StatisticsTable table;
    table.chart = StatisticsChart::ListingTrend;
    table.title = tr("Listings by month");
    table.categoryHeader = tr("Month");
    table.series = {tr("Listed"), tr("Removed"), tr("Expired"), tr("Active at month end")};
    table.style = StatisticsTable::Style::Lines;
    table.secondaryAxis = {3};
    table.opens = StatisticsTable::Opens::Listings;
    qint64 listed = 0;
    for (const QString &month : monthsOf(filter)) {
        const ListingMonth row = byMonth.count(month) ? byMonth[month] : ListingMonth{month, 0, 0, 0, 0};
        active += row.listed - row.removed - row.expired;
        listed += row.listed;
        table.rows.append({month,
                           month,
                           {static_cast<double>(row.listed), static_cast<double>(row.removed),
                            static_cast<double>(row.expired), static_cast<double>(active)}});
    }
    const QLocale locale;
    table.note =
        tr("Listed in the period: %1; active at its end: %2.").arg(locale.toString(listed), locale.toString(active));
    return table;
}

Result<StatisticsTable> StatisticsService::groundTable(const StatisticsFilter &filter) const
{
    auto bars = m_repository.listingsByGround(filter);
    if (!bars)
        return Error{bars.error()};
    for (StatisticsBar &bar : bars.value())
        bar.label = listingGroundText(static_cast<ListingGround>(bar.key.toInt()));
    StatisticsTable table = barsTable(StatisticsChart::ListingsByGround, tr("Listings by ground"), tr("Ground"),
                                      {tr("Listed in the period"), tr("Active at its end")}, bars.value());
    table.opens = StatisticsTable::Opens::Listings;
    return table;
}

Result<StatisticsTable> StatisticsService::regionTable(const StatisticsFilter &filter) const
{
    auto bars = m_repository.listingsByChildArea(filter);
    if (!bars)
        return Error{bars.error()};
    for (StatisticsBar &bar : bars.value()) {
        if (bar.key == filter.area.key)
            bar.label = tr("Courts of the region itself");
    }
    const bool courts =
        filter.area.level == StatisticsArea::Level::County || filter.area.level == StatisticsArea::Level::Court;
    StatisticsTable table =
        barsTable(StatisticsChart::ListingsByRegion, tr("Listings by region"), courts ? tr("Court") : tr("Region"),
                  {tr("Listed in the period"), tr("Active at its end")}, bars.value());
    table.opens = courts ? StatisticsTable::Opens::Listings : StatisticsTable::Opens::Region;
    table.note = courts ? tr("The courts of the county; click a bar for its listings.")
                        : tr("Click a bar to go down to its regions.");
    // The regions with the most listings first, so that those drawn are the ones that matter.
    std::stable_sort(table.rows.begin(), table.rows.end(),
                     [](const auto &a, const auto &b) { return a.values.at(0) > b.values.at(0); });
    if (table.rows.size() > table.barsDrawn)
        table.note += u' '
                      + tr("The %1 with the most listings are drawn; the table and its export have all %2.")
                            .arg(table.barsDrawn)
                            .arg(table.rows.size());
    return table;
}

Result<StatisticsTable> StatisticsService::courtTable(const StatisticsFilter &filter) const
{
    auto bars = m_repository.listingsByCourt(filter);
    if (!bars)
        return Error{bars.error()};
    StatisticsTable table = barsTable(StatisticsChart::ListingsByCourt, tr("Listings by court"), tr("Court"),
                                      {tr("Listed in the period"), tr("Active at its end")}, bars.value());
    table.opens = StatisticsTable::Opens::Listings;
    if (table.rows.size() > table.barsDrawn)
        table.note = tr("The %1 courts with the most listings are drawn; the table and its export have all %2.")
                         .arg(table.barsDrawn)
                         .arg(QLocale().toString(static_cast<qint64>(table.rows.size())));
    return table;
}

Result<StatisticsTable> StatisticsService::measureTable(const StatisticsFilter &filter, StatisticsChart chart) const
{
    const bool byCategory = chart == StatisticsChart::MeasuresByCategory;
    auto bars = m_repository.measures(filter, byCategory ? StatisticsRepository::Breakdown::MeasureCategory
                                                         : StatisticsRepository::Breakdown::MeasureDepartment);
    if (!bars)
        return Error{bars.error()};
    StatisticsTable table =
        barsTable(chart, byCategory ? tr("Measure applications by category") : tr("Measure applications by department"),
                  byCategory ? tr("Category") : tr("Department"),
                  {tr("Applications started"), tr("With feedback"), tr("Share with feedback (%)")}, bars.value());
    qint64 applications = 0;
    qint64 reported = 0;
    for (StatisticsTable::Row &row : table.rows) {
        applications += static_cast<qint64>(row.values.at(0));
        reported += static_cast<qint64>(row.values.at(1));
        row.values.append(share(static_cast<qint64>(row.values.at(1)), static_cast<qint64>(row.values.at(0))));
    }
    table.plotted = {0, 1};
    table.opens = StatisticsTable::Opens::Listings;
    const QLocale locale;
    table.note = tr("%1 applications started in the period; departments reported feedback on %2 (%3 %).")
                     .arg(locale.toString(applications), locale.toString(reported),
                          locale.toString(share(reported, applications), 'f', 1));
    if (table.rows.size() > table.barsDrawn)
        table.note += u' '
                      + tr("The %1 with the most applications are drawn; the table and its export have all %2.")
                            .arg(table.barsDrawn)
                            .arg(table.rows.size());
    return table;
}

/// A case with what its charts need: when it was decided, by when it had to be, and its outcome.
struct StatisticsService::ClassifiedCase
{
    StatisticsRepository::CaseRow row;
    QDate decided; ///< null while open
    QDate due;
    QString outcomeKey; ///< stable: "open", "state-3", "outcome-1", ...
    QString outcome;    ///< for the reader
};

Result<QList<StatisticsService::ClassifiedCase>>
StatisticsService::classifiedObjections(const StatisticsFilter &filter) const
{
    auto cases = m_repository.objectionCases(filter);
    if (!cases)
        return Error{cases.error()};
    const ObjectionService objections(m_database);
    const ObjectionTimeLimits platform = objections.limits(ObjectionRoute::CreditPlatform);
    const ObjectionTimeLimits courtLimits = objections.limits(ObjectionRoute::CourtList);
    const auto calendar = objections.calendar();
    QList<ClassifiedCase> classified;
    for (const StatisticsRepository::CaseRow &row : cases.value()) {
        // The decision's time limit: the platform's written answer from receipt, or the court's
        // review from forwarding (its receipt) — counted as the case queue counts it (working
        // days where the office has set it so, a period ending on a day off moved to the next
        // working day); a year without a holiday notice counts plain calendar days rather than
        // fail the chart.
        const auto route = static_cast<ObjectionRoute>(row.route);
        const bool court = route == ObjectionRoute::CourtList;
        const ObjectionTimeLimits::Limit limit = court ? courtLimits.courtReview : platform.answer;
        const QDate start = court && row.forwardedOn.isValid() ? row.forwardedOn : row.receivedOn;
        QDate due = start.addDays(limit.days);
        if (calendar) {
            if (auto end = ObjectionClock::end(start, limit, calendar.value()))
                due = end.value();
        }
        ClassifiedCase entry{row, row.decidedOn, due, {}, {}};
        if (row.state == static_cast<int>(ObjectionState::NotAccepted)) {
            entry.outcomeKey = QStringLiteral("state-%1").arg(row.state);
            entry.outcome = objectionStateText(ObjectionState::NotAccepted);
        } else if (row.outcome > 0) {
            entry.outcomeKey = QStringLiteral("outcome-%1").arg(row.outcome);
            entry.outcome = objectionOutcomeText(static_cast<ObjectionOutcome>(row.outcome));
        } else if (row.decidedOn.isValid()) { // ended without an outcome
            entry.outcomeKey = QStringLiteral("state-%1").arg(row.state);
            entry.outcome = objectionStateText(static_cast<ObjectionState>(row.state));
        } else {
            entry.outcomeKey = QStringLiteral("open");
            entry.outcome = tr("Open");
        }
        classified.append(entry);
    }
    return classified;
}

Result<QList<StatisticsService::ClassifiedCase>>
StatisticsService::classifiedRepairs(const StatisticsFilter &filter) const
{
    auto cases = m_repository.repairCases(filter);
    if (!cases)
        return Error{cases.error()};
    QList<ClassifiedCase> classified;
    for (const StatisticsRepository::CaseRow &row : cases.value()) {
        const auto state = static_cast<RepairState>(row.state);
        const bool open = state == RepairState::Submitted || state == RepairState::Accepted;
        classified.append({row, open ? QDate() : row.decidedOn, row.dueOn,
                           open ? QStringLiteral("open") : QStringLiteral("state-%1").arg(row.state),
                           open ? tr("Open") : repairStateText(state)});
    }
    return classified;
}

Result<StatisticsTable> StatisticsService::objectionTable(const StatisticsFilter &filter, const QDate &today) const
{
    auto cases = classifiedObjections(filter);
    if (!cases)
        return Error{cases.error()};
    CaseTally tally(filter);
    for (const ClassifiedCase &entry : cases.value())
        tally.add(entry.row.receivedOn, entry.decided, entry.due, entry.outcomeKey, entry.outcome, today);
    StatisticsTable table = tally.table(StatisticsChart::Objections, tr("Objections"));
    table.opens = StatisticsTable::Opens::Cases;
    return table;
}

Result<StatisticsTable> StatisticsService::repairTable(const StatisticsFilter &filter, const QDate &today) const
{
    auto cases = classifiedRepairs(filter);
    if (!cases)
        return Error{cases.error()};
    CaseTally tally(filter);
    for (const ClassifiedCase &entry : cases.value())
        tally.add(entry.row.receivedOn, entry.decided, entry.due, entry.outcomeKey, entry.outcome, today);
    StatisticsTable table = tally.table(StatisticsChart::Repairs, tr("Credit repair applications"));
    table.opens = StatisticsTable::Opens::Cases;
    if (filter.area.level == StatisticsArea::Level::Court)
        table.note += u' '
                      + tr("Repairs concern breach information, which has no court: counted by the region of "
                           "the court.");
    return table;
}

Result<QList<StatisticsCaseRow>> StatisticsService::casesBehind(const Actor &actor, StatisticsChart chart,
                                                                const StatisticsFilter &filter,
                                                                const QString &key) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewStatistics); !allowed)
        return Error{allowed.error()};
    if (chart != StatisticsChart::Objections && chart != StatisticsChart::Repairs)
        return Error{tr("This chart does not open cases.")};
    auto cases = chart == StatisticsChart::Objections ? classifiedObjections(filter) : classifiedRepairs(filter);
    if (!cases)
        return Error{cases.error()};
    const bool month = key.size() == 7 && key.at(4) == u'-';
    QList<StatisticsCaseRow> rows;
    for (const ClassifiedCase &entry : cases.value()) {
        const bool decidedInPeriod =
            entry.decided.isValid() && entry.decided >= filter.from && entry.decided <= filter.to;
        const bool chosen = month ? (monthOf(entry.row.receivedOn) == key && entry.row.receivedOn >= filter.from)
                                        || (decidedInPeriod && monthOf(entry.decided) == key)
                                  : entry.outcomeKey == key && (decidedInPeriod || !entry.decided.isValid());
        if (chosen)
            rows.append({entry.row.id, entry.row.subjectId, entry.row.subjectName, entry.row.reference,
                         entry.row.receivedOn, entry.decided, entry.outcome});
    }
    return rows;
}

Result<StatisticsTable> StatisticsService::screeningTable(const StatisticsFilter &filter) const
{
    auto months = m_repository.screeningMonths(filter);
    if (!months)
        return Error{months.error()};
    std::map<QString, ScreeningMonth> byMonth;
    for (const ScreeningMonth &month : months.value())
        byMonth[month.month] = month;
    StatisticsTable table;
    table.chart = StatisticsChart::Screening;
    table.title = tr("Screening batches and hit rate");
    table.categoryHeader = tr("Month");
    table.series = {tr("Batches"), tr("Applicants screened"), tr("Hits"), tr("Possible hits"), tr("Hit rate (%)")};
    table.style = StatisticsTable::Style::Lines;
    table.plotted = {0, 4};
    table.secondaryAxis = {4};
    qint64 rows = 0;
    qint64 hits = 0;
    for (const QString &month : monthsOf(filter)) {
        const ScreeningMonth row = byMonth.count(month) ? byMonth[month] : ScreeningMonth{month, 0, 0, 0, 0};
        rows += row.rows;
        hits += row.hits;
        table.rows.append(
            {month,
             month,
             {static_cast<double>(row.batches), static_cast<double>(row.rows), static_cast<double>(row.hits),
              static_cast<double>(row.possible), share(row.hits, row.rows)}});
    }
    const QLocale locale;
    table.note = tr("Applicants screened in the period: %1, hits: %2 (%3 %). Screening is counted for the whole "
                    "office: the region and court filters do not apply.")
                     .arg(locale.toString(rows), locale.toString(hits), locale.toString(share(hits, rows), 'f', 2));
    return table;
}

Result<QList<StatisticsListingRow>> StatisticsService::listingsBehind(const Actor &actor, StatisticsChart chart,
                                                                      const StatisticsFilter &filter,
                                                                      const QString &key, int limit) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewStatistics); !allowed)
        return Error{allowed.error()};
    using Breakdown = StatisticsRepository::Breakdown;
    Breakdown by = Breakdown::Ground;
    switch (chart) {
    case StatisticsChart::ListingTrend:
        by = Breakdown::Month;
        break;
    case StatisticsChart::ListingsByGround:
        by = Breakdown::Ground;
        break;
    case StatisticsChart::ListingsByRegion:
        by = filter.area.level == StatisticsArea::Level::County || filter.area.level == StatisticsArea::Level::Court
                 ? Breakdown::Court
                 : Breakdown::Area;
        break;
    case StatisticsChart::ListingsByCourt:
        by = Breakdown::Court;
        break;
    case StatisticsChart::MeasuresByCategory:
        by = Breakdown::MeasureCategory;
        break;
    case StatisticsChart::MeasuresByDepartment:
        by = Breakdown::MeasureDepartment;
        break;
    case StatisticsChart::Objections:
    case StatisticsChart::Repairs:
    case StatisticsChart::Screening:
        return Error{tr("This chart does not open listings.")};
    }
    return m_repository.listingsBehind(filter, by, key, limit);
}

Result<QList<StatisticsBar>> StatisticsService::regions(const Actor &actor, const QString &parentCode) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewStatistics); !allowed)
        return Error{allowed.error()};
    return m_repository.childRegions(parentCode);
}

Result<QList<StatisticsBar>> StatisticsService::courts(const Actor &actor, const StatisticsArea &area) const
{
    if (const Status allowed = requirePermission(actor, Action::ViewStatistics); !allowed)
        return Error{allowed.error()};
    return m_repository.courtsIn(area);
}

} // namespace creditdesk
