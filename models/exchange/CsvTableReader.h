#pragma once

#include "TableReader.h"

#include <QFile>

#include <functional>

namespace creditdesk {

/// Streams a CSV file record by record. A UTF-8 BOM means UTF-8; otherwise the first record
/// with other than ASCII bytes (usually the header) decides: valid UTF-8 means UTF-8, anything
/// else GB18030 (which includes GBK and GB2312).
/// A record that does not decode in that encoding, or that is UTF-8 inside a GB18030 file, is
/// reported with its line ("the file mixes encodings"). Fields follow RFC 4180 (quotes,
/// doubled quotes, line breaks inside quotes); the delimiter is a comma, or a tab when the
/// header has tabs and no commas.
class CsvTableReader : public TableReader
{
public:
    enum class Encoding { Utf8, Gb18030 };

    static Result<std::unique_ptr<CsvTableReader>> open(const QString &path);
    ~CsvTableReader() override;

    Result<QStringList> header() override;
    Result<std::optional<TableRow>> next() override;
    QString description() const override;
    qint64 position() const override { return m_consumed; }
    qint64 size() const override { return m_file.size(); }
    Encoding encoding() const { return m_encoding; }

private:
    explicit CsvTableReader(const QString &path);
    /// The bytes of the next record (without its line break) and the line it starts on; an
    /// empty optional at the end.
    Result<std::optional<std::pair<QByteArray, int>>> nextRecordBytes();
    Result<QString> decode(const QByteArray &bytes, int line);
    Status useGb18030();
    Result<QStringList> split(const QString &record, int line) const;
    Status fill();

    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_offset = 0;
    qint64 m_consumed = 0;
    bool m_atEnd = false;
    int m_line = 1;
    Encoding m_encoding = Encoding::Utf8;
    bool m_decided = false;
    QChar m_delimiter = u',';
    bool m_headerRead = false;
    struct Converter;
    std::unique_ptr<Converter> m_gb18030;
};

} // namespace creditdesk
