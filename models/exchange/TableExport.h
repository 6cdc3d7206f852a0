#pragma once

#include "domain/Result.h"

#include <QStringList>
#include <QVariantList>

namespace creditdesk {

/// A result list or queue as the officer sees it (identifiers already masked as the list
/// shows them), to be written as a spreadsheet.
struct ExportTable
{
    QString title; ///< the worksheet's name
    QStringList headers;
    QList<QVariantList> rows; ///< numbers stay numbers in XLSX; the rest is text
};

/// The spreadsheet formats of an export.
enum class ExportFormat {
    CsvUtf8,    ///< UTF-8 with a byte-order mark (Excel 2016 and later, LibreOffice, WPS)
    CsvGb18030, ///< GB18030, for older Excel on Chinese Windows
    Xlsx,       ///< through libxlsxwriter
};

/// Writes an ExportTable as CSV or XLSX. Text that a spreadsheet would run as a formula (it
/// starts with =, +, - or @) is written with a leading apostrophe, so an exported name cannot
/// run anything on the officer's machine.
class TableExport
{
public:
    static Status write(const ExportTable &table, ExportFormat format, const QString &path);
    /// \a text as a cell: with the apostrophe when a spreadsheet would take it as a formula.
    static QString safeText(const QString &text);
};

} // namespace creditdesk
