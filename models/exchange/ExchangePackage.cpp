#include "ExchangePackage.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>

namespace creditdesk {

namespace {

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::PackageReader", source);
}

const QString formatName = QStringLiteral("creditdesk-exchange");
constexpr qint64 longestLine = 1 << 20; ///< a record longer than 1 MiB is not a record

} // namespace

QString PackageProblem::text() const
{
    return field.isEmpty()
               ? QCoreApplication::translate("creditdesk::PackageProblem", "line %1: %2").arg(line).arg(reason)
               : QCoreApplication::translate("creditdesk::PackageProblem", "line %1, field %2: %3")
                     .arg(line)
                     .arg(field, reason);
}

PackageReader::PackageReader(std::unique_ptr<QIODevice> device, QString name)
    : m_device(std::move(device)), m_name(std::move(name))
{}

PackageReader::~PackageReader() = default;

Result<std::unique_ptr<PackageReader>> PackageReader::openFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(path, file->errorString())};
    std::unique_ptr<PackageReader> reader(new PackageReader(std::move(file), path));
    if (const Status read = reader->readHeader(); !read)
        return Error{read.error()};
    return reader;
}

Result<std::unique_ptr<PackageReader>> PackageReader::openBytes(const QByteArray &content, const QString &name)
{
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(content);
    buffer->open(QIODevice::ReadOnly);
    std::unique_ptr<PackageReader> reader(new PackageReader(std::move(buffer), name));
    if (const Status read = reader->readHeader(); !read)
        return Error{read.error()};
    return reader;
}

Status PackageReader::readHeader()
{
    const QByteArray line = m_device->readLine(longestLine);
    if (line.isEmpty())
        return Error{tr("%1 is empty: a package starts with its header line.").arg(m_name)};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    auto fail = [this](const QString &field, const QString &reason) {
        return Error{tr("%1: %2").arg(m_name, PackageProblem{1, field, reason}.text())};
    };
    if (!document.isObject())
        return fail(QString(), tr("the header is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject header = document.object();
    if (header.value(QStringLiteral("format")).toString() != formatName)
        return fail(QStringLiteral("format"), tr("not \"%1\": this is not an exchange package").arg(formatName));
    m_header.version = header.value(QStringLiteral("version")).toInt();
    if (m_header.version != PackageHeader::formatVersion)
        return fail(QStringLiteral("version"), tr("format version %1 is not supported (this version reads %2)")
                                                   .arg(m_header.version)
                                                   .arg(PackageHeader::formatVersion));
    m_header.packageId = header.value(QStringLiteral("package")).toString().trimmed();
    if (m_header.packageId.isEmpty() || m_header.packageId.size() > 100)
        return fail(QStringLiteral("package"), tr("missing, or longer than 100 characters"));
    m_header.source = header.value(QStringLiteral("source")).toString().trimmed();
    if (m_header.source.isEmpty() || m_header.source.size() > 100)
        return fail(QStringLiteral("source"), tr("missing, or longer than 100 characters"));
    const double sequence = header.value(QStringLiteral("sequence")).toDouble(-1);
    if (sequence < 1 || sequence > 1e15 || sequence != static_cast<double>(static_cast<qint64>(sequence)))
        return fail(QStringLiteral("sequence"), tr("a whole number from 1 is needed"));
    m_header.sequence = static_cast<qint64>(sequence);
    const double records = header.value(QStringLiteral("records")).toDouble(-1);
    if (records < 0 || records > 1e12 || records != static_cast<double>(static_cast<qint64>(records)))
        return fail(QStringLiteral("records"), tr("a whole number from 0 is needed"));
    m_header.records = static_cast<qint64>(records);
    m_header.created = header.value(QStringLiteral("created")).toString();
    m_header.bodySha256 = header.value(QStringLiteral("body_sha256")).toString().toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!hex.match(m_header.bodySha256).hasMatch())
        return fail(QStringLiteral("body_sha256"), tr("64 hexadecimal digits are needed"));
    return {};
}

std::optional<PackageRecord> PackageReader::next(QList<PackageProblem> &problems)
{
    for (;;) {
        if (m_device->atEnd())
            return std::nullopt;
        QByteArray line = m_device->readLine(longestLine);
        if (line.isEmpty())
            return std::nullopt;
        ++m_line;
        m_hash.addData(line);
        if (!line.endsWith('\n') && !m_device->atEnd()) {
            problems.append({m_line, QString(), tr("longer than 1 MiB")});
            // Skip the rest of the overlong line, still hashing it.
            while (!m_device->atEnd()) {
                const QByteArray rest = m_device->readLine(longestLine);
                m_hash.addData(rest);
                if (rest.endsWith('\n'))
                    break;
            }
            continue;
        }
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(trimmed, &parseError);
        if (!document.isObject()) {
            problems.append(
                {m_line, QString(),
                 document.isNull()
                     ? tr("not JSON: %1 at character %2").arg(parseError.errorString()).arg(parseError.offset + 1)
                     : tr("not a JSON object")});
            continue;
        }
        return PackageRecord{m_line, document.object()};
    }
}

QString PackageReader::bodySha256() const
{
    return QString::fromLatin1(m_hash.result().toHex());
}

qint64 PackageReader::position() const
{
    return m_device->pos();
}

qint64 PackageReader::size() const
{
    return m_device->size();
}

struct PackageWriter::Files
{
    QSaveFile target;
    QTemporaryFile body;
};

PackageWriter::PackageWriter() = default;
PackageWriter::~PackageWriter() = default;

Status PackageWriter::open(const QString &path)
{
    m_files = std::make_unique<Files>();
    m_files->target.setFileName(path);
    m_files->body.setFileTemplate(path + QStringLiteral(".body-XXXXXX"));
    if (!m_files->body.open())
        return Error{QCoreApplication::translate("creditdesk::PackageWriter", "%1 cannot be written: %2")
                         .arg(path, m_files->body.errorString())};
    return {};
}

Status PackageWriter::write(const QJsonObject &record)
{
    QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
    line.append('\n');
    m_hash.addData(line);
    if (m_files->body.write(line) != line.size())
        return Error{QCoreApplication::translate("creditdesk::PackageWriter", "%1 cannot be written: %2")
                         .arg(m_files->target.fileName(), m_files->body.errorString())};
    ++m_records;
    return {};
}

Status PackageWriter::finish(PackageHeader header)
{
    const QString path = m_files->target.fileName();
    auto fail = [&](const QString &reason) {
        return Error{
            QCoreApplication::translate("creditdesk::PackageWriter", "%1 cannot be written: %2").arg(path, reason)};
    };
    if (!m_files->target.open(QIODevice::WriteOnly))
        return fail(m_files->target.errorString());
    const QJsonObject headerObject{{QStringLiteral("format"), formatName},
                                   {QStringLiteral("version"), PackageHeader::formatVersion},
                                   {QStringLiteral("package"), header.packageId},
                                   {QStringLiteral("source"), header.source},
                                   {QStringLiteral("sequence"), header.sequence},
                                   {QStringLiteral("created"), header.created},
                                   {QStringLiteral("records"), m_records},
                                   {QStringLiteral("body_sha256"), QString::fromLatin1(m_hash.result().toHex())}};
    QByteArray headerLine = QJsonDocument(headerObject).toJson(QJsonDocument::Compact);
    headerLine.append('\n');
    m_files->target.write(headerLine);
    if (!m_files->body.flush() || !m_files->body.seek(0))
        return fail(m_files->body.errorString());
    while (!m_files->body.atEnd()) {
        const QByteArray chunk = m_files->body.read(1 << 20);
        if (m_files->target.write(chunk) != chunk.size())
            return fail(m_files->target.errorString());
    }
    if (!m_files->target.commit())
        return fail(m_files->target.errorString());
    return {};
}

} // namespace creditdesk
