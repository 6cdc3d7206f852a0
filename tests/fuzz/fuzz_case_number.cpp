// libFuzzer target: the case number parser; a parsed number's canonical form parses to itself.
#include "domain/CaseNumber.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const creditdesk::CaseNumber::Parsed parsed = creditdesk::CaseNumber::parse(input, 2026);
    if (parsed.valid) {
        const creditdesk::CaseNumber::Parsed again = creditdesk::CaseNumber::parse(parsed.normalised, 2026);
        if (!again.valid || again.normalised != parsed.normalised)
            std::abort();
    }
    return 0;
}
