// libFuzzer target: the unified social credit code validator on arbitrary input.
#include "domain/CreditCode.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const creditdesk::CreditCode::Validation result = creditdesk::CreditCode::validate(input);
    if (result.valid && result.normalised.size() != 18)
        std::abort();
    return 0;
}
