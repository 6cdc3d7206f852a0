#pragma once

#include "domain/SecurityPolicy.h"
#include "search/QueryClassifier.h"
#include "search/SearchEngine.h"

#include <QAbstractTableModel>
#include <QDate>

namespace creditdesk {

/// The subjects matching the current query, loaded a page at a time as the view scrolls
/// (canFetchMore/fetchMore) and sorted by the database, so a large result never sits in memory.
/// Identifiers are masked by the masking policy.
class SearchResultModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        IdentifierColumn,
        RegionColumn,
        StatusColumn,
        ListingsColumn,
        LatestDecisionColumn,
        ColumnCount
    };
    enum Role { SubjectIdRole = Qt::UserRole + 1 };

    SearchResultModel(const SearchEngine &engine, const QueryClassifier &classifier, QObject *parent = nullptr);

    void setQuery(const QString &text);
    QString query() const { return m_text; }
    /// The date against which "active" is decided; today by default.
    void setToday(const QDate &today) { m_today = today; }
    void setPageSize(int rows) { m_pageSize = rows; }
    void setMaskingPolicy(const MaskingPolicy &policy) { m_masking = policy; }
    qint64 subjectIdAt(int row) const;
    /// A hint for the officer when the query cannot be searched, or an error.
    QString hint() const { return m_hint; }
    bool isExhausted() const { return m_exhausted; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void hintChanged(const QString &hint);
    void rowsLoaded(int total, bool complete);

private:
    void restart();
    void setHint(const QString &hint);

    const SearchEngine &m_engine;
    const QueryClassifier &m_classifier;
    QString m_text;
    ClassifiedQuery m_query;
    QList<SearchRow> m_rows;
    SearchSort m_sort = SearchSort::Name;
    Qt::SortOrder m_order = Qt::AscendingOrder;
    QDate m_today = QDate::currentDate();
    MaskingPolicy m_masking = MaskingPolicy::defaults();
    QString m_hint;
    int m_pageSize = 100;
    bool m_exhausted = true;
    bool m_notifying = false; ///< views may ask for more rows while a change is announced
};

} // namespace creditdesk
