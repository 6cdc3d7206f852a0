#pragma once

#include "TableReader.h"

#include <QXmlStreamReader>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace creditdesk {

/// Streams the first worksheet of an XLSX workbook row by row (QuaZip to unpack, the XML read as
/// it arrives). Shared strings are read first, as the format requires. A number in a cell is
/// given as Excel stored it; an 18-digit identifier that Excel turned into a number (and cut to
/// 15 digits) is reported by the caller. A damaged or truncated file is reported with the row
/// where reading stopped.
class XlsxTableReader : public TableReader
{
public:
    static Result<std::unique_ptr<XlsxTableReader>> open(const QString &path);
    ~XlsxTableReader() override;

    Result<QStringList> header() override;
    Result<std::optional<TableRow>> next() override;
    QString description() const override;
    qint64 position() const override;
    qint64 size() const override { return m_size; }

private:
    explicit XlsxTableReader(const QString &path);
    Status readSharedStrings();
    struct Sheet
    {
        QString name;
        QString part;        ///< its path in the archive
        bool hidden = false; ///< hidden or very hidden: not shown to the officer
    };
    /// The worksheets in the workbook's order, each through its relationship to a part.
    Result<QList<Sheet>> sheets();
    /// Whether a worksheet holds any value (an empty one has only its frame).
    bool hasValues(const QString &part);
    Result<std::optional<TableRow>> readRow();
    Error damaged(const QString &detail) const;

    QString m_path;
    qint64 m_size = 0;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheet;
    QXmlStreamReader m_xml;
    QStringList m_sharedStrings;
    QString m_sheetName;
    int m_lastRow = 0;
    bool m_headerRead = false;
};

} // namespace creditdesk
