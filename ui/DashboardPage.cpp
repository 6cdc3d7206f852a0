#include "DashboardPage.h"

#include "StatisticsChartPanel.h"
#include "StatisticsRowsDialog.h"
#include "domain/Listing.h"
#include "workflow/StatisticsService.h"
#include "workflow/StatisticsWorker.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace creditdesk {

namespace {

const QString fromKey = QStringLiteral("statistics/from");
const QString toKey = QStringLiteral("statistics/to");
const QString regionKey = QStringLiteral("statistics/region");
const QString courtKey = QStringLiteral("statistics/court");
const QString tabKey = QStringLiteral("statistics/tab");
constexpr int listingsShownAtMost = 500;

QString titleOf(const StatisticsTable &table, const StatisticsTable::Row &row)
{
    return QStringLiteral("%1 — %2").arg(table.title, row.label.isEmpty() ? row.key : row.label);
}

QDateEdit *monthEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    return edit;
}

} // namespace

DashboardPage::DashboardPage(StatisticsService &service, QString databasePath, const Actor &actor, QSettings &settings,
                             QDate today, QWidget *parent)
    : QWidget(parent),
      m_service(service),
      m_databasePath(std::move(databasePath)),
      m_actor(actor),
      m_settings(settings),
      m_today(today),
      m_worker(std::make_unique<StatisticsWorker>(m_databasePath)),
      m_from(monthEdit(this)),
      m_to(monthEdit(this)),
      m_court(new QComboBox(this)),
      m_tabs(new QTabWidget(this)),
      m_status(new QLabel(this)),
      m_refreshTimer(new QTimer(this))
{
    m_filling = true;
    const StatisticsFilter defaults = StatisticsService::defaultFilter(today);
    const QDate storedFrom = m_settings.value(fromKey).toDate();
    const QDate storedTo = m_settings.value(toKey).toDate();
    m_from->setDate(storedFrom.isValid() ? storedFrom : defaults.from);
    m_to->setDate(storedTo.isValid() ? storedTo : defaults.to);
    m_from->setToolTip(tr("The first month of the period"));
    m_to->setToolTip(tr("The last month of the period"));

    const QStringList regionNames = {tr("Province"), tr("City"), tr("County")};
    auto *filters = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    for (int level = 0; level < 3; ++level) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("region-%1").arg(level + 1));
        combo->setToolTip(tr("The region of the enforcing court"));
        combo->setMinimumContentsLength(8);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_regions.append(combo);
        auto *label = new QLabel(regionNames.at(level), this);
        label->setBuddy(combo);
        filters->addWidget(label);
        filters->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this, level] { regionChosen(level); });
    }
    m_court->setObjectName(QStringLiteral("court"));
    m_court->setEditable(true);
    m_court->setInsertPolicy(QComboBox::NoInsert);
    m_court->setMinimumContentsLength(14);
    m_court->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_court->completer()->setFilterMode(Qt::MatchContains);
    m_court->completer()->setCompletionMode(QCompleter::PopupCompletion);
    auto *courtLabel = new QLabel(tr("C&ourt"), this);
    courtLabel->setBuddy(m_court);
    filters->addWidget(courtLabel);
    filters->addWidget(m_court, 1);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setShortcut(QKeySequence::Refresh);
    filters->addWidget(refreshButton);

    for (const StatisticsChart chart : allStatisticsCharts()) {
        auto *panel = new StatisticsChartPanel(this);
        panel->setObjectName(statisticsChartName(chart));
        m_panels[chart] = panel;
        connect(panel, &StatisticsChartPanel::rowActivated, this, [this, chart](int row) { activate(chart, row); });
        connect(panel, &StatisticsChartPanel::pieActivated, this,
                [this, chart](int slice) { activatePie(chart, slice); });
        panel->showMessage(tr("Computing…"));
    }
    const std::map<StatisticsChart, QString> tabNames = {
        {StatisticsChart::ListingTrend, tr("Listings by month")},
        {StatisticsChart::ListingsByGround, tr("By ground")},
        {StatisticsChart::ListingsByRegion, tr("By region")},
        {StatisticsChart::ListingsByCourt, tr("By court")},
        {StatisticsChart::MeasuresByCategory, tr("Measures by category")},
        {StatisticsChart::MeasuresByDepartment, tr("Measures by department")},
        {StatisticsChart::Objections, tr("Objections")},
        {StatisticsChart::Repairs, tr("Credit repair")},
        {StatisticsChart::Screening, tr("Screening")},
    };
    for (const StatisticsChart chart : allStatisticsCharts())
        m_tabs->addTab(m_panels.at(chart), tabNames.at(chart));
    m_tabs->setCurrentIndex(qBound(0, m_settings.value(tabKey, 0).toInt(), m_tabs->count() - 1));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_status);

    fillRegions(m_regions.at(0), QString());
    fillRegions(m_regions.at(1), QStringLiteral("-"));
    fillRegions(m_regions.at(2), QStringLiteral("-"));
    m_filling = false;
    setRegion(m_settings.value(regionKey).toString());
    fillCourts();
    setCourt(m_settings.value(courtKey).toString());

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_court, &QComboBox::currentIndexChanged, this, &DashboardPage::scheduleRefresh);
    connect(m_court->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        if (m_court->currentText().trimmed().isEmpty())
            m_court->setCurrentIndex(0); // an emptied court field means every court
    });
    connect(refreshButton, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) { m_settings.setValue(tabKey, index); });
    refresh();
}

DashboardPage::~DashboardPage() = default;

StatisticsFilter DashboardPage::filter() const
{
    StatisticsFilter filter;
    filter.from = QDate(m_from->date().year(), m_from->date().month(), 1);
    const QDate to(m_to->date().year(), m_to->date().month(), 1);
    filter.to = to.addMonths(1).addDays(-1);
    const QString court = m_court->currentData().toString();
    if (!court.isEmpty()) {
        filter.area = StatisticsArea::court(court);
        return filter;
    }
    for (int level = 2; level >= 0; --level) {
        const QString code = m_regions.at(level)->currentData().toString();
        if (!code.isEmpty()) {
            filter.area = StatisticsArea::region(code, m_regions.at(level)->currentData(Qt::UserRole + 1).toInt());
            return filter;
        }
    }
    return filter;
}

void DashboardPage::setPeriod(const QDate &from, const QDate &to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void DashboardPage::fillRegions(QComboBox *combo, const QString &parentCode)
{
    const bool filling = m_filling;
    m_filling = true;
    combo->clear();
    combo->addItem(tr("All"), QString());
    if (parentCode != QLatin1String("-")) {
        auto regions = m_service.regions(m_actor, parentCode);
        if (regions) {
            for (const StatisticsBar &region : regions.value()) {
                combo->addItem(region.label, region.key);
                combo->setItemData(combo->count() - 1, static_cast<int>(region.count), Qt::UserRole + 1);
            }
        } else {
            m_status->setText(regions.error());
        }
    }
    combo->setEnabled(combo->count() > 1);
    m_filling = filling;
}

void DashboardPage::fillCourts()
{
    const bool filling = m_filling;
    m_filling = true;
    StatisticsFilter regionOnly = filter();
    if (regionOnly.area.level == StatisticsArea::Level::Court)
        regionOnly.area = StatisticsArea::whole();
    for (int level = 2; level >= 0 && regionOnly.area.level == StatisticsArea::Level::Whole; --level) {
        const QString code = m_regions.at(level)->currentData().toString();
        if (!code.isEmpty())
            regionOnly.area = StatisticsArea::region(code, m_regions.at(level)->currentData(Qt::UserRole + 1).toInt());
    }
    const QString chosen = m_court->currentData().toString();
    m_court->clear();
    m_court->addItem(tr("All courts"), QString());
    auto courts = m_service.courts(m_actor, regionOnly.area);
    if (courts) {
        for (const StatisticsBar &court : courts.value())
            m_court->addItem(court.label, court.key);
    }
    const int index = m_court->findData(chosen);
    m_court->setCurrentIndex(index >= 0 ? index : 0);
    m_filling = filling;
}

void DashboardPage::regionChosen(int level)
{
    if (m_filling)
        return;
    m_filling = true;
    for (int below = level + 1; below < 3; ++below) {
        const QString parent = below == level + 1 ? m_regions.at(level)->currentData().toString() : QString();
        fillRegions(m_regions.at(below), parent.isEmpty() ? QStringLiteral("-") : parent);
    }
    m_court->setCurrentIndex(0);
    fillCourts();
    m_filling = false;
    scheduleRefresh();
}

void DashboardPage::setRegion(const QString &regionCode)
{
    m_filling = true;
    m_regions.at(0)->setCurrentIndex(0);
    fillRegions(m_regions.at(1), QStringLiteral("-"));
    fillRegions(m_regions.at(2), QStringLiteral("-"));
    if (!regionCode.isEmpty()) {
        // The province by the first two digits, then the next levels down to the region itself.
        for (int level = 0; level < 3; ++level) {
            QComboBox *combo = m_regions.at(level);
            int found = combo->findData(regionCode);
            for (int index = 1; found < 0 && index < combo->count(); ++index) {
                const QString code = combo->itemData(index).toString();
                const int digits = level == 0 ? 2 : 4;
                if (code.left(digits) == regionCode.left(digits) && (level == 0 || code.endsWith(QLatin1String("00"))))
                    found = index;
            }
            if (found < 0)
                break;
            combo->setCurrentIndex(found);
            if (level < 2)
                fillRegions(m_regions.at(level + 1), combo->itemData(found).toString());
            if (combo->itemData(found).toString() == regionCode)
                break;
        }
    }
    m_court->setCurrentIndex(0);
    fillCourts();
    m_filling = false;
    scheduleRefresh();
}

void DashboardPage::setCourt(const QString &courtCode)
{
    const int index = m_court->findData(courtCode);
    m_court->setCurrentIndex(index >= 0 ? index : 0);
}

void DashboardPage::scheduleRefresh()
{
    if (!m_filling)
        m_refreshTimer->start();
}

void DashboardPage::refresh()
{
    m_refreshTimer->stop();
    const StatisticsFilter current = filter();
    const quint64 generation = ++m_generation;
    *m_latest = generation; // a refresh still running stops before its next chart
    if (current.from > current.to) {
        m_status->setText(tr("The period must start before it ends."));
        for (auto &[chart, panel] : m_panels)
            panel->showMessage(tr("The period must start before it ends."));
        Q_EMIT chartsReady();
        return;
    }
    saveSettings();
    for (auto &[chart, panel] : m_panels)
        panel->showMessage(tr("Computing…"));
    m_pending = static_cast<int>(m_panels.size());
    m_slowest = 0;
    m_status->setText(tr("Computing…"));
    QPointer<DashboardPage> page(this);
    const Actor actor = m_actor;
    const QDate today = m_today;
    m_worker->run(
        [page, generation, current, actor, today, latest = m_latest](const StatisticsService &service) {
            for (const StatisticsChart chart : allStatisticsCharts()) {
                if (latest->load() != generation)
                    return; // overtaken by a newer refresh: its answers would be dropped anyway
                QElapsedTimer timer;
                timer.start();
                auto table = service.chart(actor, chart, current, today);
                const qint64 elapsed = timer.elapsed();
                QMetaObject::invokeMethod(
                    page,
                    [page, generation, chart, table, elapsed] {
                        if (page)
                            page->deliver(generation, chart, table, elapsed);
                    },
                    Qt::QueuedConnection);
            }
        },
        [page, generation](const QString &error) {
            QMetaObject::invokeMethod(
                page,
                [page, generation, error] {
                    if (page)
                        page->fail(generation, error);
                },
                Qt::QueuedConnection);
        });
}

void DashboardPage::deliver(quint64 generation, StatisticsChart chart, const Result<StatisticsTable> &table,
                            qint64 milliseconds)
{
    if (generation != m_generation)
        return; // an older refresh, overtaken by a change of the filters
    if (table)
        m_panels.at(chart)->show(table.value());
    else
        m_panels.at(chart)->showMessage(table.error());
    m_slowest = std::max(m_slowest, milliseconds);
    if (--m_pending == 0) {
        m_status->setText(tr("Updated; the slowest chart took %1 ms.").arg(locale().toString(m_slowest)));
        Q_EMIT chartsReady();
    }
}

void DashboardPage::fail(quint64 generation, const QString &error)
{
    if (generation != 0 && generation != m_generation)
        return;
    m_status->setText(error);
    if (generation != 0)
        Q_EMIT chartsReady();
}

void DashboardPage::activate(StatisticsChart chart, int row)
{
    const StatisticsTable &table = m_panels.at(chart)->table();
    if (row < 0 || row >= table.rows.size())
        return;
    const StatisticsTable::Row &chosen = table.rows.at(row);
    if (table.opens == StatisticsTable::Opens::Region)
        setRegion(chosen.key);
    else if (table.opens == StatisticsTable::Opens::Listings)
        openListings(chart, chosen.key, titleOf(table, chosen));
    else if (table.opens == StatisticsTable::Opens::Cases)
        openCases(chart, chosen.key, titleOf(table, chosen));
}

void DashboardPage::activatePie(StatisticsChart chart, int slice)
{
    const StatisticsTable &table = m_panels.at(chart)->table();
    if (slice >= 0 && slice < table.pie.size() && table.opens == StatisticsTable::Opens::Cases)
        openCases(chart, table.pie.at(slice).key, titleOf(table, table.pie.at(slice)));
}

void DashboardPage::openListings(StatisticsChart chart, const QString &key, const QString &title)
{
    QPointer<DashboardPage> page(this);
    const Actor actor = m_actor;
    const StatisticsFilter current = filter();
    m_status->setText(tr("Reading the listings…"));
    m_worker->run(
        [page, actor, chart, current, key, title](const StatisticsService &service) {
            auto rows = service.listingsBehind(actor, chart, current, key, listingsShownAtMost);
            QMetaObject::invokeMethod(
                page,
                [page, title, rows] {
                    if (page)
                        page->showListings(title, rows);
                },
                Qt::QueuedConnection);
        },
        [page](const QString &error) {
            QMetaObject::invokeMethod(
                page,
                [page, error] {
                    if (page)
                        page->fail(0, error);
                },
                Qt::QueuedConnection);
        });
}

void DashboardPage::openCases(StatisticsChart chart, const QString &key, const QString &title)
{
    // Cases are few (they are read for the chart anyway): read on this thread's connection.
    auto cases = m_service.casesBehind(m_actor, chart, filter(), key);
    if (!cases) {
        QMessageBox::warning(this, title, cases.error());
        return;
    }
    QList<StatisticsRowsDialog::Entry> entries;
    for (const StatisticsCaseRow &row : cases.value())
        entries.append({row.subjectId,
                        {row.caseId, row.subjectName, row.reference, row.receivedOn,
                         row.decidedOn.isValid() ? QVariant(row.decidedOn) : QVariant(QString()), row.outcome}});
    showRows(title,
             {tr("No."), tr("Subject"),
              chart == StatisticsChart::Objections ? tr("Case number") : tr("Document number"), tr("Received"),
              tr("Decided"), tr("Outcome")},
             entries, std::numeric_limits<int>::max());
}

void DashboardPage::showListings(const QString &title, const Result<QList<StatisticsListingRow>> &rows)
{
    m_status->clear();
    if (!rows) {
        QMessageBox::warning(this, title, rows.error());
        return;
    }
    QList<StatisticsRowsDialog::Entry> entries;
    for (const StatisticsListingRow &row : rows.value())
        entries.append({row.subjectId,
                        {row.subjectName, row.caseNumber, row.courtName, row.decisionDate,
                         listingGroundText(static_cast<ListingGround>(row.ground)),
                         publicationStateText(static_cast<PublicationState>(row.state))}});
    showRows(title, {tr("Subject"), tr("Case number"), tr("Court"), tr("Decided on"), tr("Ground"), tr("State")},
             entries, listingsShownAtMost);
}

void DashboardPage::showRows(const QString &title, const QStringList &headers,
                             const QList<StatisticsRowsDialog::Entry> &entries, int limit)
{
    auto *dialog = new StatisticsRowsDialog(title, headers, entries, limit, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StatisticsRowsDialog::subjectChosen, this, &DashboardPage::subjectRequested);
    dialog->show();
    Q_EMIT rowsShown(dialog);
}

void DashboardPage::saveSettings() const
{
    // A period that ends with this month is remembered as such, so that it moves on next month.
    const bool current = m_to->date().year() == m_today.year() && m_to->date().month() == m_today.month();
    const StatisticsFilter defaults = StatisticsService::defaultFilter(m_today);
    const bool defaultStart =
        current && m_from->date().year() == defaults.from.year() && m_from->date().month() == defaults.from.month();
    m_settings.setValue(fromKey, defaultStart ? QVariant() : QVariant(m_from->date()));
    m_settings.setValue(toKey, current ? QVariant() : QVariant(m_to->date()));
    QString region;
    for (int level = 2; level >= 0 && region.isEmpty(); --level)
        region = m_regions.at(level)->currentData().toString();
    m_settings.setValue(regionKey, region);
    m_settings.setValue(courtKey, m_court->currentData().toString());
}

} // namespace creditdesk
