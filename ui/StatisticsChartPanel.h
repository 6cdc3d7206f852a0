#pragma once

#include "domain/Result.h"
#include "statistics/StatisticsChart.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace creditdesk {

/// One chart of the dashboard: the chart drawn from its table (months as lines on a time axis,
/// breakdowns as horizontal bars with their names readable, an outcome mix as a pie), the note,
/// the table itself (sortable), and exports as PNG, PDF, CSV and XLSX. A click on a bar, a point
/// or a table row says which row was chosen.
class StatisticsChartPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsChartPanel(QWidget *parent = nullptr);

    void show(const StatisticsTable &table);
    void showMessage(const QString &message); ///< while loading, or an error
    const StatisticsTable &table() const { return m_table; }

    Status exportPng(const QString &path) const;
    Status exportPdf(const QString &path) const;
    QChartView *chartView() const { return m_chartView; }
    QTableView *tableView() const { return m_tableView; }

    /// The Okabe–Ito colours: told apart also with the common kinds of colour blindness.
    static QList<QColor> palette();

Q_SIGNALS:
    void rowActivated(int row);
    void pieActivated(int slice);

private:
    QChart *buildChart(const StatisticsTable &table);
    QChart *buildPie(const StatisticsTable &table);
    void fillTable(const StatisticsTable &table);
    void chooseExport(const QString &filter, const QString &suffix);

    StatisticsTable m_table;
    QChartView *m_chartView;
    QChartView *m_pieView;
    QLabel *m_note;
    QTableView *m_tableView;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace creditdesk
