#pragma once

#include "domain/Result.h"

#include <QSaveFile>
#include <QStringList>

namespace creditdesk {

/// Writes RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel on Chinese Windows opens
/// it correctly, or in GB18030 for older Excel (through ICU). Fields with commas, quotes or line
/// breaks are quoted. The file is replaced only by close(): until then an earlier file of that
/// name stays as it was, and a writer given up (an error, a cancel) leaves nothing behind.
class CsvWriter
{
public:
    enum class Encoding { Utf8WithBom, Gb18030 };

    Status open(const QString &path, Encoding encoding = Encoding::Utf8WithBom);
    Status writeRow(const QStringList &fields);
    /// Puts the file in place, whole.
    Status close();

    static QString escape(const QString &field);

private:
    QByteArray encoded(const QString &text) const;

    QSaveFile m_file;
    Encoding m_encoding = Encoding::Utf8WithBom;
};

} // namespace creditdesk
