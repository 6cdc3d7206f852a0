#include "ListingCorrection.h"

namespace creditdesk {

const QStringList &ListingCorrection::correctableFields()
{
    static const QStringList fields = {QStringLiteral("obligation"), QStringLiteral("performance"),
                                       QStringLiteral("basis_document"), QStringLiteral("basis_issuer"),
                                       QStringLiteral("filing_date")};
    return fields;
}

} // namespace creditdesk
