#pragma once

#include "SearchTypes.h"
#include "domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantMap>

#include <map>

#include <optional>

namespace creditdesk {

class SearchPlan;

/// Finds subjects by name, pinyin, identifier or case number using indexes only (see
/// SearchPlan), ranks them by how they matched with the newest listing first among equals, and
/// returns keyset pages, never OFFSET. Each thread uses its own engine on its own connection.
class SearchEngine
{
public:
    explicit SearchEngine(QSqlDatabase db);

    Result<SearchResultPage> page(const SearchRequest &request, const SearchCursor &after, int limit) const;

    /// Counts the matches; stops at \a cap + 1 and reports "at least" when \a cap > 0.
    Result<SearchCount> count(const SearchRequest &request, qint64 cap) const;

    /// A relevance tier larger than this is listed by its key instead of newest first: sorting
    /// tens of thousands of rows by date costs more than an officer would wait for.
    static constexpr int defaultNewestFirstLimit = 2000;
    void setNewestFirstLimit(int rows) { m_newestFirstLimit = rows; }

private:
    Result<SearchResultPage> relevancePage(const SearchRequest &request, const SearchPlan &plan,
                                           const SearchCursor &after, int limit) const;
    Result<SearchResultPage> sortedPage(const SearchRequest &request, const SearchPlan &plan, const SearchCursor &after,
                                        int limit) const;
    /// The ids of a tier's next \a wanted rows, newest listing first, or nothing when the tier
    /// has more than the newest-first limit.
    Result<std::optional<QList<qint64>>> newestFirst(const SearchPlan &plan, const QString &condition,
                                                     const SearchCursor &after, int wanted) const;
    /// Full rows for \a ids, in that order.
    Result<QList<SearchRow>> rowsByIds(const SearchPlan &plan, const QList<qint64> &ids) const;
    /// Counts rows meeting \a condition, at most \a cap + 1 of them; all when \a cap < 0.
    Result<qint64> countWhere(const SearchPlan &plan, const QString &condition, qint64 cap) const;

    /// \a statement prepared once and kept (parsing these statements costs as much as running
    /// them), with the values of \a bindings it names bound.
    Result<QSqlQuery *> prepared(const QString &statement, const QVariantMap &bindings) const;

    QSqlDatabase m_db;
    int m_newestFirstLimit = defaultNewestFirstLimit;
    static constexpr std::size_t maximumCachedStatements = 96;
    mutable std::map<QString, QSqlQuery> m_statements;
};

} // namespace creditdesk
