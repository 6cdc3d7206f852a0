#include "SearchPage.h"

#include "HighlightDelegate.h"
#include "ListExport.h"
#include "item/SearchResultModel.h"
#include "search/NameKey.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace creditdesk {

SearchFilterBar::ReferenceLoader SearchPage::defaultReferenceLoader()
{
    return [] {
        auto loaded = ReferenceData::loadBundled();
        return loaded ? loaded.value() : ReferenceData{};
    };
}

SearchPage::SearchPage(SearchResultModel &model, QWidget *parent, SearchFilterBar::ReferenceLoader loader)
    : QWidget(parent),
      m_model(model),
      m_query(new QLineEdit(this)),
      m_filterToggle(new QToolButton(this)),
      m_filters(new SearchFilterBar(std::move(loader), this)),
      m_results(new QTableView(this)),
      m_status(new QLabel(this)),
      m_debounce(new QTimer(this))
{
    m_query->setPlaceholderText(
        tr("Name, pinyin, ID number (also masked: 3201**********1234), credit code or case number"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search"));
    QFont larger = m_query->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    m_query->setFont(larger);

    m_filterToggle->setText(tr("Filters"));
    m_filterToggle->setCheckable(true);
    m_filterToggle->setToolTip(tr("Region, court, ground, state, dates, measure category, objection (Ctrl+Shift+F)"));
    m_filterToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_filters->hide();

    m_results->setModel(&m_model);
    m_results->setItemDelegate(new HighlightDelegate(m_results));
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    // Relevance first: the match column sorts by it.
    m_results->horizontalHeader()->setSortIndicator(SearchResultModel::MatchColumn, Qt::AscendingOrder);
    m_results->setSortingEnabled(true);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setColumnWidth(SearchResultModel::NameColumn, 170);
    m_results->setColumnWidth(SearchResultModel::IdentifierColumn, 190);
    m_results->setColumnWidth(SearchResultModel::RegionColumn, 120);
    m_results->setColumnWidth(SearchResultModel::KindColumn, 120);
    m_results->setColumnWidth(SearchResultModel::LegalRepresentativeColumn, 130);
    m_results->setWordWrap(false);
    m_results->setColumnWidth(SearchResultModel::ListingsColumn, 60);
    // At least as wide as the column's title, in either language.
    for (int column = 0; column < m_model.columnCount(); ++column)
        m_results->setColumnWidth(
            column, std::max(m_results->columnWidth(column), m_results->horizontalHeader()->sectionSizeHint(column)));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);

    auto *layout = new QVBoxLayout(this);
    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_filterToggle);
    QPushButton *exportButton =
        ListExport::button(this, m_model, tr("Search results"), QStringLiteral("search-results"));
    exportButton->setToolTip(tr("Save the results loaded so far (scroll down to load more) as an Excel workbook or a "
                                "CSV file, identifiers masked"));
    queryRow->addWidget(exportButton);
    layout->addLayout(queryRow);
    layout->addWidget(m_filters);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);

    connect(m_query, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_debounce->stop();
        runSearch();
        if (m_model.rowCount() > 0) {
            m_results->setFocus();
            m_results->selectRow(0);
        }
    });
    connect(m_debounce, &QTimer::timeout, this, &SearchPage::runSearch);
    connect(m_results, &QTableView::activated, this, [this](const QModelIndex &) { activateCurrent(); });
    connect(&m_model, &SearchResultModel::rowsLoaded, this, &SearchPage::updateStatus);
    connect(&m_model, &SearchResultModel::countChanged, this, &SearchPage::updateStatus);
    connect(&m_model, &SearchResultModel::hintChanged, this, &SearchPage::updateStatus);
    connect(m_filterToggle, &QToolButton::toggled, this, &SearchPage::showFilters);
    connect(m_filters, &SearchFilterBar::filtersChanged, &m_model, &SearchResultModel::setFilters);

    // Down arrow from the box moves into the results.
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_query, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        if (m_model.rowCount() > 0) {
            m_results->setFocus();
            m_results->selectRow(0);
        }
    });
    updateStatus();
}

void SearchPage::showFilters(bool visible)
{
    m_filterToggle->setChecked(visible);
    m_filters->setVisible(visible);
}

QString SearchPage::query() const
{
    return m_query->text();
}

void SearchPage::setQuery(const QString &text)
{
    m_query->setText(text);
    m_debounce->stop();
    runSearch();
}

void SearchPage::focusQuery()
{
    m_query->setFocus();
    m_query->selectAll();
}

QByteArray SearchPage::headerState() const
{
    return m_results->horizontalHeader()->saveState();
}

void SearchPage::restoreHeaderState(const QByteArray &state)
{
    m_results->horizontalHeader()->restoreState(state);
}

void SearchPage::runSearch()
{
    if (m_query->text() == m_model.query() && (m_model.rowCount() > 0 || m_model.isLoading()))
        return;
    m_model.setQuery(m_query->text());
}

QString SearchPage::statusText() const
{
    if (!m_model.hint().isEmpty())
        return m_model.hint();
    const ClassifiedQuery &query = m_model.classifiedQuery();
    if (query.kind == ClassifiedQuery::Kind::Empty && m_model.filters().isEmpty())
        return tr("Type to search. Enter or Down moves to the results; Enter opens a dossier.");
    const int loaded = m_model.rowCount();
    if (loaded == 0 && m_model.isLoading())
        return tr("Searching…");
    const QLocale locale;
    QString text;
    if (loaded == 0 && m_model.isExhausted()) {
        text = tr("No subject matches.");
        if (query.kind == ClassifiedQuery::Kind::Name && NameKeyBuilder::characterCount(query.value) < 3)
            text += u' '
                    + tr("One or two characters find names that start with them; type three or more to "
                         "find them anywhere in a name.");
        return text;
    }
    if (!m_model.isCountKnown()) {
        text = tr("%Ln subject(s) shown, counting…", nullptr, loaded);
    } else if (m_model.count().exact) {
        text = tr("%Ln subject(s) found.", nullptr, static_cast<int>(qMin<qint64>(m_model.count().value, INT_MAX)));
    } else {
        text = tr("More than %1 subjects found; counting all…").arg(locale.toString(m_model.count().value));
    }
    if (query.kind == ClassifiedQuery::Kind::Name && m_model.isCountKnown()
        && (m_model.count().value >= commonNameThreshold || !m_model.count().exact))
        text += u' '
                + tr("A common name: add the ID number (or its last digits, e.g. ****1234), the credit code or a "
                     "region to find the right subject.");
    return text;
}

void SearchPage::updateStatus()
{
    m_status->setText(statusText());
}

void SearchPage::activateCurrent()
{
    const QModelIndex current = m_results->currentIndex();
    if (!current.isValid())
        return;
    const qint64 subjectId = m_model.subjectIdAt(current.row());
    if (subjectId > 0)
        Q_EMIT subjectActivated(subjectId);
}

} // namespace creditdesk
