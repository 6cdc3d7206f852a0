#include "CsvWriter.h"

#include <QCoreApplication>

namespace creditdesk {

Status CsvWriter::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{QCoreApplication::translate("CsvWriter", "Cannot write %1: %2").arg(path, m_file.errorString())};
    m_file.write("\xEF\xBB\xBF");
    return {};
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
    const QByteArray line = (escaped.join(u',') + QStringLiteral("\r\n")).toUtf8();
    if (m_file.write(line) != line.size())
        return Error{QCoreApplication::translate("CsvWriter", "Cannot write %1: %2")
                         .arg(m_file.fileName(), m_file.errorString())};
    return {};
}

Status CsvWriter::close()
{
    if (!m_file.flush())
        return Error{QCoreApplication::translate("CsvWriter", "Cannot write %1: %2")
                         .arg(m_file.fileName(), m_file.errorString())};
    m_file.close();
    return {};
}

} // namespace creditdesk
