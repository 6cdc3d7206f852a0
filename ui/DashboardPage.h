#pragma once

#include "StatisticsRowsDialog.h"
#include "domain/Actor.h"
#include "domain/Result.h"
#include "statistics/Statistics.h"
#include "statistics/StatisticsChart.h"

#include <QWidget>

#include <atomic>
#include <map>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QSettings;
class QTabWidget;

namespace creditdesk {

class StatisticsChartPanel;
class StatisticsService;
class StatisticsWorker;

/// The statistics dashboard (统计): shared filters — a period of months, a region down to the
/// county, a court — over one tab per chart. The charts are computed off the GUI thread on a
/// connection of their own; a click on a region's bar goes down to its regions, a click on any
/// other bar opens the listings behind it. Remembers the filters and the tab.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    DashboardPage(StatisticsService &service, QString databasePath, const Actor &actor, QSettings &settings,
                  QDate today, QWidget *parent = nullptr);
    ~DashboardPage() override;

    StatisticsFilter filter() const;
    void setPeriod(const QDate &from, const QDate &to);
    /// Chooses the region \a regionCode (its province, city and county in the combos), or the whole list.
    void setRegion(const QString &regionCode);
    void setCourt(const QString &courtCode);
    /// Computes every chart again for the current filters.
    void refresh();
    /// What a click on row \a row of \a chart does: down a region, or the listings or cases behind it.
    void activate(StatisticsChart chart, int row);
    /// A click on slice \a slice of \a chart's pie: the cases with that outcome.
    void activatePie(StatisticsChart chart, int slice);

    StatisticsChartPanel *panel(StatisticsChart chart) const { return m_panels.at(chart); }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    /// Every chart of the latest refresh has arrived (or failed with its message).
    void chartsReady();
    void subjectRequested(qint64 subjectId);
    /// The listings or cases behind a bar or slice are shown (tests).
    void rowsShown(QWidget *dialog);

private:
    void fillRegions(QComboBox *combo, const QString &parentCode);
    void fillCourts();
    void regionChosen(int level);
    void scheduleRefresh();
    void deliver(quint64 generation, StatisticsChart chart, const Result<StatisticsTable> &table, qint64 milliseconds);
    /// Shows \a error of the refresh \a generation (0: of a list of listings).
    void fail(quint64 generation, const QString &error);
    void openListings(StatisticsChart chart, const QString &key, const QString &title);
    void openCases(StatisticsChart chart, const QString &key, const QString &title);
    void showListings(const QString &title, const Result<QList<StatisticsListingRow>> &rows);
    void showRows(const QString &title, const QStringList &headers, const QList<StatisticsRowsDialog::Entry> &entries,
                  int limit);
    void saveSettings() const;

    StatisticsService &m_service;
    QString m_databasePath;
    Actor m_actor;
    QSettings &m_settings;
    QDate m_today;
    std::unique_ptr<StatisticsWorker> m_worker;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QList<QComboBox *> m_regions; ///< province, city, county
    QComboBox *m_court;
    QTabWidget *m_tabs;
    QLabel *m_status;
    std::map<StatisticsChart, StatisticsChartPanel *> m_panels;
    quint64 m_generation = 0;
    /// The newest refresh, shared with the worker threads so that an overtaken one stops early.
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    int m_pending = 0;
    qint64 m_slowest = 0;
    bool m_filling = false;
    class QTimer *m_refreshTimer;
};

} // namespace creditdesk
