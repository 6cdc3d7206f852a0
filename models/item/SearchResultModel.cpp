#include "SearchResultModel.h"

#include "search/NameKey.h"
#include "search/SearchClient.h"

#include <QLocale>
#include <QPoint>

namespace creditdesk {

namespace {

SearchSort sortFor(int column)
{
    switch (column) {
    case SearchResultModel::NameColumn:
        return SearchSort::Name;
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
        return SearchSort::Relevance;
    }
}

QVariant rangeValue(const MatchHighlight::Range &range)
{
    return range.isValid() ? QVariant(QPoint(range.start, range.length)) : QVariant();
}

} // namespace

SearchResultModel::SearchResultModel(SearchClient &client, const QueryClassifier &classifier,
                                     const NameKeyBuilder &keys, QObject *parent)
    : QAbstractTableModel(parent), m_client(client), m_classifier(classifier), m_keys(keys)
{
    m_request.today = QDate::currentDate();
    connect(&m_client, &SearchClient::pageReady, this, &SearchResultModel::receivePage);
    connect(&m_client, &SearchClient::countReady, this, &SearchResultModel::receiveCount);
}

void SearchResultModel::setQuery(const QString &text)
{
    m_text = text;
    m_request.query = m_classifier.classify(text);
    restart();
}

void SearchResultModel::setFilters(const SearchFilters &filters)
{
    m_request.filters = filters;
    restart();
}

void SearchResultModel::restart()
{
    m_generation = m_client.nextGeneration();
    m_notifying = true;
    beginResetModel();
    m_rows.clear();
    m_next = {};
    m_count = {};
    m_countKnown = false;
    m_exhausted = !m_request.isSearchable();
    m_loading = false;
    endResetModel();
    m_notifying = false;
    setHint(m_request.query.kind == ClassifiedQuery::Kind::Invalid ? m_request.query.hint : QString());
    if (m_exhausted) {
        m_countKnown = true;
        Q_EMIT countChanged(m_count);
        Q_EMIT rowsLoaded(0, true);
        return;
    }
    m_client.requestCount(m_generation, m_request, quickCountCap);
    fetchMore({});
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
    return row >= 0 && row < m_rows.size() ? m_rows[row].result.subjectId : 0;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SearchResultModel::matchText(MatchKind match)
{
    switch (match) {
    case MatchKind::Identifier:
        return tr("ID number / credit code");
    case MatchKind::CaseNumber:
        return tr("Case number");
    case MatchKind::ExactName:
        return tr("Whole name");
    case MatchKind::ExactOtherName:
        return tr("Legal representative or alias");
    case MatchKind::NamePrefix:
        return tr("Start of name");
    case MatchKind::OtherNamePrefix:
        return tr("Start of legal representative or alias");
    case MatchKind::NameSubstring:
        return tr("Part of name");
    case MatchKind::OtherNameSubstring:
        return tr("Part of legal representative");
    case MatchKind::WholePinyin:
        return tr("Whole name in pinyin");
    case MatchKind::Pinyin:
        return tr("Start of name in pinyin");
    case MatchKind::Initials:
        return tr("Pinyin initials");
    case MatchKind::Filter:
        return tr("Filters");
    }
    return {};
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &entry = m_rows[index.row()];
    const SearchRow &row = entry.result;
    if (role == SubjectIdRole)
        return row.subjectId;
    if (role == HighlightRole) {
        if (index.column() == NameColumn)
            return rangeValue(entry.nameRange);
        if (index.column() == LegalRepresentativeColumn)
            return rangeValue(entry.representativeRange);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && row.underObjection)
        return tr("An objection against a listing of this subject is under review.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return row.name;
    case KindColumn:
        return subjectKindText(row.kind);
    case IdentifierColumn:
        return m_masking.apply(row.identifierType, row.identifier);
    case LegalRepresentativeColumn:
        return row.legalRepresentative;
    case RegionColumn:
        return row.regionName;
    case StatusColumn: {
        const QString state = row.active ? tr("On the list") : tr("Not active");
        return row.underObjection ? tr("%1 · under objection").arg(state) : state;
    }
    case ListingsColumn:
        return row.listingCount;
    case LatestDecisionColumn:
        return row.latestDecision.isValid() ? QLocale().toString(row.latestDecision, QLocale::ShortFormat) : QString();
    case MatchColumn:
        return matchText(row.match);
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
    case LegalRepresentativeColumn:
        return tr("Legal representative");
    case RegionColumn:
        return tr("Region");
    case StatusColumn:
        return tr("Status");
    case ListingsColumn:
        return tr("Listings");
    case LatestDecisionColumn:
        return tr("Latest decision");
    case MatchColumn:
        return tr("Match");
    default:
        return {};
    }
}

bool SearchResultModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_exhausted && !m_loading && !m_notifying;
}

void SearchResultModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_exhausted || m_loading || m_notifying)
        return;
    m_loading = true;
    m_client.requestPage(m_generation, m_request, m_next, m_pageSize);
}

SearchResultModel::Row SearchResultModel::highlighted(const SearchRow &result) const
{
    Row row{result, {}, {}};
    const QString &key = m_request.query.value;
    switch (result.match) {
    case MatchKind::ExactName:
    case MatchKind::NamePrefix:
        row.nameRange = MatchHighlight::find(m_keys, result.name, key, true);
        break;
    case MatchKind::NameSubstring:
        row.nameRange = MatchHighlight::find(m_keys, result.name, key);
        break;
    case MatchKind::ExactOtherName:
    case MatchKind::OtherNamePrefix:
        row.representativeRange = MatchHighlight::find(m_keys, result.legalRepresentative, key, true);
        break;
    case MatchKind::OtherNameSubstring:
        row.representativeRange = MatchHighlight::find(m_keys, result.legalRepresentative, key);
        break;
    default:
        break;
    }
    return row;
}

void SearchResultModel::receivePage(quint64 generation, const SearchResultPage &page, const QString &error)
{
    if (generation != m_generation)
        return; // the officer has typed on: an answer to an older query
    m_loading = false;
    if (!error.isEmpty()) {
        m_exhausted = true;
        setHint(error);
        Q_EMIT rowsLoaded(static_cast<int>(m_rows.size()), true);
        return;
    }
    m_exhausted = page.complete;
    if (page.next.valid)
        m_next = page.next;
    if (!page.rows.isEmpty()) {
        QList<Row> rows;
        rows.reserve(page.rows.size());
        for (const SearchRow &result : page.rows)
            rows.append(highlighted(result));
        const int first = static_cast<int>(m_rows.size());
        m_notifying = true;
        beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
        m_rows.append(rows);
        endInsertRows();
        m_notifying = false;
    }
    Q_EMIT rowsLoaded(static_cast<int>(m_rows.size()), m_exhausted);
}

void SearchResultModel::receiveCount(quint64 generation, const SearchCount &count, const QString &error)
{
    if (generation != m_generation || !error.isEmpty())
        return;
    m_count = count;
    m_countKnown = true;
    Q_EMIT countChanged(count);
    if (!count.exact)
        m_client.requestCount(m_generation, m_request, -1); // refine in the background
}

void SearchResultModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_request.sort = sortFor(column);
    m_request.order = order;
    if (m_request.isSearchable())
        restart();
}

} // namespace creditdesk
