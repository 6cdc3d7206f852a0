#include "CsvWriter.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>

#include <memory>

namespace creditdesk {

Status CsvWriter::open(const QString &path, Encoding encoding)
{
    m_encoding = encoding;
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("CsvWriter", "Cannot write %1: %2").arg(path, m_file.errorString())};
    if (encoding == Encoding::Utf8WithBom)
        m_file.write("\xEF\xBB\xBF");
    return {};
}

QByteArray CsvWriter::encoded(const QString &text) const
{
    if (m_encoding == Encoding::Utf8WithBom)
        return text.toUtf8();
    // GB18030 maps every Unicode character, so nothing is lost; Qt 6.4 has no codec for it.
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UConverter, void (*)(UConverter *)> converter(ucnv_open("GB18030", &status), ucnv_close);
    if (U_FAILURE(status))
        return {};
    QByteArray bytes(text.size() * 4 + 4, Qt::Uninitialized);
    const int32_t length =
        ucnv_fromUChars(converter.get(), bytes.data(), static_cast<int32_t>(bytes.size()),
                        reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()), &status);
    if (U_FAILURE(status))
        return {};
    bytes.truncate(length);
    return bytes;
}

QString CsvWriter::escape(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    QString quoted = field;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

Status CsvWriter::writeRow(const QStringList &fields)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString &field : fields)
        escaped.append(escape(field));
    const QString text = escaped.join(u',') + QStringLiteral("\r\n");
    const QByteArray line = encoded(text);
    if (line.isEmpty() || m_file.write(line) != line.size())
        return Error{QCoreApplication::translate("CsvWriter", "Cannot write %1: %2")
                         .arg(m_file.fileName(), m_file.errorString())};
    return {};
}

Status CsvWriter::close()
{
    if (!m_file.commit())
        return Error{QCoreApplication::translate("CsvWriter", "Cannot write %1: %2")
                         .arg(m_file.fileName(), m_file.errorString())};
    return {};
}

} // namespace creditdesk
