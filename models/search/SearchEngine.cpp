#include "SearchEngine.h"

#include "store/Sql.h"

#include "SearchPlan.h"
#include "store/ListingSql.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <unordered_map>

namespace creditdesk {

namespace {

QString sortExpression(SearchSort sort)
{
    switch (sort) {
    case SearchSort::Relevance:
    case SearchSort::Name:
        return QStringLiteral("s.name_key");
    case SearchSort::Kind:
        return QStringLiteral("s.kind");
    case SearchSort::Identifier:
        return QStringLiteral("coalesce((SELECT value FROM subject_identifier i WHERE i.subject_id = s.id "
                              "ORDER BY i.type LIMIT 1), '')");
    case SearchSort::Region:
        return QStringLiteral("coalesce(s.region_code, '')");
    case SearchSort::Active:
        return QStringLiteral("EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = s.id AND ")
               + sql::listingInForceCondition() + u')';
    case SearchSort::ListingCount:
        return QStringLiteral("(SELECT count(*) FROM listing l WHERE l.subject_id = s.id)");
    case SearchSort::LatestDecision:
        return QStringLiteral("s.latest_decision");
    }
    return QStringLiteral("s.name_key");
}

/// The columns of a SearchRow, then `tier` and `sort_value`.
QString selectColumns(const QString &tierExpression, const QString &sortValue)
{
    return QStringLiteral("SELECT s.id, s.kind, s.name, "
                          "(SELECT type FROM subject_identifier i WHERE i.subject_id = s.id ORDER BY i.type LIMIT 1), "
                          "(SELECT value FROM subject_identifier i WHERE i.subject_id = s.id ORDER BY i.type LIMIT 1), "
                          "r.name, EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = s.id AND ")
           + sql::listingInForceCondition()
           + QStringLiteral("), EXISTS (SELECT 1 FROM listing l WHERE l.subject_id = s.id AND l.under_objection = 1), "
                            "(SELECT count(*) FROM listing l WHERE l.subject_id = s.id), "
                            "s.latest_decision, s.legal_representative, ")
           + tierExpression + QStringLiteral(" AS tier, ") + sortValue
           + QStringLiteral(" AS sort_value FROM subject s LEFT JOIN region r ON r.code = s.region_code WHERE ");
}

Error searchError(const QSqlQuery &query)
{
    return Error{
        QCoreApplication::translate("Search", "The search could not run: %1").arg(sql::reasonOf(query.lastError()))};
}

/// Whether \a statement contains \a placeholder as a whole name (":value" is not ":value_upper").
bool containsPlaceholder(const QString &statement, const QString &placeholder)
{
    qsizetype at = statement.indexOf(placeholder);
    while (at >= 0) {
        const qsizetype end = at + placeholder.size();
        if (end >= statement.size() || !(statement[end].isLetterOrNumber() || statement[end] == u'_'))
            return true;
        at = statement.indexOf(placeholder, end);
    }
    return false;
}

SearchRow readRow(const QSqlQuery &query)
{
    SearchRow row;
    row.subjectId = query.value(0).toLongLong();
    row.kind = static_cast<SubjectKind>(query.value(1).toInt());
    row.name = query.value(2).toString();
    row.identifierType = static_cast<IdentifierType>(query.value(3).toInt());
    row.identifier = query.value(4).toString();
    row.regionName = query.value(5).toString();
    row.active = query.value(6).toBool();
    row.underObjection = query.value(7).toBool();
    row.listingCount = query.value(8).toInt();
    row.latestDecision = QDate::fromString(query.value(9).toString(), Qt::ISODate);
    row.legalRepresentative = query.value(10).toString();
    return row;
}

} // namespace

SearchEngine::SearchEngine(QSqlDatabase db) : m_db(std::move(db)) {}

Result<SearchResultPage> SearchEngine::page(const SearchRequest &request, const SearchCursor &after, int limit) const
{
    if (!request.isSearchable() || limit <= 0)
        return SearchResultPage{{}, {}, true};
    const SearchPlan plan(request);
    if (request.sort == SearchSort::Relevance)
        return relevancePage(request, plan, after, limit);
    return sortedPage(request, plan, after, limit);
}

Result<SearchResultPage> SearchEngine::relevancePage(const SearchRequest &request, const SearchPlan &plan,
                                                     const SearchCursor &after, int limit) const
{
    Q_UNUSED(request);
    SearchResultPage result;
    const int firstTier = after.valid ? after.tier : 0;
    for (int tierIndex = firstTier; tierIndex < plan.tiers().size(); ++tierIndex) {
        const SearchPlan::Tier &tier = plan.tiers()[tierIndex];
        const QString condition = plan.tierCondition(tierIndex);
        const bool continuing = after.valid && tierIndex == after.tier;
        const int wanted = limit - static_cast<int>(result.rows.size());
        bool keyOrder = continuing && after.keyOrder;
        if (!tier.indexOrdered && !keyOrder) {
            // One pass over the tier: small enough, it is ordered newest first right here and
            // only the page's rows are read in full; too large, it is listed by key instead.
            auto ranked = newestFirst(plan, condition, continuing ? after : SearchCursor{}, wanted);
            if (!ranked)
                return Error{ranked.error()};
            if (ranked->has_value()) {
                auto rows = rowsByIds(plan, ranked->value());
                if (!rows)
                    return Error{rows.error()};
                for (SearchRow &row : rows.value()) {
                    row.match = tier.match;
                    result.rows.append(row);
                    result.next =
                        SearchCursor{true, tierIndex, false,
                                     row.latestDecision.isValid() ? QVariant(row.latestDecision.toString(Qt::ISODate))
                                                                  : QVariant(QString()),
                                     row.subjectId};
                }
                if (static_cast<int>(rows->size()) == wanted)
                    return result;
                continue;
            }
            keyOrder = true;
        }
        const QString sortValue = keyOrder ? tier.keyColumn : QStringLiteral("s.latest_decision");
        QString statement = selectColumns(QString::number(tierIndex), sortValue) + condition;
        if (continuing) {
            statement += keyOrder ? QStringLiteral(" AND (%1, s.id) > (:after_value, :after_id)").arg(tier.keyColumn)
                                  : QStringLiteral(" AND (s.latest_decision < :after_value OR "
                                                   "(s.latest_decision = :after_value AND s.id > :after_id))");
        }
        statement += keyOrder ? QStringLiteral(" ORDER BY %1, s.id").arg(tier.keyColumn)
                              : QStringLiteral(" ORDER BY s.latest_decision DESC, s.id");
        statement += QStringLiteral(" LIMIT %1").arg(wanted);

        auto preparedQuery = prepared(statement, plan.bindings());
        if (!preparedQuery)
            return Error{preparedQuery.error()};
        QSqlQuery &query = *preparedQuery.value();
        if (continuing) {
            query.bindValue(QStringLiteral(":after_value"), after.sortValue);
            query.bindValue(QStringLiteral(":after_id"), after.subjectId);
        }
        if (!query.exec())
            return searchError(query);
        int fetched = 0;
        while (query.next()) {
            SearchRow row = readRow(query);
            row.match = tier.match;
            result.rows.append(row);
            result.next = SearchCursor{true, tierIndex, keyOrder, query.value(12), row.subjectId};
            ++fetched;
        }
        query.finish(); // a kept statement must not hold the read snapshot
        if (fetched == wanted)
            return result;
    }
    result.complete = true;
    return result;
}

Result<std::optional<QList<qint64>>> SearchEngine::newestFirst(const SearchPlan &plan, const QString &condition,
                                                               const SearchCursor &after, int wanted) const
{
    auto preparedQuery = prepared(QStringLiteral("SELECT s.id, s.latest_decision FROM subject s WHERE %1 LIMIT %2")
                                      .arg(condition)
                                      .arg(m_newestFirstLimit + 1),
                                  plan.bindings());
    if (!preparedQuery)
        return Error{preparedQuery.error()};
    QSqlQuery &query = *preparedQuery.value();
    if (!query.exec())
        return searchError(query);
    QList<std::pair<QString, qint64>> members;
    while (query.next())
        members.append({query.value(1).toString(), query.value(0).toLongLong()});
    query.finish();
    if (members.size() > m_newestFirstLimit)
        return std::optional<QList<qint64>>();
    std::sort(members.begin(), members.end(), [](const auto &left, const auto &right) {
        return left.first != right.first ? left.first > right.first : left.second < right.second;
    });
    QList<qint64> page;
    const QString afterValue = after.sortValue.toString();
    for (const auto &[latest, id] : std::as_const(members)) {
        if (after.valid && (latest > afterValue || (latest == afterValue && id <= after.subjectId)))
            continue;
        page.append(id);
        if (page.size() == wanted)
            break;
    }
    return std::optional<QList<qint64>>(page);
}

Result<QList<SearchRow>> SearchEngine::rowsByIds(const SearchPlan &plan, const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<SearchRow>{};
    // Placeholders rather than the ids themselves, so the statement is prepared once per size.
    QStringList placeholders;
    QVariantMap bindings = plan.bindings();
    for (qsizetype i = 0; i < ids.size(); ++i) {
        placeholders.append(QStringLiteral(":id%1").arg(i));
        bindings.insert(placeholders.last(), ids[i]);
    }
    auto preparedQuery = prepared(selectColumns(QStringLiteral("0"), QStringLiteral("0")) + QStringLiteral("s.id IN (")
                                      + placeholders.join(u',') + u')',
                                  bindings);
    if (!preparedQuery)
        return Error{preparedQuery.error()};
    QSqlQuery &query = *preparedQuery.value();
    if (!query.exec())
        return searchError(query);
    std::unordered_map<qint64, SearchRow> found;
    while (query.next()) {
        SearchRow row = readRow(query);
        found.emplace(row.subjectId, row);
    }
    query.finish();
    QList<SearchRow> rows;
    for (const qint64 id : ids) {
        if (const auto it = found.find(id); it != found.end())
            rows.append(it->second);
    }
    return rows;
}

Result<SearchResultPage> SearchEngine::sortedPage(const SearchRequest &request, const SearchPlan &plan,
                                                  const SearchCursor &after, int limit) const
{
    SearchResultPage result;
    const QString sortValue = sortExpression(request.sort);
    const bool descending = request.order == Qt::DescendingOrder;
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString statement = selectColumns(plan.tierExpression(), sortValue) + plan.anyTierCondition();
    if (after.valid)
        statement += QStringLiteral(" AND (sort_value, s.id) ") + (descending ? u'<' : u'>')
                     + QStringLiteral(" (:after_value, :after_id)");
    statement += QStringLiteral(" ORDER BY sort_value") + direction + QStringLiteral(", s.id") + direction
                 + QStringLiteral(" LIMIT %1").arg(limit);
    auto preparedQuery = prepared(statement, plan.bindings());
    if (!preparedQuery)
        return Error{preparedQuery.error()};
    QSqlQuery &query = *preparedQuery.value();
    if (after.valid) {
        query.bindValue(QStringLiteral(":after_value"), after.sortValue);
        query.bindValue(QStringLiteral(":after_id"), after.subjectId);
    }
    if (!query.exec())
        return searchError(query);
    while (query.next()) {
        SearchRow row = readRow(query);
        row.match = plan.tiers().value(query.value(11).toInt()).match;
        result.rows.append(row);
        result.next = SearchCursor{true, 0, false, query.value(12), row.subjectId};
    }
    query.finish();
    result.complete = result.rows.size() < limit;
    return result;
}

Result<SearchCount> SearchEngine::count(const SearchRequest &request, qint64 cap) const
{
    SearchCount total;
    if (!request.isSearchable())
        return total;
    const SearchPlan plan(request);
    // The tiers are disjoint, so their counts add up; each count uses its tier's index.
    for (int tierIndex = 0; tierIndex < plan.tiers().size(); ++tierIndex) {
        const qint64 remaining = cap > 0 ? cap - total.value : -1;
        auto counted = countWhere(plan, plan.tierCondition(tierIndex), remaining);
        if (!counted)
            return Error{counted.error()};
        total.value += counted.value();
        if (cap > 0 && total.value > cap) {
            total.value = cap;
            total.exact = false;
            return total;
        }
    }
    return total;
}

Result<qint64> SearchEngine::countWhere(const SearchPlan &plan, const QString &condition, qint64 cap) const
{
    const QString statement = cap >= 0
                                  ? QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM subject s WHERE %1 LIMIT %2)")
                                        .arg(condition)
                                        .arg(cap + 1)
                                  : QStringLiteral("SELECT count(*) FROM subject s WHERE ") + condition;
    auto preparedQuery = prepared(statement, plan.bindings());
    if (!preparedQuery)
        return Error{preparedQuery.error()};
    QSqlQuery &query = *preparedQuery.value();
    if (!query.exec() || !query.next())
        return searchError(query);
    const qint64 count = query.value(0).toLongLong();
    query.finish();
    return count;
}

Result<QSqlQuery *> SearchEngine::prepared(const QString &statement, const QVariantMap &bindings) const
{
    auto found = m_statements.find(statement);
    if (found == m_statements.end()) {
        if (m_statements.size() >= maximumCachedStatements)
            m_statements.clear();
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.prepare(statement))
            return searchError(query);
        found = m_statements.emplace(statement, std::move(query)).first;
    }
    QSqlQuery &query = found->second;
    query.finish();
    for (auto it = bindings.cbegin(); it != bindings.cend(); ++it) {
        if (containsPlaceholder(statement, it.key()))
            query.bindValue(it.key(), it.value());
    }
    return &query;
}

} // namespace creditdesk
