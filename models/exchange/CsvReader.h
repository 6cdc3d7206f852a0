#pragma once

#include "domain/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace creditdesk {

/// Parses RFC 4180 CSV text (quoted fields, doubled quotes, embedded line breaks) into
/// records addressed by header name. Errors name the source and line.
class CsvTable
{
public:
    /// Parses \a text; \a sourceName appears in error messages. The first record is the header.
    static Result<CsvTable> parse(const QString &text, const QString &sourceName);
    /// Reads and parses a file (also a Qt resource path).
    static Result<CsvTable> readFile(const QString &path);

    const QStringList &header() const { return m_header; }
    qsizetype rowCount() const { return m_rows.size(); }
    /// The value in \a row under \a column; empty when the column does not exist.
    QString value(qsizetype row, const QString &column) const;
    /// The line in the source on which \a row starts (1-based).
    int lineOf(qsizetype row) const { return m_lines.value(row); }
    /// Checks that every one of \a columns is in the header.
    Status requireColumns(const QStringList &columns) const;

private:
    QString m_source;
    QStringList m_header;
    QList<QStringList> m_rows;
    QList<int> m_lines;
};

} // namespace creditdesk
