// libFuzzer target: the CSV reader (reference data now, screening and exchange files later).
#include "exchange/CsvReader.h"

#include <QString>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto table = creditdesk::CsvTable::parse(input, QStringLiteral("fuzz.csv"));
    if (table.ok()) {
        for (qsizetype row = 0; row < table->rowCount(); ++row) {
            for (const QString &column : table->header())
                (void)table->value(row, column);
            (void)table->lineOf(row);
        }
    }
    return 0;
}
