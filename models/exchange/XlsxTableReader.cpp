#include "XlsxTableReader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::XlsxTableReader", source);
}

/// The zero-based column of a cell reference such as "C12"; -1 when it has none.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference[i].isLetter(); ++i)
        column = column * 26 + (reference[i].toUpper().unicode() - u'A' + 1);
    return i == 0 ? -1 : column - 1;
}

} // namespace

XlsxTableReader::XlsxTableReader(const QString &path) : m_path(path) {}

XlsxTableReader::~XlsxTableReader()
{
    if (m_sheet)
        m_sheet->close();
    if (m_zip)
        m_zip->close();
}

Error XlsxTableReader::damaged(const QString &detail) const
{
    if (m_lastRow > 0)
        return Error{tr("%1: the workbook is damaged or cut off after row %2 (%3).")
                         .arg(QFileInfo(m_path).fileName())
                         .arg(m_lastRow)
                         .arg(detail)};
    return Error{tr("%1: not a readable XLSX workbook (%2).").arg(QFileInfo(m_path).fileName(), detail)};
}

Result<std::unique_ptr<XlsxTableReader>> XlsxTableReader::open(const QString &path)
{
    std::unique_ptr<XlsxTableReader> reader(new XlsxTableReader(path));
    reader->m_size = QFileInfo(path).size();
    reader->m_zip = std::make_unique<QuaZip>(path);
    if (!reader->m_zip->open(QuaZip::mdUnzip))
        return reader->damaged(tr("the archive cannot be opened, error %1").arg(reader->m_zip->getZipError()));
    if (const Status status = reader->readSharedStrings(); !status)
        return Error{status.error()};
    auto sheets = reader->sheets();
    if (!sheets)
        return Error{sheets.error()};
    // The sheet the officer sees with data in it is read; applicants on a second one would be left
    // out without a word. A hidden sheet (a template's lists for its drop-downs) is not the
    // officer's data; an empty one is no matter. (A sheet is only looked into up to its first value.)
    qsizetype shown = -1;
    QStringList withData;
    for (qsizetype i = 0; i < sheets->size(); ++i) {
        if (sheets->at(i).hidden)
            continue;
        const bool values = reader->hasValues(sheets->at(i).part);
        if (shown < 0 || (values && withData.isEmpty()))
            shown = i;
        if (values)
            withData.append(sheets->at(i).name);
    }
    if (withData.size() > 1)
        return Error{
            tr("%1 has data on more than one sheet (%2 and %3). CreditDesk screens one sheet: put the "
               "applicants on the first sheet, or save each sheet as a workbook of its own.")
                .arg(QFileInfo(path).fileName(), withData.first(), withData.mid(1).join(QStringLiteral(", ")))};
    if (shown < 0)
        shown = 0; // every sheet hidden: the first
    const QString sheet = sheets->at(shown).part;
    reader->m_sheetName = sheets->at(shown).name;
    if (!reader->m_zip->setCurrentFile(sheet))
        return reader->damaged(tr("%1 is missing").arg(sheet));
    reader->m_sheet = std::make_unique<QuaZipFile>(reader->m_zip.get());
    if (!reader->m_sheet->open(QIODevice::ReadOnly))
        return reader->damaged(tr("%1 cannot be unpacked").arg(sheet));
    reader->m_xml.setDevice(reader->m_sheet.get());
    return reader;
}

Status XlsxTableReader::readSharedStrings()
{
    if (!m_zip->setCurrentFile(QStringLiteral("xl/sharedStrings.xml")))
        return {}; // a workbook with numbers or inline strings only
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return damaged(tr("the shared strings cannot be unpacked"));
    QXmlStreamReader xml(&file);
    QString current;
    bool inItem = false;
    while (!xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
            inItem = true;
            current.clear();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inItem) {
            current += xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("rPh")) {
            xml.skipCurrentElement(); // phonetic guide, not part of the text
        } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
            m_sharedStrings.append(current);
            inItem = false;
        }
    }
    file.close();
    if (xml.hasError())
        return damaged(tr("shared strings: %1").arg(xml.errorString()));
    return {};
}

Result<QList<XlsxTableReader::Sheet>> XlsxTableReader::sheets()
{
    QList<Sheet> found;
    QStringList relationIds;
    if (m_zip->setCurrentFile(QStringLiteral("xl/workbook.xml"))) {
        QuaZipFile file(m_zip.get());
        if (file.open(QIODevice::ReadOnly)) {
            QXmlStreamReader xml(&file);
            while (!xml.atEnd() && !xml.hasError()) {
                xml.readNext();
                if (!xml.isStartElement() || xml.name() != QLatin1String("sheet"))
                    continue;
                QString relationId;
                for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                    if (attribute.name() == QLatin1String("id"))
                        relationId = attribute.value().toString();
                }
                found.append({xml.attributes().value(QLatin1String("name")).toString(), QString(),
                              !xml.attributes().value(QLatin1String("state")).isEmpty()
                                  && xml.attributes().value(QLatin1String("state")) != QLatin1String("visible")});
                relationIds.append(relationId);
            }
            file.close();
        }
    }
    if (!found.isEmpty() && m_zip->setCurrentFile(QStringLiteral("xl/_rels/workbook.xml.rels"))) {
        QuaZipFile file(m_zip.get());
        if (file.open(QIODevice::ReadOnly)) {
            QXmlStreamReader xml(&file);
            while (!xml.atEnd() && !xml.hasError()) {
                xml.readNext();
                if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
                    continue;
                const qsizetype sheet = relationIds.indexOf(xml.attributes().value(QLatin1String("Id")).toString());
                if (sheet < 0)
                    continue;
                const QString target = xml.attributes().value(QLatin1String("Target")).toString();
                found[sheet].part = target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
            }
            file.close();
        }
    }
    if (!found.isEmpty() && !found.first().part.isEmpty())
        return found;
    if (m_zip->setCurrentFile(QStringLiteral("xl/worksheets/sheet1.xml")))
        return QList<Sheet>{{QString(), QStringLiteral("xl/worksheets/sheet1.xml"), false}};
    return damaged(tr("it has no worksheet"));
}

bool XlsxTableReader::hasValues(const QString &part)
{
    if (part.isEmpty() || !m_zip->setCurrentFile(part))
        return false;
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&file);
    bool values = false;
    while (!values && !xml.atEnd() && !xml.hasError()) {
        xml.readNext();
        values = xml.isStartElement() && (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("is"));
    }
    file.close();
    return values;
}

QString XlsxTableReader::description() const
{
    return m_sheetName.isEmpty() ? tr("XLSX") : tr("XLSX, sheet %1").arg(m_sheetName);
}

qint64 XlsxTableReader::position() const
{
    // Unpacked bytes are not file bytes; the compressed position is the closest measure.
    return m_sheet ? std::min(m_size, m_sheet->pos() * m_size / std::max<qint64>(1, m_sheet->usize())) : 0;
}

Result<std::optional<TableRow>> XlsxTableReader::readRow()
{
    while (!m_xml.atEnd() && !m_xml.hasError()) {
        m_xml.readNext();
        if (!m_xml.isStartElement() || m_xml.name() != QLatin1String("row"))
            continue;
        TableRow row;
        bool numberOk = false;
        const int number = m_xml.attributes().value(QLatin1String("r")).toInt(&numberOk);
        row.line = numberOk ? number : m_lastRow + 1;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != QLatin1String("c")) {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString type = m_xml.attributes().value(QLatin1String("t")).toString();
            const int column = columnOf(m_xml.attributes().value(QLatin1String("r")));
            QString value;
            while (m_xml.readNextStartElement()) {
                if (m_xml.name() == QLatin1String("v")) {
                    value = m_xml.readElementText();
                } else if (m_xml.name() == QLatin1String("is")) {
                    while (m_xml.readNextStartElement()) {
                        if (m_xml.name() == QLatin1String("t"))
                            value += m_xml.readElementText();
                        else
                            m_xml.skipCurrentElement();
                    }
                } else {
                    m_xml.skipCurrentElement();
                }
            }
            if (type == QLatin1String("s")) {
                bool indexOk = false;
                const int index = value.toInt(&indexOk);
                if (!indexOk || index < 0 || index >= m_sharedStrings.size())
                    return damaged(tr("row %1 refers to a shared string that does not exist").arg(row.line));
                value = m_sharedStrings.at(index);
            }
            const int at = column >= 0 ? column : static_cast<int>(row.cells.size());
            if (at > 16383)
                return damaged(tr("row %1 has a cell beyond the last column").arg(row.line));
            while (row.cells.size() <= at)
                row.cells.append(QString());
            row.cells[at] = value;
        }
        if (m_xml.hasError())
            break;
        m_lastRow = row.line;
        return std::optional<TableRow>(row);
    }
    if (m_xml.hasError())
        return damaged(m_xml.errorString());
    return std::optional<TableRow>();
}

Result<QStringList> XlsxTableReader::header()
{
    if (m_headerRead)
        return Error{QStringLiteral("header read twice")};
    m_headerRead = true;
    for (;;) {
        auto row = readRow();
        if (!row)
            return Error{row.error()};
        if (!row.value())
            return Error{tr("%1: the first worksheet is empty; its first row must name the columns.")
                             .arg(QFileInfo(m_path).fileName())};
        if (!row.value()->isBlank())
            return row.value()->cells;
    }
}

Result<std::optional<TableRow>> XlsxTableReader::next()
{
    return readRow();
}

} // namespace creditdesk
