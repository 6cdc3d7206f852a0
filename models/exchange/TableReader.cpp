#include "TableReader.h"

#include "CsvTableReader.h"
#include "XlsxTableReader.h"

#include <QCoreApplication>
#include <QFile>

namespace creditdesk {

Result<std::unique_ptr<TableReader>> TableReader::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("creditdesk::TableReader", "%1 cannot be read: %2")
                         .arg(path, file.errorString())};
    const QByteArray start = file.read(4);
    file.close();
    if (start.startsWith("PK\x03\x04")) {
        auto reader = XlsxTableReader::open(path);
        if (!reader)
            return Error{reader.error()};
        return std::unique_ptr<TableReader>(std::move(reader.value()));
    }
    auto reader = CsvTableReader::open(path);
    if (!reader)
        return Error{reader.error()};
    return std::unique_ptr<TableReader>(std::move(reader.value()));
}

} // namespace creditdesk
