// libFuzzer target: the exchange package reader and the record parser (header, JSON lines,
// every field check), on arbitrary bytes.
#include "exchange/ExchangeRecord.h"

#include <QByteArray>
#include <QDate>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto reader = creditdesk::PackageReader::openBytes(input, QStringLiteral("fuzz.jsonl"));
    if (!reader.ok())
        return 0;
    QList<creditdesk::PackageProblem> problems;
    while (auto record = reader.value()->next(problems))
        (void)creditdesk::parseExchangeRecord(record.value(), problems, QDate(2026, 11, 28));
    for (const creditdesk::PackageProblem &problem : problems)
        (void)problem.text();
    (void)reader.value()->bodySha256();
    return 0;
}
