#include "StatisticsChartPanel.h"

#include "statistics/StatisticsExport.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace creditdesk {

namespace {

/// A bar's name is cut after this many characters (the table has it whole).
constexpr int longestBarLabel = 16;
constexpr int sortRole = Qt::UserRole + 1;

bool monthly(const StatisticsTable &table)
{
    static const QRegularExpression month(QStringLiteral("^\\d{4}-\\d{2}$"));
    return !table.rows.isEmpty() && std::all_of(table.rows.cbegin(), table.rows.cend(), [](const auto &row) {
        return month.match(row.key).hasMatch();
    });
}

QList<int> plottedSeries(const StatisticsTable &table)
{
    if (!table.plotted.isEmpty())
        return table.plotted;
    QList<int> all;
    for (int index = 0; index < table.series.size(); ++index)
        all.append(index);
    return all;
}

QValueAxis *valueAxis(double maximum)
{
    auto *axis = new QValueAxis;
    axis->setRange(0, maximum > 0 ? maximum * 1.1 : 1);
    axis->setLabelFormat(maximum >= 10 || maximum == 0 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
    axis->applyNiceNumbers();
    return axis;
}

} // namespace

StatisticsChartPanel::StatisticsChartPanel(QWidget *parent)
    : QWidget(parent),
      m_chartView(new QChartView(this)),
      m_pieView(new QChartView(this)),
      m_note(new QLabel(this)),
      m_tableView(new QTableView(this)),
      m_model(new QStandardItemModel(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_pieView->setRenderHint(QPainter::Antialiasing);
    m_pieView->hide();
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(sortRole);
    m_tableView->setModel(m_proxy);
    m_tableView->setSortingEnabled(true);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    connect(m_tableView, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT rowActivated(m_proxy->mapToSource(index).row()); });

    auto *charts = new QWidget(this);
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(m_chartView, 3);
    chartsLayout->addWidget(m_pieView, 2);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(charts, 1);
    topLayout->addWidget(m_note);
    splitter->addWidget(top);
    splitter->addWidget(m_tableView);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 160});

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    const QList<std::tuple<QString, QString, QString>> exports = {
        {tr("Export &PNG…"), tr("PNG images (*.png)"), QStringLiteral("png")},
        {tr("Export P&DF…"), tr("PDF documents (*.pdf)"), QStringLiteral("pdf")},
        {tr("Export &CSV…"), tr("CSV (*.csv)"), QStringLiteral("csv")},
        {tr("Export &XLSX…"), tr("Excel workbooks (*.xlsx)"), QStringLiteral("xlsx")},
    };
    for (const auto &[label, filter, suffix] : exports) {
        auto *button = new QPushButton(label, this);
        button->setObjectName(QStringLiteral("export-") + suffix);
        connect(button, &QPushButton::clicked, this, [this, filter, suffix] { chooseExport(filter, suffix); });
        buttons->addWidget(button);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
}

QList<QColor> StatisticsChartPanel::palette()
{
    return {QColor(0x00, 0x72, 0xB2), QColor(0xE6, 0x9F, 0x00), QColor(0x00, 0x9E, 0x73), QColor(0xD5, 0x5E, 0x00),
            QColor(0x56, 0xB4, 0xE9), QColor(0xCC, 0x79, 0xA7), QColor(0xF0, 0xE4, 0x42), QColor(0x00, 0x00, 0x00)};
}

void StatisticsChartPanel::showMessage(const QString &message)
{
    // Nothing of the earlier figures stays to be clicked or exported under other filters.
    const StatisticsChart shown = m_table.chart;
    m_table = StatisticsTable();
    m_table.chart = shown;
    m_model->removeRows(0, m_model->rowCount());
    m_pieView->hide();
    auto *chart = new QChart;
    chart->setTitle(message);
    chart->legend()->hide();
    QChart *old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
    m_note->clear();
}

void StatisticsChartPanel::show(const StatisticsTable &table)
{
    m_table = table;
    QChart *old = m_chartView->chart();
    m_chartView->setChart(buildChart(table));
    delete old;
    if (!table.pie.isEmpty()) {
        QChart *oldPie = m_pieView->chart();
        m_pieView->setChart(buildPie(table));
        delete oldPie;
        m_pieView->show();
    } else {
        m_pieView->hide();
    }
    m_note->setText(table.note);
    fillTable(table);
}

QChart *StatisticsChartPanel::buildChart(const StatisticsTable &table)
{
    auto *chart = new QChart;
    chart->setTitle(table.title);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale());
    chart->setAnimationOptions(QChart::NoAnimation);
    const QList<QColor> colours = palette();
    const QList<int> plotted = plottedSeries(table);
    if (table.rows.isEmpty()) {
        chart->setTitle(table.title + u'\n' + tr("Nothing in this period and area."));
        return chart;
    }
    if (monthly(table)) {
        // Months on a time axis: readable for two years and for twelve.
        auto *axisX = new QDateTimeAxis;
        axisX->setFormat(QStringLiteral("yyyy-MM"));
        axisX->setTickCount(std::min<int>(static_cast<int>(table.rows.size()), 9));
        chart->addAxis(axisX, Qt::AlignBottom);
        double leftMaximum = 0;
        double rightMaximum = 0;
        QList<QLineSeries *> left;
        QList<QLineSeries *> right;
        for (int index = 0; index < plotted.size(); ++index) {
            const int column = plotted.at(index);
            auto *series = new QLineSeries;
            series->setName(table.series.value(column));
            QPen pen(colours.at(index % colours.size()));
            pen.setWidthF(2.0);
            if (table.secondaryAxis.contains(column))
                pen.setStyle(Qt::DashLine);
            series->setPen(pen);
            series->setPointsVisible(table.rows.size() <= 36);
            for (int row = 0; row < table.rows.size(); ++row) {
                const QDate month = QDate::fromString(table.rows.at(row).key + QStringLiteral("-01"), Qt::ISODate);
                const double value = table.rows.at(row).values.value(column);
                series->append(static_cast<double>(QDateTime(month, QTime(0, 0)).toMSecsSinceEpoch()), value);
                (table.secondaryAxis.contains(column) ? rightMaximum : leftMaximum) =
                    std::max(table.secondaryAxis.contains(column) ? rightMaximum : leftMaximum, value);
            }
            connect(series, &QLineSeries::clicked, this, [this](const QPointF &point) {
                const QDate clicked = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(point.x())).date();
                // The nearest month: a click falls between two points.
                const QDate month = clicked.day() > 15 ? clicked.addMonths(1) : clicked;
                const QString key = month.toString(QStringLiteral("yyyy-MM"));
                for (int row = 0; row < m_table.rows.size(); ++row) {
                    if (m_table.rows.at(row).key == key)
                        Q_EMIT rowActivated(row);
                }
            });
            chart->addSeries(series);
            series->attachAxis(axisX);
            (table.secondaryAxis.contains(column) ? right : left).append(series);
        }
        QValueAxis *leftAxis = valueAxis(leftMaximum);
        chart->addAxis(leftAxis, Qt::AlignLeft);
        for (QLineSeries *series : left)
            series->attachAxis(leftAxis);
        if (!right.isEmpty()) {
            QValueAxis *rightAxis = valueAxis(rightMaximum);
            rightAxis->setTitleText(right.first()->name());
            chart->addAxis(rightAxis, Qt::AlignRight);
            for (QLineSeries *series : right)
                series->attachAxis(rightAxis);
        }
        return chart;
    }
    // A breakdown: horizontal bars, the first row on top, names readable at the left.
    const int drawn = std::min<int>(static_cast<int>(table.rows.size()), std::max(1, table.barsDrawn));
    auto *series = new QHorizontalBarSeries;
    double maximum = 0;
    for (int index = 0; index < plotted.size(); ++index) {
        const int column = plotted.at(index);
        auto *set = new QBarSet(table.series.value(column));
        set->setColor(colours.at(index % colours.size()));
        set->setBorderColor(colours.at(index % colours.size()));
        for (int row = drawn - 1; row >= 0; --row) {
            const double value = table.rows.at(row).values.value(column);
            set->append(value);
            maximum = std::max(maximum, value);
        }
        series->append(set);
    }
    connect(series, &QHorizontalBarSeries::clicked, this,
            [this, drawn](int index, QBarSet *) { Q_EMIT rowActivated(drawn - 1 - index); });
    chart->addSeries(series);
    QStringList categories;
    for (int row = drawn - 1; row >= 0; --row) {
        QString label = table.rows.at(row).label.isEmpty() ? table.rows.at(row).key : table.rows.at(row).label;
        if (label.size() > longestBarLabel)
            label = label.left(longestBarLabel - 1) + u'…';
        categories.append(label);
    }
    auto *axisY = new QBarCategoryAxis;
    axisY->append(categories);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    QValueAxis *axisX = valueAxis(maximum);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    return chart;
}

QChart *StatisticsChartPanel::buildPie(const StatisticsTable &table)
{
    auto *chart = new QChart;
    chart->setTitle(table.pieTitle);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale());
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *series = new QPieSeries;
    const QList<QColor> colours = palette();
    double total = 0;
    for (const StatisticsTable::Row &row : table.pie)
        total += row.values.value(0);
    for (int index = 0; index < table.pie.size(); ++index) {
        const StatisticsTable::Row &row = table.pie.at(index);
        const double value = row.values.value(0);
        auto *slice = series->append(QStringLiteral("%1 (%2)").arg(row.label, locale().toString(value, 'f', 0)), value);
        slice->setColor(colours.at(index % colours.size()));
        slice->setLabelVisible(total > 0 && value / total >= 0.05);
    }
    connect(series, &QPieSeries::clicked, this, [this, series](QPieSlice *slice) {
        Q_EMIT pieActivated(static_cast<int>(series->slices().indexOf(slice)));
    });
    chart->addSeries(series);
    return chart;
}

void StatisticsChartPanel::fillTable(const StatisticsTable &table)
{
    m_model->clear();
    QStringList headers{table.categoryHeader};
    headers.append(table.series);
    m_model->setHorizontalHeaderLabels(headers);
    for (const StatisticsTable::Row &row : table.rows) {
        QList<QStandardItem *> items;
        auto *category = new QStandardItem(row.label.isEmpty() ? row.key : row.label);
        category->setData(row.label.isEmpty() ? row.key : row.label, sortRole);
        items.append(category);
        for (const double value : row.values) {
            const bool whole = value == static_cast<double>(static_cast<qint64>(value));
            auto *item = new QStandardItem(whole ? locale().toString(static_cast<qint64>(value))
                                                 : locale().toString(value, 'f', 1));
            item->setData(value, sortRole);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            items.append(item);
        }
        m_model->appendRow(items);
    }
    m_proxy->sort(-1);
    m_tableView->resizeColumnsToContents();
}

Status StatisticsChartPanel::exportPng(const QString &path) const
{
    const QImage image = m_chartView->grab().toImage();
    if (!image.save(path, "PNG"))
        return Error{tr("%1 cannot be written.").arg(path)};
    return {};
}

Status StatisticsChartPanel::exportPdf(const QString &path) const
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(150);
    writer.setTitle(m_table.title);
    writer.setCreator(QStringLiteral("CreditDesk"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{tr("%1 cannot be written.").arg(path)};
    const QRect page = painter.viewport();
    QFont font = painter.font();
    font.setPointSizeF(9);
    painter.setFont(font);
    const int line = painter.fontMetrics().height() * 3 / 2;
    // The chart as on screen, its width filling the page; below it the note and the table.
    const QSize viewSize = m_pieView->isVisible()
                               ? QSize(m_chartView->width() + m_pieView->width(), m_chartView->height())
                               : m_chartView->size();
    const int chartHeight =
        std::min(page.height() * 3 / 5, page.width() * std::max(1, viewSize.height()) / std::max(1, viewSize.width()));
    const QRect chartArea(page.left(), page.top(), page.width(), chartHeight);
    if (m_pieView->isVisible()) {
        const int mainWidth = chartArea.width() * m_chartView->width() / std::max(1, viewSize.width());
        m_chartView->render(&painter, QRect(chartArea.left(), chartArea.top(), mainWidth, chartArea.height()));
        m_pieView->render(&painter, QRect(chartArea.left() + mainWidth, chartArea.top(), chartArea.width() - mainWidth,
                                          chartArea.height()));
    } else {
        m_chartView->render(&painter, chartArea);
    }
    int y = chartArea.bottom() + line / 2;
    const QRect noteArea(page.left(), y, page.width(), 2 * line);
    painter.drawText(noteArea, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, m_table.note);
    y += 2 * line;
    // The table: as many rows as the page holds (the CSV and XLSX exports have them all).
    const int columns = static_cast<int>(m_table.series.size()) + 1;
    const int firstWidth = page.width() / 3;
    const int otherWidth = (page.width() - firstWidth) / std::max(1, columns - 1);
    auto drawRow = [&](const QStringList &cells, bool bold) {
        QFont rowFont = font;
        rowFont.setBold(bold);
        painter.setFont(rowFont);
        int x = page.left();
        for (int column = 0; column < cells.size(); ++column) {
            const int width = column == 0 ? firstWidth : otherWidth;
            const QRect cell(x + 4, y, width - 8, line);
            const QString text = painter.fontMetrics().elidedText(cells.at(column), Qt::ElideRight, cell.width());
            painter.drawText(cell, (column == 0 ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, text);
            x += width;
        }
        y += line;
        painter.drawLine(page.left(), y, page.right(), y);
    };
    QStringList header{m_table.categoryHeader};
    header.append(m_table.series);
    drawRow(header, true);
    for (const StatisticsTable::Row &row : m_table.rows) {
        if (y + line > page.bottom())
            break;
        QStringList cells{row.label.isEmpty() ? row.key : row.label};
        for (const double value : row.values) {
            const bool whole = value == static_cast<double>(static_cast<qint64>(value));
            cells.append(whole ? locale().toString(static_cast<qint64>(value)) : locale().toString(value, 'f', 1));
        }
        drawRow(cells, false);
    }
    if (!painter.end())
        return Error{tr("%1 cannot be written.").arg(path)};
    return {};
}

void StatisticsChartPanel::chooseExport(const QString &filter, const QString &suffix)
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
                              + statisticsChartName(m_table.chart) + u'.' + suffix;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the chart"), suggested, filter);
    if (path.isEmpty())
        return;
    Status written;
    if (suffix == QLatin1String("png"))
        written = exportPng(path);
    else if (suffix == QLatin1String("pdf"))
        written = exportPdf(path);
    else if (suffix == QLatin1String("csv"))
        written = StatisticsExport::writeCsv(m_table, path);
    else
        written = StatisticsExport::writeXlsx(m_table, path);
    if (!written)
        QMessageBox::warning(this, tr("Export the chart"), written.error());
}

} // namespace creditdesk
