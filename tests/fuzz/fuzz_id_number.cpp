// libFuzzer target: the resident ID validator must accept any input without crashing, and a
// number it calls valid must stay valid when validated again.
#include "domain/IdNumber.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const creditdesk::IdNumber::Validation result = creditdesk::IdNumber::validate(input, QDate(2026, 11, 26));
    if (result.valid && !creditdesk::IdNumber::validate(result.normalised, QDate(2026, 11, 26)).valid)
        std::abort();
    (void)creditdesk::IdNumber::masked(input);
    return 0;
}
