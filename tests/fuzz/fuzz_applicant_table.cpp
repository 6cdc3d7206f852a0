// libFuzzer target: the applicants' table of batch screening — the bytes as a file read by
// TableReader (CSV in UTF-8 or GB18030, or XLSX when they start as a ZIP archive), every row read
// and turned into an applicant under the mapping recognised from the header.
#include "exchange/TableReader.h"
#include "screening/Applicant.h"
#include "screening/ColumnMapping.h"

#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("applicants"));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    auto reader = creditdesk::TableReader::open(path);
    if (!reader)
        return 0;
    auto header = reader.value()->header();
    if (!header)
        return 0;
    const auto mapping = creditdesk::ColumnMapping::recognise(header.value());
    for (int rows = 0; rows < 10000; ++rows) {
        auto row = reader.value()->next();
        if (!row || !row.value())
            break;
        if (mapping)
            (void)creditdesk::Applicant::fromRow(*row.value(), mapping.value(), nullptr);
        (void)reader.value()->position();
    }
    return 0;
}
