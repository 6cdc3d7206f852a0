#pragma once

#include "domain/Result.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

class QIODevice;

namespace creditdesk {

/// The first line of an exchange package (docs/exchange-format.md).
struct PackageHeader
{
    static constexpr int formatVersion = 1;
    int version = 0;
    QString packageId;
    QString source;
    qint64 sequence = 0;
    QString created;
    qint64 records = 0;
    QString bodySha256; ///< of every byte after the header line
};

/// One record of a package's body: its JSON object and the line it stands on.
struct PackageRecord
{
    int line = 0;
    QJsonObject fields;
};

/// What is wrong with a package, and where: the line (1 is the header), the field, the reason.
struct PackageProblem
{
    int line = 0;
    QString field;
    QString reason;

    QString text() const; ///< "line 12, field ground: ..."
};

/// Reads an exchange package as JSON Lines from a file or a byte array, one record at a time
/// (a package of a million listings never sits in memory), hashing the body as it goes.
/// Syntax errors of a line are problems of that line; the reader goes on with the next.
class PackageReader
{
public:
    static Result<std::unique_ptr<PackageReader>> openFile(const QString &path);
    static Result<std::unique_ptr<PackageReader>> openBytes(const QByteArray &content, const QString &name);
    ~PackageReader();

    const PackageHeader &header() const { return m_header; }
    /// The next record, or nothing at the end; a line that is not a JSON object is reported in
    /// \a problems and skipped.
    std::optional<PackageRecord> next(QList<PackageProblem> &problems);
    /// After the last record: the body's SHA-256 in hex.
    QString bodySha256() const;
    qint64 position() const;
    qint64 size() const;
    QString name() const { return m_name; }

private:
    PackageReader(std::unique_ptr<QIODevice> device, QString name);
    Status readHeader();

    std::unique_ptr<QIODevice> m_device;
    QString m_name;
    PackageHeader m_header;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    int m_line = 1;
};

/// Writes a package: the body first to a temporary file beside the target, then the header
/// with the body's hash and count, then the body; the target appears whole or not at all.
class PackageWriter
{
public:
    PackageWriter();
    ~PackageWriter();
    Status open(const QString &path);
    Status write(const QJsonObject &record);
    /// Completes \a header (records, hash) and writes the package.
    Status finish(PackageHeader header);
    qint64 records() const { return m_records; }
    QString bodySha256() const { return QString::fromLatin1(m_hash.result().toHex()); }

private:
    struct Files;
    std::unique_ptr<Files> m_files;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_records = 0;
};

} // namespace creditdesk
