#pragma once

#include "store/Database.h"

#include <QSqlQuery>
#include <QVariant>

namespace creditdesk::test {

/// The first column of the first row of \a statement with \a values bound, or a null QVariant;
/// for tests that check what a service stored.
inline QVariant scalar(Database &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery query(db.connection());
    query.prepare(statement);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

} // namespace creditdesk::test
