#pragma once

#include "domain/SecurityPolicy.h"
#include "search/MatchHighlight.h"
#include "search/QueryClassifier.h"
#include "search/SearchTypes.h"

#include <QAbstractTableModel>
#include <QDate>

namespace creditdesk {

class SearchClient;
class NameKeyBuilder;

/// The subjects matching the current query and filters, loaded a page at a time as the view
/// scrolls (canFetchMore/fetchMore). Pages and the count come from SearchClient's worker
/// threads; an answer to an older query is dropped. Identifiers are masked by the masking
/// policy; the matched part of a name is reported for highlighting.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        IdentifierColumn,
        LegalRepresentativeColumn,
        RegionColumn,
        StatusColumn,
        ListingsColumn,
        LatestDecisionColumn,
        MatchColumn,
        ColumnCount
    };
    enum Role {
        SubjectIdRole = Qt::UserRole + 1,
        HighlightRole, ///< QPoint(start, length) of the matched text in the cell, if any
    };

    SearchResultModel(SearchClient &client, const QueryClassifier &classifier, const NameKeyBuilder &keys,
                      QObject *parent = nullptr);

    void setQuery(const QString &text);
    QString query() const { return m_text; }
    const ClassifiedQuery &classifiedQuery() const { return m_request.query; }
    void setFilters(const SearchFilters &filters);
    /// Runs the query again from its first page: the cache changed.
    void reload() { restart(); }
    const SearchFilters &filters() const { return m_request.filters; }
    /// The date against which "active" is decided; today by default.
    void setToday(const QDate &today) { m_request.today = today; }
    void setPageSize(int rows) { m_pageSize = rows; }
    void setMaskingPolicy(const MaskingPolicy &policy) { m_masking = policy; }
    qint64 subjectIdAt(int row) const;
    /// A hint for the officer when the query cannot be searched, or an error.
    QString hint() const { return m_hint; }
    bool isExhausted() const { return m_exhausted; }
    bool isLoading() const { return m_loading; }
    /// How many subjects match; valid once countChanged was emitted for this query.
    SearchCount count() const { return m_count; }
    bool isCountKnown() const { return m_countKnown; }
    /// Counts up to this many at once; more are reported as "more than" and counted after.
    static constexpr qint64 quickCountCap = 1000;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString matchText(MatchKind match);

Q_SIGNALS:
    void hintChanged(const QString &hint);
    void rowsLoaded(int total, bool complete);
    void countChanged(const creditdesk::SearchCount &count);

private:
    struct Row
    {
        SearchRow result;
        MatchHighlight::Range nameRange;
        MatchHighlight::Range representativeRange;
    };
    void restart();
    void setHint(const QString &hint);
    void receivePage(quint64 generation, const SearchResultPage &page, const QString &error);
    void receiveCount(quint64 generation, const SearchCount &count, const QString &error);
    Row highlighted(const SearchRow &result) const;

    SearchClient &m_client;
    const QueryClassifier &m_classifier;
    const NameKeyBuilder &m_keys;
    QString m_text;
    SearchRequest m_request;
    quint64 m_generation = 0;
    QList<Row> m_rows;
    SearchCursor m_next;
    MaskingPolicy m_masking = MaskingPolicy::defaults();
    QString m_hint;
    SearchCount m_count;
    bool m_countKnown = false;
    int m_pageSize = 100;
    bool m_exhausted = true;
    bool m_loading = false;
    bool m_notifying = false; ///< views may ask for more rows while a change is announced
};

} // namespace creditdesk
