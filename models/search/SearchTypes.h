#pragma once

#include "QueryClassifier.h"
#include "domain/Subject.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QVariant>

namespace creditdesk {

/// How a result matched the query, best first: the order of the relevance ranking.
enum class MatchKind {
    Identifier,         ///< a whole, partial or masked ID number or credit code
    CaseNumber,         ///< a case number of one of its listings
    ExactName,          ///< the whole name
    ExactOtherName,     ///< the whole name of its legal representative or an alias
    NamePrefix,         ///< the start of the name
    OtherNamePrefix,    ///< the start of the legal representative's name or an alias
    NameSubstring,      ///< three or more characters anywhere in the name
    OtherNameSubstring, ///< three or more characters anywhere in the legal representative's name
    WholePinyin,        ///< the pinyin of the whole name (wangwei: 王伟, 汪薇)
    Pinyin,             ///< the start of the pinyin of the name
    Initials,           ///< the pinyin initials of the name
    Filter,             ///< no query text: every subject the filters select
};

/// Listing properties a search can be narrowed by. Empty members do not filter.
struct SearchFilters
{
    QString regionCode; ///< a province, city or county code: the region and everything below it
    QString courtCode;
    int ground = 0;           ///< ListingGround, 0 = any
    int publicationState = 0; ///< PublicationState, or inForce; 0 = any
    QDate listedFrom;
    QDate listedTo;
    int measureCategory = 0; ///< a measure of this category applied, 0 = any
    bool underObjection = false;

    static constexpr int inForce = 9; ///< publicationState: a listing in force today
    bool isEmpty() const
    {
        return regionCode.isEmpty() && courtCode.isEmpty() && ground == 0 && publicationState == 0
               && !listedFrom.isValid() && !listedTo.isValid() && measureCategory == 0 && !underObjection;
    }
    bool operator==(const SearchFilters &) const = default;
};

/// Columns a result list can be ordered by; Relevance is the ranking by MatchKind.
enum class SearchSort { Relevance, Name, Kind, Identifier, Region, Active, ListingCount, LatestDecision };

/// Everything that defines one search.
struct SearchRequest
{
    ClassifiedQuery query;
    SearchFilters filters;
    SearchSort sort = SearchSort::Relevance;
    Qt::SortOrder order = Qt::AscendingOrder;
    QDate today; ///< the date against which "in force" is decided

    /// Whether the request selects anything at all (query text or filters).
    bool isSearchable() const;
};

/// One subject in a result list.
struct SearchRow
{
    qint64 subjectId = 0;
    SubjectKind kind = SubjectKind::Person;
    QString name;
    IdentifierType identifierType = IdentifierType::Other;
    QString identifier; ///< full value: the item model masks it
    QString regionName;
    bool active = false; ///< a listing in force exists
    bool underObjection = false;
    int listingCount = 0;
    QDate latestDecision;
    QString legalRepresentative;
    MatchKind match = MatchKind::Filter;
};

/// Where the previous page ended (keyset pagination): rows after this one come next.
struct SearchCursor
{
    bool valid = false;
    int tier = 0;          ///< relevance: the match tier the page ended in
    bool keyOrder = false; ///< relevance: that tier is listed by key, not newest first
    QVariant sortValue;
    qint64 subjectId = 0;
};

/// One page of results and where the next one starts.
struct SearchResultPage
{
    QList<SearchRow> rows;
    SearchCursor next;
    bool complete = false; ///< no rows after these
};

/// How many subjects match: exact, or at least \c value when counting stopped at a cap.
struct SearchCount
{
    qint64 value = 0;
    bool exact = true;
};

} // namespace creditdesk

Q_DECLARE_METATYPE(creditdesk::SearchRequest)
Q_DECLARE_METATYPE(creditdesk::SearchCursor)
Q_DECLARE_METATYPE(creditdesk::SearchResultPage)
Q_DECLARE_METATYPE(creditdesk::SearchCount)
