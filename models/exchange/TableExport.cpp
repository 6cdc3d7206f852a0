#include "TableExport.h"

#include "CsvWriter.h"
#include "XlsxWriter.h"

namespace creditdesk {

namespace {

bool isNumber(const QVariant &cell)
{
    switch (cell.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        return true;
    default:
        return false;
    }
}

} // namespace

QString TableExport::safeText(const QString &text)
{
    if (!text.isEmpty()
        && (text.front() == u'=' || text.front() == u'+' || text.front() == u'-' || text.front() == u'@'))
        return u'\'' + text;
    return text;
}

Status TableExport::write(const ExportTable &table, ExportFormat format, const QString &path)
{
    if (format == ExportFormat::Xlsx) {
        XlsxWriter writer;
        if (const Status status = writer.open(path, table.title); !status)
            return status;
        if (const Status status = writer.writeHeader(table.headers); !status)
            return status;
        for (const QVariantList &row : table.rows) {
            QVariantList cells;
            cells.reserve(row.size());
            for (const QVariant &cell : row)
                cells.append(isNumber(cell) ? cell : QVariant(safeText(cell.toString())));
            if (const Status status = writer.writeRow(cells); !status)
                return status;
        }
        return writer.close();
    }
    CsvWriter writer;
    const auto encoding =
        format == ExportFormat::CsvGb18030 ? CsvWriter::Encoding::Gb18030 : CsvWriter::Encoding::Utf8WithBom;
    if (const Status status = writer.open(path, encoding); !status)
        return status;
    if (const Status status = writer.writeRow(table.headers); !status)
        return status;
    for (const QVariantList &row : table.rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QVariant &cell : row)
            fields.append(isNumber(cell) ? cell.toString() : safeText(cell.toString()));
        if (const Status status = writer.writeRow(fields); !status)
            return status;
    }
    return writer.close();
}

} // namespace creditdesk
