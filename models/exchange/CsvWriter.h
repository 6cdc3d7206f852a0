#pragma once

#include "domain/Result.h"

#include <QFile>
#include <QStringList>

namespace creditdesk {

/// Writes RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel on Chinese Windows opens
/// it correctly. Fields with commas, quotes or line breaks are quoted.
class CsvWriter
{
public:
    Status open(const QString &path);
    Status writeRow(const QStringList &fields);
    Status close();

    static QString escape(const QString &field);

private:
    QFile m_file;
};

} // namespace creditdesk
