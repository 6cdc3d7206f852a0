#include "SearchResultModel.h"

#include <QLocale>

namespace creditdesk {

namespace {

SearchSort sortFor(int column)
{
    switch (column) {
    case SearchResultModel::KindColumn:
        return SearchSort::Kind;
    case SearchResultModel::IdentifierColumn:
        return SearchSort::Identifier;
    case SearchResultModel::RegionColumn:
        return SearchSort::Region;
    case SearchResultModel::StatusColumn:
        return SearchSort::Active;
    case SearchResultModel::ListingsColumn:
        return SearchSort::ListingCount;
    case SearchResultModel::LatestDecisionColumn:
        return SearchSort::LatestDecision;
    default:
        return SearchSort::Name;
    }
}

} // namespace

SearchResultModel::SearchResultModel(const SearchEngine &engine, const QueryClassifier &classifier, QObject *parent)
    : QAbstractTableModel(parent), m_engine(engine), m_classifier(classifier)
{}

void SearchResultModel::setQuery(const QString &text)
{
    m_text = text;
    m_query = m_classifier.classify(text);
    restart();
}

void SearchResultModel::restart()
{
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_exhausted = m_query.kind == ClassifiedQuery::Kind::Empty || m_query.kind == ClassifiedQuery::Kind::Invalid;
    endResetModel();
    m_notifying = false;
    setHint(m_query.kind == ClassifiedQuery::Kind::Invalid ? m_query.hint : QString());
    if (!m_exhausted)
        fetchMore({});
    else
        Q_EMIT rowsLoaded(0, true);
}

void SearchResultModel::setHint(const QString &hint)
{
    if (hint == m_hint)
        return;
    m_hint = hint;
    Q_EMIT hintChanged(hint);
}

qint64 SearchResultModel::subjectIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].subjectId : 0;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchRow &row = m_rows[index.row()];
    if (role == SubjectIdRole)
        return row.subjectId;
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !row.legalRepresentative.isEmpty())
        return tr("Legal representative: %1").arg(row.legalRepresentative);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case KindColumn:
        return subjectKindText(row.kind);
    case IdentifierColumn:
        return m_masking.apply(row.identifierType, row.identifier);
    case RegionColumn:
        return row.regionName;
    case StatusColumn:
        return row.active ? tr("On the list") : tr("Not active");
    case ListingsColumn:
        return row.listingCount;
    case LatestDecisionColumn:
        return row.latestDecision.isValid() ? QLocale().toString(row.latestDecision, QLocale::ShortFormat) : QString();
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case IdentifierColumn:
        return tr("ID number / credit code");
    case RegionColumn:
        return tr("Region");
    case StatusColumn:
        return tr("Status");
    case ListingsColumn:
        return tr("Listings");
    case LatestDecisionColumn:
        return tr("Latest decision");
    default:
        return {};
    }
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_notifying;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_notifying)
        return;
    SearchCursor cursor;
    if (!m_rows.isEmpty()) {
        cursor.valid = true;
        cursor.sortValue = m_rows.last().sortValue;
        cursor.subjectId = m_rows.last().subjectId;
    }
    auto page = m_engine.page(m_query, m_sort, m_order, cursor, m_pageSize, m_today);
    if (!page) {
        m_exhausted = true;
        setHint(page.error());
        Q_EMIT rowsLoaded(static_cast<int>(m_rows.size()), true);
        return;
    }
    const QList<SearchRow> &rows = page.value();
    if (rows.size() < m_pageSize)
        m_exhausted = true;
    if (!rows.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        m_notifying = true;
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
        m_notifying = false;
    }
    Q_EMIT rowsLoaded(static_cast<int>(m_rows.size()), m_exhausted);
}

void SearchResultModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = sortFor(column);
    m_order = order;
    restart();
}

} // namespace creditdesk
