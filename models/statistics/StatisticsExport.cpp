#include "StatisticsExport.h"

#include "exchange/CsvWriter.h"
#include "exchange/XlsxWriter.h"

#include <QCoreApplication>

namespace creditdesk {

namespace {

/// The rows of the export, header first, cells as numbers or text.
QList<QVariantList> cellsOf(const StatisticsTable &table)
{
    QList<QVariantList> rows;
    QVariantList header{table.categoryHeader};
    for (const QString &series : table.series)
        header.append(series);
    rows.append(header);
    for (const StatisticsTable::Row &row : table.rows) {
        QVariantList cells{row.label};
        for (const double value : row.values)
            cells.append(value);
        rows.append(cells);
    }
    if (!table.pie.isEmpty()) {
        rows.append(QVariantList{});
        rows.append(QVariantList{table.pieTitle});
        for (const StatisticsTable::Row &row : table.pie)
            rows.append(QVariantList{row.label, row.values.value(0)});
    }
    if (!table.note.isEmpty()) {
        rows.append(QVariantList{});
        rows.append(QVariantList{table.note});
    }
    return rows;
}

QString csvNumber(double value)
{
    // Integers without a decimal point; shares with two decimals. Not localised: a CSV number
    // with a decimal comma would be text to half of the spreadsheets that open it.
    return value == static_cast<double>(static_cast<qint64>(value)) ? QString::number(static_cast<qint64>(value))
                                                                    : QString::number(value, 'f', 2);
}

} // namespace

Status StatisticsExport::writeCsv(const StatisticsTable &table, const QString &path)
{
    CsvWriter writer;
    if (const Status status = writer.open(path); !status)
        return status;
    for (const QVariantList &cells : cellsOf(table)) {
        QStringList fields;
        for (const QVariant &cell : cells)
            fields.append(cell.typeId() == QMetaType::Double ? csvNumber(cell.toDouble()) : cell.toString());
        if (const Status status = writer.writeRow(fields); !status)
            return status;
    }
    return writer.close();
}

Status StatisticsExport::writeXlsx(const StatisticsTable &table, const QString &path)
{
    XlsxWriter writer;
    if (const Status status = writer.open(path, table.title); !status)
        return status;
    const QList<QVariantList> rows = cellsOf(table);
    QStringList header;
    for (const QVariant &name : rows.first())
        header.append(name.toString());
    if (const Status status = writer.writeHeader(header); !status)
        return status;
    for (qsizetype index = 1; index < rows.size(); ++index) {
        if (const Status status = writer.writeRow(rows.at(index)); !status)
            return status;
    }
    return writer.close();
}

} // namespace creditdesk
