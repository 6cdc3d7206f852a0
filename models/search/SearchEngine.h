#pragma once

#include "QueryClassifier.h"
#include "domain/Result.h"
#include "domain/Subject.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace creditdesk {

/// One subject in a result list.
struct SearchRow
{
    qint64 subjectId = 0;
    SubjectKind kind = SubjectKind::Person;
    QString name;
    IdentifierType identifierType = IdentifierType::Other;
    QString identifier; ///< full value: the item model masks it
    QString regionName;
    bool active = false; ///< an effective listing exists
    int listingCount = 0;
    QDate latestDecision;
    QString legalRepresentative;
    QVariant sortValue; ///< for the keyset of the next page
};

/// Columns a result list can be ordered by.
enum class SearchSort { Name, Kind, Identifier, Region, Active, ListingCount, LatestDecision };

/// Where the previous page ended (keyset pagination): rows after this one come next.
struct SearchCursor
{
    bool valid = false;
    QVariant sortValue;
    qint64 subjectId = 0;
};

/// Finds subjects by name, identifier or case number using indexes only: identifiers and case
/// numbers by unique B-tree lookups, 1–2 character names by a B-tree range on the name key,
/// longer names by the FTS5 trigram index. Pages are fetched by keyset, never by OFFSET.
class SearchEngine
{
public:
    explicit SearchEngine(QSqlDatabase db);

    Result<QList<SearchRow>> page(const ClassifiedQuery &query, SearchSort sort, Qt::SortOrder order,
                                  const SearchCursor &after, int limit, const QDate &today) const;

private:
    QSqlDatabase m_db;
};

} // namespace creditdesk
