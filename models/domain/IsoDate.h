#pragma once

#include <QDate>
#include <QString>

namespace creditdesk {

/// A date written exactly as YYYY-MM-DD, else a null date. Qt's ISO reading also takes other
/// separators ("2026/01/05") and ignores a trailing text ("2026-01-05（据来函）"); files and
/// fields that are stored as typed must not.
inline QDate isoDate(const QString &text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace creditdesk
