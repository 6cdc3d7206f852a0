#include "ListExport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::ListExport", source);
}

} // namespace

ExportTable ListExport::tableOf(const QAbstractItemModel &model, const QString &title)
{
    ExportTable table;
    table.title = title;
    const int columns = model.columnCount();
    for (int column = 0; column < columns; ++column)
        table.headers.append(model.headerData(column, Qt::Horizontal).toString());
    const int rows = model.rowCount();
    table.rows.reserve(rows);
    for (int row = 0; row < rows; ++row) {
        QVariantList cells;
        cells.reserve(columns);
        for (int column = 0; column < columns; ++column) {
            cells.append(model.data(model.index(row, column), Qt::DisplayRole));
        }
        table.rows.append(cells);
    }
    return table;
}

Status ListExport::write(const QAbstractItemModel &model, const QString &title, ExportFormat format,
                         const QString &path)
{
    return TableExport::write(tableOf(model, title), format, path);
}

QString ListExport::askAndWrite(QWidget *parent, const QAbstractItemModel &model, const QString &title,
                                const QString &fileStem)
{
    const QString xlsx = tr("Excel workbook (*.xlsx)");
    const QString utf8 = tr("CSV, UTF-8 (*.csv)");
    const QString gb18030 = tr("CSV, GB18030 for older Excel (*.csv)");
    QString chosen = xlsx;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, tr("Export %1").arg(title),
                                                QDir(folder).filePath(fileStem + QStringLiteral(".xlsx")),
                                                QStringList{xlsx, utf8, gb18030}.join(QLatin1String(";;")), &chosen);
    if (path.isEmpty())
        return {};
    const ExportFormat format = chosen == gb18030 ? ExportFormat::CsvGb18030
                                : chosen == utf8  ? ExportFormat::CsvUtf8
                                                  : ExportFormat::Xlsx;
    const QString suffix = format == ExportFormat::Xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    if (!path.endsWith(suffix, Qt::CaseInsensitive))
        path += suffix;
    if (const Status written = write(model, title, format, path); !written) {
        QMessageBox::warning(parent, tr("Export %1").arg(title), written.error());
        return {};
    }
    return path;
}

QPushButton *ListExport::button(QWidget *parent, const QAbstractItemModel &model, const QString &title,
                                const QString &fileStem)
{
    auto *button = new QPushButton(tr("E&xport…"), parent);
    button->setToolTip(tr("Save this list as an Excel workbook or a CSV file, as shown (identifiers masked)"));
    QObject::connect(button, &QPushButton::clicked, parent,
                     [parent, &model, title, fileStem] { askAndWrite(parent, model, title, fileStem); });
    return button;
}

} // namespace creditdesk
