#include "ListingCorrection.h"

#include <QCoreApplication>

namespace creditdesk {

const QStringList &ListingCorrection::correctableFields()
{
    static const QStringList fields = {QStringLiteral("obligation"), QStringLiteral("performance"),
                                       QStringLiteral("basis_document"), QStringLiteral("basis_issuer"),
                                       QStringLiteral("filing_date")};
    return fields;
}

QString ListingCorrection::fieldText(const QString &field)
{
    if (field == QLatin1String("obligation"))
        return QCoreApplication::translate("ListingCorrection", "Obligation");
    if (field == QLatin1String("performance"))
        return QCoreApplication::translate("ListingCorrection", "Performance (0 not performed, 1 partly performed)");
    if (field == QLatin1String("basis_document"))
        return QCoreApplication::translate("ListingCorrection", "Basis document");
    if (field == QLatin1String("basis_issuer"))
        return QCoreApplication::translate("ListingCorrection", "Basis issuer");
    if (field == QLatin1String("filing_date"))
        return QCoreApplication::translate("ListingCorrection", "Filing date (YYYY-MM-DD)");
    return field;
}

} // namespace creditdesk
