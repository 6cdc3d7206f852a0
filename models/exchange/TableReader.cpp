#include "TableReader.h"

#include "CsvTableReader.h"
#include "XlsxTableReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace creditdesk {

Result<std::unique_ptr<TableReader>> TableReader::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QCoreApplication::translate("creditdesk::TableReader", "%1 cannot be read: %2")
                         .arg(path, file.errorString())};
    const QByteArray start = file.read(8);
    file.close();
    // A compound document: a workbook of Excel 97–2003, or an encrypted .xlsx.
    if (start == QByteArrayLiteral("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Error{QCoreApplication::translate("creditdesk::TableReader",
                                                 "%1 is an Excel 97–2003 workbook (.xls) or a workbook with a "
                                                 "password; save it from Excel without a password as \"Excel "
                                                 "Workbook (.xlsx)\" or \"CSV UTF-8\".")
                         .arg(QFileInfo(path).fileName())};
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
