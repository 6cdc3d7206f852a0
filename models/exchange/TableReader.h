#pragma once

#include "domain/Result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace creditdesk {

/// One record of an input table: its cells and where it starts in the file (the line of a
/// CSV file, the row of a worksheet), for messages that say where.
struct TableRow
{
    int line = 0;
    QStringList cells;

    bool isBlank() const;
};

/// Reads an applicants' table one row at a time, so that a file of a million rows never sits
/// in memory. Errors say what and where (file, line or row, column).
class TableReader
{
public:
    virtual ~TableReader() = default;

    /// The first row: the column names.
    virtual Result<QStringList> header() = 0;
    /// The next row, or an empty optional at the end of the file.
    virtual Result<std::optional<TableRow>> next() = 0;
    /// How the file was read, e.g. "CSV, GB18030" or "XLSX, sheet 申请人".
    virtual QString description() const = 0;
    /// Bytes read so far and in all, for progress.
    virtual qint64 position() const = 0;
    virtual qint64 size() const = 0;

    /// Opens \a path: XLSX by its content (a ZIP archive), otherwise CSV in UTF-8 (with or without
    /// BOM) or GB18030/GBK, as Excel writes them on Chinese Windows.
    static Result<std::unique_ptr<TableReader>> open(const QString &path);
};

} // namespace creditdesk
