#include "ListingCorrection.h"

#include "IsoDate.h"

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

Status ListingCorrection::validateValue(const QString &field, const QString &value)
{
    // The messages keep the context they were first translated in.
    if (field == QLatin1String("performance") && value != QLatin1String("0") && value != QLatin1String("1"))
        return Error{QCoreApplication::translate("ListingCorrectionService",
                                                 "Performance is 0 (not performed) or 1 (partly performed).")};
    // Stored as typed: exactly YYYY-MM-DD.
    const QDate date = isoDate(value);
    if (field == QLatin1String("filing_date") && (!date.isValid() || date.year() < 1990))
        return Error{
            QCoreApplication::translate("ListingCorrectionService", "The filing date must be a date YYYY-MM-DD.")};
    if (field != QLatin1String("performance") && field != QLatin1String("filing_date") && value.trimmed().isEmpty())
        return Error{QCoreApplication::translate("ListingCorrectionService", "The new value is empty.")};
    return {};
}

} // namespace creditdesk
