#pragma once

#include "SearchFilterBar.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QTableView;
class QTimer;

namespace creditdesk {

class SearchResultModel;

/// The search page: one box that takes a name, pinyin, ID number (whole, partial or masked),
/// credit code or case number, optional filters, and a result table ranked by how each subject
/// matched (sortable by any column) that loads more rows as the officer scrolls. The status line
/// says how many matched and, for common names, how to narrow the list.
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPage(SearchResultModel &model, QWidget *parent = nullptr,
                        SearchFilterBar::ReferenceLoader loader = defaultReferenceLoader());

    /// The reference lists bundled with the program.
    static SearchFilterBar::ReferenceLoader defaultReferenceLoader();
    /// From this many matches on a name, the status line suggests narrowing the search.
    static constexpr qint64 commonNameThreshold = 50;

    QString query() const;
    void setQuery(const QString &text);
    void focusQuery();
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    QLineEdit *queryEdit() const { return m_query; }
    QTableView *resultView() const { return m_results; }
    SearchFilterBar *filterBar() const { return m_filters; }
    QString statusText() const;
    void showFilters(bool visible);

Q_SIGNALS:
    void subjectActivated(qint64 subjectId);

private:
    void runSearch();
    void updateStatus();
    void activateCurrent();

    SearchResultModel &m_model;
    QLineEdit *m_query;
    QToolButton *m_filterToggle;
    SearchFilterBar *m_filters;
    QTableView *m_results;
    QLabel *m_status;
    QTimer *m_debounce;
};

} // namespace creditdesk
