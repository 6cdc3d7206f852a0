#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace creditdesk {

class SearchResultModel;

/// The search page: one box that takes a name, ID number, credit code or case number, and a
/// sortable result table that loads more rows as the officer scrolls.
class SearchPage : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPage(SearchResultModel &model, QWidget *parent = nullptr);

    QString query() const;
    void setQuery(const QString &text);
    void focusQuery();
    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray &state);

    QLineEdit *queryEdit() const { return m_query; }
    QTableView *resultView() const { return m_results; }

Q_SIGNALS:
    void subjectActivated(qint64 subjectId);

private:
    void runSearch();
    void updateStatus(int loaded, bool complete);
    void activateCurrent();

    SearchResultModel &m_model;
    QLineEdit *m_query;
    QTableView *m_results;
    QLabel *m_status;
    QTimer *m_debounce;
};

} // namespace creditdesk
