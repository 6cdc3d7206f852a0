#include "CsvTableReader.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringDecoder>

#include <unicode/ucnv.h>

namespace creditdesk {

namespace {

constexpr qsizetype chunkSize = 1 << 20;

QString tr(const char *source)
{
    return QCoreApplication::translate("creditdesk::CsvTableReader", source);
}

/// Whether \a bytes is valid UTF-8; a sequence cut off at the very end counts as valid.
bool isUtf8(QByteArrayView bytes)
{
    qsizetype i = 0;
    const qsizetype n = bytes.size();
    while (i < n) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        if (i + extra >= n && extra > 0)
            return true; // cut off by the sample
        for (int k = 1; k <= extra; ++k) {
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

/// Whether \a bytes read as UTF-8 give Chinese characters: GBK text is now and then valid
/// UTF-8 by chance (陆平 is C2 BD C6 BD), but then it reads as Latin letters, not as Chinese.
bool isChineseUtf8(QByteArrayView bytes)
{
    if (!isUtf8(bytes))
        return false;
    const QString text = QString::fromUtf8(bytes);
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF) || (c.unicode() >= 0xF900 && c.unicode() <= 0xFAFF);
    });
}

bool hasNonAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return true;
    }
    return false;
}

} // namespace

bool TableRow::isBlank() const
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &cell) { return cell.trimmed().isEmpty(); });
}

/// ICU's GB18030 converter, stopping at the first byte sequence it cannot map.
struct CsvTableReader::Converter
{
    UConverter *converter = nullptr;
    ~Converter()
    {
        if (converter)
            ucnv_close(converter);
    }
};

CsvTableReader::CsvTableReader(const QString &path) : m_path(path), m_file(path) {}

CsvTableReader::~CsvTableReader() = default;

Result<std::unique_ptr<CsvTableReader>> CsvTableReader::open(const QString &path)
{
    std::unique_ptr<CsvTableReader> reader(new CsvTableReader(path));
    if (!reader->m_file.open(QIODevice::ReadOnly))
        return Error{tr("%1 cannot be read: %2").arg(path, reader->m_file.errorString())};
    if (const Status filled = reader->fill(); !filled)
        return Error{filled.error()};
    QByteArrayView start(reader->m_buffer);
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF"))
        return Error{
            tr("%1 is UTF-16 text; save it from Excel as \"CSV UTF-8\" or \"CSV\".").arg(QFileInfo(path).fileName())};
    if (start.startsWith("\xEF\xBB\xBF")) {
        reader->m_offset = 3;
        reader->m_decided = true;
    } else {
        reader->m_decided = false; // the first record with other than ASCII bytes decides
    }
    return reader;
}

Status CsvTableReader::useGb18030()
{
    m_encoding = Encoding::Gb18030;
    m_decided = true;
    m_gb18030 = std::make_unique<Converter>();
    UErrorCode status = U_ZERO_ERROR;
    m_gb18030->converter = ucnv_open("GB18030", &status);
    if (U_FAILURE(status))
        return Error{tr("The GB18030 converter is not available: %1").arg(QString::fromLatin1(u_errorName(status)))};
    ucnv_setToUCallBack(m_gb18030->converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    return {};
}

QString CsvTableReader::description() const
{
    return m_encoding == Encoding::Utf8 ? tr("CSV, UTF-8") : tr("CSV, GB18030 (GBK)");
}

Status CsvTableReader::fill()
{
    if (m_atEnd)
        return {};
    if (m_offset > 0) {
        m_buffer.remove(0, m_offset);
        m_offset = 0;
    }
    const QByteArray chunk = m_file.read(chunkSize);
    if (chunk.isEmpty()) {
        if (m_file.error() != QFileDevice::NoError)
            return Error{tr("%1 cannot be read: %2").arg(m_path, m_file.errorString())};
        m_atEnd = true;
        return {};
    }
    m_buffer.append(chunk);
    return {};
}

Result<std::optional<std::pair<QByteArray, int>>> CsvTableReader::nextRecordBytes()
{
    // A record ends at a line break outside quotes. A quote opens a quoted field only at the
    // start of a field; inside one, a doubled quote stays inside. Both encodings keep '"', ',',
    // '\t', '\r' and '\n' as single bytes that never occur inside a multi-byte character.
    const char delimiter = static_cast<char>(m_delimiter.unicode());
    bool inQuotes = false;
    bool atFieldStart = true;
    qsizetype scan = m_offset;
    int lines = 0;
    for (;;) {
        while (scan < m_buffer.size()) {
            const char c = m_buffer[scan];
            if (inQuotes) {
                if (c == '"') {
                    if (scan + 1 >= m_buffer.size() && !m_atEnd)
                        break; // the next byte decides: read more first
                    if (scan + 1 < m_buffer.size() && m_buffer[scan + 1] == '"')
                        ++scan;
                    else
                        inQuotes = false;
                } else if (c == '\n') {
                    ++lines;
                }
            } else if (c == '"' && atFieldStart) {
                inQuotes = true;
                atFieldStart = false;
            } else if (c == '\n') {
                ++lines;
                qsizetype end = scan;
                if (end > m_offset && m_buffer[end - 1] == '\r')
                    --end;
                QByteArray record = m_buffer.mid(m_offset, end - m_offset);
                const int startLine = m_line;
                m_line += lines;
                m_consumed += scan + 1 - m_offset;
                m_offset = scan + 1;
                return std::optional<std::pair<QByteArray, int>>(std::pair{record, startLine});
            } else {
                atFieldStart = c == delimiter;
            }
            ++scan;
        }
        if (m_atEnd)
            break;
        const qsizetype scanned = scan - m_offset;
        if (const Status filled = fill(); !filled)
            return Error{filled.error()};
        scan = m_offset + scanned;
        if (m_atEnd && scan >= m_buffer.size())
            break;
    }
    if (m_offset >= m_buffer.size())
        return std::optional<std::pair<QByteArray, int>>();
    if (inQuotes)
        return Error{tr("%1, line %2: a quoted field is not closed before the end of the file.")
                         .arg(QFileInfo(m_path).fileName())
                         .arg(m_line)};
    QByteArray record = m_buffer.mid(m_offset);
    if (record.endsWith('\r'))
        record.chop(1);
    m_consumed += m_buffer.size() - m_offset;
    m_offset = m_buffer.size();
    return std::optional<std::pair<QByteArray, int>>(std::pair{record, m_line});
}

Result<QString> CsvTableReader::decode(const QByteArray &bytes, int line)
{
    const QString file = QFileInfo(m_path).fileName();
    if (!m_decided && hasNonAscii(bytes)) {
        // Chinese in UTF-8 decides; other valid UTF-8 only when what follows is UTF-8 too.
        if (isChineseUtf8(bytes) || (isUtf8(bytes) && isUtf8(QByteArrayView(m_buffer).sliced(m_offset))))
            m_decided = true;
        else if (const Status status = useGb18030(); !status)
            return Error{status.error()};
    }
    if (m_encoding == Encoding::Utf8) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes);
        if (decoder.hasError())
            return Error{tr("%1, line %2: not valid UTF-8 although the file starts in UTF-8; the file mixes "
                            "encodings. Save it again as \"CSV UTF-8\".")
                             .arg(file)
                             .arg(line)};
        return text;
    }
    if (hasNonAscii(bytes) && isChineseUtf8(bytes))
        return Error{tr("%1, line %2: UTF-8 text inside a GB18030 (GBK) file; the file mixes encodings. Save it "
                        "again as \"CSV UTF-8\".")
                         .arg(file)
                         .arg(line)};
    QString text(bytes.size() + 1, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length =
        ucnv_toUChars(m_gb18030->converter, reinterpret_cast<UChar *>(text.data()), static_cast<int32_t>(text.size()),
                      bytes.constData(), static_cast<int32_t>(bytes.size()), &status);
    if (U_FAILURE(status))
        return Error{tr("%1, line %2: bytes that are neither GB18030 (GBK) nor UTF-8; the file is damaged or mixes "
                        "encodings.")
                         .arg(file)
                         .arg(line)};
    text.truncate(length);
    return text;
}

Result<QStringList> CsvTableReader::split(const QString &record, int line) const
{
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool quoted = false;
    for (qsizetype i = 0; i < record.size(); ++i) {
        const QChar c = record[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < record.size() && record[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && field.isEmpty() && !quoted) {
            inQuotes = true;
            quoted = true;
        } else if (c == m_delimiter) {
            fields.append(field);
            field.clear();
            quoted = false;
        } else if (quoted) {
            return Error{tr("%1, line %2, field %3: text after a closing quote.")
                             .arg(QFileInfo(m_path).fileName())
                             .arg(line)
                             .arg(fields.size() + 1)};
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

Result<QStringList> CsvTableReader::header()
{
    if (m_headerRead)
        return Error{QStringLiteral("header read twice")};
    m_headerRead = true;
    for (;;) {
        auto bytes = nextRecordBytes();
        if (!bytes)
            return Error{bytes.error()};
        if (!bytes.value())
            return Error{tr("%1 is empty: the first line must name the columns.").arg(QFileInfo(m_path).fileName())};
        const auto &[record, line] = *bytes.value();
        if (record.trimmed().isEmpty())
            continue;
        auto text = decode(record, line);
        if (!text)
            return Error{text.error()};
        if (!text->contains(u',') && text->contains(u'\t'))
            m_delimiter = u'\t';
        return split(text.value(), line);
    }
}

Result<std::optional<TableRow>> CsvTableReader::next()
{
    auto bytes = nextRecordBytes();
    if (!bytes)
        return Error{bytes.error()};
    if (!bytes.value())
        return std::optional<TableRow>();
    const auto &[record, line] = *bytes.value();
    auto text = decode(record, line);
    if (!text)
        return Error{text.error()};
    auto cells = split(text.value(), line);
    if (!cells)
        return Error{cells.error()};
    return std::optional<TableRow>(TableRow{line, cells.value()});
}

} // namespace creditdesk
