#include "SearchPage.h"

#include "item/SearchResultModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace creditdesk {

SearchPage::SearchPage(SearchResultModel &model, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_query(new QLineEdit(this)),
      m_results(new QTableView(this)),
      m_status(new QLabel(this)),
      m_debounce(new QTimer(this))
{
    m_query->setPlaceholderText(tr("Name, ID number, credit code or case number"));
    m_query->setClearButtonEnabled(true);
    m_query->setAccessibleName(tr("Search"));
    QFont larger = m_query->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.25);
    m_query->setFont(larger);

    m_results->setModel(&m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAlternatingRowColors(true);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->horizontalHeader()->setSortIndicator(SearchResultModel::NameColumn, Qt::AscendingOrder);
    m_results->setSortingEnabled(true);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setColumnWidth(SearchResultModel::NameColumn, 260);
    m_results->setColumnWidth(SearchResultModel::IdentifierColumn, 190);
    m_results->setColumnWidth(SearchResultModel::RegionColumn, 120);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
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
    connect(&m_model, &SearchResultModel::hintChanged, this,
            [this] { updateStatus(m_model.rowCount(), m_model.isExhausted()); });

    // Down arrow from the box moves into the results.
    auto *down = new QShortcut(QKeySequence(Qt::Key_Down), m_query, nullptr, nullptr, Qt::WidgetShortcut);
    connect(down, &QShortcut::activated, this, [this] {
        if (m_model.rowCount() > 0) {
            m_results->setFocus();
            m_results->selectRow(0);
        }
    });
    updateStatus(0, true);
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
    if (m_query->text() == m_model.query() && m_model.rowCount() > 0)
        return;
    m_model.setQuery(m_query->text());
}

void SearchPage::updateStatus(int loaded, bool complete)
{
    if (!m_model.hint().isEmpty()) {
        m_status->setText(m_model.hint());
        return;
    }
    if (m_model.query().trimmed().isEmpty()) {
        m_status->setText(tr("Type to search. Enter or Down moves to the results; Enter opens a dossier."));
        return;
    }
    if (loaded == 0)
        m_status->setText(tr("No subject matches."));
    else if (complete)
        m_status->setText(tr("%n subject(s) found.", nullptr, loaded));
    else
        m_status->setText(tr("%n subject(s) shown; more load as you scroll.", nullptr, loaded));
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
