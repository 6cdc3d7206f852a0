#pragma once

#include "SearchTypes.h"

#include <QList>
#include <QString>
#include <QVariantMap>

namespace creditdesk {

/// Turns a search request into SQL: the match tiers in relevance order, each an index-backed
/// condition on subject `s`, the filter condition, and the values to bind. Only SearchEngine
/// runs these statements.
class SearchPlan
{
public:
    struct Tier
    {
        MatchKind match = MatchKind::Filter;
        QString condition;         ///< selects the tier's subjects (may include better tiers)
        bool indexOrdered = false; ///< an index already yields newest-first order
        QString keyColumn;         ///< the order for a large tier: the column its index is on
    };

    explicit SearchPlan(const SearchRequest &request);

    const QList<Tier> &tiers() const { return m_tiers; }
    /// The tier's condition without the subjects of better tiers, with the filters.
    QString tierCondition(int index) const;
    /// Any tier, with the filters (for counts and column sorts).
    QString anyTierCondition() const;
    /// The CASE expression giving the tier index of a row (for column sorts).
    QString tierExpression() const;
    const QVariantMap &bindings() const { return m_bindings; }

private:
    void addNameTiers(const ClassifiedQuery &query);
    QString filterCondition(const SearchFilters &filters);

    QList<Tier> m_tiers;
    QString m_filter;
    QVariantMap m_bindings;
};

} // namespace creditdesk
