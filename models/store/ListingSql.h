#pragma once

#include <QString>

namespace creditdesk::sql {

/// SQL for "this listing (alias l) is in force on :today": published or masked and, for a
/// fixed period, today not after the period's last day (Civil Code Art. 202: the corresponding
/// day of the final month, or that month's last day when it has none). Keep in step with
/// Listing::isEffective.
QString listingInForceCondition();

} // namespace creditdesk::sql
