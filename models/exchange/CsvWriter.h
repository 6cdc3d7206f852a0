#pragma once

#include "domain/Result.h"

#include <QFile>
#include <QStringList>

namespace creditdesk {

/// Writes RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel on Chinese Windows opens
/// it correctly, or in GB18030 for older Excel (through ICU). Fields with commas, quotes or line
/// breaks are quoted.
class CsvWriter
{
public:
    enum class Encoding { Utf8WithBom, Gb18030 };

    Status open(const QString &path, Encoding encoding = Encoding::Utf8WithBom);
    Status writeRow(const QStringList &fields);
    Status close();

    static QString escape(const QString &field);

private:
    QByteArray encoded(const QString &text) const;

    QFile m_file;
    Encoding m_encoding = Encoding::Utf8WithBom;
};

} // namespace creditdesk
