// The statistics dashboard in the GUI: every chart computed off the GUI thread and drawn with its
// table; the shared filters narrowing every chart; a region's bar going down a level; another
// bar opening the listings behind it; and each chart's exports (PNG, PDF read back with
// pdftotext, CSV, and XLSX read back with the workbook reader, so QuaZip and libxlsxwriter
// live in one process).
#include "Actors.h"
#include "DashboardPage.h"
#include "StatisticsChartPanel.h"
#include "StatisticsRowsDialog.h"
#include "TestDatabase.h"
#include "exchange/TableReader.h"
#include "statistics/StatisticsExport.h"
#include "workflow/StatisticsService.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace creditdesk;

class TestDashboardGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyChartIsDrawn();
    void filtersNarrowEveryChart();
    void regionBarGoesDown();
    void barOpensItsListings();
    void sliceOpensItsCases();
    void exports();
    void xlsxExport();
    void cleanupTestCase();

private:
    bool waitForCharts();
    test::TestDatabase m_db;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<StatisticsService> m_service;
    std::unique_ptr<DashboardPage> m_page;
    const QDate m_today{2026, 11, 20};
};

void TestDashboardGui::initTestCase()
{
    // A demo with objection cases, as of the day the dashboard counts to.
    QVERIFY(m_db.createDemoWithCases(800, m_today, 12, 0));
    m_settings = std::make_unique<QSettings>(m_db.folder() + QStringLiteral("/settings.ini"), QSettings::IniFormat);
    m_service = std::make_unique<StatisticsService>(m_db.database());
    m_page = std::make_unique<DashboardPage>(*m_service, m_db.database().path(), test::officer(), *m_settings, m_today);
    m_page->resize(1100, 700);
    m_page->show();
    QVERIFY(waitForCharts());
}

bool TestDashboardGui::waitForCharts()
{
    QSignalSpy ready(m_page.get(), &DashboardPage::chartsReady);
    return ready.wait(20000);
}

void TestDashboardGui::everyChartIsDrawn()
{
    QCOMPARE(m_page->tabs()->count(), static_cast<int>(allStatisticsCharts().size()));
    for (const StatisticsChart chart : allStatisticsCharts()) {
        StatisticsChartPanel *panel = m_page->panel(chart);
        const StatisticsTable &table = panel->table();
        QCOMPARE(table.chart, chart);
        QVERIFY2(!table.title.isEmpty(), qPrintable(statisticsChartName(chart)));
        QCOMPARE(panel->tableView()->model()->rowCount(), static_cast<int>(table.rows.size()));
        if (!table.rows.isEmpty())
            QVERIFY2(!panel->chartView()->chart()->series().isEmpty(), qPrintable(statisticsChartName(chart)));
    }
    // Two years of months on the trend; the listings of the demo are there.
    QCOMPARE(m_page->panel(StatisticsChart::ListingTrend)->table().rows.size(), 24);
    QVERIFY(!m_page->panel(StatisticsChart::ListingsByGround)->table().rows.isEmpty());
    QVERIFY(m_page->statusLabel()->text().contains(QStringLiteral("ms")));
}

void TestDashboardGui::filtersNarrowEveryChart()
{
    m_page->setPeriod(QDate(2014, 1, 1), m_today);
    m_page->refresh();
    QVERIFY(waitForCharts());
    auto listed = [this](StatisticsChart chart) {
        double sum = 0;
        for (const auto &row : m_page->panel(chart)->table().rows)
            sum += row.values.at(0);
        return sum;
    };
    const double whole = listed(StatisticsChart::ListingsByGround);
    QVERIFY(whole > 0);
    // The court with the most listings: the ground chart then counts only its listings.
    const StatisticsTable courts = m_page->panel(StatisticsChart::ListingsByCourt)->table();
    QVERIFY(!courts.rows.isEmpty());
    m_page->setCourt(courts.rows.first().key);
    QVERIFY(waitForCharts());
    QCOMPARE(m_page->filter().area, StatisticsArea::court(courts.rows.first().key));
    QCOMPARE(listed(StatisticsChart::ListingsByGround), courts.rows.first().values.at(0));
    QCOMPARE(listed(StatisticsChart::ListingTrend), courts.rows.first().values.at(0));
    QVERIFY(listed(StatisticsChart::ListingsByGround) < whole);
    m_page->setCourt(QString());
    QVERIFY(waitForCharts());
    QCOMPARE(listed(StatisticsChart::ListingsByGround), whole);
}

void TestDashboardGui::regionBarGoesDown()
{
    const StatisticsTable provinces = m_page->panel(StatisticsChart::ListingsByRegion)->table();
    QCOMPARE(provinces.opens, StatisticsTable::Opens::Region);
    int biggest = 0;
    for (int row = 1; row < provinces.rows.size(); ++row) {
        if (provinces.rows.at(row).values.at(0) > provinces.rows.at(biggest).values.at(0))
            biggest = row;
    }
    m_page->activate(StatisticsChart::ListingsByRegion, biggest);
    QVERIFY(waitForCharts());
    auto *province = m_page->findChild<QComboBox *>(QStringLiteral("region-1"));
    QVERIFY(province);
    QCOMPARE(province->currentData().toString(), provinces.rows.at(biggest).key);
    QCOMPARE(m_page->filter().area.key, provinces.rows.at(biggest).key);
    // Below the province: its cities (or counties), adding up to at most the province's bar.
    double below = 0;
    for (const auto &row : m_page->panel(StatisticsChart::ListingsByRegion)->table().rows)
        below += row.values.at(0);
    QVERIFY(below > 0);
    QVERIFY(below <= provinces.rows.at(biggest).values.at(0));
    // The court list holds only the province's courts now.
    auto *court = m_page->findChild<QComboBox *>(QStringLiteral("court"));
    QVERIFY(court && court->count() > 1);
    QCOMPARE(court->count() - 1,
             static_cast<int>(m_service->courts(test::officer(), m_page->filter().area).value().size()));
}

void TestDashboardGui::barOpensItsListings()
{
    const StatisticsTable grounds = m_page->panel(StatisticsChart::ListingsByGround)->table();
    QVERIFY(!grounds.rows.isEmpty());
    QSignalSpy shown(m_page.get(), &DashboardPage::rowsShown);
    m_page->activate(StatisticsChart::ListingsByGround, 0);
    QVERIFY(shown.wait(10000));
    auto *dialog = qobject_cast<StatisticsRowsDialog *>(shown.first().first().value<QWidget *>());
    QVERIFY(dialog);
    // Every listing of the ground, up to the newest 500.
    QCOMPARE(dialog->list()->topLevelItemCount(), qMin(500, static_cast<int>(grounds.rows.first().values.at(0))));
    QSignalSpy subject(m_page.get(), &DashboardPage::subjectRequested);
    QTreeWidgetItem *first = dialog->list()->topLevelItem(0);
    dialog->list()->setCurrentItem(first);
    Q_EMIT dialog->list()->itemActivated(first, 0);
    QCOMPARE(subject.size(), 1);
    QVERIFY(subject.first().first().toLongLong() > 0);
    dialog->close();
}

void TestDashboardGui::sliceOpensItsCases()
{
    const StatisticsTable objections = m_page->panel(StatisticsChart::Objections)->table();
    QCOMPARE(objections.opens, StatisticsTable::Opens::Cases);
    QVERIFY(objections.pie.size() >= 2);
    QSignalSpy shown(m_page.get(), &DashboardPage::rowsShown);
    m_page->activatePie(StatisticsChart::Objections, 0);
    QCOMPARE(shown.size(), 1);
    auto *dialog = qobject_cast<StatisticsRowsDialog *>(shown.first().first().value<QWidget *>());
    QVERIFY(dialog);
    QCOMPARE(dialog->list()->topLevelItemCount(), static_cast<int>(objections.pie.first().values.at(0)));
    QCOMPARE(dialog->list()->topLevelItem(0)->text(5), objections.pie.first().label);
    dialog->close();
}

void TestDashboardGui::exports()
{
    // What the officer sees: the chart's own tab.
    StatisticsChartPanel *panel = m_page->panel(StatisticsChart::ListingsByGround);
    m_page->tabs()->setCurrentWidget(panel);
    const StatisticsTable &table = panel->table();
    const QString base = m_db.folder() + QStringLiteral("/grounds");
    QVERIFY(panel->exportPng(base + QStringLiteral(".png")));
    const QImage image(base + QStringLiteral(".png"));
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 200);

    QVERIFY(panel->exportPdf(base + QStringLiteral(".pdf")));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
    QProcess text;
    text.start(pdftotext, {base + QStringLiteral(".pdf"), QStringLiteral("-")});
    QVERIFY(text.waitForFinished(20000));
    const QString pdf = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(pdf.contains(table.title), qPrintable(pdf.left(300)));
    QVERIFY(pdf.contains(table.rows.first().label.left(4)));

    QVERIFY(StatisticsExport::writeCsv(table, base + QStringLiteral(".csv")));
    QFile csv(base + QStringLiteral(".csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
    QVERIFY(lines.first().startsWith(table.categoryHeader));
    QVERIFY(lines.at(1).contains(QString::number(static_cast<qint64>(table.rows.first().values.at(0)))));
}

void TestDashboardGui::xlsxExport()
{
#if defined(__SANITIZE_ADDRESS__)
    QSKIP("libxlsxwriter is loaded with RTLD_DEEPBIND, which AddressSanitizer refuses; the release stage runs this");
#endif
    StatisticsChartPanel *panel = m_page->panel(StatisticsChart::ListingsByGround);
    const StatisticsTable &table = panel->table();
    const QString base = m_db.folder() + QStringLiteral("/grounds");
    QVERIFY(StatisticsExport::writeXlsx(table, base + QStringLiteral(".xlsx")));
    auto reader = TableReader::open(base + QStringLiteral(".xlsx"));
    QVERIFY2(reader, qPrintable(reader ? QString() : reader.error()));
    auto header = reader.value()->header();
    QVERIFY(header);
    QCOMPARE(header->first(), table.categoryHeader);
    QCOMPARE(header->mid(1, table.series.size()), table.series);
    auto first = reader.value()->next();
    QVERIFY(first && first.value());
    QCOMPARE(first.value()->cells.first(), table.rows.first().label);
    QCOMPARE(first.value()->cells.at(1).toDouble(), table.rows.first().values.at(0));
}

void TestDashboardGui::cleanupTestCase()
{
    m_page.reset(); // waits for its worker threads before the database goes
}

QTEST_MAIN(TestDashboardGui)
#include "test_dashboard_gui.moc"
