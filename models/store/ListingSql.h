#pragma once

#include "domain/Listing.h"

#include <QSqlQuery>
#include <QString>

namespace creditdesk::sql {

/// SQL for "this listing (alias l) is in force on :today": published or masked and, for a
/// fixed period, today not after the period's last day (Civil Code Art. 202: the corresponding
/// day of the final month, or that month's last day when it has none). Keep in step with
/// Listing::isEffective.
QString listingInForceCondition();

/// The columns of a listing (alias l) that readListing() reads, in its order.
QString listingColumns();
/// The listing in the current row of \a query, selected with listingColumns().
Listing readListing(const QSqlQuery &query);

} // namespace creditdesk::sql
