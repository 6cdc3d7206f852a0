#include "EvidenceFile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>

namespace creditdesk {

namespace {

/// The media type of an evidence file from its first bytes, or empty when it is not a kind
/// the office keeps.
QString mediaTypeOf(const QString &fileName, const QByteArray &content)
{
    if (content.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    if (content.startsWith("\x89PNG\r\n\x1a\n"))
        return QStringLiteral("image/png");
    if (content.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (content.startsWith(QByteArray("II*\0", 4)) || content.startsWith(QByteArray("MM\0*", 4)))
        return QStringLiteral("image/tiff");
    if (content.startsWith("PK\x03\x04")
        && QFileInfo(fileName).suffix().compare(QLatin1String("ofd"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("application/ofd");
    return {};
}

} // namespace

Result<EvidenceFile> EvidenceFile::check(const QString &path, const QByteArray &content)
{
    EvidenceFile file;
    file.fileName = QFileInfo(path).fileName();
    if (content.isEmpty())
        return Error{QCoreApplication::translate("EvidenceFile", "%1 is empty.").arg(file.fileName)};
    if (content.size() > maximumBytes)
        return Error{QCoreApplication::translate("EvidenceFile", "%1 is %2 MB; evidence files may have at most %3 MB.")
                         .arg(file.fileName)
                         .arg(static_cast<double>(content.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                         .arg(maximumBytes / (1024 * 1024))};
    file.mediaType = mediaTypeOf(file.fileName, content);
    if (file.mediaType.isEmpty())
        return Error{QCoreApplication::translate(
                         "EvidenceFile", "%1 is not a PDF, OFD, PNG, JPEG or TIFF file; scan or convert it first.")
                         .arg(file.fileName)};
    file.size = content.size();
    file.sha256 = digestOf(content);
    return file;
}

QString EvidenceFile::digestOf(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

} // namespace creditdesk
