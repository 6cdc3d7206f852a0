#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace creditdesk {

namespace {} // namespace

Result<CsvTable> CsvTable::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("CsvTable", "Cannot read %1: %2").arg(path, file.errorString())};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // Reference tables are UTF-8; GBK read as UTF-8 would be stored garbled, not refused.
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(bytes);
    if (utf8.hasError())
        return Error{
            QCoreApplication::translate("CsvTable", "%1 is not UTF-8 text (perhaps GBK); save it as \"CSV UTF-8\".")
                .arg(path)};
    return parse(text, path);
}

Result<CsvTable> CsvTable::parse(const QString &text, const QString &sourceName)
{
    CsvTable table;
    table.m_source = sourceName;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    qsizetype columnCount = -1;

    auto finishRecord = [&]() -> Status {
        record.append(field);
        field.clear();
        fieldWasQuoted = false;
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            if (columnCount < 0) {
                columnCount = record.size();
                for (QString &name : record)
                    name = name.trimmed();
                table.m_header = record;
            } else if (record.size() != columnCount) {
                return Error{QCoreApplication::translate("CsvTable", "%1, line %2: expected %3 fields but found %4.")
                                 .arg(sourceName)
                                 .arg(recordLine)
                                 .arg(columnCount)
                                 .arg(record.size())};
            } else {
                table.m_rows.append(record);
                table.m_lines.append(recordLine);
            }
        }
        record.clear();
        recordLine = line;
        return {};
    };

    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || fieldWasQuoted)
                return Error{QCoreApplication::translate("CsvTable", "%1, line %2: a quote inside an unquoted field.")
                                 .arg(sourceName)
                                 .arg(line)};
            inQuotes = true;
            fieldWasQuoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
            fieldWasQuoted = false;
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            if (const Status status = finishRecord(); !status)
                return Error{status.error()};
        } else {
            field += c;
        }
    }
    if (inQuotes)
        return Error{QCoreApplication::translate("CsvTable", "%1, line %2: a quoted field is not closed.")
                         .arg(sourceName)
                         .arg(recordLine)};
    if (!field.isEmpty() || !record.isEmpty()) {
        if (const Status status = finishRecord(); !status)
            return Error{status.error()};
    }
    if (columnCount < 0)
        return Error{QCoreApplication::translate("CsvTable", "%1 is empty: it has no header line.").arg(sourceName)};
    return table;
}

QString CsvTable::value(qsizetype row, const QString &column) const
{
    const qsizetype index = m_header.indexOf(column);
    if (index < 0 || row < 0 || row >= m_rows.size())
        return {};
    return m_rows[row].value(index);
}

Status CsvTable::requireColumns(const QStringList &columns) const
{
    for (const QString &column : columns) {
        if (!m_header.contains(column))
            return Error{QCoreApplication::translate("CsvTable", "%1: the column \"%2\" is missing from the header.")
                             .arg(m_source, column)};
    }
    return {};
}

} // namespace creditdesk
